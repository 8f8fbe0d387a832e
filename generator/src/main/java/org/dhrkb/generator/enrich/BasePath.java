package org.dhrkb.generator.enrich;

import java.util.List;
import org.dhrkb.contract.DataAttributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves a page under a base path ({@code /safeguarding/dhr/}): every root-relative address the
 * templates and the content write ({@code /themes/…}, {@code /css/site.css}, {@code /search}) gets
 * the path in front, so one set of templates serves the root and any sub-path. Addresses with a
 * scheme, protocol-relative ones ({@code //host}) and fragments are left alone.
 */
public final class BasePath {
  /** The attributes that hold addresses the browser follows or fetches. */
  private static final List<String> ADDRESS_ATTRIBUTES =
      List.of("href", "src", "action", "data-kb-suggest");

  private final String path;

  /**
   * @param path the base path, starting and ending with {@code /}
   */
  public BasePath(String path) {
    if (!path.startsWith("/") || !path.endsWith("/")) {
      throw new IllegalArgumentException("a base path starts and ends with '/': " + path);
    }
    this.path = path;
  }

  /** Prefixes every root-relative address in {@code doc}; returns how many it changed. */
  public int apply(Document doc) {
    int changed = 0;
    for (String attribute : ADDRESS_ATTRIBUTES) {
      for (Element e : doc.select("[" + attribute + "]")) {
        String value = e.attr(attribute);
        if (value.startsWith("/") && !value.startsWith("//")) {
          e.attr(attribute, path + value.substring(1));
          changed++;
        }
      }
    }
    return changed;
  }

  /** Declares the base path in the page's head, for the search server (search.html). */
  public void declare(Document doc) {
    doc.head()
        .appendElement("meta")
        .attr("name", DataAttributes.BASE_PATH_META)
        .attr("content", path);
  }
}
