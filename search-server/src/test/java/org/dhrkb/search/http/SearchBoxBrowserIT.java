package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.dhrkb.generator.ChromiumBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site's search box in real headless Chromium, served by the real server: without JavaScript it
 * submits to the results page; with JavaScript it offers suggestions as an ARIA combobox, and the
 * keyboard picks one. Skipped where Chromium is missing, except under CI.
 */
class SearchBoxBrowserIT {
  private final LiveServer live = LiveServer.get();

  private String url(String path) {
    return "http://127.0.0.1:" + live.server.port() + path;
  }

  @Test
  void withoutJavaScriptTheSearchBoxSubmitsToTheResultsPage() throws Exception {
    try (ChromiumBrowser browser = ChromiumBrowser.start(false)) {
      ChromeDriver driver = browser.driver();
      driver.get(url("/"));
      WebElement box = driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
      assertEquals(null, box.getAttribute("role"), "not enhanced without JavaScript");
      box.sendKeys("independent domestic violence adviser", Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains("/search?q="));
      List<WebElement> results =
          driver.findElements(By.cssSelector("#kb-search-results li.kb-search-result"));
      assertFalse(results.isEmpty());
      assertTrue(results.get(0).getText().contains("IDVA"), results.get(0).getText());
      assertEquals(
          "independent domestic violence adviser",
          driver
              .findElement(By.cssSelector("form[role=search] input[name=q]"))
              .getAttribute("value"));
      // Filters are plain links.
      driver.findElement(By.cssSelector(".kb-search-filters nav a[href*='type=']")).click();
      assertTrue(driver.getCurrentUrl().contains("type="), driver.getCurrentUrl());
    }
  }

  @Test
  void withJavaScriptTheSearchBoxSuggestsAndTheKeyboardChooses() throws Exception {
    try (ChromiumBrowser browser = ChromiumBrowser.start(true)) {
      ChromeDriver driver = browser.driver();
      driver.get(url("/"));
      WebElement box = driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
      assertEquals("combobox", box.getAttribute("role"));
      assertEquals("false", box.getAttribute("aria-expanded"));
      box.sendKeys("mapp");
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      wait.until(d -> "true".equals(box.getAttribute("aria-expanded")));
      WebElement listbox = driver.findElement(By.id(box.getAttribute("aria-controls")));
      assertEquals("listbox", listbox.getAttribute("role"));
      List<WebElement> options = listbox.findElements(By.cssSelector("[role=option]"));
      assertFalse(options.isEmpty());
      assertTrue(options.get(0).getText().contains("MAPPA"), options.get(0).getText());
      assertTrue(
          driver
              .findElement(By.cssSelector(".kb-suggest__status"))
              .getText()
              .contains("suggestion"));

      box.sendKeys(Keys.ARROW_DOWN);
      assertEquals(options.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
      assertEquals("true", options.get(0).getAttribute("aria-selected"));
      String target = options.get(0).getAttribute("data-href");
      box.sendKeys(Keys.ENTER);
      wait.until(ExpectedConditions.urlContains(target));

      // Escape closes the list; Enter without a chosen suggestion still submits the form.
      driver.get(url("/"));
      WebElement again = driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
      again.sendKeys("bail cond");
      wait.until(d -> "true".equals(again.getAttribute("aria-expanded")));
      again.sendKeys(Keys.ESCAPE);
      assertEquals("false", again.getAttribute("aria-expanded"));
      again.sendKeys(Keys.ENTER);
      wait.until(ExpectedConditions.urlContains("/search?q=bail+cond"));
      assertFalse(driver.findElements(By.cssSelector("li.kb-search-result")).isEmpty());

      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        assertFalse(
            entry.getLevel().intValue() >= Level.SEVERE.intValue()
                && entry.getMessage().contains("Content Security Policy"),
            entry.getMessage());
      }
    }
  }
}
