package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {
  private final Glossary glossary =
      new Glossary(
          List.of(
              new GlossaryEntry(
                  "glossary-idva",
                  "IDVA",
                  "Independent Domestic Violence Adviser",
                  List.of("IDVAs"),
                  ""),
              new GlossaryEntry(
                  "glossary-safelives", "SafeLives", "SafeLives, formerly CAADA", List.of(), ""),
              new GlossaryEntry(
                  "glossary-ph", "PH", "public health guideline (NICE)", List.of("PH50"), ""),
              new GlossaryEntry(
                  "glossary-home-office", "Home Office", "Home Office", List.of(), "")),
          KbAnalyzer.stemmed());

  private Glossary.Match match(String text) {
    return glossary.longestMatch(Glossary.tokens(KbAnalyzer.stemmed(), text), 0);
  }

  @Test
  void acronymAndExpansionNameTheSameEntryBothWays() {
    assertEquals("glossary-idva", match("IDVA").entry().id());
    assertEquals("glossary-idva", match("idvas").entry().id());
    Glossary.Match expansion = match("independent domestic violence advisors");
    assertEquals("glossary-idva", expansion.entry().id());
    assertEquals(4, expansion.length());
  }

  @Test
  void aDescriptionIsNotASynonym() {
    assertNull(match("formerly caada"));
    // A name alone is matched (its definition is shown) but has no other name to search for.
    assertEquals(List.of(List.of("home", "offic")), match("home office").entry().forms());
  }

  @Test
  void dropsParenthesisedQualifiersFromExpansions() {
    assertNotNull(match("public health guideline"));
  }

  @Test
  void knowsItsAcronymsButNotOrdinaryWords() {
    assertTrue(glossary.isAcronymToken(Glossary.tokens(KbAnalyzer.stemmed(), "IDVA").get(0)));
    assertFalse(glossary.isAcronymToken("independ"));
  }
}
