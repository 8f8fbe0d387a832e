package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The static side of the server over a small site folder, through real HTTP. */
class StaticSiteIT {
  @TempDir static Path tmp;
  static SearchServer server;
  static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(
        site.resolve("index.html"), "<!doctype html><title>Home</title><h1>Home</h1>");
    Files.writeString(
        site.resolve("404.html"), "<!doctype html><title>Not found</title><h1>Page not found</h1>");
    Files.createDirectories(site.resolve("themes"));
    Files.writeString(site.resolve("themes/risk.html"), "<h1>Risk</h1>");
    Files.createDirectories(site.resolve("css"));
    Files.writeString(site.resolve("css/site.css"), "body{}");
    Files.writeString(site.resolve(".hidden"), "hidden");
    Files.writeString(tmp.resolve("secret.txt"), "SECRET");
    Files.createSymbolicLink(site.resolve("link.txt"), tmp.resolve("secret.txt"));
    server = SearchServer.create(c -> c.site(site).port(0)).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesPagesAndFolderIndexesWithTheirTypes() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<h1>Home</h1>"));
    assertEquals(
        "text/html;charset=utf-8",
        home.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    assertEquals(200, get("/themes/risk.html").statusCode());
    assertTrue(
        get("/css/site.css")
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("text/css"));
  }

  @Test
  void answersAMissingPageWithTheSites404Page() throws Exception {
    HttpResponse<String> missing = get("/themes/nothing.html");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Page not found"), missing.body());
  }

  @Test
  void putsSecurityHeadersOnEveryResponseAndNoCookie() throws Exception {
    for (String path : new String[] {"/", "/themes/nothing.html", "/css/site.css"}) {
      HttpResponse<String> response = get(path);
      assertEquals(
          SearchServer.CONTENT_SECURITY_POLICY,
          response.headers().firstValue("Content-Security-Policy").orElse(null),
          path);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
      assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null));
      assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path);
    }
  }

  @Test
  void otherMethodsGetANotFoundThatDoesNotEchoThePath() throws Exception {
    String response =
        raw(
            "POST /zzsecretpath HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");
    assertTrue(response.startsWith("HTTP/1.1 404"), response);
    assertFalse(response.contains("zzsecretpath"), response);
    assertTrue(response.contains("Content-Security-Policy"), response);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/themes/..%2f..%2fsecret.txt",
        "/%2e%2e%5csecret.txt",
        "/..%5c..%5csecret.txt",
        "/link.txt",
        "/.hidden",
        "/%2ehidden",
        "/themes/%00.html",
        "/%c0%ae%c0%ae/secret.txt",
        "//etc/passwd",
        "/themes/../../secret.txt",
        "/%252e%252e/secret.txt"
      })
  void neverServesAFileOutsideTheSiteFolder(String path) throws Exception {
    // java.net.http normalises nothing, but send the raw request line to be sure.
    String response =
        raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    String status = response.lines().findFirst().orElse("");
    assertFalse(response.contains("SECRET"), path + " -> " + status);
    assertFalse(response.contains("hidden\r\n") && response.endsWith("hidden"), path);
    assertTrue(status.contains(" 404 ") || status.contains(" 400 "), path + " -> " + status);
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", server.port())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
