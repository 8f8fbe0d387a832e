package org.dhrkb.search.index;

/** The names of the fields of an item document, shared by the indexer and the queries. */
public final class IndexFields {
  /** Permalink anchor, stored, exact. */
  public static final String ID = "id";

  /** Site-relative address with {@code #id}, stored only. */
  public static final String URL = "url";

  /** Item kind, exact, stored and with doc values for facet counts. */
  public static final String KIND = "kind";

  /** Theme slug, exact, stored and with doc values. */
  public static final String THEME = "theme";

  /** Theme title, stored and analysed (weak evidence). */
  public static final String THEME_TITLE = "theme_title";

  /** Audience slugs, one exact value each, with sorted-set doc values. */
  public static final String AUDIENCE = "audience";

  /** Audience slugs joined by spaces, stored for display. */
  public static final String AUDIENCES_STORED = "audiences";

  /** The title, analysed (stemmed) and stored. */
  public static final String TITLE = "title";

  /** The item's text, analysed (stemmed), stored, with offsets for the highlighter. */
  public static final String TEXT = "text";

  /** Editorial and "since 2013" notes, analysed (stemmed), stored. */
  public static final String NOTES = "notes";

  /** The web addresses an item links to, analysed as words (weak evidence), not stored. */
  public static final String LINKS = "links";

  /**
   * The everyday phrasings an editor wrote for the item ({@code data-kb-plain-words}), analysed
   * (stemmed), not stored: a reader's word the paper does not use still finds the item.
   */
  public static final String PLAIN_WORDS = "plain_words";

  /** The labels of the item's audiences, analysed (weak evidence), not stored. */
  public static final String AUDIENCE_TEXT = "audience_text";

  /** Title and text without stemming: prefix matching and spelling suggestions. */
  public static final String EXACT = "exact";

  /** Title without stemming: completions while typing. */
  public static final String TITLE_EXACT = "title_exact";

  /** Equal for near-duplicates, which collapse into one result; stored, with doc values. */
  public static final String GROUP = "group";

  /**
   * How much an item of this kind is worth before any word matches (a float doc value the score is
   * multiplied by): a page is a way in, an item is the answer.
   */
  public static final String PRIOR = "prior";

  /**
   * The item's meaning as a sentence-embedding vector (title and text), when the index was built
   * with a model: see {@code org.dhrkb.search.semantic}.
   */
  public static final String VECTOR = "vector";

  /**
   * The meaning of the item's plain-words alone, when it has some: a reader's everyday phrasing is
   * closer to them than to the item's text, and is measured against both.
   */
  public static final String PLAIN_VECTOR = "plain_vector";

  private IndexFields() {}
}
