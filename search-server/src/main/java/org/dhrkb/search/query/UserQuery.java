package org.dhrkb.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed, read as text rather than syntax: quoted phrases ({@code "bail conditions"}),
 * exclusions ({@code -prison}, {@code -"in prison"}) and plain words. Every other character is just
 * text; no input is an error. An unclosed quote runs to the end.
 *
 * @param words the plain words, in order
 * @param phrases quoted phrases that must appear
 * @param excluded words or phrases that must not appear
 * @param typing whether the last plain word may be incomplete (no space after it)
 */
public record UserQuery(
    List<String> words, List<String> phrases, List<String> excluded, boolean typing) {

  public UserQuery {
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
    excluded = List.copyOf(excluded);
  }

  /** Reads a query text. */
  public static UserQuery parse(String text) {
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    boolean lastIsWord = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        lastIsWord = false;
        continue;
      }
      boolean exclude = false;
      if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
        exclude = true;
        i++;
        c = text.charAt(i);
      }
      String chunk;
      boolean quoted = c == '"' || c == '\u201c' || c == '\u201d';
      if (quoted) {
        int end = i + 1;
        while (end < n && !isQuote(text.charAt(end))) {
          end++;
        }
        chunk = text.substring(i + 1, end).trim();
        i = Math.min(end + 1, n);
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end)) && !isQuote(text.charAt(end))) {
          end++;
        }
        chunk = text.substring(i, end);
        i = end;
      }
      lastIsWord = false;
      if (chunk.isEmpty()) {
        continue;
      }
      if (exclude) {
        excluded.add(chunk);
      } else if (quoted) {
        phrases.add(chunk);
      } else {
        words.add(chunk);
        lastIsWord = i == n;
      }
    }
    return new UserQuery(words, phrases, excluded, lastIsWord);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  /** Whether there is nothing to look for. */
  public boolean isEmpty() {
    return words.isEmpty() && phrases.isEmpty();
  }

  /** The query written back as text, with some words replaced (for "did you mean"). */
  String withWords(List<String> replaced) {
    List<String> parts = new ArrayList<>(replaced);
    phrases.forEach(p -> parts.add('"' + p + '"'));
    excluded.forEach(e -> parts.add("-" + (e.contains(" ") ? '"' + e + '"' : e)));
    return String.join(" ", parts);
  }
}
