package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dhrkb.generator.BuiltSite;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scaling out: two servers on one built site and one index folder, as replicas behind a load
 * balancer would be, give the same answer to every query.
 */
class ReplicaIT {
  @TempDir Path tmp;

  @Test
  void twoServersOnOneSiteAndIndexAnswerAlike() throws Exception {
    Path site = BuiltSite.get().dir();
    Path indexDir = tmp.resolve("index");
    HttpClient client = HttpClient.newHttpClient();
    List<String> queries =
        List.of(
            "marac",
            "independent%20domestic%20violence%20adviser",
            "%22risk%20assessment%22",
            "safegaurding",
            "what%20should%20GPs%20ask",
            "bail&type=national-action",
            "");
    try (SearchIndex first = SearchIndex.open(site, indexDir);
        SearchIndex second = SearchIndex.open(site, indexDir);
        SearchServer a =
            SearchServer.create(c -> c.site(site).port(0).search(new SearchService(first)))
                .start();
        SearchServer b =
            SearchServer.create(c -> c.site(site).port(0).search(new SearchService(second)))
                .start()) {
      for (String q : queries) {
        HttpResponse<String> fromA = get(client, a, "/api/search?q=" + q);
        HttpResponse<String> fromB = get(client, b, "/api/search?q=" + q);
        assertEquals(fromA.statusCode(), fromB.statusCode(), q);
        assertEquals(fromA.body(), fromB.body(), q);
        assertEquals(
            get(client, a, "/search?q=" + q).body(), get(client, b, "/search?q=" + q).body(), q);
      }
      // Same answers that are real answers, not two empty indexes.
      assertTrue(get(client, a, "/api/search?q=marac").body().matches("(?s).*\"total\":[1-9].*"));
    }
  }

  private static HttpResponse<String> get(HttpClient client, SearchServer server, String path)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
