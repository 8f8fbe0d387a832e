package org.dhrkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb check} on a copy of the real content, with the real 2013 publication beside it. */
class CheckCommandTest {
  private static final String THEME = "site/content/themes/risk-assessment.yaml";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int check(Path root) {
    return Main.run(
        new String[] {"--root", root.toString(), "check"},
        new PrintWriter(out),
        new PrintWriter(err));
  }

  @Test
  void passesTheRealContentWithoutWarnings(@TempDir Path root) throws IOException {
    copyCheckout(root);
    assertEquals(0, check(root), err.toString());
    assertEquals("", err.toString());
    assertEquals("Content OK: " + root.resolve("site") + System.lineSeparator(), out.toString());
  }

  @Test
  void namesTheExpectedWordsWhereOneWordOfThe2013TextChanged(@TempDir Path root)
      throws IOException {
    copyCheckout(root);
    Path theme = root.resolve(THEME);
    List<String> lines = Files.readAllLines(theme, StandardCharsets.UTF_8);
    int line = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("to consider whether risk to victims")) {
        line = i;
      }
    }
    assertTrue(line >= 0, "the 2013 sentence to change is in " + THEME);
    int column = lines.get(line).indexOf("risk to victims") + 1;
    lines.set(
        line, lines.get(line).replace("whether risk to victims", "whether danger to victims"));
    Files.write(theme, lines, StandardCharsets.UTF_8);

    assertEquals(1, check(root));
    assertEquals(
        List.of(
            root.resolve(THEME)
                + ":"
                + (line + 1)
                + ":"
                + column
                + ": error: not the 2013 wording of this national action: expected \"… consider"
                + " whether risk to …\" but found \"… consider whether danger to …\" (the 2013"
                + " text stays word for word; put changes in a note or since)",
            "1 error(s): fix them and run ./kb check again."),
        err.toString().lines().toList());
  }

  @Test
  void warnsOfPointsOfStyleWithoutFailing(@TempDir Path root) throws IOException {
    copyCheckout(root);
    Path theme = root.resolve(THEME);
    String text = Files.readString(theme, StandardCharsets.UTF_8);
    Files.writeString(
        theme,
        text.replace(
            "title: HMIC to inspect how risk to victims is managed\n",
            "title: HMIC to inspect how risk to victims is managed.  \n"),
        StandardCharsets.UTF_8);
    assertEquals(0, check(root), err.toString());
    List<String> warnings = err.toString().lines().toList();
    assertEquals(2, warnings.size(), err.toString());
    assertTrue(
        warnings.get(0).matches(".*risk-assessment\\.yaml:\\d+:\\d+: warning: spaces at the end.*"),
        warnings.get(0));
    assertTrue(
        warnings
            .get(1)
            .matches(".*risk-assessment\\.yaml:\\d+:\\d+: warning: a title is a heading.*"),
        warnings.get(1));
    assertTrue(out.toString().startsWith("Content OK (2 warning(s))"), out.toString());
  }

  /** The content and the kept copy of the publication: all that check reads. */
  private static void copyCheckout(Path root) throws IOException {
    CheckoutCopy.of(root, "site", "docs/source");
  }
}
