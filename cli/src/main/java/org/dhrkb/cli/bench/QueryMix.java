package org.dhrkb.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Thousands of distinct queries drawn from the real content with a fixed seed: single words, word
 * pairs, quoted phrases, misspellings and plain questions. Distinct so that no result cache can
 * stand in for the search; the same seed gives the same list, so runs compare.
 */
public final class QueryMix {
  private static final Pattern WORD = Pattern.compile("\\b([a-z]{4,}|[A-Z]{2,6})\\b");
  private static final Pattern SENTENCE_WORDS = Pattern.compile("[A-Za-z]+");
  private static final List<String> QUESTIONS =
      List.of(
          "what should %s do about %s",
          "how do we improve %s for %s",
          "who is responsible for %s and %s",
          "why was %s missed in %s",
          "when should %s share %s");

  private QueryMix() {}

  /**
   * {@code count} distinct queries from the theme files under {@code siteDir/content/themes}.
   *
   * @throws IllegalArgumentException when the content has too few words for {@code count}
   */
  public static List<String> create(Path siteDir, int count, long seed) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(siteDir.resolve("content").resolve("themes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.contains("id:") && !line.contains("url:") && !line.contains("audiences:")) {
            lines.add(line.replaceAll("https?://\\S+", " "));
          }
        }
      }
    }
    Set<String> vocabulary = new TreeSet<>();
    for (String line : lines) {
      Matcher m = WORD.matcher(line);
      while (m.find()) {
        vocabulary.add(m.group());
      }
    }
    List<String> words = new ArrayList<>(vocabulary);
    Random random = new Random(seed);
    Set<String> queries = new LinkedHashSet<>();
    for (int attempts = 0; queries.size() < count; attempts++) {
      if (attempts > count * 50) {
        throw new IllegalArgumentException(
            "the content has too few words for " + count + " distinct queries");
      }
      String query =
          switch (random.nextInt(6)) {
            case 0 -> pick(words, random);
            case 1 -> pick(words, random) + " " + pick(words, random);
            case 2 -> phrase(lines, random);
            case 3 -> misspell(pick(words, random), random);
            case 4 ->
                String.format(
                    QUESTIONS.get(random.nextInt(QUESTIONS.size())),
                    pick(words, random),
                    pick(words, random));
            default ->
                pick(words, random)
                    + " "
                    + misspell(pick(words, random), random)
                    + " "
                    + pick(words, random);
          };
      if (!query.isBlank() && query.length() <= 200) {
        queries.add(query);
      }
    }
    return List.copyOf(queries);
  }

  private static String pick(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }

  /** Two to four consecutive words of a real sentence, in quotes. */
  private static String phrase(List<String> lines, Random random) {
    String line = lines.get(random.nextInt(lines.size()));
    List<String> words = new ArrayList<>();
    Matcher m = SENTENCE_WORDS.matcher(line);
    while (m.find()) {
      words.add(m.group());
    }
    int length = 2 + random.nextInt(3);
    if (words.size() <= length) {
      return "";
    }
    int start = random.nextInt(words.size() - length);
    return "\"" + String.join(" ", words.subList(start, start + length)) + "\"";
  }

  /** One typo: a letter dropped, doubled, swapped with its neighbour or replaced. */
  static String misspell(String word, Random random) {
    if (word.length() < 4) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 2);
    char[] c = word.toCharArray();
    return switch (random.nextInt(4)) {
      case 0 -> word.substring(0, at) + word.substring(at + 1);
      case 1 -> word.substring(0, at) + c[at] + word.substring(at);
      case 2 -> {
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        yield new String(c);
      }
      default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
    };
  }
}
