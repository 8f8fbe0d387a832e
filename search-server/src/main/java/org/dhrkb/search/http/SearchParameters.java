package org.dhrkb.search.http;

import io.javalin.http.Context;
import java.util.List;
import org.dhrkb.search.query.BadRequest;
import org.dhrkb.search.query.SearchRequest;

/** Reads a {@link SearchRequest} from a request's query string; mistakes are 400s. */
final class SearchParameters {
  private SearchParameters() {}

  /**
   * @throws BadRequest naming the parameter and its rule
   */
  static SearchRequest read(Context ctx) {
    return new SearchRequest(
        single(ctx, "q"),
        number(ctx, "limit", SearchRequest.DEFAULT_LIMIT),
        number(ctx, "offset", 0),
        ctx.queryParams("type"),
        ctx.queryParams("theme"),
        ctx.queryParams("audience"));
  }

  static String single(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw new BadRequest(name + " may be given only once");
    }
    return values.isEmpty() ? "" : values.get(0);
  }

  static int number(Context ctx, String name, int fallback) {
    String value = single(ctx, name);
    if (value.isEmpty()) {
      return fallback;
    }
    if (value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
      throw new BadRequest(name + " must be a whole number");
    }
    return Integer.parseInt(value);
  }
}
