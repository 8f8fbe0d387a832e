package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dhrkb.search.MiniSite;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The server's edges: a request the caller can fix is a 400 that says why; a fault of the server's
 * own is a 500 that says nothing of the request and logs no query text; static files carry
 * validators, so a browser's second view costs a 304, and search answers are never stored; text
 * goes compressed.
 */
class ServerEdgesIT {
  @TempDir Path tmp;
  final HttpClient client = HttpClient.newHttpClient();

  HttpResponse<byte[]> get(SearchServer server, String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aFaultOfTheServersOwnIsA500ThatRevealsNothing() throws Exception {
    Path site = MiniSite.write(tmp.resolve("site"));
    SearchIndex index = SearchIndex.open(site, tmp.resolve("index"));
    Logger log = (Logger) LoggerFactory.getLogger(SearchServer.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    log.addAppender(logged);
    try (SearchServer server =
        SearchServer.create(c -> c.site(site).port(0).search(new SearchService(index))).start()) {
      assertEquals(400, get(server, "/api/search?q=x&limit=0").statusCode(), "the caller's fault");
      // Closing the index under the server is a fault of ours, whatever the request.
      index.close();
      HttpResponse<byte[]> response = get(server, "/api/search?q=secretword");
      assertEquals(500, response.statusCode());
      String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals("{\"error\": \"internal error\"}", body);
      assertEquals(1, logged.list.size(), "one log line");
      String line = logged.list.get(0).getFormattedMessage();
      assertTrue(line.startsWith("internal error answering /api/search"), line);
      assertFalse(line.contains("secretword"), line);
    } finally {
      log.detachAppender(logged);
    }
  }

  @Test
  void staticFilesAnswerA304WhenTheBrowsersCopyIsCurrent() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<!doctype html><title>Home</title>");
    try (SearchServer server = SearchServer.create(c -> c.site(site).port(0)).start()) {
      HttpResponse<byte[]> first = get(server, "/index.html");
      assertEquals(200, first.statusCode());
      String etag = first.headers().firstValue("ETag").orElseThrow();
      String modified = first.headers().firstValue("Last-Modified").orElseThrow();
      assertTrue(modified.endsWith(" GMT"), modified);

      HttpResponse<byte[]> byTag = get(server, "/index.html", "If-None-Match", etag);
      assertEquals(304, byTag.statusCode());
      assertEquals(0, byTag.body().length);
      HttpResponse<byte[]> byDate = get(server, "/index.html", "If-Modified-Since", modified);
      assertEquals(304, byDate.statusCode());

      // A changed file is sent again.
      Files.writeString(site.resolve("index.html"), "<!doctype html><title>Home, changed</title>");
      Files.setLastModifiedTime(
          site.resolve("index.html"),
          java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
      assertEquals(200, get(server, "/index.html", "If-None-Match", etag).statusCode());
    }
  }

  @Test
  void searchAnswersAreNeverStored() throws Exception {
    // A results page holds what the reader searched for ("husband hits me"): on a shared computer
    // the browser's cache must not keep it, and the site leaves no trace; nor may a proxy.
    Path site = MiniSite.write(tmp.resolve("site"));
    SearchIndex index = SearchIndex.open(site, tmp.resolve("index"));
    try (SearchServer server =
        SearchServer.create(c -> c.site(site).port(0).search(new SearchService(index))).start()) {
      for (String path :
          List.of(
              "/search?q=bail",
              "/api/search?q=bail",
              "/api/suggest?q=ba",
              "/search?q=bail&limit=0",
              "/api/search?q=bail&limit=0")) {
        HttpResponse<byte[]> response = get(server, path);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), path);
        assertTrue(response.headers().firstValue("ETag").isEmpty(), path + " has no validator");
      }
      assertEquals(400, get(server, "/search?q=bail&limit=0").statusCode());
      // The site's own pages hold no query: browsers keep them and ask again.
      assertEquals(
          "no-cache",
          get(server, "/search.html").headers().firstValue("Cache-Control").orElse(null));
    } finally {
      index.close();
    }
  }

  @Test
  void textGoesCompressedToClientsThatAcceptIt() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site"));
    String css = "body { margin: 0; }\n".repeat(200);
    Files.createDirectories(site.resolve("css"));
    Files.writeString(site.resolve("css/site.css"), css);
    try (SearchServer server = SearchServer.create(c -> c.site(site).port(0)).start()) {
      HttpResponse<byte[]> response = get(server, "/css/site.css", "Accept-Encoding", "gzip");
      assertEquals(200, response.statusCode());
      assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(null));
      assertTrue(
          response.body().length < css.length() / 5, "compressed: " + response.body().length);
      try (GZIPInputStream in =
          new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
        assertEquals(css, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }
}
