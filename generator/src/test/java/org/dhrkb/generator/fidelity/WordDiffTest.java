package org.dhrkb.generator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What kb check says when the 2013 words were changed, removed or added to. */
class WordDiffTest {
  private static final String SOURCE =
      "We have asked HMIC to consider whether risk to victims is adequately managed.";

  @Test
  void aChangedWordIsShownWithTheWordsBeforeAndAfter() {
    WordDiff diff =
        WordDiff.of(
            SOURCE,
            "We have asked HMIC to consider whether danger to victims is adequately managed.");
    assertEquals(
        "\"… consider whether risk to …\" but found \"… consider whether danger to …\"",
        diff.describe());
    assertEquals("danger", diff.foundWord());
  }

  @Test
  void aRemovedWordShowsTheGapItLeft() {
    WordDiff diff =
        WordDiff.of(SOURCE, "We have asked HMIC to consider whether risk to victims is managed.");
    assertEquals(
        "\"… victims is adequately managed.\" but found \"… victims is managed.\"",
        diff.describe());
    assertEquals("managed.", diff.foundWord());
  }

  @Test
  void anAddedWordIsPointedAt() {
    WordDiff diff =
        WordDiff.of(
            SOURCE,
            "We have asked HMIC to consider whether risk to victims is adequately managed. Now HMICFRS.");
    assertEquals("Now", diff.foundWord());
    assertEquals(
        "\"… adequately managed.\" but found \"… adequately managed. Now HMICFRS.\"",
        diff.describe());
  }

  @Test
  void countsEarlierOccurrencesOfTheChangedWordSoTheRightOneIsLocated() {
    WordDiff diff = WordDiff.of("to risk and to risk, to risk", "to risk and to risk, to harm");
    assertEquals("harm", diff.foundWord());
    assertEquals(0, diff.foundOccurrence());
    WordDiff again = WordDiff.of("risk and risk and risk", "risk and risk or risk");
    assertEquals("or", again.foundWord());
    WordDiff third = WordDiff.of("to risk and to risk", "to risk and to risks");
    assertEquals("risks", third.foundWord());
    assertEquals(0, third.foundOccurrence());
    WordDiff fourth = WordDiff.of("risk, risk, risk one", "risk, risk, risk two");
    assertEquals(0, fourth.foundOccurrence());
    WordDiff fifth = WordDiff.of("risk, risk, harm", "risk, risk, risk");
    assertEquals("risk", fifth.foundWord());
    assertEquals(2, fifth.foundOccurrence());
  }
}
