package org.dhrkb.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.dhrkb.contract.Kind;
import org.dhrkb.search.index.GlossaryEntry;
import org.dhrkb.search.index.IndexFields;
import org.dhrkb.search.index.IndexGeneration;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.semantic.Embedder;

/**
 * Answers searches over the current generation of a {@link SearchIndex}. Thread-safe: each call
 * holds one generation from start to end, so an index swap never changes it half-way.
 *
 * <p>A search reads the words ({@link QueryWords}), checks their spelling against the index ({@link
 * Spelling}), builds the clauses ({@link QueryClauses}), then looks among the items (never glossary
 * entries, which are definitions beside the results, nor pages) for those with enough of the main
 * words; fewer when none has; pages only when no item matches at all.
 */
public final class SearchService {
  /** Facet dimensions, in the order they are shown, with the index field of each. */
  public static final Map<String, String> DIMENSIONS = facetDimensions();

  /** Kinds shown only when asked for by a type filter: definitions, and pages as a last resort. */
  private static final List<String> NOT_RESULTS =
      List.of(Kind.GLOSSARY_ENTRY.getId(), Kind.PAGE.getId());

  /** Results looked at beyond the page asked for, to find the near-duplicates to collapse. */
  private static final int COLLAPSE_WINDOW = 40;

  /** At most this many definitions beside the results. */
  static final int MAX_DEFINITIONS = 3;

  private static Map<String, String> facetDimensions() {
    Map<String, String> dims = new LinkedHashMap<>();
    dims.put("type", IndexFields.KIND);
    dims.put("theme", IndexFields.THEME);
    dims.put("audience", IndexFields.AUDIENCE);
    return Collections.unmodifiableMap(dims);
  }

  private final SearchIndex index;
  private final Embedder embedder;

  /** Searches by words, and by meaning too when the index carries item vectors. */
  public SearchService(SearchIndex index) {
    this(index, true);
  }

  /**
   * Searches by words, and by meaning too when {@code semantic} and the index carries item vectors.
   */
  public SearchService(SearchIndex index, boolean semantic) {
    this.index = index;
    this.embedder = semantic ? index.embedder() : null;
  }

  /** Whether this service matches by meaning beside the words. */
  public boolean semantic() {
    return embedder != null;
  }

  /** The index this service searches. */
  public SearchIndex index() {
    return index;
  }

  /**
   * Runs a search. Never fails on the query text: odd input gives an empty list.
   *
   * @throws BadRequest when a theme or audience filter names no known slug
   */
  public SearchResults search(SearchRequest request) {
    try (SearchIndex.Lease lease = index.acquire()) {
      return search(lease.generation(), request, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Completions while typing: the best few items whose titles have the text so far, the last word
   * read as a prefix; no snippets, no facets.
   */
  public List<SearchResults.Hit> suggest(String text, int limit) {
    SearchRequest request = new SearchRequest(text, limit, 0, List.of(), List.of(), List.of());
    try (SearchIndex.Lease lease = index.acquire()) {
      return search(lease.generation(), request, false).hits();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What one look found: the query that found it, how many, and whether the items found lack some
   * of the main words (no item has them all).
   */
  private record Found(Query query, int count, boolean relaxed) {}

  private SearchResults search(IndexGeneration generation, SearchRequest request, boolean full)
      throws IOException {
    checkSlugs("theme", request.themes(), generation.themeTitles());
    checkSlugs("audience", request.audiences(), generation.audienceLabels());
    IndexSearcher searcher = generation.searcher();
    UserQuery user = UserQuery.parse(request.query());
    List<QueryWords.Word> words = QueryWords.of(user);
    Spelling spelling = new Spelling(searcher.getIndexReader());
    Map<QueryWords.Word, Spelling.Correction> corrections = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (QueryWords.Word word : words) {
      if (word.filler() || spelling.known(word)) {
        continue;
      }
      Spelling.Correction correction =
          spelling.correct(word, generation.glossary().isAcronymToken(word.stem()));
      corrections.put(word, correction);
      if (correction.matched().isEmpty() && !(word.last() && spelling.hasPrefix(word.surface()))) {
        missing.add(word.surface());
      }
    }
    QueryClauses clauses =
        QueryClauses.build(user, words, generation.glossary(), corrections, !full);
    Map<String, List<String>> filters = filters(request);
    boolean browse = clauses.isEmpty() && filters.values().stream().anyMatch(v -> !v.isEmpty());
    if (clauses.isEmpty() && !browse) {
      return new SearchResults(
          request, 0, List.of(), List.of(), emptyFacets(), null, false, List.of(), false);
    }

    Query scope = scope(request, false);
    Found found = find(searcher, clauses, browse, scope, filters);
    SemanticMatches near =
        embedder != null && full && !browse && !clauses.isEmpty()
            ? SemanticMatches.find(
                searcher,
                embedder,
                request.query(),
                filtered(new MatchAllDocsQuery(), scope, filters, null))
            : SemanticMatches.NONE;
    if (found.count() == 0 && near.isEmpty() && request.types().isEmpty() && !browse && full) {
      // No item has any of the words: the text of a page is better than nothing.
      scope = scope(request, true);
      found = find(searcher, clauses, browse, scope, filters);
    }
    Query query = searcher.rewrite(found.query());
    Query ranked =
        filtered(
            FunctionScoreQuery.boostByValue(
                query, DoubleValuesSource.fromFloatField(IndexFields.PRIOR)),
            scope,
            filters,
            null);
    int window = request.offset() + request.limit() + (full ? COLLAPSE_WINDOW : 0);
    TopDocs top = searcher.search(ranked, Math.max(1, window));
    Collapsed collapsed =
        Collapsed.of(searcher, near.fuse(top.scoreDocs, exactTerm(user, clauses)));
    List<ScoreDoc> kept = collapsed.kept();
    ScoreDoc[] page =
        kept.subList(
                Math.min(request.offset(), kept.size()),
                Math.min(kept.size(), request.offset() + request.limit()))
            .toArray(new ScoreDoc[0]);
    String[] snippets =
        full ? Snippets.of(searcher, clauses.highlightQuery(), page) : new String[page.length];
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(searcher, page[i].doc, snippets[i], collapsed.others(page[i].doc)));
    }
    long total =
        Math.max(
            hits.size(), (long) found.count() + near.beyond(top.scoreDocs) - collapsed.dropped());
    Query matched =
        near.isEmpty()
            ? query
            : new BooleanQuery.Builder()
                .add(query, Occur.SHOULD)
                .add(near.asQuery(), Occur.SHOULD)
                .build();
    Map<String, Map<String, Integer>> facets =
        full ? facets(searcher, matched, scope, filters) : emptyFacets();
    String didYouMean =
        full && (found.count() == 0 || found.relaxed() || !corrections.isEmpty())
            ? didYouMean(user, corrections)
            : null;
    List<SearchResults.Definition> definitions =
        full ? definitions(searcher, generation, clauses.namedEntries()) : List.of();
    return new SearchResults(
        request,
        total,
        hits,
        definitions,
        facets,
        didYouMean,
        !browse && found.relaxed(),
        browse ? List.of() : missing,
        !browse && found.count() == 0 && !near.isEmpty());
  }

  /**
   * Whether the query is an exact term rather than a question: a name the glossary defines, one
   * word, or a quoted phrase. Its words decide the order; closeness in meaning only adds items.
   */
  private static boolean exactTerm(UserQuery user, QueryClauses clauses) {
    return !clauses.namedEntries().isEmpty()
        || !user.phrases().isEmpty()
        || (clauses.mainCount() <= 1);
  }

  /** The items with enough of the main words; when none has, those with fewer, down to one. */
  private static Found find(
      IndexSearcher searcher,
      QueryClauses clauses,
      boolean browse,
      Query scope,
      Map<String, List<String>> filters)
      throws IOException {
    if (browse) {
      Query all = new MatchAllDocsQuery();
      return new Found(all, searcher.count(filtered(all, scope, filters, null)), false);
    }
    int minimum = RankingWeights.minimumShouldMatch(clauses.mainCount());
    Query query = clauses.query(minimum);
    int count = searcher.count(filtered(query, scope, filters, null));
    boolean relaxed = false;
    while (count == 0 && minimum > 1) {
      minimum--;
      query = clauses.query(minimum);
      count = searcher.count(filtered(query, scope, filters, null));
      relaxed = true;
    }
    // Honest about coordination: when no item has every main word, the results only match some.
    boolean someWordsOnly =
        relaxed
            || (count > 0
                && minimum < clauses.mainCount()
                && searcher.count(
                        filtered(clauses.query(clauses.mainCount()), scope, filters, null))
                    == 0);
    if (!relaxed && count < RankingWeights.FEW && minimum > 1) {
      // Few items have enough of the words: show them first, then those with one word fewer.
      Query wider =
          new BooleanQuery.Builder()
              .add(clauses.query(minimum - 1), Occur.MUST)
              .add(
                  new BoostQuery(new ConstantScoreQuery(query), RankingWeights.ENOUGH_WORDS_FIRST),
                  Occur.SHOULD)
              .build();
      return new Found(wider, searcher.count(filtered(wider, scope, filters, null)), someWordsOnly);
    }
    return new Found(query, count, someWordsOnly && count > 0);
  }

  /** Which kinds may be results: what the type filter asks for, else items, else pages. */
  private static Query scope(SearchRequest request, boolean pages) {
    BooleanQuery.Builder scope = new BooleanQuery.Builder();
    if (!request.types().isEmpty()) {
      return null; // the type filter says which kinds
    }
    if (pages) {
      scope.add(new TermQuery(new Term(IndexFields.KIND, Kind.PAGE.getId())), Occur.FILTER);
    } else {
      scope.add(new MatchAllDocsQuery(), Occur.FILTER);
      NOT_RESULTS.forEach(
          kind -> scope.add(new TermQuery(new Term(IndexFields.KIND, kind)), Occur.MUST_NOT));
    }
    return scope.build();
  }

  private static SearchResults.Hit hit(
      IndexSearcher searcher, int doc, String snippet, List<SearchResults.Place> alsoIn)
      throws IOException {
    Document stored = searcher.storedFields().document(doc);
    String audiences = stored.get(IndexFields.AUDIENCES_STORED);
    String text = snippet;
    if (text == null || text.isEmpty()) {
      text = Snippets.plain(stored.get(IndexFields.TEXT));
    }
    return new SearchResults.Hit(
        stored.get(IndexFields.ID),
        stored.get(IndexFields.URL),
        stored.get(IndexFields.TITLE),
        stored.get(IndexFields.KIND),
        stored.get(IndexFields.THEME),
        stored.get(IndexFields.THEME_TITLE),
        audiences == null || audiences.isBlank() ? List.of() : List.of(audiences.split(" ")),
        snippet == null ? "" : text,
        alsoIn);
  }

  private static List<SearchResults.Definition> definitions(
      IndexSearcher searcher, IndexGeneration generation, Set<String> ids) throws IOException {
    List<SearchResults.Definition> definitions = new ArrayList<>();
    for (String id : ids) {
      GlossaryEntry entry = generation.glossary().entry(id);
      TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
      if (entry == null || top.scoreDocs.length == 0) {
        continue;
      }
      Document stored = searcher.storedFields().document(top.scoreDocs[0].doc);
      definitions.add(
          new SearchResults.Definition(
              id,
              stored.get(IndexFields.URL),
              entry.term(),
              entry.expansion(),
              stored.get(IndexFields.TEXT)));
      if (definitions.size() == MAX_DEFINITIONS) {
        break;
      }
    }
    return definitions;
  }

  private static void checkSlugs(String name, List<String> values, Map<String, String> known) {
    for (String value : values) {
      if (!known.containsKey(value)) {
        throw new BadRequest(name + " must be one of " + String.join(", ", known.keySet()));
      }
    }
  }

  private static Map<String, List<String>> filters(SearchRequest request) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("type", request.types());
    filters.put("theme", request.themes());
    filters.put("audience", request.audiences());
    return filters;
  }

  /**
   * The query within the scope, with every filter but {@code except}'s: values of one filter are
   * alternatives.
   */
  private static Query filtered(
      Query query, Query scope, Map<String, List<String>> filters, String except) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
    if (scope != null) {
      builder.add(scope, Occur.FILTER);
    }
    filters.forEach(
        (dim, values) -> {
          if (!values.isEmpty() && !dim.equals(except)) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(
                v -> any.add(new TermQuery(new Term(DIMENSIONS.get(dim), v)), Occur.SHOULD));
            builder.add(any.build(), Occur.FILTER);
          }
        });
    return builder.build();
  }

  private static Map<String, Map<String, Integer>> facets(
      IndexSearcher searcher, Query query, Query scope, Map<String, List<String>> filters)
      throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, String> dim : DIMENSIONS.entrySet()) {
      // The type filter is the scope: counting types without it shows the kinds results can be.
      Query within =
          dim.getKey().equals("type") && scope == null ? scope(SearchRequest.of(""), false) : scope;
      Map<String, Integer> counts =
          searcher.search(
              filtered(query, within, filters, dim.getKey()), new FacetCounts(dim.getValue()));
      counts.remove("");
      facets.put(dim.getKey(), counts);
    }
    return facets;
  }

  private static Map<String, Map<String, Integer>> emptyFacets() {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    DIMENSIONS.keySet().forEach(d -> facets.put(d, Map.of()));
    return facets;
  }

  /**
   * The query with each word the index lacks replaced by the closest word it has, when one exists;
   * null otherwise.
   */
  private static String didYouMean(
      UserQuery user, Map<QueryWords.Word, Spelling.Correction> corrections) {
    Map<String, String> bySurface = new LinkedHashMap<>();
    corrections.forEach(
        (word, correction) -> {
          if (correction.offered() != null) {
            bySurface.putIfAbsent(word.surface(), correction.offered());
          }
        });
    if (bySurface.isEmpty()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String typed : user.words()) {
      String replaced = bySurface.get(typed.toLowerCase(java.util.Locale.ROOT));
      words.add(replaced != null ? replaced : typed);
    }
    String suggestion = user.withWords(words);
    return suggestion.equalsIgnoreCase(String.join(" ", user.words())) ? null : suggestion;
  }
}
