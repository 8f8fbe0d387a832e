package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site's search box in real headless Chromium, served by the real server: without
 * JavaScript it submits to the results page; with JavaScript it offers suggestions as an ARIA
 * combobox, and the keyboard picks one. Skipped where Chromium is missing, except under CI.
 */
class SearchBoxBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final LiveServer live = LiveServer.get();

  private String url(String path) {
    return "http://127.0.0.1:" + live.server.port() + path;
  }

  @Test
  void withoutJavaScriptTheSearchBoxSubmitsToTheResultsPage() throws Exception {
    try (Browser browser = Browser.start(false)) {
      ChromeDriver driver = browser.driver;
      driver.get(url("/"));
      WebElement box = driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
      assertEquals(null, box.getAttribute("role"), "not enhanced without JavaScript");
      box.sendKeys("independent domestic violence adviser", Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains("/search?q="));
      List<WebElement> results = driver.findElements(By.cssSelector("#kb-search-results li.kb-search-result"));
      assertFalse(results.isEmpty());
      assertTrue(results.get(0).getText().contains("IDVA"), results.get(0).getText());
      assertEquals("independent domestic violence adviser",
          driver.findElement(By.cssSelector("form[role=search] input[name=q]")).getAttribute("value"));
      // Filters are plain links.
      driver.findElement(By.cssSelector("nav.kb-search-filters a[href*='type=']")).click();
      assertTrue(driver.getCurrentUrl().contains("type="), driver.getCurrentUrl());
    }
  }

  @Test
  void withJavaScriptTheSearchBoxSuggestsAndTheKeyboardChooses() throws Exception {
    try (Browser browser = Browser.start(true)) {
      ChromeDriver driver = browser.driver;
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
      assertTrue(driver.findElement(By.cssSelector(".kb-suggest__status")).getText()
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
        assertFalse(entry.getLevel().intValue() >= Level.SEVERE.intValue()
            && entry.getMessage().contains("Content Security Policy"), entry.getMessage());
      }
    }
  }

  /** Headless Chromium with a throwaway profile; nothing but 127.0.0.1 resolves. */
  static final class Browser implements AutoCloseable {
    final ChromeDriver driver;
    final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
      this.driver = driver;
      this.profile = profile;
    }

    static Browser start(boolean javascript) throws IOException {
      if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
        String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER;
        if (System.getenv("CI") != null) {
          fail("CI is set, so browser tests may not be skipped: " + message);
        }
        Assumptions.abort("skipped: " + message);
      }
      Path profile = Files.createTempDirectory("kb-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--no-first-run", "--window-size=1280,1024",
          "--user-data-dir=" + profile,
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
      if (!javascript) {
        options.addArguments("--blink-settings=scriptEnabled=false");
        options.setExperimentalOption("prefs",
            Map.of("profile.managed_default_content_settings.javascript", 2));
      }
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort()
          .withLogOutput(OutputStream.nullOutputStream())
          .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, profile);
    }

    @Override
    public void close() {
      try {
        driver.quit();
      } finally {
        try (Stream<Path> paths = Files.walk(profile)) {
          paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
          // An untidy temp folder is not a failure.
        }
      }
    }
  }
}
