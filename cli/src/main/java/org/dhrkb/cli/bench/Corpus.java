package org.dhrkb.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * A bigger knowledge base made from the real one, for benchmarks only: every theme of {@code
 * site/content/themes/} copied {@code scale - 1} more times with fresh ids, its prose reworded from
 * the real vocabulary, and one invented acronym per copy defined in the glossary and used in the
 * text. The same seed always gives the same files, so figures from two runs compare.
 *
 * <p>The copies pass the generator's checks like real content: ids stay unique, links within a
 * theme follow it to its copy, and links elsewhere (other themes, glossary entries) are kept.
 */
public final class Corpus {
  /** The seed every benchmark uses. */
  public static final long SEED = 20131101L;

  /** A share of the prose's words replaced in each copy: enough that no two copies match. */
  private static final double REWORD = 0.35;

  private static final Pattern ID = Pattern.compile("(?m)^\\s*(?:-\\s+)?id:\\s*([a-z0-9-]+)\\s*$");
  private static final Pattern BLOCK_KEY =
      Pattern.compile("^(\\s*)(?:-\\s+)?(text|summary|note|description):\\s*[|>]-?\\s*$");
  private static final Pattern INLINE_PROSE =
      Pattern.compile("^(\\s*(?:-\\s+)?(?:title|summary|text|note):\\s+)([^|>].*)$");

  /** Kept as they are: links, footnote marks, anchors, and markup; else a word to reword. */
  private static final Pattern TOKEN =
      Pattern.compile(
          "(https?://\\S+|<[^>]*>|\\[\\^[^\\]]*\\]|\\]\\([^)]*\\)|#[a-z0-9-]+)|\\b([a-z]{4,})\\b");

  private static final Pattern WORD = Pattern.compile("\\b[a-z]{4,}\\b");

  /**
   * What a corpus holds.
   *
   * @param site the written site folder (with {@code content/} and {@code jbake.properties})
   * @param themes theme files written
   * @param acronyms invented glossary entries
   */
  public record Written(Path site, int themes, int acronyms) {}

  private Corpus() {}

  /**
   * Writes {@code siteDir} scaled {@code scale} times into {@code target}, which is emptied first.
   *
   * @throws IllegalArgumentException when {@code scale} is below 1
   */
  public static Written write(Path siteDir, Path target, int scale, long seed) throws IOException {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be 1 or more, not " + scale);
    }
    delete(target);
    Files.createDirectories(target);
    PathUtils.copyDirectory(siteDir, target, StandardCopyOption.REPLACE_EXISTING);
    Path themesDir = target.resolve("content").resolve("themes");
    List<Path> themes;
    try (Stream<Path> files = Files.list(themesDir)) {
      themes = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<String> vocabulary = vocabulary(themes);
    Random random = new Random(seed);
    StringBuilder glossary = new StringBuilder();
    int written = themes.size();
    int acronyms = 0;
    for (int copy = 2; copy <= scale; copy++) {
      String acronym = acronym(copy);
      glossary.append(glossaryEntry(acronym, vocabulary, random));
      acronyms++;
      for (Path theme : themes) {
        String slug = theme.getFileName().toString().replace(".yaml", "");
        String text = Files.readString(theme, StandardCharsets.UTF_8);
        String copied = reword(renameIds(text, slug, copy), vocabulary, acronym, random);
        Files.writeString(
            themesDir.resolve(slug + "-c" + copy + ".yaml"), copied, StandardCharsets.UTF_8);
        written++;
      }
    }
    Path glossaryFile = target.resolve("content").resolve("glossary.yaml");
    Files.writeString(
        glossaryFile,
        Files.readString(glossaryFile, StandardCharsets.UTF_8).stripTrailing() + "\n" + glossary,
        StandardCharsets.UTF_8);
    return new Written(target, written, acronyms);
  }

  /**
   * The scale whose corpus publishes at least {@code items} items: each copy adds one item per id
   * of the real theme files and one glossary entry, and the real content adds more than a copy.
   *
   * @throws IllegalArgumentException when {@code items} is below 1
   */
  public static int scaleFor(Path siteDir, int items) throws IOException {
    if (items < 1) {
      throw new IllegalArgumentException("items must be 1 or more, not " + items);
    }
    int perCopy = 1;
    try (Stream<Path> files = Files.list(siteDir.resolve("content").resolve("themes"))) {
      for (Path theme : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        perCopy +=
            (int) ID.matcher(Files.readString(theme, StandardCharsets.UTF_8)).results().count();
      }
    }
    return Math.max(1, (items + perCopy - 1) / perCopy);
  }

  /** Words of four letters or more from the real themes, sorted so the seed decides alone. */
  private static List<String> vocabulary(List<Path> themes) throws IOException {
    Set<String> words = new TreeSet<>();
    for (Path theme : themes) {
      for (String line : Files.readString(theme, StandardCharsets.UTF_8).split("\n")) {
        if (line.contains("id:") || line.contains("url:") || line.contains("audiences:")) {
          continue;
        }
        Matcher m = WORD.matcher(line.replaceAll("https?://\\S+", ""));
        while (m.find()) {
          words.add(m.group());
        }
      }
    }
    return new ArrayList<>(words);
  }

  /** The copy's ids: every id the file defines, and links to its own page, get a suffix. */
  static String renameIds(String text, String slug, int copy) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = ID.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    String suffix = "-c" + copy;
    String result = text.replace("/themes/" + slug + ".html", "/themes/" + slug + suffix + ".html");
    for (String id : ids) {
      result =
          result.replaceAll(
              "(?<![a-z0-9-])" + Pattern.quote(id) + "(?![a-z0-9-])",
              Matcher.quoteReplacement(id + suffix));
    }
    return result;
  }

  /** Rewords prose lines (titles, block texts), leaving keys, ids, links and slugs alone. */
  static String reword(String text, List<String> vocabulary, String acronym, Random random) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    int blockIndent = -1;
    boolean acronymUsed = false;
    for (String line : text.split("\n", -1)) {
      int indent = line.length() - line.stripLeading().length();
      if (blockIndent >= 0 && !line.isBlank() && indent <= blockIndent) {
        blockIndent = -1;
      }
      Matcher key = BLOCK_KEY.matcher(line);
      Matcher inline = INLINE_PROSE.matcher(line);
      if (key.matches()) {
        blockIndent = key.group(1).length();
        out.append(line);
      } else if (blockIndent >= 0) {
        String reworded = rewordWords(line, vocabulary, random);
        if (!acronymUsed && !line.isBlank()) {
          // The copy's acronym appears once, so the glossary and the acronym markup scale too.
          reworded = reworded + " (" + acronym + ")";
          acronymUsed = true;
        }
        out.append(reworded);
      } else if (inline.matches() && !line.contains("audiences")) {
        out.append(inline.group(1)).append(rewordWords(inline.group(2), vocabulary, random));
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static String rewordWords(String line, List<String> vocabulary, Random random) {
    Matcher m = TOKEN.matcher(line);
    StringBuilder sb = new StringBuilder(line.length() + 16);
    while (m.find()) {
      String replacement = m.group();
      if (m.group(2) != null && random.nextDouble() < REWORD) {
        replacement = vocabulary.get(random.nextInt(vocabulary.size()));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** ZAB, ZAC, ...: capitals no real acronym uses, one per copy. */
  static String acronym(int copy) {
    StringBuilder letters = new StringBuilder();
    for (int n = copy; n > 0; n /= 26) {
      letters.insert(0, (char) ('A' + n % 26));
    }
    while (letters.length() < 2) {
      letters.insert(0, 'A');
    }
    return "Z" + letters;
  }

  private static String glossaryEntry(String acronym, List<String> vocabulary, Random random) {
    StringBuilder expansion = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      String word = vocabulary.get(random.nextInt(vocabulary.size()));
      expansion.append(i > 0 ? " " : "").append(word);
    }
    String description =
        rewordWords(
            "An organisation named in the reviews that supports local partnerships.",
            vocabulary,
            random);
    return "  - id: glossary-"
        + acronym.toLowerCase(Locale.ROOT)
        + "\n    term: "
        + acronym
        + "\n    expansion: "
        + expansion
        + "\n    kind: organisation\n    description: "
        + description
        + "\n";
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
