package org.dhrkb.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractTest {
  @ParameterizedTest
  @ValueSource(strings = {"risk-lesson", "a", "qs116", "risk-local-caada-materials"})
  void acceptsSlugsOfLowerCaseWordsJoinedByHyphens(String slug) {
    assertTrue(Slug.isValid(slug));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Risk", "risk--lesson", "-risk", "risk-", "risk_lesson", "risk lesson"})
  void refusesAnythingElseAsASlug(String slug) {
    assertFalse(Slug.isValid(slug));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MARAC", "MARACs", "QS116", "IDVA", "A&E"})
  void recognisesAcronyms(String word) {
    assertTrue(Acronym.isAcronym(word));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SafeLives", "Marac", "I", "marac", "Home Office", "2013"})
  void doesNotTakeWordsOrNamesForAcronyms(String word) {
    assertFalse(Acronym.isAcronym(word));
  }

  @Test
  void namesEachKindOnceAndFindsItByItsHtmlValue() {
    assertEquals(Kind.values().length, Kind.ids().stream().distinct().count());
    assertEquals(Kind.LOCAL_SUGGESTION, Kind.fromId("local-suggestion").orElseThrow());
    assertTrue(Kind.fromId("Local suggestion").isEmpty());
    assertEquals("National action", Kind.NATIONAL_ACTION.getLabel());
  }
}
