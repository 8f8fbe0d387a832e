package org.dhrkb.search.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param request what was asked
 * @param total how many results match (near-duplicates collapsed into one count once)
 * @param hits this page of them, best first
 * @param definitions the glossary entries the query names, shown beside the results
 * @param facets per dimension ({@code type}, {@code theme}, {@code audience}), value to count; each
 *     dimension counted with the other dimensions' filters applied but not its own
 * @param didYouMean a corrected query when the results are poor and a correction exists, else null
 * @param relaxed whether no item has all of the query's main words, so the results match only some
 *     of them
 * @param missingWords words of the query that nothing published contains (and that are not
 *     misspellings of a word it does contain)
 * @param byMeaningOnly whether no item has the query's words and the results are the items closest
 *     to it in meaning
 */
public record SearchResults(
    SearchRequest request,
    long total,
    List<Hit> hits,
    List<Definition> definitions,
    Map<String, Map<String, Integer>> facets,
    String didYouMean,
    boolean relaxed,
    List<String> missingWords,
    boolean byMeaningOnly) {

  public SearchResults {
    hits = List.copyOf(hits);
    definitions = List.copyOf(definitions);
    missingWords = List.copyOf(missingWords);
  }

  /** Whether the results answer only part of the query: say so rather than pass them off. */
  public boolean partial() {
    return relaxed || byMeaningOnly || !missingWords.isEmpty();
  }

  /**
   * One result.
   *
   * @param id the item's permalink anchor
   * @param url site-relative address with {@code #id}
   * @param title the item's title
   * @param type the item's kind
   * @param theme theme slug, empty when none
   * @param themeTitle theme title, empty when none
   * @param audiences audience slugs
   * @param snippet HTML: the text around the matches, escaped, matches in {@code <mark>}
   * @param alsoIn where else the same item appears (one resource under two themes)
   */
  public record Hit(
      String id,
      String url,
      String title,
      String type,
      String theme,
      String themeTitle,
      List<String> audiences,
      String snippet,
      List<Place> alsoIn) {
    public Hit {
      audiences = List.copyOf(audiences);
      alsoIn = List.copyOf(alsoIn);
    }
  }

  /**
   * Another place of a collapsed result.
   *
   * @param id the item's permalink anchor there
   * @param url site-relative address with {@code #id}
   * @param themeTitle the theme it appears under, empty when none
   */
  public record Place(String id, String url, String themeTitle) {}

  /**
   * A glossary entry the query names.
   *
   * @param id the entry's anchor on the glossary page
   * @param url site-relative address with {@code #id}
   * @param term the acronym or name
   * @param expansion what it stands for, may be empty
   * @param text the entry's description, plain text
   */
  public record Definition(String id, String url, String term, String expansion, String text) {}
}
