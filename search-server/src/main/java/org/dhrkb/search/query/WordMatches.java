package org.dhrkb.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.dhrkb.contract.Kind;
import org.dhrkb.search.index.StoredDocs;

/**
 * How many of the main words each document has, found with one pass per clause; from that every
 * count a search needs (at each minimum of words, within a scope and filters) and the facet counts,
 * without running the query again. A document that lacks a quoted phrase or has an excluded word
 * has none.
 */
final class WordMatches {
  /** Which kinds may be results: items, pages only, or any (the type filter says). */
  enum Scope {
    ITEMS,
    PAGES,
    ANY
  }

  private static final String PAGE = Kind.PAGE.getId();
  private static final String GLOSSARY_ENTRY = Kind.GLOSSARY_ENTRY.getId();

  private final StoredDocs docs;
  private final int mainCount;

  /** Per document: main clauses matched, or -1 when it fails a phrase or an exclusion. */
  private final byte[] words;

  private WordMatches(StoredDocs docs, int mainCount, byte[] words) {
    this.docs = docs;
    this.mainCount = mainCount;
    this.words = words;
  }

  /** Every live document, as for browsing by filters alone. */
  static WordMatches all(StoredDocs docs) {
    byte[] words = new byte[docs.maxDoc()];
    for (int doc = 0; doc < words.length; doc++) {
      words[doc] = docs.live(doc) ? 0 : (byte) -1;
    }
    return new WordMatches(docs, 0, words);
  }

  /** The matches of the clauses' main words, phrases and exclusions. */
  static WordMatches of(IndexSearcher searcher, StoredDocs docs, QueryClauses clauses)
      throws IOException {
    byte[] words = new byte[docs.maxDoc()];
    List<Query> main = clauses.mainClauses();
    for (Query clause : main) {
      forEachMatch(searcher, clause, doc -> words[doc] = (byte) Math.min(words[doc] + 1, 120));
    }
    List<Query> phrases = clauses.phraseClauses();
    if (!phrases.isEmpty()) {
      byte[] phrasesMatched = new byte[words.length];
      for (Query phrase : phrases) {
        forEachMatch(searcher, phrase, doc -> phrasesMatched[doc]++);
      }
      for (int doc = 0; doc < words.length; doc++) {
        if (phrasesMatched[doc] < phrases.size()) {
          words[doc] = -1;
        }
      }
    }
    for (Query excluded : clauses.excludedClauses()) {
      forEachMatch(searcher, excluded, doc -> words[doc] = -1);
    }
    for (int doc = 0; doc < words.length; doc++) {
      if (!docs.live(doc)) {
        words[doc] = -1;
      }
    }
    return new WordMatches(docs, main.size(), words);
  }

  private interface DocConsumer {
    void accept(int doc);
  }

  private static void forEachMatch(IndexSearcher searcher, Query query, DocConsumer consumer)
      throws IOException {
    searcher.search(
        query,
        new SimpleCollector() {
          private int docBase;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
          }

          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) {
            consumer.accept(docBase + doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
  }

  /** The fewest main words a match of {@code clauses.query(minimum)} has. */
  private int threshold(int minimum) {
    return mainCount == 0 ? 0 : Math.max(1, Math.min(minimum, mainCount));
  }

  /** Whether the document may be a result at all: it has every phrase and no exclusion. */
  boolean allowed(int doc) {
    return words[doc] >= 0;
  }

  /**
   * These matches and {@code extra} documents too (found by meaning), whatever their words, unless
   * they lack a phrase or have an exclusion.
   */
  WordMatches with(int[] extra) {
    byte[] more = words.clone();
    for (int doc : extra) {
      if (more[doc] >= 0) {
        more[doc] = Byte.MAX_VALUE;
      }
    }
    return new WordMatches(docs, mainCount, more);
  }

  /** Whether the document matches {@code clauses.query(minimum)}. */
  boolean matches(int doc, int minimum) {
    return words[doc] >= threshold(minimum);
  }

  /** How many documents within the scope and filters match {@code clauses.query(minimum)}. */
  int count(int minimum, Scope scope, Map<String, List<String>> filters) {
    int least = threshold(minimum);
    int count = 0;
    for (int doc = 0; doc < words.length; doc++) {
      if (words[doc] >= least && inScope(doc, scope) && passes(doc, filters, null)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Facet counts over the documents matching {@code clauses.query(minimum)}: for each dimension,
   * within the scope and every filter but that dimension's own; types within items when the type
   * filter is the scope.
   */
  Map<String, Map<String, Integer>> facets(
      int minimum, Scope scope, Map<String, List<String>> filters) {
    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> themes = new TreeMap<>();
    Map<String, Integer> audiences = new TreeMap<>();
    Scope typeScope = scope == Scope.ANY ? Scope.ITEMS : scope;
    int least = threshold(minimum);
    for (int doc = 0; doc < words.length; doc++) {
      if (words[doc] < least) {
        continue;
      }
      boolean type = passes(doc, "type", filters);
      boolean theme = passes(doc, "theme", filters);
      boolean audience = passes(doc, "audience", filters);
      if (theme && audience && inScope(doc, typeScope)) {
        add(types, docs.kind(doc));
      }
      if (!inScope(doc, scope)) {
        continue;
      }
      if (type && audience) {
        add(themes, docs.theme(doc));
      }
      if (type && theme) {
        for (String value : docs.audiences(doc)) {
          add(audiences, value);
        }
      }
    }
    types.remove("");
    themes.remove("");
    audiences.remove("");
    Map<String, Map<String, Integer>> facets = new java.util.LinkedHashMap<>();
    facets.put("type", types);
    facets.put("theme", themes);
    facets.put("audience", audiences);
    return facets;
  }

  private static void add(Map<String, Integer> counts, String value) {
    if (value != null) {
      counts.merge(value, 1, Integer::sum);
    }
  }

  private boolean inScope(int doc, Scope scope) {
    String kind = docs.kind(doc);
    return switch (scope) {
      case ANY -> true;
      case PAGES -> PAGE.equals(kind);
      case ITEMS -> !PAGE.equals(kind) && !GLOSSARY_ENTRY.equals(kind);
    };
  }

  /** Whether the document passes every filter but {@code except}'s. */
  private boolean passes(int doc, Map<String, List<String>> filters, String except) {
    for (String dim : filters.keySet()) {
      if (!dim.equals(except) && !passes(doc, dim, filters)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the document has one of the values the filter of {@code dim} asks for, if any. */
  private boolean passes(int doc, String dim, Map<String, List<String>> filters) {
    List<String> wanted = filters.get(dim);
    if (wanted == null || wanted.isEmpty()) {
      return true;
    }
    return switch (dim) {
      case "type" -> wanted.contains(docs.kind(doc));
      case "theme" -> wanted.contains(docs.theme(doc));
      default -> {
        for (String value : docs.audiences(doc)) {
          if (wanted.contains(value)) {
            yield true;
          }
        }
        yield false;
      }
    };
  }
}
