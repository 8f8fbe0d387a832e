package org.dhrkb.generator;

import static org.dhrkb.generator.fidelity.SourceText.decodePercent;
import static org.dhrkb.generator.fidelity.SourceText.normalise;
import static org.dhrkb.generator.fidelity.SourceText.plainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhrkb.generator.fidelity.SourcePublication;
import org.dhrkb.generator.fidelity.SourcePublication.SourceTheme;
import org.dhrkb.generator.fidelity.SourceText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the site is faithful to the 2013 publication: every lesson paragraph, national action,
 * local suggestion, link and footnote of the source Markdown appears, word for word, as the
 * matching kind of item on its theme page, and nothing else is presented as 2013 text.
 *
 * <p>The source is parsed by {@link SourcePublication} (which {@code kb check} uses on the content
 * files), independently of the content, so a slip in hand-converted content cannot hide behind the
 * same slip in an importer; this test checks the built HTML. Pages are found by their {@code <h1>},
 * not by a list kept in this test.
 */
class FidelityIT {
  private static final String SOURCE_FILE = SourcePublication.FILE_NAME;

  private static SourcePublication source;

  /** The publication, parsed once per test JVM. */
  static synchronized SourcePublication source() {
    if (source == null) {
      Path file = sourceFile();
      try {
        source = SourcePublication.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }

  /**
   * {@code -Dkb.source} (the file or its folder), else {@code ../shared/source} beside the checkout
   * (in CI the checkout is a fresh clone with a copy of {@code shared/} beside it), else the copy
   * kept in {@code docs/source/}, so a fresh clone anywhere can run this test.
   */
  static Path sourceFile() {
    String configured = System.getProperty("kb.source");
    Path path;
    if (configured != null && !configured.isBlank()) {
      path = Path.of(configured);
    } else {
      path = Files.isRegularFile(sharedSource()) ? sharedSource() : keptSource();
    }
    if (Files.isDirectory(path)) {
      path = path.resolve(SOURCE_FILE);
    }
    if (!Files.isRegularFile(path)) {
      fail(
          "the source publication is not at "
              + path.toAbsolutePath()
              + ": put shared/source/ beside the checkout or pass -Dkb.source=<file or folder>");
    }
    return path;
  }

  private static Path sharedSource() {
    return BuiltSite.projectRoot().resolveSibling("shared").resolve("source").resolve(SOURCE_FILE);
  }

  private static Path keptSource() {
    return BuiltSite.projectRoot().resolve("docs/source").resolve(SOURCE_FILE);
  }

  @Test
  void keepsTheRepositorysCopyOfThePublicationIdenticalToTheSharedOne() throws IOException {
    // CI always has shared/ beside the checkout; elsewhere there may be nothing to compare.
    if (System.getenv("CI") != null) {
      assertTrue(Files.isRegularFile(sharedSource()), "CI has no " + sharedSource());
    }
    assumeTrue(Files.isRegularFile(sharedSource()), "no shared/source beside this checkout");
    assertEquals(
        Files.readString(sharedSource(), StandardCharsets.UTF_8),
        Files.readString(keptSource(), StandardCharsets.UTF_8),
        "docs/source/ must be the publication as in shared/source/: copy it again");
  }

  @Test
  void findsEverySourceThemeInThePublication() {
    List<SourceTheme> themes = source().themes();
    assertEquals(
        8,
        themes.size(),
        () ->
            "the parser found these themes: "
                + themes.stream().map(SourceTheme::heading).collect(Collectors.toList()));
    assertTrue(
        themes.stream().allMatch(t -> !t.lesson().isEmpty()),
        "every theme of the publication opens with at least one paragraph");
  }

  @Test
  void readsTheSourceLinksInAllTheirForms() {
    List<String> links =
        source().themes().stream().flatMap(t -> t.links().stream()).collect(Collectors.toList());
    assertFalse(links.isEmpty(), "the parser found no links in the publication");
    assertTrue(
        links.stream().noneMatch(u -> u.contains("\\") || u.contains("*")),
        () -> "escapes and bold markup are removed from link targets: " + links);
    assertTrue(
        links.stream().anyMatch(u -> u.startsWith("mailto:")),
        "the campaign email address is a link too");
    assertTrue(
        source().themes().stream().anyMatch(t -> !t.footnotes().isEmpty()),
        "the footnote after the rule is found");
  }

  @TestFactory
  Stream<DynamicNode> publishesEverySourceThemeAsOneThemePage() {
    ThemePages pages = ThemePages.of(BuiltSite.get());
    return source().themes().stream()
        .map(
            theme ->
                dynamicTest(
                    theme.heading(),
                    () ->
                        assertNotNull(
                            pages.find(theme.heading()),
                            () ->
                                "no theme page has the <h1> '"
                                    + theme.heading()
                                    + "'; theme pages have: "
                                    + pages.headings())));
  }

  @TestFactory
  Stream<DynamicNode> presentsEveryLessonParagraphWordForWord() {
    return perTheme(
        theme -> {
          List<DynamicNode> tests = new ArrayList<>();
          for (int i = 0; i < theme.lesson().size(); i++) {
            String paragraph = plainText(theme.lesson().get(i));
            tests.add(
                dynamicTest(
                    "paragraph " + (i + 1) + ": " + shorten(paragraph),
                    () -> {
                      Element lesson = pages().page(theme).selectFirst("[data-kb-kind=lesson]");
                      assertNotNull(
                          lesson, "the theme page has no element with data-kb-kind=\"lesson\"");
                      String text = itemText(lesson);
                      assertTrue(
                          text.contains(paragraph),
                          () ->
                              "the lesson does not contain this 2013"
                                  + " paragraph word for word:\n  expected: "
                                  + paragraph
                                  + "\n  in: "
                                  + text);
                    }));
          }
          return tests;
        });
  }

  @TestFactory
  Stream<DynamicNode> presentsEveryNationalActionWordForWord() {
    return perTheme(theme -> itemTests(theme, theme.national(), "national-action"));
  }

  @TestFactory
  Stream<DynamicNode> presentsEveryLocalSuggestionWordForWord() {
    return perTheme(theme -> itemTests(theme, theme.local(), "local-suggestion"));
  }

  @TestFactory
  Stream<DynamicNode> linksEverySourceUrlFromItsThemePage() {
    return perTheme(
        theme ->
            theme.links().stream()
                .map(
                    url ->
                        dynamicTest(
                            url,
                            () -> {
                              Set<String> hrefs =
                                  pages().page(theme).select("a[href]").stream()
                                      .map(a -> decodePercent(a.attr("href")))
                                      .collect(Collectors.toSet());
                              assertTrue(
                                  hrefs.contains(decodePercent(url)),
                                  () -> "no link on the theme page has href=\"" + url + "\"");
                            }))
                .collect(Collectors.toList()));
  }

  @TestFactory
  Stream<DynamicNode> presentsEveryFootnoteAsAReference() {
    return perTheme(
        theme ->
            theme.footnotes().stream()
                .map(
                    note ->
                        dynamicTest(
                            note,
                            () -> {
                              String expected = plainText(note);
                              Elements references =
                                  pages().page(theme).select("[data-kb-kind=reference]");
                              assertTrue(
                                  references.stream().anyMatch(r -> itemText(r).contains(expected)),
                                  () ->
                                      "no data-kb-kind=\"reference\" element on the theme page holds: "
                                          + expected);
                            }))
                .collect(Collectors.toList()));
  }

  /** Nothing extra is presented as 2013 text: each kind counts exactly what the source has. */
  @TestFactory
  Stream<DynamicNode> presentsAsManyItemsOfEachKindAsThePublication() {
    return perTheme(
        theme ->
            List.of(
                countTest(theme, "lesson", theme.lesson().isEmpty() ? 0 : 1),
                countTest(theme, "national-action", theme.national().size()),
                countTest(theme, "local-suggestion", theme.local().size()),
                countTest(theme, "reference", theme.footnotes().size())));
  }

  /** The whole lesson is the 2013 paragraphs and nothing else, so no sentence is slipped in. */
  @TestFactory
  Stream<DynamicNode> presentsNothingButThe2013ParagraphsAsALesson() {
    return source().themes().stream()
        .map(
            theme ->
                dynamicTest(
                    theme.heading(),
                    () -> {
                      Element lesson = pages().page(theme).selectFirst("[data-kb-kind=lesson]");
                      assertNotNull(
                          lesson, "the theme page has no element with data-kb-kind=\"lesson\"");
                      String expected =
                          theme.lesson().stream()
                              .map(SourceText::plainText)
                              .collect(Collectors.joining(" "));
                      assertEquals(expected, itemText(lesson));
                    }));
  }

  /** No other page (an audience page, say) presents a 2013 item as its canonical place. */
  @TestFactory
  Stream<DynamicNode> presentsNoItemOutsideTheThemePagesOfThePublication() {
    BuiltSite site = BuiltSite.get();
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put(
        "lesson", (int) source().themes().stream().filter(t -> !t.lesson().isEmpty()).count());
    expected.put(
        "national-action", source().themes().stream().mapToInt(t -> t.national().size()).sum());
    expected.put(
        "local-suggestion", source().themes().stream().mapToInt(t -> t.local().size()).sum());
    expected.put("introduction", source().introduction().size());
    expected.put("reference", source().themes().stream().mapToInt(t -> t.footnotes().size()).sum());
    return expected.entrySet().stream()
        .map(
            e ->
                dynamicTest(
                    e.getKey(),
                    () -> {
                      int count = 0;
                      for (String page : site.htmlPages()) {
                        count += site.page(page).select("[data-kb-kind=" + e.getKey() + "]").size();
                      }
                      assertEquals(
                          e.getValue(),
                          count,
                          "elements with data-kb-kind=\"" + e.getKey() + "\" in the whole site");
                    }));
  }

  /** Each paragraph of the 2013 introduction is one item on the home page, word for word. */
  @TestFactory
  Stream<DynamicNode> presentsTheIntroductionOnTheHomePage() {
    Document home = BuiltSite.get().page("index.html");
    List<String> items =
        home.select("main [data-kb-kind=introduction] .kb-item__text").stream()
            .map(e -> normalise(e.text()))
            .toList();
    List<String> source =
        source().introduction().stream().map(p -> normalise(plainText(p))).toList();
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(
        dynamicTest(
            "one item per paragraph",
            () -> assertEquals(source.size(), items.size(), "introduction items")));
    for (int i = 0; i < source.size(); i++) {
      int n = i;
      tests.add(
          dynamicTest(
              shorten(source.get(n)),
              () ->
                  assertEquals(
                      source.get(n),
                      n < items.size() ? items.get(n) : "(missing)",
                      "introduction paragraph " + (n + 1))));
    }
    return tests.stream();
  }

  private static List<DynamicNode> itemTests(SourceTheme theme, List<String> items, String kind) {
    List<DynamicNode> tests = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String expected = plainText(items.get(i));
      tests.add(
          dynamicTest(
              (i + 1) + ": " + shorten(expected),
              () -> {
                List<String> presented =
                    pages().page(theme).select("[data-kb-kind=" + kind + "]").stream()
                        .map(FidelityIT::itemText)
                        .collect(Collectors.toList());
                assertTrue(
                    presented.contains(expected),
                    () ->
                        "no data-kb-kind=\""
                            + kind
                            + "\" element on the theme page has this 2013 text word for word:\n  expected: "
                            + expected
                            + "\n  closest: "
                            + closest(expected, presented));
              }));
    }
    return tests;
  }

  private static DynamicNode countTest(SourceTheme theme, String kind, int expected) {
    return dynamicTest(
        kind,
        () ->
            assertEquals(
                expected,
                pages().page(theme).select("[data-kb-kind=" + kind + "]").size(),
                "elements with data-kb-kind=\"" + kind + "\" on the theme page"));
  }

  private static Stream<DynamicNode> perTheme(Function<SourceTheme, List<DynamicNode>> tests) {
    return source().themes().stream()
        .map(theme -> dynamicContainer(theme.heading(), tests.apply(theme).stream()));
  }

  private static ThemePages pages;

  private static synchronized ThemePages pages() {
    if (pages == null) {
      pages = ThemePages.of(BuiltSite.get());
    }
    return pages;
  }

  /** The text of an item as a reader sees it: its text block, without footnote markers. */
  static String itemText(Element item) {
    Element text = item.selectFirst(".kb-item__text");
    Element copy = (text != null ? text : item).clone();
    copy.select(".kb-item__meta, .kb-item__permalink, sup, a[href~=#(fn|ref-)]").remove();
    return normalise(copy.text());
  }

  private static String shorten(String text) {
    return text.length() <= 70 ? text : text.substring(0, 67) + "...";
  }

  /** The presented text sharing the longest opening with the expected, to show the slip. */
  private static String closest(String expected, List<String> presented) {
    String best = "(none)";
    int bestLength = -1;
    for (String candidate : presented) {
      int n = 0;
      while (n < expected.length()
          && n < candidate.length()
          && expected.charAt(n) == candidate.charAt(n)) {
        n++;
      }
      if (n > bestLength) {
        bestLength = n;
        best = candidate;
      }
    }
    return best;
  }

  /** The built theme pages, keyed by their {@code <h1>}. */
  static final class ThemePages {
    private final Map<String, Document> byHeading = new LinkedHashMap<>();

    static ThemePages of(BuiltSite site) {
      ThemePages pages = new ThemePages();
      for (String path : site.htmlPages()) {
        Document page = site.page(path);
        if (page.selectFirst("main[data-kb-page=theme]") == null) {
          continue;
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null) {
          pages.byHeading.put(key(h1.text()), page);
        }
      }
      return pages;
    }

    private static String key(String heading) {
      return normalise(plainText(heading)).toLowerCase(Locale.ROOT);
    }

    /** The page whose heading is the source heading (case aside), or that ends with it. */
    Document find(String sourceHeading) {
      String key = key(sourceHeading);
      Document exact = byHeading.get(key);
      if (exact != null) {
        return exact;
      }
      return byHeading.entrySet().stream()
          .filter(e -> e.getKey().endsWith(key))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }

    Document page(SourceTheme theme) {
      Document page = find(theme.heading());
      assertNotNull(
          page,
          () ->
              "no theme page has the <h1> '"
                  + theme.heading()
                  + "'; theme pages have: "
                  + headings());
      return page;
    }

    Set<String> headings() {
      return byHeading.keySet();
    }
  }
}
