package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhrkb.generator.BuiltSite;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;

/**
 * The real server over the real built site ({@link BuiltSite}), started once per test JVM on a
 * random port, with a plain java.net.http client.
 */
final class LiveServer {
  private static LiveServer instance;

  final SearchIndex index;
  final SearchServer server;
  final HttpClient client = HttpClient.newHttpClient();

  private LiveServer(SearchIndex index, SearchServer server) {
    this.index = index;
    this.server = server;
  }

  static synchronized LiveServer get() {
    if (instance == null) {
      try {
        Path site = BuiltSite.get().dir();
        Path indexDir = Files.createTempDirectory("kb-index-");
        SearchIndex index = SearchIndex.open(site, indexDir);
        SearchServer server =
            SearchServer.create(c -> c.site(site).port(0).search(new SearchService(index))).start();
        instance = new LiveServer(index, server);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  HttpResponse<String> get(String pathAndQuery) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code /api/search} for a query, read as JSON; fails the test unless it is a 200. */
  JsonNode api(String query) {
    HttpResponse<String> response = get("/api/search?q=" + encode(query));
    assertEquals(200, response.statusCode(), response.body());
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of a search response's results, in order. */
  static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("results").forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }

  static final ObjectMapper JSON = new ObjectMapper();

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
