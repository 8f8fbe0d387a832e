package org.dhrkb.search.query;

import org.dhrkb.contract.Kind;

/**
 * Every weight of the ranking, in one place. They were set on the tuning set of judged queries
 * ({@code judgments.tsv}) only; the held-out set ({@code heldout.tsv}) measures them and must never
 * be used to change them.
 */
public final class RankingWeights {
  /** A match in the title says more than one in the text; notes and theme titles say less. */
  static final float TITLE = 3f;

  static final float TEXT = 1f;
  static final float NOTES = 0.3f;
  static final float THEME_TITLE = 0.5f;
  static final float LINKS = 0.3f;
  static final float AUDIENCES = 0.5f;

  /**
   * The everyday phrasings an editor wrote for the item (content's {@code plain-words}): 0.3, 0.5
   * and 1 gave the tuning sets within 0.006 of each other.
   */
  static final float PLAIN_WORDS = 0.5f;

  /** How much the other fields add to the best field's score for one word. */
  static final float FIELD_TIE = 0.3f;

  /** Another name of the glossary entry the query names ("IDVA" for its expansion). */
  static final float SYNONYM = 0.9f;

  /**
   * How much an item's other names of that entry add to its best one: 0.1 to 0.5 gave the same
   * tuning set (0.970 to 0.971 by words), the sum of them all gave 0.967.
   */
  static final float NAMES_TIE = 0.3f;

  /** A near spelling of a word the index lacks. */
  static final float CORRECTION = 0.6f;

  /** A longer form of a whole word ("commission" finds "commissioners"). */
  static final float LONGER_FORM = 0.3f;

  /** The last word as a prefix, while typing. */
  static final float PREFIX = 0.7f;

  /** The query's words close together, in the text (within {@link #TEXT_SLOP}) and the title. */
  static final float PROXIMITY_TEXT = 1.5f;

  static final int TEXT_SLOP = 4;
  static final float PROXIMITY_TITLE = 2f;
  static final int TITLE_SLOP = 2;

  /** Fewer items than this with enough of the words, and those with one word fewer follow. */
  static final int FEW = 3;

  /** Far above any text score, so the items with enough of the words stay first. */
  static final float ENOUGH_WORDS_FIRST = 1000f;

  /*
   * Closeness in meaning (the optional semantic module), set on the tuning set and its plain
   * questions ({@code questions.tsv}) only: the items a sentence-embedding model finds closest
   * to the query are fused with the ranking by words by reciprocal rank, each list's item at rank
   * r worth weight / (RRF_K + r). Items found only by meaning follow or interleave with those that
   * have the words; an item found both ways rises.
   */

  /**
   * What the closest items' ranks are worth against the words' ranks (words: 1). 0.7 until the
   * plain-words doubled; with them, 0.5 gave the tuning set 0.974 against 0.968 and the questions
   * and typos the same (0.886, 0.940), and 1 gave less on all three.
   */
  static final float SEMANTIC = 0.5f;

  /**
   * What they are worth for a long question ({@link #LONG_QUESTION} main words or more): the more
   * words a reader uses, the more of them are bound to differ from the paper's, and the less the
   * items that happen to share some of them are the answer. Set on the tuning sets: at 5 main words
   * and 2, the questions went from 0.747 to 0.772 and the tuning set stayed at 0.949 (an experiment
   * outside the server, fusing the same two rankings).
   */
  static final float SEMANTIC_LONG = 2f;

  /** From how many main words (filler left out, a glossary name counted once) a query is long. */
  static final int LONG_QUESTION = 5;

  /**
   * What closeness to the query's theme is worth in the fusion, times what meaning is worth for the
   * query ({@link #semantic(int)}): an item loses this times how much further (in cosine) its
   * theme's closest item is from the query than the closest theme's. The paper answers each
   * question in one of its seven themes, and an item of another theme that shares a word
   * ("training", "risk") is rarely what the reader wants; a few keywords more often want every
   * theme's items. Set on the tuning sets (an experiment outside the server, fusing the same
   * rankings): questions 0.890 to 0.914, typos 0.946 to 0.957, the tuning set 0.974 either way. A
   * weight of 2 whatever the query's length gave 0.913, 0.959 and 0.972; 1.5 here, 0.916, 0.959 and
   * 0.970.
   */
  static final float THEME = 1f;

  /**
   * What the first result's vectors weigh against the query's when the closest items are looked for
   * again (pseudo-relevance feedback, {@code SemanticMatches.refined}), for a question of {@link
   * #FEEDBACK_WORDS} main words or more that names no term. Set on the tuning sets (an experiment
   * outside the server, fusing the same rankings): questions 0.914 to 0.931, typos 0.957 to 0.961,
   * the tuning set 0.974 to 0.976; 0.2 to 0.7 all gave between 0.925 and 0.931 on the questions.
   * The first result's text vector alone gave less (0.926 on the questions), and so did the first
   * two or three results (0.925).
   */
  static final float FEEDBACK = 0.3f;

  /**
   * From how many main words a query is a question the first result's feedback helps. Keywords
   * ("risk assessment") want every theme's items, and feedback from one result pulls towards its
   * theme; a term the glossary defines already has the items its words give. From two words the
   * typos set rose more (0.967: two misspelt words are often a whole question), but "risk
   * assessment" lost the drug and alcohol services' frameworks from its first five, and one
   * glossary expansion changed order.
   */
  static final int FEEDBACK_WORDS = 3;

  /** Reciprocal rank fusion's constant: small, so the first few places of each list count most. */
  static final int RRF_K = 5;

  /** How many of the closest items are looked at. */
  static final int SEMANTIC_K = 30;

  /**
   * At most this many of the query's first words are embedded: embedding costs CPU in proportion to
   * the words, and no judged query is longer (the longest has 18).
   */
  static final int SEMANTIC_WORDS = 20;

  /** Below this cosine an item is not close in meaning at all, whatever its rank. */
  static final float SEMANTIC_MIN_COSINE = 0.5f;

  private RankingWeights() {}

  /** What the closest items' ranks are worth for a query of {@code mainWords} main words. */
  static float semantic(int mainWords) {
    return mainWords >= LONG_QUESTION ? SEMANTIC_LONG : SEMANTIC;
  }

  /**
   * How many of {@code words} main words an item must have: all of one or two, all but one of three
   * or four, three in five of longer questions, where some words are bound to be phrased
   * differently from the text.
   */
  static int minimumShouldMatch(int words) {
    if (words <= 2) {
      return words;
    }
    if (words <= 4) {
      return words - 1;
    }
    return (int) Math.ceil(words * 0.6);
  }

  /**
   * What an item of this kind is worth before any word matches, as a factor of its score: a
   * footnote reference or a page is a way in, an item is the answer.
   */
  public static float prior(String kind) {
    return switch (Kind.fromId(kind).orElse(Kind.LESSON)) {
      case PAGE -> 0.4f;
      case REFERENCE -> 0.3f;
      default -> 1f;
    };
  }
}
