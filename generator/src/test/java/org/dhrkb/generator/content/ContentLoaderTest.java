package org.dhrkb.generator.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content loader on small inline sites: each kind of mistake gives its exact {@code
 * file:line:col: error:} message, as a maintainer reads it.
 */
class ContentLoaderTest {
  private static final String THEME = "content/themes/risk.yaml";

  /** A valid theme; tests break one line of it. */
  private static final String RISK =
      """
      type: theme
      title: Risk assessment
      order: 1
      lesson:
        id: risk-lesson
        title: Risk is inconsistent
        audiences: [police]
        text: The MARAC shares risk.[^ref-one]
      local:
        - id: risk-local-one
          title: Train staff
          audiences: [police]
          text: See [the lesson](#risk-lesson).
      references:
        - id: ref-one
          text: Stark (2007)
      """;

  @TempDir Path site;

  @BeforeEach
  void writeTheRestOfASite() throws IOException {
    write(
        "jbake.properties",
        "markdown.extensions=AUTOLINKS,FENCED_CODE_BLOCKS,TABLES,DEFINITIONS\n");
    write(
        "content/glossary.yaml",
        """
        type: glossary
        title: Glossary
        entries:
          - id: glossary-marac
            term: MARAC
            kind: acronym
          - id: glossary-caada
            term: CAADA
            kind: organisation
        """);
    write(
        "content/audiences/police.md",
        """
        title=For the police
        type=audience
        audience=police
        ~~~~~~
        What the police can do.
        """);
  }

  @Test
  void loadsAValidThemeWithItsFootnoteLinked() throws Exception {
    write(THEME, RISK);
    KnowledgeBase kb = ContentLoader.load(site);
    Item lesson = kb.item("risk-lesson");
    assertEquals(
        "<p>The MARAC shares risk.<sup class=\"kb-footnote\">"
            + "<a href=\"/themes/risk.html#ref-one\">[1]</a></sup></p>",
        lesson.getHtml());
    assertEquals("themes/risk.html#risk-local-one", kb.item("risk-local-one").getUrl());
    assertEquals(List.of(kb.item("risk-lesson").getTheme()), kb.getThemes());
  }

  @Test
  void rendersItemMarkdownInJBakesDialectWithTablesAndBareUrls() throws Exception {
    write(
        THEME,
        RISK.replace(
            "text: See [the lesson](#risk-lesson).",
            "text: |\n        | Who | What |\n        |-----|------|\n        | Nurse | Ask |\n\n"
                + "        Read https://www.gov.uk/guidance today."));
    String html = ContentLoader.load(site).item("risk-local-one").getHtml();
    assertTrue(html.contains("<tr><td> Nurse </td><td> Ask </td></tr>"), html);
    assertTrue(
        html.contains(
            "<a href=\"https://www.gov.uk/guidance\">https://www.gov.uk/guidance</a> today."),
        html);
  }

  @Test
  void missingTitleIsReportedAtTheStartOfTheTheme() throws Exception {
    write(THEME, RISK.replace("title: Risk assessment\n", ""));
    assertEquals(List.of(THEME + ":1:1: error: missing title in the theme"), errors());
  }

  @Test
  void unknownKeyIsReportedAtTheKeyWithTheKeysAllowed() throws Exception {
    write(THEME, RISK.replace("order: 1", "order: 1\nsumary: A typo."));
    assertEquals(
        List.of(
            THEME
                + ":4:1: error: unknown key 'sumary' in a theme (expected one of: type, status,"
                + " title, order, numbered, summary, lesson, national, local, resources,"
                + " references, moved)"),
        errors());
  }

  @Test
  void plainWordsAreReadAndABarInOneIsReportedWhereItIs() throws Exception {
    write(
        THEME,
        RISK.replace(
            "  audiences: [police]\n  text: The MARAC",
            "  audiences: [police]\n  plain-words: [how dangerous is he, danger checklist]\n"
                + "  text: The MARAC"));
    assertEquals(
        List.of("how dangerous is he", "danger checklist"),
        ContentLoader.load(site).item("risk-lesson").getPlainWords());

    write(
        THEME,
        RISK.replace(
            "  audiences: [police]\n  text: The MARAC",
            "  audiences: [police]\n  plain-words: [danger | risk]\n  text: The MARAC"));
    assertEquals(
        List.of(THEME + ":8:16: error: a plain-words phrase must be words, without '|'"), errors());
  }

  @Test
  void duplicateIdIsReportedAtTheSecondUse() throws Exception {
    write(THEME, RISK.replace("id: risk-local-one", "id: risk-lesson"));
    assertEquals(
        List.of(
            THEME
                + ":10:9: error: duplicate id 'risk-lesson': ids are permalinks and must be"
                + " unique across the site"),
        errors());
  }

  @Test
  void malformedIdIsReportedWithTheRule() throws Exception {
    write(THEME, RISK.replace("id: risk-local-one", "id: Risk_Local"));
    assertEquals(
        List.of(
            THEME
                + ":10:9: error: id 'Risk_Local' must be lower-case letters and digits joined"
                + " by -"),
        errors());
  }

  @Test
  void undefinedAcronymIsReportedAtTheWord() throws Exception {
    write(THEME, RISK.replace("title: Train staff", "title: Train QQX staff"));
    assertEquals(
        List.of(
            THEME
                + ":11:18: error: glossary term never defined: 'QQX' (add it to glossary.yaml"
                + " with its expansion, or to not-acronyms)"),
        errors());
  }

  @Test
  void linkToAMissingIdIsReportedAtTheTarget() throws Exception {
    write(THEME, RISK.replace("(#risk-lesson)", "(#no-such-item)"));
    assertEquals(
        List.of(THEME + ":13:28: error: link to an id that does not exist: '#no-such-item'"),
        errors());
  }

  @Test
  void linkToAMissingPageIsReported() throws Exception {
    write(THEME, RISK.replace("(#risk-lesson)", "(/themes/nowhere.html)"));
    assertEquals(
        List.of(
            THEME + ":13:28: error: link to a page that does not exist: '/themes/nowhere.html'"),
        errors());
  }

  @Test
  void unknownAudienceIsReportedAtTheWordWithTheKnownOnes() throws Exception {
    write(
        THEME,
        RISK.replace("audiences: [police]\n    text: See", "audiences: [polce]\n    text: See"));
    assertEquals(
        List.of(
            THEME
                + ":12:17: error: unknown audience 'polce' (audiences are the pages in"
                + " content/audiences/: police)"),
        errors());
  }

  @Test
  void footnoteNamingNoReferenceIsReportedAtTheMark() throws Exception {
    write(THEME, RISK.replace("[^ref-one]", "[^ref-two]"));
    assertEquals(
        List.of(THEME + ":8:31: error: footnote [^ref-two] names no reference of this theme"),
        errors());
  }

  @Test
  void movedToAMissingIdIsReportedAtTheNewId() throws Exception {
    write(THEME, RISK + "moved:\n  risk-old: risk-gone\n");
    assertEquals(
        List.of(THEME + ":18:13: error: moved to an id that does not exist: 'risk-gone'"),
        errors());
  }

  @Test
  void publisherThatIsNotAGlossaryIdIsReportedAtThePublisher() throws Exception {
    write(
        THEME,
        RISK
            + """
            resources:
              - id: risk-resource-ric
                title: The checklist
                url: https://example.org/ric
                publisher: glossary-caada
              - id: risk-resource-ric-2
                title: The checklist again
                url: https://example.org/ric2
                publisher: cada
                for: risk-local-none
            """);
    assertEquals(
        List.of(
            THEME
                + ":25:16: error: publisher 'cada' is not a glossary id: add it to"
                + " glossary.yaml",
            THEME + ":26:10: error: for names an item that does not exist: 'risk-local-none'"),
        errors());
  }

  @Test
  void numberedThemeNeedsALessonButAListSuchAsFurtherAdviceDoesNot() throws Exception {
    String noLesson = RISK.replaceAll("(?s)lesson:\n.*?local:", "local:").replace("The MARAC", "");
    write(THEME, noLesson);
    assertEquals(
        List.of(THEME + ":1:1: error: missing lesson: every theme has exactly one lesson"),
        errorsWithout("link to an id"));

    write(
        THEME,
        noLesson
            .replace("order: 1", "order: 1\nnumbered: false")
            .replace("(#risk-lesson)", "(#risk-local-one)"));
    KnowledgeBase kb = ContentLoader.load(site);
    assertTrue(kb.getThemes().isEmpty(), "a list is not one of the numbered themes");
    assertFalse(kb.getAllThemes().get(0).isNumbered());

    write(THEME, RISK.replace("order: 1", "order: 1\nnumbered: maybe"));
    assertEquals(
        List.of(THEME + ":4:11: error: numbered must be true or false, not 'maybe'"), errors());
  }

  @Test
  void pageHeaderMistakesAreReportedAtTheirLine() throws Exception {
    write(THEME, RISK);
    write("content/about.md", "title=About\ntype=blog\n~~~~~~\nText.\n");
    write("content/updates/one.md", "title=New\ntype=post\ndate=2026-13-01\n~~~~~~\nText.\n");
    write("content/notes.md", "Just text, no header.\n");
    assertEquals(
        List.of(
            "content/about.md:2:6: error: unknown kind of page 'blog' (expected one of: "
                + String.join(
                    ", ",
                    List.of(
                        "home",
                        "page",
                        "audience",
                        "roles",
                        "resources",
                        "post",
                        "search",
                        "checklist",
                        "links"))
                + ")",
            "content/notes.md:1:1: error: header lines are key=value, ended by ~~~~~~",
            "content/notes.md:1:1: error: missing header: start the file with title=…, type=…,"
                + " status=published and a line ~~~~~~",
            "content/updates/one.md:3:6: error: date must be a date written YYYY-MM-DD, not"
                + " '2026-13-01'"),
        errors());
  }

  @Test
  void yamlSyntaxErrorIsReportedWhereTheParserStopped() throws Exception {
    write(THEME, RISK.replace("order: 1", "order: [1"));
    List<String> errors = errors();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).startsWith(THEME + ":4:7: error: not valid YAML: expected ',' or ']'"),
        errors.get(0));
  }

  @Test
  void reportsEveryProblemOfARunTogetherInFileOrder() throws Exception {
    write(
        THEME,
        RISK.replace("title: Train staff", "title: Train QQX staff")
            .replace("[^ref-one]", "[^ref-two]"));
    write("content/glossary.yaml", "type: glossary\ntitle: Glossary\n");
    assertEquals(
        List.of(
            "content/glossary.yaml:1:1: error: missing entries in the glossary",
            "content/glossary.yaml:1:1: error: no glossary: add glossary.yaml (type: glossary)"
                + " defining every acronym",
            THEME
                + ":8:13: error: glossary term never defined: 'MARAC' (add it to glossary.yaml"
                + " with its expansion, or to not-acronyms)",
            THEME + ":8:31: error: footnote [^ref-two] names no reference of this theme",
            THEME
                + ":11:18: error: glossary term never defined: 'QQX' (add it to glossary.yaml"
                + " with its expansion, or to not-acronyms)"),
        errors());
  }

  private List<String> errors() {
    ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(site));
    String prefix = site.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
    return e.errors().stream().map(err -> err.toString().replace(prefix, "")).toList();
  }

  private List<String> errorsWithout(String message) {
    return errors().stream().filter(e -> !e.contains(message)).toList();
  }

  private void write(String relative, String text) throws IOException {
    Path file = site.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
