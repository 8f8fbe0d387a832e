package org.dhrkb.search.query;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching documents per value of one doc-values field (single or multi-valued). The
 * index is small and read-only, so counting from doc values beats a taxonomy index.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Integer>> {
  private final String field;

  FacetCounts(String field) {
    this.field = field;
  }

  @Override
  public Counter newCollector() {
    return new Counter(field);
  }

  @Override
  public Map<String, Integer> reduce(Collection<Counter> collectors) {
    Map<String, Integer> total = new TreeMap<>();
    for (Counter counter : collectors) {
      counter.counts.forEach((k, v) -> total.merge(k, v, Integer::sum));
    }
    return total;
  }

  static final class Counter extends SimpleCollector {
    private final String field;
    private final Map<String, Integer> counts = new HashMap<>();
    private SortedSetDocValues values;

    Counter(String field) {
      this.field = field;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      values = DocValues.getSortedSet(context.reader(), field);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          counts.merge(values.lookupOrd(values.nextOrd()).utf8ToString(), 1, Integer::sum);
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
