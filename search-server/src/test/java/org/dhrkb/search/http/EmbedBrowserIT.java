package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.dhrkb.generator.BuiltSite;
import org.dhrkb.generator.ChromiumBrowser;
import org.dhrkb.search.query.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The documented embed snippet (embed.html) on an intranet page of another origin: two loopback
 * ports are two origins. The search server allows one of them; a page of the other gets no results
 * from the API, and its form falls back to the results page.
 */
class EmbedBrowserIT {
  private static HttpServer intranet;
  private static HttpServer stranger;
  private static SearchServer search;

  @BeforeAll
  static void start() throws Exception {
    intranet = intranetPage();
    stranger = intranetPage();
    LiveServer live = LiveServer.get();
    search =
        SearchServer.create(
                c ->
                    c.site(live.index.site())
                        .host("127.0.0.1")
                        .port(0)
                        .corsOrigin(origin(intranet))
                        .search(new SearchService(live.index)))
            .start();
  }

  @AfterAll
  static void stop() {
    intranet.stop(0);
    stranger.stop(0);
    search.close();
  }

  @Test
  void anAllowedOriginShowsResultsInlineLinkingToPermalinks() {
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      driver.get(origin(intranet) + "/");
      driver.findElement(By.id("kb-embed-q")).sendKeys("independent domestic violence adviser");
      driver.findElement(By.cssSelector("form[data-kb-embed] button")).click();
      List<WebElement> links =
          new WebDriverWait(driver, Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.numberOfElementsToBeMoreThan(
                      By.cssSelector("#kb-embed-results li a"), 0));
      assertTrue(driver.getCurrentUrl().startsWith(origin(intranet)), "stays on the intranet");
      String first = links.get(0).getAttribute("href");
      assertTrue(first.startsWith(origin(search) + "/"), first);
      assertTrue(first.contains(".html#"), "a permalink: " + first);
      assertTrue(
          driver
              .findElement(By.cssSelector("#kb-embed-results .kb-embed__count"))
              .getText()
              .matches("\\d+ results?"));
      // The permalink opens the item on the knowledge base.
      links.get(0).click();
      new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(first));
      String id = first.substring(first.indexOf('#') + 1);
      assertFalse(driver.findElements(By.id(id)).isEmpty(), id);
    }
  }

  @Test
  void anUnlistedOriginGetsNoResultsAndItsFormOpensTheResultsPage() {
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      driver.get(origin(stranger) + "/");
      driver.findElement(By.id("kb-embed-q")).sendKeys("marac", Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains(origin(search) + "/search?q=marac"));
      assertFalse(
          driver.findElements(By.cssSelector("#kb-search-results li.kb-search-result")).isEmpty(),
          "the knowledge base's own results page answers");
    }
  }

  @Test
  void withoutJavaScriptTheSnippetIsAPlainForm() {
    try (ChromiumBrowser browser = ChromiumBrowser.start(false)) {
      ChromeDriver driver = browser.driver();
      driver.get(origin(intranet) + "/");
      // The browser must not offer the next user of a shared computer what was searched before.
      assertEquals("off", driver.findElement(By.id("kb-embed-q")).getDomAttribute("autocomplete"));
      driver.findElement(By.id("kb-embed-q")).sendKeys("marac", Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains(origin(search) + "/search?q=marac"));
    }
  }

  /** A made-up intranet page holding the snippet exactly as embed.html documents it. */
  private static HttpServer intranetPage() throws Exception {
    String snippet =
        BuiltSite.get().page("embed.html").select("pre code").stream()
            .map(e -> e.wholeText())
            .filter(code -> code.contains("data-kb-embed"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("embed.html documents no snippet"));
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext(
        "/",
        exchange -> {
          String page =
              "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Intranet</title></head><body>"
                  + "<h1>Safeguarding team</h1>"
                  + snippet.replace("https://kb.example.org/", origin(search) + "/")
                  + "</body></html>";
          byte[] body = page.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    http.start();
    return http;
  }

  private static String origin(HttpServer http) {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  private static String origin(SearchServer server) {
    return "http://127.0.0.1:" + server.port();
  }
}
