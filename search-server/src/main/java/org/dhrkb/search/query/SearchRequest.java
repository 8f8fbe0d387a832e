package org.dhrkb.search.query;

import java.util.List;
import org.dhrkb.contract.Kind;
import org.dhrkb.contract.Slug;

/**
 * One search: the text, the page wanted and the filters. The compact constructor enforces the
 * limits, so a request that exists is one the service can answer.
 *
 * @param query what was typed, at most {@value #MAX_QUERY_LENGTH} characters
 * @param limit results per page, 1 to {@value #MAX_LIMIT}
 * @param offset results to skip, 0 to {@value #MAX_OFFSET}
 * @param types item kinds to keep (any of them), empty for all
 * @param themes theme slugs to keep, empty for all
 * @param audiences audience slugs to keep, empty for all
 */
public record SearchRequest(
    String query,
    int limit,
    int offset,
    List<String> types,
    List<String> themes,
    List<String> audiences) {

  public static final int MAX_QUERY_LENGTH = 200;
  public static final int MAX_LIMIT = 50;
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_OFFSET = 1000;
  public static final int MAX_FILTER_VALUES = 20;

  /** Every kind of item in the published HTML, plus page-level text. */
  public static final List<String> KINDS = Kind.ids();

  /**
   * @throws BadRequest naming the rule a parameter breaks
   */
  public SearchRequest {
    query = query == null ? "" : query;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new BadRequest("q is too long: at most " + MAX_QUERY_LENGTH + " characters");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequest("limit must be between 1 and " + MAX_LIMIT);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new BadRequest("offset must be between 0 and " + MAX_OFFSET);
    }
    types = slugs("type", types);
    themes = slugs("theme", themes);
    audiences = slugs("audience", audiences);
    for (String type : types) {
      if (!KINDS.contains(type)) {
        throw new BadRequest("type must be one of " + String.join(", ", KINDS));
      }
    }
  }

  /** A first page of results for a text, unfiltered. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, DEFAULT_LIMIT, 0, List.of(), List.of(), List.of());
  }

  private static List<String> slugs(String name, List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_FILTER_VALUES) {
      throw new BadRequest(name + " may be given at most " + MAX_FILTER_VALUES + " times");
    }
    for (String value : values) {
      if (value == null || value.length() > 80 || !Slug.isValid(value)) {
        throw new BadRequest(
            name + " must be a slug: lowercase letters, digits and single hyphens");
      }
    }
    return List.copyOf(values);
  }

  /** The same request for another page. */
  public SearchRequest withOffset(int newOffset) {
    return new SearchRequest(query, limit, newOffset, types, themes, audiences);
  }
}
