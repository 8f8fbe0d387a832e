package org.dhrkb.search.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceSuiteTest {
  static final Judgments.Query QUERY = new Judgments.Query("q", Map.of("a", 2, "b", 1));

  @Test
  void idealRankingScoresOne() {
    assertEquals(1.0, RelevanceSuite.ndcg(List.of("a", "b"), QUERY), 1e-9);
  }

  @Test
  void swappedRankingScoresLess() {
    // DCG = 1/log2(2) + 3/log2(3); ideal = 3 + 1/log2(3).
    double expected = (1 + 3 / (Math.log(3) / Math.log(2))) / (3 + 1 / (Math.log(3) / Math.log(2)));
    assertEquals(expected, RelevanceSuite.ndcg(List.of("b", "a"), QUERY), 1e-9);
    assertEquals(0.0, RelevanceSuite.ndcg(List.of("x", "y"), QUERY), 1e-9);
  }

  @Test
  void readsJudgmentsAndNamesTheBadLine() throws IOException {
    Judgments judgments =
        Judgments.read(new StringReader("# c\nmarac\tglossary-marac:2 x:1\n"), "j.tsv");
    assertEquals(Map.of("glossary-marac", 2, "x", 1), judgments.queries().get(0).grades());
    IOException e =
        assertThrows(
            IOException.class,
            () -> Judgments.read(new StringReader("marac glossary-marac\n"), "j.tsv"));
    assertEquals("j.tsv:1:1: error: expected a query, a tab and the judged items", e.getMessage());
  }

  @Test
  void theBuiltInJudgmentsHaveAtLeastFortyQueries() throws IOException {
    assertEquals(true, Judgments.builtIn().queries().size() >= 40);
  }
}
