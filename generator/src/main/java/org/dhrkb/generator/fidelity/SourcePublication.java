package org.dhrkb.generator.fidelity;

import static org.dhrkb.generator.fidelity.SourceText.AUTOLINK;
import static org.dhrkb.generator.fidelity.SourceText.BARE_URL;
import static org.dhrkb.generator.fidelity.SourceText.MD_LINK;
import static org.dhrkb.generator.fidelity.SourceText.links;
import static org.dhrkb.generator.fidelity.SourceText.plainText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The 2013 publication, read by a small parser of its irregular Markdown: theme headings at any
 * level after the Introduction, the "nationally" and "locally" sections at {@code ##} or {@code
 * ###}, list items with continuation lines, links on their own line (which belong to the item or
 * paragraph before them), and footnotes after a {@code ---} rule.
 *
 * <p>It reads the source independently of the content files, so a slip in hand-converted content
 * cannot hide behind the same slip in an importer.
 *
 * @param introduction the paragraphs before the first theme, as Markdown
 * @param themes the themes in order
 */
public record SourcePublication(List<String> introduction, List<SourceTheme> themes) {
  /** The file name of the publication in {@code docs/source/}. */
  public static final String FILE_NAME = "dhr-common-themes-2013.md";

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
  private static final Pattern LIST_ITEM = Pattern.compile("^[-*+]\\s+(.*)$");
  private static final Pattern RULE = Pattern.compile("^(?:-\\s*){3,}$|^(?:\\*\\s*){3,}$");
  private static final Pattern FOOTNOTE =
      Pattern.compile("^(?:<sup>\\s*\\w+\\s*</sup>|\\[\\^[^\\]]+\\]:)\\s*(.*)$");

  /**
   * One theme of the source: its heading and its items as raw Markdown.
   *
   * @param heading the heading, as plain text
   * @param lesson the paragraphs of the theme's finding
   * @param national "What we are doing nationally", one entry per list item
   * @param local "Suggestions for what can be done locally", one entry per list item
   * @param footnotes the footnotes after the theme's rule
   * @param links every link target of the theme, in order, without repeats
   */
  public record SourceTheme(
      String heading,
      List<String> lesson,
      List<String> national,
      List<String> local,
      List<String> footnotes,
      List<String> links) {}

  private enum Section {
    LESSON,
    NATIONAL,
    LOCAL
  }

  /** Reads the publication from a file. */
  public static SourcePublication read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** Parses the publication's lines. */
  public static SourcePublication parse(List<String> lines) {
    Parser parser = new Parser();
    lines.forEach(parser::line);
    parser.flush();
    List<SourceTheme> themes =
        parser.themes.stream().map(Builder::build).collect(Collectors.toList());
    return new SourcePublication(List.copyOf(parser.introduction), List.copyOf(themes));
  }

  private static final class Builder {
    final String heading;
    final List<String> lesson = new ArrayList<>();
    final List<String> national = new ArrayList<>();
    final List<String> local = new ArrayList<>();
    final List<String> footnotes = new ArrayList<>();

    Builder(String heading) {
      this.heading = heading;
    }

    SourceTheme build() {
      Set<String> links = new LinkedHashSet<>();
      Stream.of(lesson, national, local)
          .flatMap(List::stream)
          .forEach(text -> links.addAll(links(text)));
      return new SourceTheme(
          heading,
          List.copyOf(lesson),
          List.copyOf(national),
          List.copyOf(local),
          List.copyOf(footnotes),
          List.copyOf(links));
    }
  }

  private static final class Parser {
    final List<String> introduction = new ArrayList<>();
    final List<Builder> themes = new ArrayList<>();
    boolean started;
    boolean inFootnotes;
    Builder theme;
    Section section = Section.LESSON;
    final List<String> block = new ArrayList<>();
    boolean blockIsListItem;

    void line(String line) {
      String trimmed = line.strip();
      Matcher heading = HEADING.matcher(trimmed);
      if (heading.matches()) {
        flush();
        inFootnotes = false;
        String text = plainText(heading.group(1));
        if (text.equalsIgnoreCase("Introduction")) {
          started = true;
          return;
        }
        if (!started) {
          return;
        }
        if (text.equalsIgnoreCase("What we are doing nationally")) {
          section = Section.NATIONAL;
        } else if (text.equalsIgnoreCase("Suggestions for what can be done locally")) {
          section = Section.LOCAL;
        } else {
          theme = new Builder(text);
          themes.add(theme);
          section = Section.LESSON;
        }
        return;
      }
      if (!started) {
        return;
      }
      if (RULE.matcher(trimmed).matches()) {
        flush();
        inFootnotes = true;
        return;
      }
      if (inFootnotes) {
        Matcher footnote = FOOTNOTE.matcher(trimmed);
        if (footnote.matches() && theme != null) {
          theme.footnotes.add(footnote.group(1));
        }
        return;
      }
      if (trimmed.isEmpty()) {
        flush();
        return;
      }
      Matcher item = LIST_ITEM.matcher(trimmed);
      if (item.matches()) {
        flush();
        blockIsListItem = true;
        block.add(item.group(1));
      } else {
        block.add(trimmed);
      }
    }

    void flush() {
      if (block.isEmpty()) {
        return;
      }
      String text = String.join(" ", block);
      boolean listItem = blockIsListItem;
      block.clear();
      blockIsListItem = false;
      if (theme == null) {
        introduction.add(text);
        return;
      }
      List<String> target =
          section == Section.NATIONAL
              ? theme.national
              : section == Section.LOCAL ? theme.local : theme.lesson;
      if (!listItem && isLinkOnly(text)) {
        // A link on its own line belongs to the item (or paragraph) it follows.
        List<String> owner = !target.isEmpty() ? target : theme.lesson;
        if (!owner.isEmpty()) {
          owner.set(owner.size() - 1, owner.get(owner.size() - 1) + " " + text);
          return;
        }
      }
      target.add(text);
    }

    private static boolean isLinkOnly(String text) {
      String s = text.replace("\\\\_", "_").replace("**", "");
      s = MD_LINK.matcher(s).replaceAll(" ");
      s = AUTOLINK.matcher(s).replaceAll(" ");
      s = BARE_URL.matcher(s).replaceAll(" ");
      return !links(text).isEmpty() && s.isBlank();
    }
  }
}
