package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhrkb.generator.content.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An intranet link to a renamed item keeps working: the old id says where the item went. */
class MovedIdIT {
  private static final String THEME = "content/themes/risk-assessment.yaml";

  @Test
  void renamedItemKeepsItsOldLinkWithAMovedNotice(@TempDir Path work) throws Exception {
    Path site = copy(work);
    edit(
        site,
        s ->
            s.replace("id: risk-local-dip-sampling", "id: risk-local-test-forms")
                + "moved:\n  risk-local-dip-sampling: risk-local-test-forms\n");
    Path out = work.resolve("out/site");
    Generator.create(c -> c.site(site).templates(templates()).output(out)).build();
    Document page = Jsoup.parse(out.resolve("themes/risk-assessment.html").toFile(), "UTF-8");
    Element old = page.getElementById("risk-local-dip-sampling");
    assertNotNull(old, "the old id still resolves");
    assertEquals("risk-local-test-forms", old.attr("data-kb-moved-to"));
    assertEquals("#risk-local-test-forms", old.expectFirst("a").attr("href"));
    assertNotNull(page.getElementById("risk-local-test-forms"));
  }

  @Test
  void movedToAnIdThatDoesNotExistFails(@TempDir Path work) throws Exception {
    Path site = copy(work);
    edit(site, s -> s + "moved:\n  risk-local-old: risk-local-nowhere\n");
    ContentException e =
        assertThrows(
            ContentException.class,
            () ->
                Generator.create(
                        c -> c.site(site).templates(templates()).output(work.resolve("out/site")))
                    .build());
    assertTrue(
        e.getMessage().contains("moved to an id that does not exist: 'risk-local-nowhere'"),
        e.getMessage());
  }

  private static Path templates() {
    return BuiltSite.templates();
  }

  private static void edit(Path site, java.util.function.UnaryOperator<String> change)
      throws Exception {
    Path file = site.resolve(THEME);
    Files.writeString(
        file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private static Path copy(Path work) {
    return BuiltSite.copySiteTo(work.resolve("site"));
  }
}
