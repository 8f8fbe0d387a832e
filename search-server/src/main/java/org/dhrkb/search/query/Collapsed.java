package org.dhrkb.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.dhrkb.search.index.IndexFields;

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
  static Collapsed of(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<String, Integer> firstOfGroup = new HashMap<>();
    Map<Integer, List<SearchResults.Place>> others = new LinkedHashMap<>();
    List<ScoreDoc> kept = new ArrayList<>();
    int dropped = 0;
    for (ScoreDoc hit : ranked) {
      String group = group(leaves, hit.doc);
      Integer first = group == null ? null : firstOfGroup.putIfAbsent(group, hit.doc);
      if (first == null) {
        kept.add(hit);
        continue;
      }
      dropped++;
      Document stored = searcher.storedFields().document(hit.doc);
      others
          .computeIfAbsent(first, k -> new ArrayList<>())
          .add(
              new SearchResults.Place(
                  stored.get(IndexFields.ID),
                  stored.get(IndexFields.URL),
                  stored.get(IndexFields.THEME_TITLE)));
    }
    return new Collapsed(kept, others, dropped);
  }

  private static String group(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues values = leaf.reader().getSortedDocValues(IndexFields.GROUP);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    return values.lookupOrd(values.ordValue()).utf8ToString();
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
