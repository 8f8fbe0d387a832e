package org.dhrkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb links} as a maintainer runs it, on a copy of the real content whose external links are
 * pointed at a local server (some fine, some moved, some dead), then {@code kb build}: the report
 * on the terminal, {@code site/links.tsv}, the maintainers' page and the dates beside the links.
 */
class LinksIT {
  /** An address as the content writes it: Markdown escapes and balanced brackets included. */
  private static final Pattern URL =
      Pattern.compile("https?://(?:[^\\s()<>\\]\\[\"'\\\\]|\\\\.|\\([^\\s()]*\\))+");

  private static final List<String> BEHAVIOURS = List.of("ok", "moved", "missing", "gone");

  private HttpServer server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/ok/", ex -> answer(ex, 200, null));
    server.createContext("/moved/", ex -> answer(ex, 301, "/ok/after-move"));
    server.createContext("/missing/", ex -> answer(ex, 404, null));
    server.createContext("/gone/", ex -> answer(ex, 410, null));
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private static void answer(HttpExchange ex, int code, String location) throws IOException {
    if (location != null) {
      ex.getResponseHeaders().add("Location", location);
    }
    ex.sendResponseHeaders(code, -1);
    ex.close();
  }

  @Test
  void reportsDeadAndMovedLinksAndTheSitePrintsWhenEachWasLastSeenWorking(@TempDir Path root)
      throws IOException {
    CheckoutCopy.of(root, "site", "templates");
    Map<String, String> local = pointLinksAtTheLocalServer(root.resolve("site/content"));
    long dead =
        local.values().stream()
            .filter(u -> u.contains("/missing/") || u.contains("/gone/"))
            .count();
    long moved = local.values().stream().filter(u -> u.contains("/moved/")).count();

    int code =
        Main.run(
            new String[] {"--root", root.toString(), "links", "--timeout", "5"},
            new PrintWriter(out),
            new PrintWriter(err));

    assertEquals(0, code, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals(dead, lines.stream().filter(l -> l.startsWith("dead ")).count(), out.toString());
    assertEquals(moved, lines.stream().filter(l -> l.startsWith("moved ")).count(), out.toString());
    String gone = local.values().stream().filter(u -> u.contains("/gone/")).findFirst().get();
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("dead ") && l.contains(gone + "  (410 Gone)")),
        out.toString());
    assertTrue(
        lines.get(lines.size() - 1).startsWith(local.size() + " links in "),
        lines.get(lines.size() - 1));
    assertTrue(
        lines.get(lines.size() - 1).contains(moved + " moved, " + dead + " dead, 0 did not answer"),
        lines.get(lines.size() - 1));
    assertTrue(Files.isRegularFile(root.resolve("site/links.tsv")));

    assertEquals(
        0,
        Main.run(
            new String[] {"--root", root.toString(), "build"},
            new PrintWriter(out),
            new PrintWriter(err)),
        err.toString());
    Document page =
        Jsoup.parse(root.resolve("target/site/maintainers/links.html").toFile(), "UTF-8");
    assertEquals(dead, page.select("[data-kb-link-status=dead]").size());
    assertEquals(moved, page.select("[data-kb-link-status=moved]").size());
    assertTrue(
        page.select("[data-kb-link-status=dead]").text().contains("Now: CAADA"),
        "a dead CAADA link says what CAADA is now: " + page.select("[data-kb-link-status=dead]"));
    String today = LocalDate.now().toString();
    String glossary =
        Files.readString(root.resolve("target/site/glossary.html"), StandardCharsets.UTF_8);
    assertTrue(glossary.contains("link last seen working " + today), "glossary dates its links");
    assertTrue(!glossary.contains("(checked "), "no hand-typed 'checked' is left");
  }

  /**
   * Every distinct external address becomes one of the local server's, by turns fine, moved,
   * missing and gone, the CAADA ones always gone (so a renamed publisher's successor is shown).
   */
  private Map<String, String> pointLinksAtTheLocalServer(Path content) throws IOException {
    Map<String, String> mapping = new LinkedHashMap<>();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    List<Path> files;
    try (Stream<Path> walk = Files.walk(content)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = URL.matcher(text);
      StringBuilder rewritten = new StringBuilder();
      while (m.find()) {
        String original = m.group().replaceAll("[.,;:]+$", "");
        String replacement =
            mapping.computeIfAbsent(
                original.replace("\\", ""),
                u -> {
                  String behaviour =
                      u.contains("caada") ? "gone" : BEHAVIOURS.get(mapping.size() % 4);
                  return base + behaviour + "/" + mapping.size();
                });
        m.appendReplacement(
            rewritten,
            Matcher.quoteReplacement(replacement + m.group().substring(original.length())));
      }
      m.appendTail(rewritten);
      Files.writeString(file, rewritten.toString(), StandardCharsets.UTF_8);
    }
    return mapping;
  }
}
