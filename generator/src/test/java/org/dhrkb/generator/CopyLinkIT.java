package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Copy a link: one click copies an item's full permalink and says so to screen readers. */
class CopyLinkIT {
  private static AccessibilityIT.SiteServer server;

  @BeforeAll
  static void serve() throws Exception {
    server = AccessibilityIT.SiteServer.start(BuiltSite.get().dir());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void oneClickCopiesTheItemsPermalinkAndAnnouncesIt() {
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      driver.executeCdpCommand(
          "Browser.grantPermissions",
          Map.of(
              "origin",
              server.origin(),
              "permissions",
              List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
      driver.get(server.origin() + "/themes/risk-assessment.html");
      WebElement item = driver.findElement(By.id("risk-local-dip-sampling"));
      WebElement button = item.findElement(By.cssSelector("button.kb-copy-link"));
      assertEquals(
          "Copy link: " + item.getAttribute("data-kb-title"),
          button.getAttribute("textContent"),
          "the button names the item for screen readers");
      button.click();

      WebElement status = driver.findElement(By.cssSelector(".kb-copy-link__status[role=status]"));
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(d -> status.getAttribute("textContent").startsWith("Link copied"));
      assertEquals(
          "Link copied: " + item.getAttribute("data-kb-title"), status.getAttribute("textContent"));
      Object copied =
          driver.executeAsyncScript(
              "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('"
                  + "error: ' + e));");
      assertEquals(
          server.origin() + "/themes/risk-assessment.html#risk-local-dip-sampling", copied);
    }
  }

  @Test
  void withoutJavaScriptThePermalinkIsAPlainLink() {
    try (ChromiumBrowser browser = ChromiumBrowser.start(false)) {
      ChromeDriver driver = browser.driver();
      driver.get(server.origin() + "/themes/risk-assessment.html");
      WebElement item = driver.findElement(By.id("risk-local-dip-sampling"));
      assertTrue(item.findElements(By.cssSelector("button.kb-copy-link")).isEmpty());
      WebElement link = item.findElement(By.cssSelector("a.kb-item__permalink"));
      link.click();
      assertEquals(
          server.origin() + "/themes/risk-assessment.html#risk-local-dip-sampling",
          driver.getCurrentUrl());
    }
  }
}
