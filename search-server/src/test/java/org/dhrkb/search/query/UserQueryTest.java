package org.dhrkb.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserQueryTest {
  @Test
  void readsWordsPhrasesAndExclusions() {
    UserQuery q = UserQuery.parse("refer \"bail conditions\" -prison -\"in custody\" marac");
    assertEquals(List.of("refer", "marac"), q.words());
    assertEquals(List.of("bail conditions"), q.phrases());
    assertEquals(List.of("prison", "in custody"), q.excluded());
    assertTrue(q.typing());
  }

  @Test
  void theLastWordIsCompleteOnceASpaceFollows() {
    assertFalse(UserQuery.parse("marac ").typing());
    assertFalse(UserQuery.parse("marac \"risk\"").typing());
  }

  @Test
  void anUnclosedQuoteRunsToTheEnd() {
    assertEquals(List.of("multi agency"), UserQuery.parse("\"multi agency").phrases());
  }

  @Test
  void hyphensInsideWordsAndLoneDashesAreText() {
    UserQuery q = UserQuery.parse("multi-agency - risk");
    assertEquals(List.of("multi-agency", "-", "risk"), q.words());
    assertTrue(q.excluded().isEmpty());
  }

  @Test
  void syntaxCharactersAreJustText() {
    UserQuery q = UserQuery.parse("title:(a OR b) AND c* ~2 \\ ^ [x TO y]");
    assertEquals(11, q.words().size());
  }

  @Test
  void curlyQuotesQuoteToo() {
    assertEquals(List.of("bail conditions"), UserQuery.parse("“bail conditions”").phrases());
  }
}
