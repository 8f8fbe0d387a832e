package org.dhrkb.search.relevance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dhrkb.generator.BuiltSite;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import org.junit.jupiter.api.Test;

/**
 * The judged practitioner queries over the real built site. The floors are the figures measured
 * when the ranking was last tuned (nDCG@10 0.910, success@1 0.968 over 63 queries, see {@code ./kb
 * relevance}) less a small margin: a change that loses more is a regression.
 */
class RelevanceIT {
  static final double NDCG_FLOOR = 0.910 - 0.03;
  static final double SUCCESS_FLOOR = 0.968 - 0.05;

  @Test
  void rankingStaysAsGoodAsMeasured() throws Exception {
    Judgments judgments = Judgments.builtIn();
    assertTrue(judgments.queries().size() >= 40, "at least 40 judged queries");
    Path indexDir = Files.createTempDirectory("kb-relevance-");
    try (SearchIndex index = SearchIndex.open(BuiltSite.get().dir(), indexDir)) {
      RelevanceSuite.Report report = RelevanceSuite.run(new SearchService(index), judgments);
      String summary =
          String.format(
              Locale.ROOT, "nDCG@10 %.3f, success@1 %.3f", report.ndcg(), report.successAt1());
      System.out.println("Relevance over " + judgments.queries().size() + " queries: " + summary);
      assertTrue(report.ndcg() >= NDCG_FLOOR, summary + " < nDCG floor " + NDCG_FLOOR);
      assertTrue(
          report.successAt1() >= SUCCESS_FLOOR, summary + " < success floor " + SUCCESS_FLOOR);
    }
  }
}
