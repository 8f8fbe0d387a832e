package org.dhrkb.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.dhrkb.search.index.StoredDocs;
import org.dhrkb.search.semantic.Embedder;

/**
 * Answers searches over the current generation of a {@link SearchIndex}. Thread-safe: each call
 * holds one generation from start to end, so an index swap never changes it half-way.
 *
 * <p>A search reads the words ({@link QueryWords}), checks their spelling against the index ({@link
 * Spelling}), builds the clauses ({@link QueryClauses}), then looks among the items (never glossary
 * entries, which are definitions beside the results, nor pages) for those with enough of the main
 * words; fewer when none has; pages only when no item matches at all. When the index carries item
 * vectors and a model is given, the items closest in meaning join those ({@link SemanticMatches}).
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
    EnglishWords.get(); // read now, not on the first search that needs a spelling
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
   * What one look found: the query that found it, how many, whether the items found lack some of
   * the main words (no item has them all), and the fewest main words a match has.
   */
  private record Found(Query query, int count, boolean relaxed, int minimum) {}

  private SearchResults search(IndexGeneration generation, SearchRequest request, boolean full)
      throws IOException {
    checkSlugs("theme", request.themes(), generation.themeTitles());
    checkSlugs("audience", request.audiences(), generation.audienceLabels());
    IndexSearcher searcher = generation.searcher();
    StoredDocs docs = generation.docs();
    UserQuery user = UserQuery.parse(request.query());
    List<QueryWords.Word> words = QueryWords.of(user);
    Spelling.Checked spelling =
        new Spelling(searcher.getIndexReader(), generation.vocabulary())
            .check(words, generation.glossary());
    Map<QueryWords.Word, Spelling.Correction> corrections = spelling.corrections();
    QueryClauses clauses =
        QueryClauses.build(user, words, generation.glossary(), corrections, !full);
    Map<String, List<String>> filters = filters(request);
    boolean browse = clauses.isEmpty() && filters.values().stream().anyMatch(v -> !v.isEmpty());
    if (clauses.isEmpty() && !browse) {
      return new SearchResults(
          request, 0, List.of(), List.of(), emptyFacets(), null, false, List.of(), false);
    }

    // Which documents have which words does not depend on the scope: found once, counted twice.
    WordMatches matches = browse ? WordMatches.all(docs) : WordMatches.of(searcher, docs, clauses);
    boolean pages = false;
    Found found = find(matches, clauses, browse, scope(request, false), filters);
    // The model reads what the reader meant: a misspelt word is, to it, pieces of other words
    // (typos.tsv 0.927 to 0.935 with the corrected text embedded, the other sets unchanged).
    String meant = corrections.isEmpty() ? null : Spelling.didYouMean(user, corrections);
    Query nearScope = filtered(new MatchAllDocsQuery(), scope(request, false), filters, null);
    SemanticMatches near =
        embedder != null && full && !browse
            ? SemanticMatches.find(
                    searcher,
                    embedder,
                    meant != null ? meant : request.query(),
                    nearScope,
                    docs::theme)
                .allowed(matches::allowed)
            : SemanticMatches.NONE;
    if (found.count() == 0
        && (near.isEmpty() || SemanticMatches.namesATerm(user, clauses))
        && request.types().isEmpty()
        && !browse
        && full) {
      // No item has any of the words: the text of a page is better than nothing, and than items
      // merely close in meaning to an exact term.
      pages = true;
      near = SemanticMatches.NONE;
      found = find(matches, clauses, browse, scope(request, true), filters);
    }
    Query ranked =
        filtered(
            FunctionScoreQuery.boostByValue(
                found.query(), DoubleValuesSource.fromFloatField(IndexFields.PRIOR)),
            scope(request, pages),
            filters,
            null);
    int window = request.offset() + request.limit() + (full ? COLLAPSE_WINDOW : 0);
    TopDocs top = searcher.search(ranked, Math.max(1, window));
    boolean exact = SemanticMatches.exactTerm(user, clauses);
    float meaning = RankingWeights.semantic(clauses.mainCount());
    ScoreDoc[] fused = near.fuse(top.scoreDocs, exact, meaning);
    if (!near.isEmpty()
        && fused.length > 0
        && clauses.mainCount() >= RankingWeights.FEEDBACK_WORDS
        && !SemanticMatches.namesATerm(user, clauses)) {
      // A question, not keywords or a term: look again for the items closest to it, moved towards
      // its first result.
      near = near.refined(searcher, fused[0].doc, nearScope).allowed(matches::allowed);
      fused = near.fuse(top.scoreDocs, exact, meaning);
    }
    Collapsed collapsed = Collapsed.of(docs, fused);
    List<ScoreDoc> kept = collapsed.kept();
    ScoreDoc[] page =
        kept.subList(
                Math.min(request.offset(), kept.size()),
                Math.min(kept.size(), request.offset() + request.limit()))
            .toArray(new ScoreDoc[0]);
    String[] snippets =
        full
            ? Snippets.of(searcher, docs, clauses.highlightQuery(), page)
            : new String[page.length];
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(docs, page[i].doc, snippets[i], collapsed.others(page[i].doc)));
    }
    // The items found by meaning alone count as matches too.
    WordMatches counted = near.isEmpty() ? matches : matches.with(near.docs());
    long total =
        Math.max(
            hits.size(),
            (long) counted.count(found.minimum(), scope(request, pages), filters)
                - collapsed.dropped());
    Map<String, Map<String, Integer>> facets =
        full ? counted.facets(found.minimum(), scope(request, pages), filters) : emptyFacets();
    // Only a corrected word makes a "did you mean" (none without corrections).
    String didYouMean = full ? meant : null;
    List<SearchResults.Definition> definitions =
        full ? definitions(generation, clauses.namedEntries()) : List.of();
    return new SearchResults(
        request,
        total,
        hits,
        definitions,
        facets,
        didYouMean,
        !browse && found.relaxed(),
        browse ? List.of() : spelling.missing(),
        !browse && found.count() == 0 && !near.isEmpty());
  }

  /**
   * The items with enough of the main words; when none has, those with fewer, down to one. Counts
   * what {@code clauses.query(minimum)} would match without running it.
   */
  private static Found find(
      WordMatches matches,
      QueryClauses clauses,
      boolean browse,
      WordMatches.Scope scope,
      Map<String, List<String>> filters) {
    if (browse) {
      return new Found(new MatchAllDocsQuery(), matches.count(0, scope, filters), false, 0);
    }
    int minimum = RankingWeights.minimumShouldMatch(clauses.mainCount());
    int count = matches.count(minimum, scope, filters);
    boolean relaxed = false;
    while (count == 0 && minimum > 1) {
      minimum--;
      count = matches.count(minimum, scope, filters);
      relaxed = true;
    }
    // Honest about coordination: when no item has every main word, the results only match some.
    boolean someWordsOnly =
        relaxed
            || (count > 0
                && minimum < clauses.mainCount()
                && matches.count(clauses.mainCount(), scope, filters) == 0);
    if (!relaxed && count < RankingWeights.FEW && minimum > 1) {
      // Few items have enough of the words: show them first, then those with one word fewer.
      Query wider =
          new BooleanQuery.Builder()
              .add(clauses.query(minimum - 1), Occur.MUST)
              .add(
                  new BoostQuery(
                      new ConstantScoreQuery(clauses.query(minimum)),
                      RankingWeights.ENOUGH_WORDS_FIRST),
                  Occur.SHOULD)
              .build();
      return new Found(
          wider, matches.count(minimum - 1, scope, filters), someWordsOnly, minimum - 1);
    }
    return new Found(clauses.query(minimum), count, someWordsOnly && count > 0, minimum);
  }

  /** Which kinds may be results: what the type filter asks for, else items, else pages. */
  private static WordMatches.Scope scope(SearchRequest request, boolean pages) {
    if (!request.types().isEmpty()) {
      return WordMatches.Scope.ANY; // the type filter says which kinds
    }
    return pages ? WordMatches.Scope.PAGES : WordMatches.Scope.ITEMS;
  }

  /** The scope as a filter query: null when the type filter says which kinds. */
  private static Query scopeQuery(WordMatches.Scope within) {
    if (within == WordMatches.Scope.ANY) {
      return null;
    }
    boolean pages = within == WordMatches.Scope.PAGES;
    BooleanQuery.Builder scope = new BooleanQuery.Builder();
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
      StoredDocs docs, int doc, String snippet, List<SearchResults.Place> alsoIn) {
    String audiences = docs.audiencesStored(doc);
    String text = snippet;
    if (text == null || text.isEmpty()) {
      text = Snippets.plain(docs.text(doc));
    }
    return new SearchResults.Hit(
        docs.id(doc),
        docs.url(doc),
        docs.title(doc),
        docs.kind(doc),
        docs.theme(doc),
        docs.themeTitle(doc),
        audiences == null || audiences.isBlank() ? List.of() : List.of(audiences.split(" ")),
        snippet == null ? "" : text,
        alsoIn);
  }

  private static List<SearchResults.Definition> definitions(
      IndexGeneration generation, Set<String> ids) {
    StoredDocs docs = generation.docs();
    List<SearchResults.Definition> definitions = new ArrayList<>();
    for (String id : ids) {
      GlossaryEntry entry = generation.glossary().entry(id);
      int doc = docs.byId(id);
      if (entry == null || doc < 0) {
        continue;
      }
      definitions.add(
          new SearchResults.Definition(
              id, docs.url(doc), entry.term(), entry.expansion(), entry.description()));
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
      Query query, WordMatches.Scope within, Map<String, List<String>> filters, String except) {
    Query scope = scopeQuery(within);
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

  private static Map<String, Map<String, Integer>> emptyFacets() {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    DIMENSIONS.keySet().forEach(d -> facets.put(d, Map.of()));
    return facets;
  }
}
