package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the site gives its maintainers: a way for readers to report a problem, the link page. */
class MaintainerPagesIT {

  private static String configured(String key) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            BuiltSite.projectRoot().resolve("site/jbake.properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties.getProperty(key);
  }

  @Test
  void everyPageOffersToReportAProblemToTheConfiguredAddressNamingThePage() throws IOException {
    BuiltSite site = BuiltSite.get();
    String address = configured("report.address");
    String host = configured("site.host");
    assertTrue(address.startsWith("mailto:"), "the checked-in address is an email address");
    for (String path : site.htmlPages()) {
      Document page = site.page(path);
      Element link = page.selectFirst("footer a[data-kb-report]");
      assertNotNull(link, path + " has no 'Report a problem with this page' link in its footer");
      assertEquals("Report a problem with this page", link.text(), path);
      String href = URLDecoder.decode(link.attr("href"), StandardCharsets.UTF_8);
      assertTrue(href.startsWith(address + "?subject="), path + ": " + href);
      // A site built without --base-url knows no host: the page is named by its path.
      String base = host == null || host.isBlank() ? "/" : host;
      String expectedPage = path.equals("404.html") ? base : base + path;
      assertTrue(href.endsWith("&body=Page: " + expectedPage), path + ": " + href);
      assertEquals(1, page.select("a[data-kb-report]").size(), path);
    }
  }

  @Test
  void theReportLinkNamesTheItemAReaderCameToByItsPermalink() throws Exception {
    ChromiumBrowser.assumeInstalled();
    try (AccessibilityIT.SiteServer server =
            AccessibilityIT.SiteServer.start(BuiltSite.get().dir());
        ChromiumBrowser browser = ChromiumBrowser.start(true)) {
      ChromeDriver driver = browser.driver();
      driver.get(server.origin() + "/themes/risk-assessment.html#risk-local-dip-sampling");
      String href =
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .until(
                  d -> {
                    String h =
                        URLDecoder.decode(
                            d.findElement(By.cssSelector("a[data-kb-report]")).getAttribute("href"),
                            StandardCharsets.UTF_8);
                    return h.endsWith("\nItem: risk-local-dip-sampling") ? h : null;
                  });
      assertTrue(href.contains("Page: "), href);
    }
  }

  @Test
  void theLinkPageIsBuiltButNeitherInTheMenuNorLinkedNorInTheSitemap() throws IOException {
    BuiltSite site = BuiltSite.get();
    Document links = site.page("maintainers/links.html");
    assertEquals("Link check", links.selectFirst("h1").text());
    assertEquals("maintainers", links.selectFirst("main").attr("data-kb-page"));
    for (String path : site.htmlPages()) {
      assertTrue(
          site.page(path).select("a[href*=maintainers/links]").isEmpty(),
          path + " links to the maintainers' page");
    }
    // The sitemap (written only with --base-url) leaves it out too: see SubPathIT.
  }

  @Test
  void aSiteBuiltForPublishingNeverReloadsItself() {
    BuiltSite site = BuiltSite.get();
    for (String path : site.htmlPages()) {
      assertTrue(
          site.page(path).select("script[src*=live-reload]").isEmpty(),
          path + " has kb serve --watch's reload script");
    }
    assertFalse(Files.exists(site.dir().resolve("_kb")), "the reload version file was published");
  }

  @Test
  void noNoteClaimsAHandTypedCheck() {
    BuiltSite site = BuiltSite.get();
    for (String path : site.htmlPages()) {
      for (Element asOf : site.page(path).select(".kb-as-of")) {
        assertTrue(
            asOf.text().matches("\\(as of \\d{4}-\\d{2}(; link last seen working .+)?\\)"),
            path + ": " + asOf.text());
      }
    }
  }
}
