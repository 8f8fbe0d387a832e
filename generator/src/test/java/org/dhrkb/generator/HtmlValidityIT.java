package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Runs the Nu HTML Checker (the engine behind validator.w3.org/nu), in process and offline, on
 * every published HTML page: one test per page, zero errors. Its "info" messages (SAX warnings,
 * such as language detection notes) are advice, not errors, and do not fail a page.
 */
class HtmlValidityIT {
  // The checker's full HTML schema; the jar carries it, so nothing is fetched.
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private static Messages messages;
  private static SimpleDocumentValidator validator;

  @BeforeAll
  static void setUpValidator() throws Exception {
    // Loading the schema takes a few seconds: do it once and point its handler at each page.
    messages = new Messages();
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(SCHEMA, messages);
    validator.setUpValidatorAndParsers(messages, false, false);
  }

  @TestFactory
  Stream<DynamicTest> everyPageIsValidHtml() {
    BuiltSite site = BuiltSite.get();
    List<String> pages = site.htmlPages();
    assertFalse(pages.isEmpty(), "the built site has no HTML pages");
    return pages.stream().map(page -> dynamicTest(page, () -> check(site.dir(), page)));
  }

  @Test
  void theCheckerReportsErrorsWithLineAndColumn(@TempDir Path tmp) throws Exception {
    // A checker that silently checks nothing would pass every page: prove it finds a known slip.
    Path bad = tmp.resolve("bad.html");
    Files.writeString(
        bad,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head>\n"
            + "<body><p><div>block in a paragraph</div><img src=\"x.png\"></p></body></html>\n");
    messages.clear();
    validator.checkHtmlFile(bad.toFile(), true);
    assertTrue(
        messages.errors.stream().anyMatch(m -> m.startsWith("3:") && m.contains("alt")),
        () -> "expected an error at line 3 about the missing alt, got " + messages.errors);
  }

  private static void check(Path dir, String page) throws Exception {
    messages.clear();
    validator.checkHtmlFile(dir.resolve(page).toFile(), true);
    if (!messages.errors.isEmpty()) {
      fail(
          page
              + ": "
              + messages.errors.size()
              + " HTML error(s) from the Nu HTML Checker:\n"
              + messages.errors.stream()
                  .map(m -> "  " + page + ":" + m)
                  .collect(Collectors.joining("\n")));
    }
  }

  /** Collects the checker's errors as {@code line:col: message}; warnings are info only. */
  private static final class Messages implements ErrorHandler {
    final List<String> errors = new ArrayList<>();

    void clear() {
      errors.clear();
    }

    @Override
    public void warning(SAXParseException e) {
      // "info" in the checker's terms: not an error.
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(describe(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(describe(e) + " (fatal)");
    }

    private static String describe(SAXParseException e) {
      return e.getLineNumber() + ":" + e.getColumnNumber() + ": error: " + e.getMessage();
    }
  }
}
