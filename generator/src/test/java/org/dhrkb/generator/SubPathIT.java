package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A site built with {@code --base-url https://intranet.example/safeguarding/dhr/}, served from that
 * sub-path by a plain static server (nothing but files under a prefix), crawled from its home page:
 * every internal link, asset and form resolves there, and the sitemap, feed, OpenSearch description
 * and open data name the public address.
 */
class SubPathIT {
  static final String BASE = "https://intranet.example/safeguarding/dhr/";
  static final String PREFIX = "/safeguarding/dhr/";

  /** What a reverse proxy sends to the search server: not static files. */
  static boolean dynamic(String path) {
    return path.equals(PREFIX + "search") || path.startsWith(PREFIX + "api/");
  }

  private static Path site;
  private static HttpServer http;
  private static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void buildAndServe() throws Exception {
    site = Files.createTempDirectory("kb-subpath-").resolve("site");
    Generator.create(c -> c.root(BuiltSite.projectRoot()).output(site).baseUrl(BASE)).build();
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // The site under its prefix only: the root of the host is someone else's.
    http.createContext(
        PREFIX,
        exchange -> {
          try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            Path file = site.resolve(path).normalize();
            if (Files.isDirectory(file)) {
              file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
              exchange.sendResponseHeaders(404, -1);
              return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        });
    http.start();
  }

  @AfterAll
  static void stop() {
    http.stop(0);
  }

  static String origin() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  @Test
  void everyInternalLinkAssetAndFormResolvesUnderTheSubPath() throws Exception {
    // From the home page, and from the sitemap as a crawler would (the feed's posts are in it).
    Deque<String> queue = new ArrayDeque<>(List.of(origin() + PREFIX));
    Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser())
        .select("url > loc")
        .forEach(loc -> queue.add(origin() + PREFIX + loc.text().substring(BASE.length())));
    Set<String> visited = new HashSet<>();
    Map<String, Document> pages = new HashMap<>();
    List<String> broken = new ArrayList<>();
    List<String[]> fragments = new ArrayList<>();
    while (!queue.isEmpty()) {
      String url = queue.poll();
      if (!visited.add(url)) {
        continue;
      }
      HttpResponse<String> response = get(url);
      if (response.statusCode() != 200) {
        broken.add(url + " answers " + response.statusCode());
        continue;
      }
      if (!url.endsWith("/") && !url.endsWith(".html")) {
        continue;
      }
      Document doc = Jsoup.parse(response.body(), url);
      pages.put(url, doc);
      for (Element e : doc.select("[href], [src], [action], [data-kb-suggest]")) {
        for (String attribute : List.of("href", "src", "action", "data-kb-suggest")) {
          if (!e.hasAttr(attribute)) {
            continue;
          }
          String raw = e.attr(attribute);
          URI target = URI.create(url).resolve(raw.replace(" ", "%20"));
          if (!("http".equals(target.getScheme()) && origin().endsWith(":" + target.getPort()))) {
            continue; // another site
          }
          String path = target.getPath();
          if (!path.startsWith(PREFIX)) {
            broken.add(url + ": " + raw + " leaves " + PREFIX);
            continue;
          }
          if (dynamic(path)) {
            continue;
          }
          String page = origin() + path;
          queue.add(page);
          if (target.getFragment() != null && !target.getFragment().isEmpty()) {
            fragments.add(new String[] {url, page, target.getFragment()});
          }
        }
      }
    }
    for (String[] f : fragments) {
      Document target = pages.get(f[1]);
      if (target != null && target.getElementById(f[2]) == null) {
        broken.add(f[0] + ": " + f[1] + "#" + f[2] + " has no such id");
      }
    }
    assertEquals(List.of(), broken);
    // The crawl reached every page the build wrote.
    List<String> unreached;
    try (var files = Files.walk(site)) {
      unreached =
          files
              .filter(p -> p.toString().endsWith(".html"))
              .map(p -> site.relativize(p).toString().replace('\\', '/'))
              // linked from nowhere by design: the 404 page, the results page's shell and the
              // maintainers' link report
              .filter(
                  p ->
                      !p.equals("404.html")
                          && !p.equals("search.html")
                          && !p.equals("maintainers/links.html"))
              .filter(p -> !pages.containsKey(origin() + PREFIX + p))
              .filter(p -> !(p.equals("index.html") && pages.containsKey(origin() + PREFIX)))
              .toList();
    }
    assertEquals(List.of(), unreached, "pages the crawl did not reach");
  }

  @Test
  void sitemapFeedOpenSearchAndOpenDataGiveThePublicAddress() throws Exception {
    Document sitemap =
        Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
    List<String> locs = sitemap.select("url > loc").stream().map(Element::text).toList();
    assertTrue(locs.size() > 20, "the sitemap lists the pages");
    assertTrue(
        locs.stream().noneMatch(l -> l.contains("maintainers/links")),
        "the maintainers' page is not for search engines");
    Document feed =
        Jsoup.parse(
            Files.readString(site.resolve("feed.xml"), StandardCharsets.UTF_8),
            "",
            Parser.xmlParser());
    List<String> addresses = new ArrayList<>(locs);
    feed.select("link").forEach(l -> addresses.add(l.attr("href")));
    Document openSearch =
        Jsoup.parse(Files.readString(site.resolve("opensearch.xml")), "", Parser.xmlParser());
    assertEquals(
        BASE + "search?q={searchTerms}",
        openSearch.expectFirst("Url[type=text/html]").attr("template"));
    String json = Files.readString(site.resolve("data/knowledge-base.json"));
    assertTrue(json.contains("\"permalink\" : \"" + BASE + "themes/"), "absolute permalinks");
    String csv = Files.readString(site.resolve("checklist.csv"));
    assertTrue(csv.contains("," + BASE + "themes/"), "absolute permalinks in the spreadsheet");
    for (String address : addresses) {
      assertTrue(address.startsWith(BASE), address);
      String local = address.substring(BASE.length()).replaceFirst("#.*", "");
      HttpResponse<String> response = get(origin() + PREFIX + local);
      assertEquals(200, response.statusCode(), address + " is not published");
    }
  }

  @Test
  void theResultsPageShellDeclaresItsBasePathForTheSearchServer() throws IOException {
    Document shell = Jsoup.parse(site.resolve("search.html").toFile(), "UTF-8");
    assertEquals(PREFIX, shell.expectFirst("meta[name=kb-base-path]").attr("content"));
    assertEquals(PREFIX + "search", shell.expectFirst("form[role=search]").attr("action"));
    assertFalse(Files.exists(site.resolve("sitemap.xml")) && locsOutside(site));
  }

  private static boolean locsOutside(Path site) throws IOException {
    return Files.readString(site.resolve("sitemap.xml")).contains("localhost");
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
