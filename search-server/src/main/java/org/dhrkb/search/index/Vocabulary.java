package org.dhrkb.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one generation that spelling may correct towards: every word of a field found in at
 * least a given number of documents, read once when the generation opens and grouped by first
 * letter. {@link #similar} gives what Lucene's {@code DirectSpellChecker} gives (same candidates,
 * scores and order, {@code VocabularyIT} checks it against the real thing) without building
 * Levenshtein automata and walking the term dictionary for every misspelt word of every query.
 */
public final class Vocabulary {
  /** What the spell checker inspects per suggestion wanted (its {@code maxInspections}). */
  private static final int INSPECTIONS = 5;

  /** The lowest similarity a suggestion may have (the spell checker's default accuracy). */
  private static final float ACCURACY = 0.5f;

  /** A word: its code points, text, UTF-8 bytes for the term order, and document frequency. */
  private record Word(int[] points, String text, BytesRef bytes, int docFreq) {}

  private final Map<Integer, List<Word>> byFirst = new HashMap<>();

  /** The words of {@code field} found in at least {@code minFrequency} documents. */
  Vocabulary(IndexReader reader, String field, int minFrequency) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    TermsEnum words = terms.iterator();
    for (BytesRef term = words.next(); term != null; term = words.next()) {
      if (words.docFreq() < minFrequency) {
        continue;
      }
      String text = term.utf8ToString();
      int[] points = text.codePoints().toArray();
      if (points.length == 0) {
        continue;
      }
      byFirst
          .computeIfAbsent(points[0], k -> new ArrayList<>())
          .add(new Word(points, text, BytesRef.deepCopyOf(term), words.docFreq()));
    }
  }

  /**
   * Up to {@code count} words within {@code maxEdits} edits (insertions, deletions, substitutions
   * and transpositions of neighbours) of {@code text}, the first letter kept, best first: as {@code
   * DirectSpellChecker.suggestSimilar} with suggest-when-not-in-index, a minimum prefix of one
   * letter and this vocabulary's minimum frequency. The caller checks that the index lacks the
   * text.
   */
  public List<String> similar(String text, int maxEdits, int count) {
    int[] query = text.codePoints().toArray();
    if (query.length == 0) {
      return List.of();
    }
    List<Word> candidates = byFirst.getOrDefault(query[0], List.of());
    int inspections = count * INSPECTIONS;
    // Like the spell checker: one edit first, then up to maxEdits when that found too few.
    Map<Word, Float> found = new LinkedHashMap<>();
    best(query, candidates, 1, inspections, found);
    if (maxEdits > 1 && found.size() < inspections) {
      best(query, candidates, maxEdits, inspections, found);
    }
    List<Map.Entry<Word, Float>> ranked = new ArrayList<>(found.entrySet());
    ranked.sort(
        Comparator.<Map.Entry<Word, Float>>comparingDouble(Map.Entry::getValue)
            .reversed()
            .thenComparing(e -> -e.getKey().docFreq())
            .thenComparing(e -> e.getKey().text()));
    List<String> words = new ArrayList<>();
    for (int i = 0; i < Math.min(count, ranked.size()); i++) {
      words.add(ranked.get(i).getKey().text());
    }
    return words;
  }

  /**
   * Adds the best {@code inspections} candidates within {@code edits} edits, by similarity and then
   * term order, as the spell checker's queue over Lucene's fuzzy terms keeps them.
   */
  private static void best(
      int[] query, List<Word> candidates, int edits, int inspections, Map<Word, Float> found) {
    List<Word> within = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    for (Word word : candidates) {
      int[] points = word.points();
      if (Math.abs(points.length - query.length) > edits
          || java.util.Arrays.equals(points, query)) {
        continue;
      }
      int distance = distance(query, points, edits);
      if (distance > edits) {
        continue;
      }
      float score = 1.0f - (float) distance / (float) Math.min(points.length, query.length);
      if (score < ACCURACY) {
        continue;
      }
      within.add(word);
      scores.add(score);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < within.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingDouble(i -> -scores.get(i))
            .thenComparing((a, b) -> within.get(a).bytes().compareTo(within.get(b).bytes())));
    for (int i = 0; i < Math.min(inspections, order.size()); i++) {
      found.putIfAbsent(within.get(order.get(i)), scores.get(order.get(i)));
    }
  }

  /**
   * The restricted Damerau-Levenshtein distance between the words after their shared first letter
   * (what Lucene's Levenshtein automata with transpositions accept), or more than {@code max}.
   */
  static int distance(int[] a, int[] b, int max) {
    int n = a.length - 1;
    int m = b.length - 1;
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        int cost = a[i] == b[j] ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i] == b[j - 1] && a[i - 1] == b[j]) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return previous[m];
  }
}
