package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The checklist pages: every local suggestion, each role's, and how they print. */
class ChecklistIT {
  @Test
  void theChecklistListsEveryLocalSuggestionLinkedToItsPermalink() {
    Document page = BuiltSite.get().page("checklist.html");
    Set<String> linked = linkedIds(page);
    assertEquals(OpenDataIT.idsOfKind("local-suggestion"), linked);
    assertEquals(
        "/checklist.csv", page.expectFirst("a[download]").attr("href"), "the spreadsheet link");
    // Each role's checklist is linked, and holds that role's suggestions only.
    Element roles = page.expectFirst(".kb-checklist__roles");
    assertEquals(
        BuiltSite.get().htmlPages().stream().filter(p -> p.startsWith("audiences/")).count(),
        roles.select("a").size());
  }

  @Test
  void aRolesChecklistHoldsThatRolesSuggestionsOnly() {
    Document page = BuiltSite.get().page("checklist/police.html");
    Set<String> linked = linkedIds(page);
    assertFalse(linked.isEmpty());
    Set<String> forPolice = new LinkedHashSet<>();
    for (String theme : BuiltSite.get().htmlPages()) {
      for (Element e :
          BuiltSite.get()
              .page(theme)
              .select("[data-kb-kind=local-suggestion][data-kb-audiences]")) {
        if (List.of(e.attr("data-kb-audiences").split(" ")).contains("police")) {
          forPolice.add(e.id());
        }
      }
    }
    assertEquals(forPolice, linked);
    assertEquals("/checklist/police.csv", page.expectFirst("a[download]").attr("href"));
  }

  @Test
  void printsAsATableWithColumnsToFillInAndNoNavigation() throws Exception {
    try (AccessibilityIT.SiteServer server =
            AccessibilityIT.SiteServer.start(BuiltSite.get().dir());
        ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      driver.get(server.origin() + "/checklist.html");
      // On screen the blank columns would only be empty space.
      assertEquals(List.of("Suggestion"), visibleHeaders(driver));

      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      driver.navigate().refresh();
      assertEquals(
          List.of("Suggestion", "Status", "Owner", "Due date", "Notes"), visibleHeaders(driver));
      List<String> printed = new ArrayList<>();
      for (String selector :
          List.of(
              ".govuk-exit-this-page",
              ".kb-search-bar",
              ".govuk-service-navigation",
              ".kb-checklist__actions")) {
        for (WebElement e : driver.findElements(By.cssSelector(selector))) {
          if (e.isDisplayed()) {
            printed.add(selector);
          }
        }
      }
      assertEquals(List.of(), printed, "navigation on paper");
      // On paper a link cannot be followed: each suggestion prints its address.
      WebElement first = driver.findElement(By.cssSelector(".kb-checklist__item .kb-print-only"));
      assertTrue(first.isDisplayed());
      assertTrue(
          first.getText().matches("Link: themes/[a-z-]+\\.html#[a-z0-9-]+"), first.getText());
    }
  }

  private static List<String> visibleHeaders(ChromeDriver driver) {
    return driver
        .findElements(By.cssSelector(".kb-checklist"))
        .get(0)
        .findElements(By.cssSelector("th"))
        .stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }

  private static Set<String> linkedIds(Document page) {
    Set<String> ids = new LinkedHashSet<>();
    for (Element a : page.select(".kb-checklist__permalink")) {
      ids.add(a.attr("href").substring(a.attr("href").indexOf('#') + 1));
    }
    return ids;
  }
}
