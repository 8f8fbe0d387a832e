package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.dhrkb.search.query.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** --search-only beside a separate static host: CORS for the configured origin only. */
class CorsIT {
  static SearchServer server;
  static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    LiveServer live = LiveServer.get();
    server =
        SearchServer.create(
                c ->
                    c.site(live.index.site())
                        .port(0)
                        .searchOnly(true)
                        .corsOrigin("https://kb.example.org")
                        .search(new SearchService(live.index)))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> send(String method, String path, String origin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (origin != null) {
      request.header("Origin", origin);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void allowsTheConfiguredOriginOnly() throws Exception {
    HttpResponse<String> allowed = send("GET", "/api/search?q=marac", "https://kb.example.org");
    assertEquals(200, allowed.statusCode());
    assertEquals(
        "https://kb.example.org",
        allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> other = send("GET", "/api/search?q=marac", "https://evil.example");
    assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void answersThePreflight() throws Exception {
    HttpResponse<String> preflight =
        send("OPTIONS", "/api/search?q=marac", "https://kb.example.org");
    assertEquals(204, preflight.statusCode());
    assertEquals(
        "GET", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
  }

  @Test
  void servesNoStaticFilesInSearchOnlyMode() throws Exception {
    assertEquals(404, send("GET", "/themes/risk-assessment.html", null).statusCode());
    assertEquals(200, send("GET", "/search?q=marac", null).statusCode());
  }
}
