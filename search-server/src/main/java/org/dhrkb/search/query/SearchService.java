package org.dhrkb.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dhrkb.search.index.IndexFields;
import org.dhrkb.search.index.IndexGeneration;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.index.SiteIndexer;

/**
 * Answers searches over the current generation of a {@link SearchIndex}. Thread-safe: each call
 * holds one generation from start to end, so an index swap never changes it half-way.
 */
public final class SearchService {
  /** Facet dimensions, in the order they are shown, with the index field of each. */
  public static final Map<String, String> DIMENSIONS = facetDimensions();

  private static Map<String, String> facetDimensions() {
    Map<String, String> dims = new LinkedHashMap<>();
    dims.put("type", IndexFields.KIND);
    dims.put("theme", IndexFields.THEME);
    dims.put("audience", IndexFields.AUDIENCE);
    return java.util.Collections.unmodifiableMap(dims);
  }

  /** Fewer items than this with every word, and the items lacking one word follow them. */
  static final int FEW = 3;

  /** Far above any text score here, so items with every word stay first. */
  static final float ALL_WORDS_BONUS = 1000f;

  private final SearchIndex index;

  public SearchService(SearchIndex index) {
    this.index = index;
  }

  /** The index this service searches. */
  public SearchIndex index() {
    return index;
  }

  /**
   * Runs a search. Never fails on the query text: odd input gives an empty list.
   *
   * @throws IllegalArgumentException when a theme or audience filter names no known slug
   */
  public SearchResults search(SearchRequest request) {
    try (SearchIndex.Lease lease = index.acquire()) {
      return search(lease.generation(), request, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Completions while typing: the best few items for the text so far, the last word read as a
   * prefix; no snippets, no facets.
   */
  public List<SearchResults.Hit> suggest(String text, int limit) {
    SearchRequest request = new SearchRequest(text, limit, 0, List.of(), List.of(), List.of());
    try (SearchIndex.Lease lease = index.acquire()) {
      return search(lease.generation(), request, false).hits();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResults search(IndexGeneration generation, SearchRequest request, boolean full)
      throws IOException {
    checkSlugs("theme", request.themes(), generation.themeTitles());
    checkSlugs("audience", request.audiences(), generation.audienceLabels());
    IndexSearcher searcher = generation.searcher();
    UserQuery user = UserQuery.parse(request.query());
    QueryPlan plan = new QueryPlan(user, generation.glossary(), searcher.getIndexReader(), !full);
    Map<String, List<String>> filters = filters(request);
    boolean browse = plan.isEmpty() && filters.values().stream().anyMatch(v -> !v.isEmpty());
    if (plan.isEmpty() && !browse) {
      return new SearchResults(request, 0, List.of(), emptyFacets(), null, false);
    }

    int required = plan.requiredCount();
    Query query = browse ? new MatchAllDocsQuery() : plan.query(required);
    boolean relaxed = false;
    int needed = searcher.count(filtered(query, filters, null));
    // Fall back when no item has every word: items with most of the words, then fewer.
    for (int minimum = required - 1; needed == 0 && !browse && minimum >= 1; minimum--) {
      query = plan.query(minimum);
      needed = searcher.count(filtered(query, filters, null));
      relaxed = true;
    }
    if (!relaxed && !browse && required >= 2 && needed < FEW) {
      // Few items have every word: show them first, then the items that lack just one.
      query =
          new BooleanQuery.Builder()
              .add(plan.query(required - 1), Occur.MUST)
              .add(new BoostQuery(new ConstantScoreQuery(query), ALL_WORDS_BONUS), Occur.SHOULD)
              .build();
    }

    // Rewritten once: the count, the page, the facets and the highlighter all reuse it.
    query = searcher.rewrite(query);
    Query main =
        filtered(
            FunctionScoreQuery.boostByValue(
                query, DoubleValuesSource.fromFloatField(IndexFields.PRIOR)),
            filters,
            null);
    TopDocs top = searcher.search(main, request.offset() + request.limit());
    ScoreDoc[] page =
        java.util.Arrays.copyOfRange(
            top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    String[] snippets = full ? snippets(searcher, query, page) : new String[page.length];
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document doc = searcher.storedFields().document(page[i].doc);
      String audiences = doc.get(IndexFields.AUDIENCES_STORED);
      hits.add(
          new SearchResults.Hit(
              doc.get(IndexFields.ID),
              doc.get(IndexFields.URL),
              doc.get(IndexFields.TITLE),
              doc.get(IndexFields.KIND),
              doc.get(IndexFields.THEME),
              doc.get(IndexFields.THEME_TITLE),
              audiences == null || audiences.isBlank() ? List.of() : List.of(audiences.split(" ")),
              snippets[i] == null ? "" : snippets[i]));
    }
    Map<String, Map<String, Integer>> facets =
        full ? facets(searcher, query, filters) : emptyFacets();
    String didYouMean =
        full && (needed == 0 || relaxed || !plan.unknownWords().isEmpty())
            ? didYouMean(user, plan)
            : null;
    return new SearchResults(request, top.totalHits.value, hits, facets, didYouMean, relaxed);
  }

  private static void checkSlugs(String name, List<String> values, Map<String, String> known) {
    for (String value : values) {
      if (!known.containsKey(value)) {
        throw new IllegalArgumentException(
            name + " must be one of " + String.join(", ", known.keySet()));
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

  /** The query with every filter but {@code except}'s: values of one filter are alternatives. */
  private static Query filtered(Query query, Map<String, List<String>> filters, String except) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
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
      IndexSearcher searcher, Query query, Map<String, List<String>> filters) throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, String> dim : DIMENSIONS.entrySet()) {
      Map<String, Integer> counts =
          searcher.search(filtered(query, filters, dim.getKey()), new FacetCounts(dim.getValue()));
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

  private static String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, SiteIndexer.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withHandleMultiTermQuery(true)
            .withMaxNoHighlightPassages(1)
            .withMaxLength(20_000)
            .build();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {IndexFields.TEXT}, query, docs, new int[] {2});
    return byField.get(IndexFields.TEXT);
  }

  /**
   * The query with each unknown word replaced by the index's closest word, when one exists; null
   * otherwise.
   */
  private static String didYouMean(UserQuery user, QueryPlan plan) {
    Map<String, String> corrections = plan.corrections();
    if (corrections.isEmpty()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String typed : user.words()) {
      String replaced = corrections.get(QueryPlan.lower(typed));
      words.add(replaced != null ? replaced : typed);
    }
    String suggestion = user.withWords(words);
    return suggestion.equalsIgnoreCase(String.join(" ", user.words())) ? null : suggestion;
  }
}
