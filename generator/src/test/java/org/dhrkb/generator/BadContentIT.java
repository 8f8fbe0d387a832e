package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dhrkb.generator.content.ContentError;
import org.dhrkb.generator.content.ContentException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A maintainer breaks a content file: the build names every problem as file:line:col, and the last
 * published site stays exactly as it was.
 */
class BadContentIT {
  private static final String THEME = "content/themes/risk-assessment.yaml";

  @TempDir static Path work;
  private static Path published;
  private static Map<String, String> before;

  @BeforeAll
  static void publishGoodSite() throws Exception {
    published = work.resolve("target/site");
    Path site = copySite("good");
    Generator.create(c -> c.site(site).templates(templates()).output(published)).build();
    before = snapshot(published);
  }

  @Test
  void missingTitleFailsWithItsPosition() throws Exception {
    List<ContentError> errors =
        buildBroken("missing-title", THEME, s -> s.replace("title: Risk assessment\n", ""));
    ContentError error = only(errors, "missing title");
    assertTrue(
        error.file().toString().replace('\\', '/').endsWith("site/" + THEME), error.toString());
    assertEquals(1, error.line());
    assertTrue(
        error.toString().matches(".*risk-assessment\\.yaml:1:1: error: missing title .*"),
        error.toString());
  }

  @Test
  void unknownKindFailsForYamlAndForPages() throws Exception {
    Path site = copySite("unknown-kind");
    edit(site, THEME, s -> s.replace("type: theme", "type: lesson-plan"));
    edit(site, "content/about.md", s -> s.replace("type=page", "type=blog"));
    List<ContentError> errors = buildExpectingErrors(site);
    ContentError yaml = only(errors, "unknown kind 'lesson-plan'");
    assertEquals(1, yaml.line());
    assertEquals(7, yaml.column());
    ContentError page = only(errors, "unknown kind of page 'blog'");
    assertEquals(2, page.line());
    assertTrue(page.file().toString().endsWith("about.md"), page.toString());
  }

  @Test
  void duplicateIdFailsAtTheSecondOccurrence() throws Exception {
    Path site = copySite("duplicate-id");
    edit(site, THEME, s -> s.replace("id: risk-national-police-training", "id: risk-lesson"));
    List<ContentError> errors = buildExpectingErrors(site);
    ContentError error = only(errors, "duplicate id 'risk-lesson'");
    assertEquals(lineOf(site.resolve(THEME), "id: risk-lesson", 2), error.line());
    assertEquals(9, error.column());
  }

  @Test
  void linkToAnIdThatDoesNotExistFails() throws Exception {
    Path site = copySite("dangling-link");
    edit(
        site,
        THEME,
        s ->
            s.replace(
                "to ensure training on risk assessment is covered.",
                "to ensure training on risk assessment is covered. [See](#no-such-item)"));
    List<ContentError> errors = buildExpectingErrors(site);
    ContentError error = only(errors, "link to an id that does not exist: '#no-such-item'");
    assertEquals(lineOf(site.resolve(THEME), "#no-such-item", 1), error.line());
  }

  @Test
  void glossaryTermNeverDefinedFailsAtTheWord() throws Exception {
    Path site = copySite("undefined-term");
    edit(
        site,
        THEME,
        s ->
            s.replace(
                "to ensure training on risk assessment is covered.",
                "to ensure training on risk assessment is covered by the QQX."));
    List<ContentError> errors = buildExpectingErrors(site);
    ContentError error = only(errors, "glossary term never defined: 'QQX'");
    Path file = site.resolve(THEME);
    int line = lineOf(file, "QQX", 1);
    assertEquals(line, error.line());
    assertEquals(Files.readAllLines(file).get(line - 1).indexOf("QQX") + 1, error.column());
  }

  @Test
  void reportsEveryProblemOfARunTogether() throws Exception {
    Path site = copySite("everything");
    edit(
        site,
        THEME,
        s ->
            s.replace("title: Risk assessment\n", "")
                .replace("id: risk-national-police-training", "id: risk-lesson")
                .replace(
                    "to ensure training on risk assessment is covered.",
                    "to ensure training on risk assessment is covered by the QQX. [See](#nowhere)"));
    edit(site, "content/about.md", s -> s.replace("type=page", "type=blog"));
    edit(
        site,
        "content/themes/complex-needs.yaml",
        s -> s.replaceFirst("audiences: \\[", "audiences: [martians, "));
    List<ContentError> errors = buildExpectingErrors(site);
    for (String problem :
        List.of(
            "missing title",
            "duplicate id",
            "'QQX'",
            "'#nowhere'",
            "unknown kind of page 'blog'",
            "unknown audience 'martians'")) {
      only(errors, problem);
    }
    for (ContentError e : errors) {
      assertTrue(e.toString().matches("\\S+:\\d+:\\d+: error: .+"), e.toString());
    }
  }

  @Test
  void invalidYamlFailsWithTheParsersPosition() throws Exception {
    List<ContentError> errors =
        buildBroken("bad-yaml", THEME, s -> s.replace("order: 3", "order: [3"));
    assertTrue(
        errors.stream().anyMatch(e -> e.message().startsWith("not valid YAML")), errors.toString());
  }

  @Test
  void anIntroductionParagraphReusingAnIdFailsInTheHomePageFile() throws Exception {
    Path site = copySite("duplicate-intro-id");
    edit(
        site,
        "content/index.yaml",
        s -> s.replace("id: intro-common-themes", "id: intro-reviews-received"));
    List<ContentError> errors = buildExpectingErrors(site);
    ContentError error = only(errors, "duplicate id 'intro-reviews-received'");
    assertTrue(error.file().toString().endsWith("index.yaml"), error.toString());
    assertEquals(
        lineOf(site.resolve("content/index.yaml"), "id: intro-reviews-received", 2), error.line());
  }

  @Test
  void anUpdateOrHelplinePageWithABadDateFailsAtTheDate() throws Exception {
    Path site = copySite("bad-dates");
    edit(
        site,
        "content/updates/2026-11-29-launch.md",
        s -> s.replace("date=2026-11-29", "date=29/11"));
    edit(site, "content/get-help.md", s -> s.replace("confirmed=2026-11-29", "confirmed=soon"));
    List<ContentError> errors = buildExpectingErrors(site);
    ContentError update = only(errors, "date must be a date written YYYY-MM-DD, not '29/11'");
    assertEquals(2, update.line());
    ContentError help = only(errors, "confirmed must be a date written YYYY-MM-DD, not 'soon'");
    assertEquals(4, help.line());
    assertTrue(help.file().toString().endsWith("get-help.md"), help.toString());
  }

  private static List<ContentError> buildBroken(
      String name, String file, UnaryOperator<String> change) throws IOException {
    Path site = copySite(name);
    edit(site, file, change);
    return buildExpectingErrors(site);
  }

  /** Builds the broken copy over the published site and checks nothing was published. */
  private static List<ContentError> buildExpectingErrors(Path site) throws IOException {
    ContentException e =
        assertThrows(
            ContentException.class,
            () ->
                Generator.create(c -> c.site(site).templates(templates()).output(published))
                    .build());
    assertEquals(before, snapshot(published), "the published site was changed");
    try (Stream<Path> siblings = Files.list(published.getParent())) {
      assertEquals(
          List.of("site"),
          siblings
              .map(p -> p.getFileName().toString())
              .filter(n -> n.contains("site") && !n.endsWith(".built"))
              .toList(),
          "no build folder left behind");
    }
    return e.errors();
  }

  private static ContentError only(List<ContentError> errors, String message) {
    List<ContentError> matching =
        errors.stream().filter(e -> e.message().contains(message)).toList();
    assertEquals(1, matching.size(), "one error with '" + message + "' in " + errors);
    return matching.get(0);
  }

  private static int lineOf(Path file, String text, int occurrence) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text) && ++seen == occurrence) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  private static Path templates() {
    return BuiltSite.templates();
  }

  private static Path copySite(String name) {
    return BuiltSite.copySiteTo(work.resolve(name).resolve("site"));
  }

  private static void edit(Path site, String file, UnaryOperator<String> change)
      throws IOException {
    Path path = site.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    String changed = change.apply(text);
    assertTrue(!changed.equals(text), "the edit to " + file + " changed nothing");
    Files.writeString(path, changed, StandardCharsets.UTF_8);
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              p -> {
                try {
                  result.put(
                      dir.relativize(p).toString(),
                      HexFormat.of()
                          .formatHex(
                              MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                } catch (java.security.NoSuchAlgorithmException e) {
                  throw new IllegalStateException(e);
                }
              });
    }
    return result;
  }
}
