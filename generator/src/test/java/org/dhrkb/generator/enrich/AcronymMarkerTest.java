package org.dhrkb.generator.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dhrkb.generator.content.GlossaryEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AcronymMarkerTest {
  private final AcronymMarker marker =
      new AcronymMarker(
          List.of(
              entry("glossary-marac", "MARAC", "Multi-Agency Risk Assessment Conference", "MARACs"),
              entry("glossary-idva", "IDVA", "Independent Domestic Violence Adviser", "IDVAs"),
              entry("glossary-home-office", "Home Office", "Home Office")),
          "/");

  @Test
  void marksOnlyTheFirstUseOfEachAcronymOnAPage() {
    Document page = page("<p>Refer to MARAC. The MARAC meets monthly; IDVAs attend.</p>");
    assertEquals(2, marker.mark(page));
    assertEquals(
        "<p>Refer to <a href=\"/glossary.html#glossary-marac\" class=\"govuk-link "
            + "kb-abbr\"><abbr title=\"Multi-Agency Risk Assessment Conference\">MARAC</abbr></a>. "
            + "The MARAC meets monthly; <a href=\"/glossary.html#glossary-idva\" class=\"govuk-link "
            + "kb-abbr\"><abbr title=\"Independent Domestic Violence Adviser\">IDVAs</abbr></a> "
            + "attend.</p>",
        page.getElementById("main-content").html());
  }

  @Test
  void leavesLinksHeadingsAndWordsThatOnlyContainAnAcronymAlone() {
    Document page =
        page("<h2>MARAC</h2><p><a href=\"/x\">MARAC guide</a> MARACISH " + "www.MARAC.org</p>");
    assertEquals(0, marker.mark(page));
  }

  @Test
  void takesTheLongestWordAndKeepsTheWordBoundariesOfTheRegexItReplaced() {
    // IDVA2 and IDVA@ are not words; "MARACs" is the alias, not MARAC followed by "s"; a word at
    // the very start or end of a text counts (at the end, jsoup's split failed the build); a word
    // seen already is passed over for the next.
    Document page = page("<p>MARACs IDVA2 IDVA@x MARAC then IDVA</p>");
    assertEquals(2, marker.mark(page));
    assertEquals(
        "<p><a href=\"/glossary.html#glossary-marac\" class=\"govuk-link kb-abbr\"><abbr"
            + " title=\"Multi-Agency Risk Assessment Conference\">MARACs</abbr></a> IDVA2 IDVA@x"
            + " MARAC then <a href=\"/glossary.html#glossary-idva\" class=\"govuk-link"
            + " kb-abbr\"><abbr title=\"Independent Domestic Violence Adviser\">IDVA</abbr></a></p>",
        page.getElementById("main-content").html());
  }

  @Test
  void leavesTheGlossaryPageAndOrganisationsWrittenOutAlone() {
    Document glossary =
        Jsoup.parse("<main id=\"main-content\" data-kb-page=\"glossary\"><p>MARAC</p></main>");
    assertEquals(0, marker.mark(glossary));
    assertEquals(0, marker.mark(page("<p>The Home Office said so.</p>")));
  }

  private static Document page(String body) {
    return Jsoup.parse("<main id=\"main-content\" data-kb-page=\"theme\">" + body + "</main>");
  }

  private static GlossaryEntry entry(String id, String term, String expansion, String... aliases) {
    return new GlossaryEntry(id, term, expansion, "acronym", List.of(aliases), null, null);
  }
}
