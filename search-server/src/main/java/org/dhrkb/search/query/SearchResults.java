package org.dhrkb.search.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param request what was asked
 * @param total how many items match
 * @param hits this page of them, best first
 * @param facets per dimension ({@code type}, {@code theme}, {@code audience}), value to count; each
 *     dimension counted with the other dimensions' filters applied but not its own
 * @param didYouMean a corrected query when the results are poor and a correction exists, else null
 * @param relaxed whether no item had every word, so items with most of them are shown
 */
public record SearchResults(
    SearchRequest request,
    long total,
    List<Hit> hits,
    Map<String, Map<String, Integer>> facets,
    String didYouMean,
    boolean relaxed) {

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
   */
  public record Hit(
      String id,
      String url,
      String title,
      String type,
      String theme,
      String themeTitle,
      List<String> audiences,
      String snippet) {}
}
