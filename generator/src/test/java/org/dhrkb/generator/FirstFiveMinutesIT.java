package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

/**
 * What a practitioner with five minutes meets, in real headless Chromium over HTTP: the way in on
 * the first screen of a 390x844 phone, and theme and role pages printed to PDF (the PDF's own text,
 * read with PDFBox) without the site's navigation and with every item's permalink.
 */
class FirstFiveMinutesIT {
  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;

  private static AccessibilityIT.SiteServer server;

  @BeforeAll
  static void serveSite() throws IOException {
    server = AccessibilityIT.SiteServer.start(BuiltSite.get().dir());
  }

  @BeforeEach
  void needsChromium() {
    ChromiumBrowser.assumeInstalled();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void onA390By844PhoneTheThemesAndForYourRoleAreOnTheFirstScreen() {
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width",
              PHONE_WIDTH,
              "height",
              PHONE_HEIGHT,
              "deviceScaleFactor",
              3,
              "mobile",
              true));
      driver.get(server.origin() + "/");
      @SuppressWarnings("unchecked")
      Map<String, Object> at =
          (Map<String, Object>)
              driver.executeScript(
                  "const box = s => document.querySelector(s).getBoundingClientRect();"
                      + " return {viewport: innerHeight, scrolled: scrollY,"
                      + " themesTop: box('.kb-theme-list').top,"
                      + " themesBottom: box('.kb-theme-list').bottom,"
                      + " rolesBottom: box('.kb-home__roles a').bottom,"
                      + " searchBottom: box('#kb-search-q').bottom};");
      assertEquals(PHONE_HEIGHT, ((Number) at.get("viewport")).intValue(), "phone viewport");
      assertEquals(0, ((Number) at.get("scrolled")).intValue(), "the page opens at its top");
      double themesTop = ((Number) at.get("themesTop")).doubleValue();
      System.out.printf(
          "home page at %dx%d: search box ends at %.0f px, themes list %.0f-%.0f px,"
              + " For your role ends at %.0f px%n",
          PHONE_WIDTH,
          PHONE_HEIGHT,
          ((Number) at.get("searchBottom")).doubleValue(),
          themesTop,
          ((Number) at.get("themesBottom")).doubleValue(),
          ((Number) at.get("rolesBottom")).doubleValue());
      assertTrue(themesTop > 0 && themesTop < PHONE_HEIGHT, "themes list starts at " + themesTop);
      assertTrue(
          ((Number) at.get("themesBottom")).doubleValue() <= PHONE_HEIGHT,
          "all seven themes on the first screen: " + at);
      assertTrue(
          ((Number) at.get("rolesBottom")).doubleValue() <= PHONE_HEIGHT,
          "For your role on the first screen: " + at);
      assertTrue(
          ((Number) at.get("searchBottom")).doubleValue() < themesTop,
          "the search box comes first: " + at);
    }
  }

  @Test
  void aPrintedThemeAndRolePageHaveNoNavigationOrSearchAndEveryItemsPermalink() throws IOException {
    List<String> pages =
        List.of("themes/information-sharing.html", "audiences/community-safety.html");
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      List<String> problems = new ArrayList<>();
      for (String page : pages) {
        driver.get(server.origin() + "/" + page);
        // Lines wrap anywhere on paper: compare words with single spaces, or with none.
        String text = pdfText(driver).replaceAll("\\s+", " ");
        String compact = text.replace(" ", "");
        Document html = BuiltSite.get().page(page);
        assertTrue(
            compact.contains(html.expectFirst("h1").text().replace(" ", "")),
            page + " printed its title:\n" + text);
        for (String screenOnly :
            List.of(
                "Search the lessons",
                "Skip to main content",
                "Exit this page",
                "For your role",
                "Get help now",
                "Cover your tracks online",
                "Contents",
                "Link to this")) {
          if (text.contains(screenOnly)) {
            problems.add(page + " prints '" + screenOnly + "'");
          }
        }
        // On a theme page each item is itself; on a role page each listing links to one.
        List<String> permalinks = new ArrayList<>();
        for (Element item : html.select("main [data-kb-kind]:not([data-kb-kind=reference])")) {
          permalinks.add("/" + page + "#" + item.id());
        }
        for (Element link : html.select("main .kb-listing__title a")) {
          permalinks.add(link.attr("href"));
        }
        assertTrue(permalinks.size() >= 8, page + ": items to check " + permalinks);
        for (String permalink : permalinks) {
          if (!compact.contains("Permalink:" + permalink)) {
            problems.add(page + " prints no permalink " + permalink);
          }
        }
      }
      assertEquals(List.of(), problems, "printed pages");
    }
  }

  /** Prints the open page to PDF as Chromium does for "Save as PDF" and returns its text. */
  private static String pdfText(ChromeDriver driver) throws IOException {
    byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
    assertFalse(pdf.length == 0, "Chromium printed nothing");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
