package org.dhrkb.search.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {
  private final EnglishWords english = EnglishWords.get();

  @Test
  void wordsThePaperDoesNotUseAreStillWords() {
    // A practitioner's plain words: spelling once "corrected" these to line, changed, whole, code.
    for (String word :
        List.of(
            "live",
            "charged",
            "while",
            "come",
            "jail",
            "youngsters",
            "kids",
            "employers",
            "addiction",
            "questionnaire",
            "permission",
            "Depressed",
            "women",
            "children",
            "mice",
            "went",
            "better")) {
      assertTrue(english.contains(word), word);
    }
  }

  @Test
  void misspellingsAreNot() {
    for (String word :
        List.of(
            "assesment",
            "perpetrater",
            "condtions",
            "safegaurding",
            "developement",
            "childrens",
            "recieve",
            "perpetarator",
            "harrassment",
            "neglegence",
            "confidentailty",
            "sheltre")) {
      assertFalse(english.contains(word), word);
    }
  }
}
