package org.dhrkb.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMixTest {
  private static final Path SITE = Path.of("..", "site");

  @Test
  void givesThousandsOfDistinctQueriesOfEveryFormTheSameEachTime() throws Exception {
    List<String> mix = QueryMix.create(SITE, 2000, Corpus.SEED);

    assertEquals(2000, new HashSet<>(mix).size());
    assertEquals(mix, QueryMix.create(SITE, 2000, Corpus.SEED));
    assertTrue(mix.stream().allMatch(q -> q.length() <= 200));
    assertTrue(mix.stream().anyMatch(q -> q.startsWith("\"")), "phrases");
    assertTrue(mix.stream().anyMatch(q -> q.startsWith("how do we improve")), "questions");
  }
}
