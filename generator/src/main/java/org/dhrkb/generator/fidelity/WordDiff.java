package org.dhrkb.generator.fidelity;

import static org.dhrkb.generator.fidelity.SourceText.plainText;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.dhrkb.generator.content.Item;

/**
 * Where a text differs from the 2013 words: the words both share at the start and at the end set
 * aside, what is left on each side is the change a maintainer made.
 */
final class WordDiff {
  /** Words of context shown before a change, so the place is recognisable. */
  private static final int CONTEXT = 2;

  /** Words of a change shown at most; a rewritten paragraph need not be printed whole. */
  private static final int SHOWN = 8;

  private final String[] expected;
  private final String[] found;
  private final int prefix;
  private final int suffix;

  private WordDiff(String[] expected, String[] found, int prefix, int suffix) {
    this.expected = expected;
    this.found = found;
    this.prefix = prefix;
    this.suffix = suffix;
  }

  static WordDiff of(String expectedText, String foundText) {
    String[] e = words(expectedText);
    String[] f = words(foundText);
    int prefix = 0;
    while (prefix < e.length && prefix < f.length && e[prefix].equals(f[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < e.length - prefix
        && suffix < f.length - prefix
        && e[e.length - 1 - suffix].equals(f[f.length - 1 - suffix])) {
      suffix++;
    }
    return new WordDiff(e, f, prefix, suffix);
  }

  private static String[] words(String text) {
    return text.isBlank() ? new String[0] : text.split(" ");
  }

  /** The first word of the content that differs (or follows what was removed), to point at. */
  String foundWord() {
    if (found.length == 0) {
      return null;
    }
    return found[Math.min(prefix, found.length - 1)];
  }

  /** How many times {@link #foundWord()} occurs in the content before the place that differs. */
  int foundOccurrence() {
    String word = foundWord();
    int index = Math.min(prefix, found.length - 1);
    int n = 0;
    for (int i = 0; i < index; i++) {
      if (bare(found[i]).equals(bare(word))) {
        n++;
      }
    }
    return n;
  }

  /** {@code "… risk to victims" but found "… danger to victims"}: both sides, with context. */
  String describe() {
    return quote(expected) + " but found " + quote(found);
  }

  private String quote(String[] words) {
    int from = Math.max(0, prefix - CONTEXT);
    int changedEnd = words.length - suffix;
    // A removed or added word shows the word after it too, so the gap can be seen.
    int to = Math.min(words.length, Math.max(changedEnd, prefix) + 1);
    boolean cut = to - prefix > SHOWN;
    if (cut) {
      to = prefix + SHOWN;
    }
    StringBuilder s = new StringBuilder("\"");
    if (from > 0) {
      s.append("… ");
    }
    s.append(String.join(" ", Arrays.copyOfRange(words, from, to)));
    if (cut || to < words.length) {
      s.append(" …");
    }
    return s.append('"').toString();
  }

  /**
   * The content item (not yet matched) sharing the most opening and closing words with the text.
   */
  static Item closest(String text, List<Item> candidates, Collection<Item> taken) {
    Item best = null;
    int bestScore = -1;
    for (Item candidate : candidates) {
      if (taken.contains(candidate)) {
        continue;
      }
      WordDiff diff = of(text, plainText(candidate.getText()));
      int score = diff.prefix + diff.suffix;
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best;
  }

  /** The word without the punctuation around it, as it is searched for in the file. */
  static String bare(String word) {
    String bare = word.replaceAll("^\\W+|\\W+$", "");
    return bare.isEmpty() ? word : bare;
  }

  static String shorten(String text) {
    return text.length() <= 70 ? text : text.substring(0, 67) + "...";
  }
}
