package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhrkb.generator.ChromiumBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The results page in real headless Chromium on a 390 px phone and a 1,280 px desktop: nothing
 * scrolls sideways, whatever the query; on the phone the first result is on the first screen and
 * the filters fold behind "Filter results" (or, without JavaScript, follow the results), on the
 * desktop they stand beside the results; axe finds no WCAG 2.2 AA violation.
 */
class ResultsPageBrowserIT {
  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /** Queries that stress the layout: definitions, notices, long words, selected filters. */
  private static final List<String> QUERIES =
      List.of(
          "marac",
          "resources",
          "independent domestic violence adviser",
          "forced marriage",
          "rcgp e-learning training for gps",
          "x".repeat(120) + " marac",
          "marac&type=local-suggestion&theme=information-sharing&audience=community-safety");

  private final LiveServer live = LiveServer.get();

  private String url(String query) {
    String[] parts = query.split("&", 2);
    return "http://127.0.0.1:"
        + live.server.port()
        + "/search?q="
        + LiveServer.encode(parts[0])
        + (parts.length > 1 ? "&" + parts[1] : "");
  }

  private static void viewport(ChromeDriver driver, int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
  }

  /** The results page for {@code query} in a window of that size. */
  private ChromeDriver open(ChromiumBrowser browser, int width, int height, String query) {
    ChromeDriver driver = browser.driver();
    viewport(driver, width, height);
    driver.get(url(query));
    return driver;
  }

  @Test
  void noResultsPageScrollsSidewaysOnAPhoneOrADesktop() {
    List<String> problems = new ArrayList<>();
    try (ChromiumBrowser browser = ChromiumBrowser.start(true)) {
      ChromeDriver driver = browser.driver();
      for (int width : new int[] {390, 1280}) {
        viewport(driver, width, width < 800 ? 844 : 900);
        for (String query : QUERIES) {
          driver.get(url(query));
          long scroll =
              (Long)
                  driver.executeScript("return Math.ceil(document.documentElement.scrollWidth);");
          long viewportWidth =
              (Long) driver.executeScript("return document.documentElement.clientWidth;");
          if (scroll > viewportWidth) {
            problems.add(width + " px, " + query + ": " + scroll + " px wide");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void onAPhoneTheFirstResultIsOnTheFirstScreenAndTheFiltersFold() {
    try (ChromiumBrowser browser = ChromiumBrowser.start(true)) {
      ChromeDriver driver = open(browser, 390, 844, "marac");
      WebElement first = driver.findElement(By.cssSelector("li.kb-search-result"));
      long top =
          (Long)
              driver.executeScript(
                  "return Math.round(arguments[0].getBoundingClientRect().top);", first);
      assertTrue(top < 844, "first result starts at " + top + " px");
      WebElement filters = driver.findElement(By.cssSelector("details.kb-search-filters"));
      assertEquals(null, filters.getAttribute("open"), "folded on a phone");
      assertEquals(
          Boolean.TRUE,
          driver.executeScript(
              "return (arguments[0].compareDocumentPosition(arguments[1])"
                  + " & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
              filters,
              first),
          "the control is above the results");
      WebElement control = filters.findElement(By.cssSelector("summary"));
      assertEquals("Filter results", control.getText());
      control.click();
      assertTrue(
          filters.findElement(By.cssSelector("a[href*='type=']")).isDisplayed(),
          "the control opens the filters");
    }
  }

  @Test
  void onADesktopTheFiltersStandOpenBesideTheResults() {
    try (ChromiumBrowser browser = ChromiumBrowser.start(true)) {
      ChromeDriver driver = open(browser, 1280, 900, "marac");
      WebElement list = driver.findElement(By.cssSelector("ol.kb-search-results__list"));
      WebElement filters = driver.findElement(By.cssSelector("details.kb-search-filters"));
      assertEquals("true", filters.getAttribute("open"), "open on a desktop");
      Rectangle results = list.getRect();
      Rectangle side = filters.getRect();
      assertTrue(
          side.getX() >= results.getX() + results.getWidth(),
          "to the right of the results: " + side + " against " + results);
      assertTrue(
          side.getY() < results.getY() + 200,
          "level with the first results, not after them: " + side + " against " + results);
      assertTrue(
          filters.findElement(By.cssSelector("a[href*='audience=']")).isDisplayed(),
          "a reader's role is one click away");
    }
  }

  @Test
  void withoutJavaScriptTheFiltersFollowTheResults() {
    try (ChromiumBrowser browser = ChromiumBrowser.start(false)) {
      ChromeDriver driver = open(browser, 390, 844, "marac");
      List<WebElement> order =
          driver.findElements(
              By.cssSelector("ol.kb-search-results__list, details.kb-search-filters"));
      assertEquals("ol", order.get(0).getTagName(), "the results come first");
      assertTrue(
          order.get(1).findElement(By.cssSelector("a[href*='type=']")).isDisplayed(),
          "and the filters follow, open");
    }
  }

  @Test
  void theResultsPageHasNoAccessibilityViolations() {
    List<String> problems = new ArrayList<>();
    try (ChromiumBrowser browser = ChromiumBrowser.start(true)) {
      ChromeDriver driver = browser.driver();
      for (int width : new int[] {390, 1280}) {
        viewport(driver, width, 900);
        for (String query : List.of("marac", "forced marriage", QUERIES.get(QUERIES.size() - 1))) {
          driver.get(url(query));
          Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
          if (results.isErrored()) {
            fail("axe-core did not run: " + results.getErrorMessage());
          }
          for (Rule rule : results.getViolations()) {
            problems.add(width + " px, " + query + ": " + rule.getId() + " " + rule.getHelp());
          }
        }
      }
    }
    assertEquals(List.of(), problems, problems.stream().collect(Collectors.joining("\n")));
  }
}
