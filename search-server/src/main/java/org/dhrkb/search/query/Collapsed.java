package org.dhrkb.search.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.dhrkb.search.index.IndexFields;
import org.dhrkb.search.index.StoredDocs;

/**
 * Ranked hits with near-duplicates collapsed: of the items that share a {@link IndexFields#GROUP}
 * (one resource given under two themes), the best-ranked stays and names where the others are.
 */
final class Collapsed {
  private final List<ScoreDoc> kept;
  private final Map<Integer, List<SearchResults.Place>> others;
  private final int dropped;

  private Collapsed(
      List<ScoreDoc> kept, Map<Integer, List<SearchResults.Place>> others, int dropped) {
    this.kept = kept;
    this.others = others;
    this.dropped = dropped;
  }

  /** Collapses ranked hits, best first. */
  static Collapsed of(StoredDocs docs, ScoreDoc[] ranked) {
    Map<String, Integer> firstOfGroup = new HashMap<>();
    Map<Integer, List<SearchResults.Place>> others = new LinkedHashMap<>();
    List<ScoreDoc> kept = new ArrayList<>();
    int dropped = 0;
    for (ScoreDoc hit : ranked) {
      String group = docs.group(hit.doc);
      Integer first = group == null ? null : firstOfGroup.putIfAbsent(group, hit.doc);
      if (first == null) {
        kept.add(hit);
        continue;
      }
      dropped++;
      others
          .computeIfAbsent(first, k -> new ArrayList<>())
          .add(
              new SearchResults.Place(
                  docs.id(hit.doc), docs.url(hit.doc), docs.themeTitle(hit.doc)));
    }
    return new Collapsed(kept, others, dropped);
  }

  /** The hits that stay, best first. */
  List<ScoreDoc> kept() {
    return kept;
  }

  /** Where else the kept hit {@code doc} appears. */
  List<SearchResults.Place> others(int doc) {
    return others.getOrDefault(doc, List.of());
  }

  /** How many hits were folded into others. */
  int dropped() {
    return dropped;
  }
}
