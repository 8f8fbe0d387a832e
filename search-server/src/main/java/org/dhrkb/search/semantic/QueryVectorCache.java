package org.dhrkb.search.semantic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link Embedder} that remembers the vectors of the last queries it embedded. A reader who
 * opens the next page of results, ticks a filter or goes back runs the same query text again, and
 * embedding it costs milliseconds of CPU where looking it up costs microseconds. Passages (embedded
 * once, when the index is built) are not kept.
 */
public final class QueryVectorCache implements Embedder {
  /** Enough for the queries of a busy hour; 1,024 vectors of 384 floats take about 1.6 MB. */
  static final int SIZE = 1024;

  private final Embedder model;
  private final Map<String, float[]> recent =
      new LinkedHashMap<>(SIZE * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > SIZE;
        }
      };

  public QueryVectorCache(Embedder model) {
    this.model = model;
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public float[] embedQuery(String text) {
    float[] vector;
    synchronized (recent) {
      vector = recent.get(text);
    }
    if (vector == null) {
      // Embedded outside the lock: two readers of the same new query may both embed it, but no
      // reader waits for another's embedding.
      vector = model.embedQuery(text);
      synchronized (recent) {
        recent.put(text, vector);
      }
    }
    return vector.clone();
  }

  @Override
  public float[] embedPassage(String text) {
    return model.embedPassage(text);
  }
}
