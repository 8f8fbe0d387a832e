package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingVariantFilterTest {
  @ParameterizedTest
  @CsvSource({
    "organize, organisation",
    "organization, organisation",
    "recognized, recognised",
    "specializing, specialising",
    "analyze, analyse",
    "behavior, behaviour",
    "behavioral, behavioural",
    "neighbors, neighbours",
    "center, centre",
    "program, programme",
    "programs, programmes",
    "license, licence",
    "advisor, adviser",
    "advisors, advisers",
    "offense, offence",
    "pediatric, paediatric",
    "counseling, counselling",
    "judgment, judgement",
  })
  void britishAndAmericanSpellingsMeet(String american, String british) {
    assertEquals(
        Glossary.tokens(KbAnalyzer.stemmed(), british),
        Glossary.tokens(KbAnalyzer.stemmed(), american));
  }

  @ParameterizedTest
  @CsvSource({"size", "prize", "seize", "capsized", "doctor", "factor", "meter", "advise"})
  void leavesWordsWithoutAVariantAlone(String word) {
    assertEquals(word, SpellingVariantFilter.normalize(word));
  }

  @ParameterizedTest
  @CsvSource({
    "center",
    "programmes",
    "pediatrics",
    "counselors",
    "behaviors",
    "colour",
    "organizing",
    "analyzed",
    "size",
    "doctor",
    "risk",
    "assessment",
    "zebra",
    "inquiries",
    "gray"
  })
  void skipsOnlyWordsItWouldNotRewrite(String word) {
    boolean unchanged = SpellingVariantFilter.normalize(word).equals(word);
    assertEquals(
        true, unchanged || SpellingVariantFilter.mayRewrite(word.toCharArray(), word.length()));
  }
}
