package org.dhrkb.generator.fidelity;

import static org.dhrkb.generator.fidelity.SourceText.decodePercent;
import static org.dhrkb.generator.fidelity.SourceText.normalise;
import static org.dhrkb.generator.fidelity.SourceText.plainText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhrkb.generator.content.ContentError;
import org.dhrkb.generator.content.Item;
import org.dhrkb.generator.content.KnowledgeBase;
import org.dhrkb.generator.content.Resource;
import org.dhrkb.generator.content.Theme;
import org.dhrkb.generator.fidelity.SourcePublication.SourceTheme;

/**
 * Checks the content files against the 2013 publication, word for word: each theme's lesson
 * paragraphs, national actions, local suggestions, footnotes and links. A changed word is reported
 * where it is in the content file, with the words the publication has there, so a maintainer who
 * edits the 2013 text by mistake is told before anything ships.
 */
public final class FidelityCheck {
  private final SourcePublication source;
  private final KnowledgeBase kb;
  private final Path contentDir;
  private final List<ContentError> errors = new ArrayList<>();

  private FidelityCheck(SourcePublication source, KnowledgeBase kb, Path contentDir) {
    this.source = source;
    this.kb = kb;
    this.contentDir = contentDir;
  }

  /**
   * Compares the content with the publication.
   *
   * @param source the 2013 publication
   * @param kb the content, as loaded and validated
   * @param contentDir {@code site/content}, where the theme files are
   * @return every difference, located in the content files; empty when the content is faithful
   */
  public static List<ContentError> check(
      SourcePublication source, KnowledgeBase kb, Path contentDir) {
    FidelityCheck check = new FidelityCheck(source, kb, contentDir);
    source.themes().forEach(check::theme);
    return List.copyOf(check.errors);
  }

  private void theme(SourceTheme expected) {
    Theme theme = find(expected.heading());
    if (theme == null) {
      errors.add(
          new ContentError(
              ItemLocator.shown(contentDir.resolve("themes")),
              1,
              1,
              "no theme has the title of the 2013 theme '"
                  + expected.heading()
                  + "': give its file that title"));
      return;
    }
    ItemLocator locator = ItemLocator.of(contentDir, theme);
    String lesson = expected.lesson().stream().map(SourceText::plainText).collect(joinSpace());
    compare(locator, theme.getLesson(), lesson, "lesson");
    items(locator, theme.getNational(), expected.national(), "national action");
    items(locator, theme.getLocal(), expected.local(), "local suggestion");
    references(locator, theme, expected.footnotes());
    links(locator, theme, expected.links());
  }

  private Theme find(String heading) {
    String key = key(heading);
    for (Theme theme : kb.getAllThemes()) {
      if (key(theme.getTitle()).equals(key)) {
        return theme;
      }
    }
    for (Theme theme : kb.getAllThemes()) {
      if (key(heading).endsWith(key(theme.getTitle())) || key(theme.getTitle()).endsWith(key)) {
        return theme;
      }
    }
    return null;
  }

  private static String key(String heading) {
    return normalise(plainText(heading)).toLowerCase(Locale.ROOT);
  }

  /**
   * Each 2013 item must be one content item word for word; one that is not is compared with the
   * content item most like it, which is the one the maintainer edited.
   */
  private void items(ItemLocator locator, List<Item> present, List<String> expected, String kind) {
    Set<Item> matched = new HashSet<>();
    List<String> missing = new ArrayList<>();
    for (String markdown : expected) {
      String text = plainText(markdown);
      Item same =
          present.stream()
              .filter(i -> !matched.contains(i) && plainText(i.getText()).equals(text))
              .findFirst()
              .orElse(null);
      if (same != null) {
        matched.add(same);
      } else {
        missing.add(text);
      }
    }
    for (String text : missing) {
      Item closest = WordDiff.closest(text, present, matched);
      if (closest == null) {
        errors.add(
            locator.atFile("a 2013 " + kind + " is missing: \"" + WordDiff.shorten(text) + "\""));
      } else {
        matched.add(closest);
        compare(locator, closest, text, kind);
      }
    }
    for (Item extra : present) {
      if (!matched.contains(extra)) {
        errors.add(
            locator.atId(
                extra.getId(),
                "this "
                    + kind
                    + " is not in the 2013 publication: put additions in a note or since of an"
                    + " item"));
      }
    }
  }

  private void compare(ItemLocator locator, Item item, String expected, String kind) {
    if (item == null) {
      errors.add(locator.atFile("the theme has no " + kind));
      return;
    }
    String actual = plainText(item.getText());
    if (actual.equals(expected)) {
      return;
    }
    WordDiff diff = WordDiff.of(expected, actual);
    errors.add(
        locator.atWord(
            item.getId(),
            diff.foundWord(),
            diff.foundOccurrence(),
            "not the 2013 wording of this "
                + kind
                + ": expected "
                + diff.describe()
                + " (the 2013 text stays word for word; put changes in a note or since)"));
  }

  private void references(ItemLocator locator, Theme theme, List<String> footnotes) {
    for (String note : footnotes) {
      String text = plainText(note);
      boolean found =
          theme.getReferences().stream().anyMatch(r -> plainText(r.getText()).contains(text));
      if (!found) {
        errors.add(
            locator.atFile("the 2013 footnote is missing from references: \"" + text + "\""));
      }
    }
  }

  private void links(ItemLocator locator, Theme theme, List<String> urls) {
    Set<String> given = new HashSet<>();
    for (Item item : theme.getItems()) {
      if (item.getText() != null) {
        SourceText.links(item.getText()).forEach(u -> given.add(decodePercent(u)));
      }
      if (item instanceof Resource r && r.getHref() != null) {
        given.add(decodePercent(r.getHref()));
      }
    }
    for (String url : urls) {
      if (!given.contains(decodePercent(url))) {
        errors.add(
            locator.atFile(
                "the 2013 link "
                    + url
                    + " is missing: give it as a resource's url, or keep it in the item's text"));
      }
    }
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joinSpace() {
    return Collectors.joining(" ");
  }
}
