package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhrkb.generator.BuiltSite;
import org.dhrkb.generator.Generator;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The results page of a site built for a sub-path, as a reverse proxy serves it from {@code
 * /safeguarding/dhr/search}: every address on it, the server's own included, stays under the path.
 */
class SubPathSearchIT {
  static final String PREFIX = "/safeguarding/dhr/";

  @Test
  void theResultsPageLinksUnderTheSitesBasePath() throws Exception {
    Path dir = Files.createTempDirectory("kb-subpath-search-");
    Path site = dir.resolve("site");
    Generator.create(
            c ->
                c.root(BuiltSite.projectRoot())
                    .output(site)
                    .baseUrl("https://intranet.example" + PREFIX))
        .build();
    try (SearchIndex index = SearchIndex.open(site, dir.resolve("index"));
        SearchServer server =
            SearchServer.create(c -> c.site(site).port(0).search(new SearchService(index)))
                .start()) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + server.port() + "/search?q=marac"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      Document page = Jsoup.parse(response.body());
      List<String> outside = new ArrayList<>();
      int results = 0;
      for (Element e : page.select("[href], [src], [action]")) {
        String value =
            e.hasAttr("href")
                ? e.attr("href")
                : e.hasAttr("src") ? e.attr("src") : e.attr("action");
        if (value.startsWith("/") && !value.startsWith(PREFIX)) {
          outside.add(e.tagName() + " " + value);
        }
        // The results link relative to the results page, which the proxy serves under the path.
        // (mailto: and other schemes have no path here.)
        String resolved =
            value.contains(":")
                ? null
                : URI.create("http://host" + PREFIX + "search").resolve(value).getPath();
        if (resolved != null && resolved.startsWith(PREFIX + "themes/") && value.contains("#")) {
          results++;
        }
      }
      assertEquals(List.of(), outside);
      assertTrue(results > 0, "results link to permalinks under the path");
      assertFalse(response.body().contains(PREFIX + PREFIX.substring(1)), "prefixed twice");
    }
  }
}
