package org.dhrkb.generator.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Points of style in the content files, line by line: things a reader would notice but that never
 * stop a build. Each is a {@link ContentWarning} at its line and column.
 */
public final class StyleCheck {
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$");

  /** A YAML title ending in a full stop: titles are headings, and headings have none. */
  private static final Pattern TITLE_FULL_STOP =
      Pattern.compile("^\\s*(?:-\\s+)?title:\\s*\\S.*[^.]\\.\\s*$");

  /** Link text that says nothing out of context (WCAG 2.4.4, Link Purpose). */
  private static final Pattern VAGUE_LINK =
      Pattern.compile(
          "\\[(click here|here|this link|link|more|read more)\\]\\(", Pattern.CASE_INSENSITIVE);

  private StyleCheck() {}

  /**
   * Checks every YAML and Markdown file under {@code site/content}.
   *
   * @param siteDir the folder holding {@code content/}
   * @return the warnings, by file and line
   */
  public static List<ContentWarning> check(Path siteDir) throws IOException {
    List<ContentWarning> warnings = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(siteDir.resolve("content"))) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(ya?ml|md)$"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      Path shown = shown(file);
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      boolean yaml = !file.toString().endsWith(".md");
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher m = TRAILING_SPACE.matcher(line);
        if (m.find()) {
          warnings.add(
              new ContentWarning(
                  shown, i + 1, m.start() + 1, "spaces at the end of the line: remove them"));
        }
        if (yaml && TITLE_FULL_STOP.matcher(line).matches()) {
          warnings.add(
              new ContentWarning(
                  shown,
                  i + 1,
                  line.stripTrailing().length(),
                  "a title is a heading: drop the full stop at its end"));
        }
        m = VAGUE_LINK.matcher(line);
        while (m.find()) {
          warnings.add(
              new ContentWarning(
                  shown,
                  i + 1,
                  m.start() + 2,
                  "link text '"
                      + m.group(1)
                      + "' says nothing out of context: name where the link goes"));
        }
      }
    }
    return warnings;
  }

  private static Path shown(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }
}
