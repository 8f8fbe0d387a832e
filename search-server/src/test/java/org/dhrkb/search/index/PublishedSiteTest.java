package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhrkb.search.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedSiteTest {
  @TempDir Path dir;

  @Test
  void readsEveryItemWithItsUrlKindThemeAndAudiences() throws Exception {
    PublishedSite site = PublishedSite.read(MiniSite.write(dir));
    Map<String, SiteItem> byId =
        site.items().stream().collect(Collectors.toMap(SiteItem::id, i -> i));
    SiteItem lesson = byId.get("risk-lesson");
    assertEquals("themes/risk-assessment.html#risk-lesson", lesson.url());
    assertEquals("lesson", lesson.kind());
    assertEquals("Risk assessment is inconsistent", lesson.title());
    assertEquals("risk-assessment", lesson.theme());
    assertEquals(List.of("police", "marac"), lesson.audiences());
    assertTrue(lesson.text().startsWith("The Domestic Abuse"), lesson.text());
    assertTrue(!lesson.text().contains("Link to this"), "navigation is not text");
  }

  @Test
  void readsTheGlossaryAndAudienceLabelsAndSkipsTheSearchAnd404Pages() throws Exception {
    PublishedSite site = PublishedSite.read(MiniSite.write(dir));
    assertEquals(List.of("MARACs"), site.glossary().get(0).aliases());
    // A definition shows the expansion apart: its description does not repeat it.
    assertEquals(
        "A regular local meeting about high-risk victims.", site.glossary().get(0).description());
    assertEquals("", site.glossary().get(1).description(), "DASH has only its expansion");
    assertEquals("MARAC members", site.audienceLabels().get("marac"));
    assertTrue(
        site.items().stream()
            .noneMatch(i -> i.url().startsWith("search.html") || i.url().startsWith("404.html")));
  }

  @Test
  void pageTextLeavesOutTheItems() throws Exception {
    PublishedSite site = PublishedSite.read(MiniSite.write(dir));
    SiteItem page =
        site.items().stream()
            .filter(i -> i.id().equals("themes/risk-assessment.html"))
            .findFirst()
            .orElseThrow();
    assertEquals(SiteItem.PAGE, page.kind());
    assertEquals("Risk assessment", page.text());
  }

  @Test
  void theFingerprintChangesWithAnyPage() throws Exception {
    MiniSite.write(dir);
    String before = PublishedSite.fingerprint(dir);
    assertEquals(before, PublishedSite.fingerprint(dir));
    Files.writeString(dir.resolve("audiences/police.html"), "<main>changed</main>");
    assertNotEquals(before, PublishedSite.fingerprint(dir));
  }
}
