package org.dhrkb.search.index;

import java.util.List;
import org.dhrkb.contract.Kind;

/**
 * One searchable unit of the published site: an item (lesson, national action, local suggestion,
 * resource, glossary entry, reference) or the page-level text of a page.
 *
 * @param id the item's permalink anchor, or the page path for a page
 * @param url site-relative address with the item's {@code #id}, e.g. {@code
 *     themes/risk-assessment.html#risk-lesson}
 * @param kind {@code data-kb-kind}, or {@code page}
 * @param title a short title
 * @param text the item's own text
 * @param notes editorial notes and "since 2013" text shown beside the item
 * @param theme theme slug, empty when the item has none
 * @param themeTitle theme title, empty when the item has none
 * @param audiences audience slugs
 * @param links the web addresses the item links to, as text (file names say what a link is:
 *     "MASH_Product.pdf")
 * @param group equal for items a reader would take for the same one (a resource given under two
 *     themes): they are shown as one result
 * @param context for a resource, the title and text of the item it is given under ({@code
 *     data-kb-for}), which say what it is for; empty otherwise
 * @param plainWords the everyday phrasings an editor wrote for it ({@code data-kb-plain-words}),
 *     one a line; empty when there are none
 */
public record SiteItem(
    String id,
    String url,
    String kind,
    String title,
    String text,
    String notes,
    String theme,
    String themeTitle,
    List<String> audiences,
    String links,
    String group,
    String context,
    String plainWords) {

  /** The kind of a page's own text. */
  public static final String PAGE = Kind.PAGE.getId();

  public SiteItem {
    audiences = List.copyOf(audiences);
  }

  /** This item with {@code context} (see the record's description). */
  public SiteItem withContext(String context) {
    return new SiteItem(
        id,
        url,
        kind,
        title,
        text,
        notes,
        theme,
        themeTitle,
        audiences,
        links,
        group,
        context,
        plainWords);
  }
}
