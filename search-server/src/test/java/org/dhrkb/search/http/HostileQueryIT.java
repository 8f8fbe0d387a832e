package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Thousands of random and hostile query strings at /api/search and /search: never a 5xx, never the
 * query reflected as markup, and the search box always gives back exactly what was typed. Tries per
 * property: {@code jqwik.tries.default} in junit-platform.properties, raised for the staying-power
 * figure with {@code -Djqwik.tries.default=10000}.
 */
class HostileQueryIT {
  private final LiveServer live = LiveServer.get();

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'",
            "\"",
            "&amp;",
            "&lt;b&gt;",
            "</mark>",
            "<mark>",
            "javascript:",
            "-",
            "--",
            "\"\"",
            "*",
            "?",
            "~",
            "^2",
            "title:",
            "AND",
            "OR",
            "NOT",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "\\",
            "/",
            ":",
            "%",
            "%00",
            "\u0000",
            "\u2028",
            "\uFEFF",
            "\uD83D\uDE00",
            "é",
            "ß",
            "İ",
            "ﬁ",
            "marac",
            "idva",
            "risk",
            "bail",
            "-marac",
            "\"bail conditions\"",
            "safegaurding",
            " ",
            "\t",
            "\n");
    Arbitrary<String> composed =
        fragments.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
    Arbitrary<String> random = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(220);
    Arbitrary<String> printable = Arbitraries.strings().ascii().ofMinLength(0).ofMaxLength(60);
    return Arbitraries.oneOf(composed, random, printable);
  }

  /** The string with every non-printable-ASCII character as \\uXXXX, for readable failures. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                out.append(
                    c >= 0x20 && c < 0x7f
                        ? String.valueOf((char) c)
                        : String.format("\\u%04x", c)));
    return out.toString();
  }

  private static String unmarked(String s) {
    return s.replace("<mark>", "").replace("</mark>", "");
  }

  private static String lines(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  @Property
  void apiSearchNeverFailsNorReflectsMarkup(@ForAll("queries") String q) throws Exception {
    HttpResponse<String> response = live.get("/api/search?q=" + LiveServer.encode(q));
    int status = response.statusCode();
    // Every query text is answered; only one over the length limit is refused.
    assertEquals(q.length() > 200 ? 400 : 200, status, "status for " + escape(q));
    assertFalse(response.body().contains("<"), "raw < in JSON for " + escape(q));
  }

  @Property
  void searchPageNeverFailsNorReflectsMarkup(@ForAll("queries") String q) throws Exception {
    HttpResponse<String> response = live.get("/search?q=" + LiveServer.encode(q));
    int status = response.statusCode();
    assertTrue(status == 200 || status == 400, status + " for " + escape(q));
    // The page's own <mark> tags are not the query's: take them out of both before looking.
    // The page repeats the query in quotes (‘…’: title, heading, summary); a short query such as
    // "<h" is also the start of the page's own <html>, so it is looked for where it is repeated.
    String typed = unmarked(q);
    if (typed.contains("<") && typed.trim().length() > 1) {
      assertFalse(
          unmarked(response.body()).contains("‘" + typed), "reflected unescaped: " + escape(q));
    }
    if (status == 200 && q.indexOf('\u0000') < 0) {
      Element box = Jsoup.parse(response.body()).expectFirst("form[action=/search] input[name=q]");
      // What can be sent: a lone surrogate has no UTF-8 form. HTML reads CR LF as LF.
      String sent = new String(q.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      assertEquals(escape(lines(sent)), escape(lines(box.val())));
    }
    assertTrue(
        Jsoup.parse(response.body()).select("script:not([src])").isEmpty(),
        "an inline script appeared for " + escape(q));
  }
}
