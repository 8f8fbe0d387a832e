package org.dhrkb.generator.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhrkb.contract.Slug;

/**
 * Reads one page of JBake Markdown or HTML: its {@code key=value} header up to {@code ~~~~~~}, and
 * what the header makes of it (an audience, an update). JBake renders the body; this only checks
 * it.
 */
final class PageReader {
  /** In the order the error message lists them, so it reads the same on every run. */
  private static final Set<String> PAGE_TYPES =
      ThemeReader.keys(
          "home", "page", "audience", "roles", "resources", "post", "search", "checklist", "links");

  private final LoadedContent content;

  PageReader(LoadedContent content) {
    this.content = content;
  }

  /** The header of a page: values by key, and the 1-based line of each key. */
  private record Header(Map<String, String> values, Map<String, Integer> lines) {
    String get(String key) {
      return values.get(key);
    }

    int line(String key) {
      return lines.getOrDefault(key, 1);
    }
  }

  /**
   * Reads {@code file}, shown in errors as {@code shown}, which becomes the page {@code uri}.
   *
   * @throws IOException when the file cannot be read
   */
  void read(Path file, Path shown, String uri) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Header header = new Header(new LinkedHashMap<>(), new HashMap<>());
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals("~~~~~~")) {
        end = i;
        break;
      }
      int eq = line.indexOf('=');
      if (eq > 0) {
        String key = line.substring(0, eq).strip();
        header.values().put(key, line.substring(eq + 1).strip());
        header.lines().put(key, i + 1);
      } else if (!line.isBlank()) {
        content.problems.add(shown, i + 1, 1, "header lines are key=value, ended by ~~~~~~");
      }
    }
    if (end < 0) {
      content.problems.add(
          shown,
          1,
          1,
          "missing header: start the file with title=…, type=…, "
              + "status=published and a line ~~~~~~");
      return;
    }
    content.pageUris.add(uri);
    String title = header.get("title");
    if (title == null || title.isBlank()) {
      content.problems.add(shown, 1, 1, "missing title: add a line title=… to the header");
    }
    String type = header.get("type");
    if (type == null) {
      content.problems.add(
          shown,
          1,
          1,
          "missing type: add type=page (or " + String.join(", ", PAGE_TYPES) + ") to the header");
    } else if (!PAGE_TYPES.contains(type)) {
      content.problems.add(
          shown,
          header.line("type"),
          6,
          "unknown kind of page '"
              + type
              + "' (expected one of: "
              + String.join(", ", PAGE_TYPES)
              + ")");
    }
    if ("audience".equals(type)) {
      readAudience(shown, header, title);
    }
    if ("checklist".equals(type) && header.get("audience") != null) {
      // A role's checklist: its audience is checked once every audience page is read.
      content.pageAudiences.add(
          new LoadedContent.PageAudience(shown, header.line("audience"), header.get("audience")));
    }
    if ("post".equals(type)) {
      LocalDate date = date(shown, header, "date");
      if (header.get("date") == null) {
        content.problems.add(shown, 1, 1, "missing date: updates need a line date=YYYY-MM-DD");
      } else if (date != null && title != null) {
        content.updates.add(new Update(date, title, uri));
      }
    }
    // A page of helplines carries the day a maintainer last rang or checked them.
    date(shown, header, "confirmed");
    if (title != null) {
      int titleLine = header.line("title");
      content.pageTexts.add(
          new LoadedContent.PageText(
              shown, List.of(lines.get(titleLine - 1)), titleLine - 1, false));
    }
    content.pageTexts.add(
        new LoadedContent.PageText(shown, lines.subList(end + 1, lines.size()), end + 1, true));
  }

  private void readAudience(Path shown, Header header, String title) {
    String slug = header.get("audience");
    String label = header.get("label");
    int order = 0;
    try {
      order = Integer.parseInt(header.values().getOrDefault("order", "0"));
    } catch (NumberFormatException e) {
      content.problems.add(shown, header.line("order"), 7, "order must be a whole number");
    }
    if (slug == null || !Slug.isValid(slug)) {
      content.problems.add(
          shown,
          header.line("audience"),
          1,
          "audience pages need audience=<slug> (lower-case words joined by -)");
    } else {
      content.audiences.add(new Audience(slug, title, label != null ? label : title, order));
    }
  }

  /** The header's date under {@code key}, null (with a problem) when it is not YYYY-MM-DD. */
  private LocalDate date(Path shown, Header header, String key) {
    String value = header.get(key);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      content.problems.add(
          shown,
          header.line(key),
          key.length() + 2,
          key + " must be a date written YYYY-MM-DD, not '" + value + "'");
      return null;
    }
  }
}
