package org.dhrkb.contract;

/**
 * The {@code data-kb-*} attributes of the published HTML that the search server reads (see
 * docs/contracts.md). The templates write them; {@code PublishedSite} reads them by these names.
 */
public final class DataAttributes {
  /** On an item: its {@link Kind} id. */
  public static final String KIND = "data-kb-kind";

  /** On an item: a short title. */
  public static final String TITLE = "data-kb-title";

  /** On an item: its theme's slug, and its theme's title. */
  public static final String THEME = "data-kb-theme";

  public static final String THEME_TITLE = "data-kb-theme-title";

  /** On an item: the audience slugs it concerns, separated by spaces. */
  public static final String AUDIENCES = "data-kb-audiences";

  /**
   * On a resource: the id of the item it is given under (on the same page), whose words say what
   * the resource is for when its own title does not.
   */
  public static final String FOR = "data-kb-for";

  /**
   * On an item: the everyday phrasings people search for it with, separated by {@code |} (an
   * editor's {@code plain-words}); searched, not shown.
   */
  public static final String PLAIN_WORDS = "data-kb-plain-words";

  /** On a glossary entry: the term, its expansion, and other written forms separated by |. */
  public static final String TERM = "data-kb-term";

  public static final String EXPANSION = "data-kb-expansion";
  public static final String ALIASES = "data-kb-aliases";

  /** On {@code main}: the page's name; on an audience page, its slug and label. */
  public static final String PAGE = "data-kb-page";

  public static final String AUDIENCE = "data-kb-audience";
  public static final String AUDIENCE_LABEL = "data-kb-audience-label";

  /**
   * The {@code name} of a {@code <meta>} in {@code search.html} of a site built for a sub-path
   * ({@code kb build --base-url}); its {@code content} is that path, such as {@code
   * /safeguarding/dhr/}. The search server puts it in front of the addresses of its results page.
   */
  public static final String BASE_PATH_META = "kb-base-path";

  private DataAttributes() {}
}
