package org.dhrkb.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.VectorUtil;
import org.dhrkb.search.index.IndexFields;
import org.dhrkb.search.semantic.Embedder;

/**
 * The items whose meaning is closest to the query's (cosine of sentence-embedding vectors, Lucene's
 * HNSW search), and their fusion with the ranking by words: a practitioner who describes an idea in
 * other words than the paper's still finds it.
 */
final class SemanticMatches {
  private final ScoreDoc[] near;

  /** Each theme's closest item's cosine, among the closest items whatever their cosine. */
  private final Map<String, Float> themes;

  private final IntFunction<String> themeOf;

  /** The query's vector (unit length), or null when there is none. */
  private final float[] vector;

  private SemanticMatches(
      ScoreDoc[] near, Map<String, Float> themes, IntFunction<String> themeOf, float[] vector) {
    this.near = near;
    this.themes = themes;
    this.themeOf = themeOf;
    this.vector = vector;
  }

  static final SemanticMatches NONE =
      new SemanticMatches(new ScoreDoc[0], Map.of(), doc -> "", null);

  /**
   * The closest items within {@code filter} (null for all), at least the minimum similarity.
   *
   * @param themeOf a document's theme (empty for the introduction's items)
   */
  static SemanticMatches find(
      IndexSearcher searcher,
      Embedder embedder,
      String text,
      Query filter,
      IntFunction<String> themeOf)
      throws IOException {
    float[] vector =
        VectorUtil.l2normalize(
            embedder.embedQuery(firstWords(text, RankingWeights.SEMANTIC_WORDS)).clone(), false);
    return closestTo(searcher, vector, filter, themeOf);
  }

  /**
   * The items closest to the query and to the first result together (pseudo-relevance feedback): an
   * item's vectors moved the query towards what the paper calls the idea, so the items close to
   * both rise, and items close to the query's words alone but far from the answer fall. The first
   * result's text and plain-words vectors are added, at {@link RankingWeights#FEEDBACK} of the
   * query's weight.
   *
   * @param first the first result of the fusion with these close items
   */
  SemanticMatches refined(IndexSearcher searcher, int first, Query filter) throws IOException {
    if (vector == null) {
      return this;
    }
    float[] feedback = new float[vector.length];
    boolean any = false;
    for (String field : List.of(IndexFields.VECTOR, IndexFields.PLAIN_VECTOR)) {
      float[] v = storedVector(searcher.getIndexReader(), field, first);
      if (v != null) {
        any = true;
        VectorUtil.add(feedback, v);
      }
    }
    if (!any) {
      return this;
    }
    VectorUtil.l2normalize(feedback, false);
    float[] moved = vector.clone();
    for (int i = 0; i < moved.length; i++) {
      moved[i] += RankingWeights.FEEDBACK * feedback[i];
    }
    return closestTo(searcher, VectorUtil.l2normalize(moved, false), filter, themeOf);
  }

  /** An item's stored vector in {@code field}, or null when it has none. */
  private static float[] storedVector(IndexReader reader, String field, int doc)
      throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
    int target = doc - leaf.docBase;
    if (values == null || values.advance(target) != target) {
      return null;
    }
    return values.vectorValue().clone();
  }

  private static SemanticMatches closestTo(
      IndexSearcher searcher, float[] vector, Query filter, IntFunction<String> themeOf)
      throws IOException {
    // An item is as close as the closer of its text and its plain-words.
    Map<Integer, Float> closest = new HashMap<>();
    for (String field : List.of(IndexFields.VECTOR, IndexFields.PLAIN_VECTOR)) {
      KnnFloatVectorQuery knn =
          new KnnFloatVectorQuery(field, vector, RankingWeights.SEMANTIC_K, filter);
      for (ScoreDoc d : searcher.search(knn, RankingWeights.SEMANTIC_K).scoreDocs) {
        closest.merge(d.doc, d.score, Math::max);
      }
    }
    // Lucene's cosine score is (1 + cos) / 2.
    Map<String, Float> themes = new HashMap<>();
    closest.forEach((doc, score) -> themes.merge(themeOf.apply(doc), 2 * score - 1, Math::max));
    ScoreDoc[] near =
        bestFirst(closest)
            .filter(d -> 2 * d.score - 1 >= RankingWeights.SEMANTIC_MIN_COSINE)
            .limit(RankingWeights.SEMANTIC_K)
            .toArray(ScoreDoc[]::new);
    return new SemanticMatches(near, themes, themeOf, vector);
  }

  /**
   * The first {@code count} words of a query: what it costs to embed grows with its length, and a
   * question says what it is about in its first words.
   */
  static String firstWords(String text, int count) {
    String[] words = text.strip().split("\\s+", count + 1);
    return words.length <= count ? text.strip() : String.join(" ", Arrays.copyOf(words, count));
  }

  boolean isEmpty() {
    return near.length == 0;
  }

  /** Only the close items that pass {@code test} (a phrase or an exclusion of the query). */
  SemanticMatches allowed(IntPredicate test) {
    ScoreDoc[] kept = Arrays.stream(near).filter(d -> test.test(d.doc)).toArray(ScoreDoc[]::new);
    return kept.length == near.length ? this : new SemanticMatches(kept, themes, themeOf, vector);
  }

  /** The documents of the close items. */
  int[] docs() {
    return Arrays.stream(near).mapToInt(d -> d.doc).toArray();
  }

  /**
   * Whether the query is an exact term rather than a question: one word, or a name the glossary
   * defines or a quoted phrase in a query shorter than a long question. Its words decide the order;
   * closeness in meaning only adds items. A long question that happens to name a term ("GP worried
   * patient's husband is violent") is a question: on the tuning sets, questions 0.886 to 0.890 and
   * typos 0.940 to 0.946, the tuning set the same (an experiment outside the server fusing the same
   * rankings; from three, four or five main words alike).
   */
  static boolean exactTerm(UserQuery user, QueryClauses clauses) {
    return clauses.mainCount() <= 1
        || (namesATerm(user, clauses) && clauses.mainCount() < RankingWeights.LONG_QUESTION);
  }

  /**
   * Whether the query names something exactly: a name the glossary defines or a quoted phrase. When
   * no item has it, the pages that do come before items merely close in meaning.
   */
  static boolean namesATerm(UserQuery user, QueryClauses clauses) {
    return !clauses.namedEntries().isEmpty() || !user.phrases().isEmpty();
  }

  /**
   * The ranking by words and the close items fused by reciprocal rank (see {@link
   * RankingWeights#SEMANTIC}): an item found both ways rises; one found by meaning alone joins the
   * items that have the words, after the first few unless it is among the very closest.
   *
   * @param exact whether the query is an exact term (an acronym or name the glossary defines, a
   *     single word, a quoted phrase): then the words decide the order and the close items only
   *     follow the items that have them
   * @param weight what the close items' ranks are worth against the words' ({@link
   *     RankingWeights#semantic(int)})
   */
  ScoreDoc[] fuse(ScoreDoc[] lexical, boolean exact, float weight) {
    if (near.length == 0) {
      return lexical;
    }
    if (exact) {
      Map<Integer, Boolean> seen = new HashMap<>();
      List<ScoreDoc> appended = new ArrayList<>(Arrays.asList(lexical));
      for (ScoreDoc d : lexical) {
        seen.put(d.doc, true);
      }
      for (ScoreDoc d : near) {
        if (seen.putIfAbsent(d.doc, true) == null) {
          appended.add(d);
        }
      }
      return appended.toArray(ScoreDoc[]::new);
    }
    Map<Integer, Float> fused = new HashMap<>();
    for (int i = 0; i < lexical.length; i++) {
      fused.merge(lexical[i].doc, 1f / (RankingWeights.RRF_K + i + 1), Float::sum);
    }
    for (int i = 0; i < near.length; i++) {
      fused.merge(near[i].doc, weight / (RankingWeights.RRF_K + i + 1), Float::sum);
    }
    if (!themes.isEmpty()) {
      // The paper answers a question in one of its themes: an item loses as much as its theme's
      // closest item is further from the query than the closest theme's, by what meaning is worth
      // for this query (more for a long question than for a few keywords).
      float closestTheme = themes.values().stream().max(Float::compare).orElseThrow();
      float furthest = themes.values().stream().min(Float::compare).orElseThrow();
      fused.replaceAll(
          (doc, score) ->
              score
                  - weight
                      * RankingWeights.THEME
                      * (closestTheme - themes.getOrDefault(themeOf.apply(doc), furthest)));
    }
    return bestFirst(fused).toArray(ScoreDoc[]::new);
  }

  /** Documents by score, highest first, the lower document number first on a tie. */
  private static Stream<ScoreDoc> bestFirst(Map<Integer, Float> scores) {
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Float>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new ScoreDoc(e.getKey(), e.getValue()));
  }
}
