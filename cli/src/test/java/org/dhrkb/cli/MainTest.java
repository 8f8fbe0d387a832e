package org.dhrkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"build", "check", "serve", "index", "links", "relevance", "dist", "bench"})
  void everyCommandExplainsItselfWithHelp(String command) {
    assertEquals(0, run(command, "--help"), err.toString());
    assertTrue(out.toString().startsWith("Usage: kb " + command), out.toString());
  }

  @Test
  void listsTheCommandsWithoutArguments() {
    assertEquals(0, run());
    assertTrue(out.toString().contains("serve"), out.toString());
  }

  @Test
  void benchRefusesAScaleBelowOneBeforeDoingAnything() {
    assertEquals(2, run("bench", "--scales", "0"));
    assertTrue(err.toString().contains("--scales takes numbers from 1"), err.toString());
  }

  @Test
  void benchRefusesAnItemCountBelowOneBeforeDoingAnything() {
    assertEquals(2, run("bench", "--items", "0"));
    assertTrue(err.toString().contains("--items takes a number from 1"), err.toString());
  }

  @Test
  void rejectsAnUnknownCommandWithUsageExitCode() {
    assertEquals(2, run("bake"));
    assertTrue(err.toString().contains("bake"), err.toString());
  }

  @Test
  void buildRefusesABaseUrlThatIsNotAnAddress() {
    assertEquals(1, run("build", "--base-url", "intranet/safeguarding"));
    assertTrue(
        err.toString().contains("--base-url must be an absolute http or https address"),
        err.toString());
  }

  @Test
  void serveRefusesAMissingSiteFolder(@TempDir Path dir) {
    Path missing = dir.resolve("nothing-here");
    assertEquals(1, run("serve", "--site", missing.toString(), "--port", "0"));
    assertTrue(err.toString().contains("no site at"), err.toString());
  }

  @Test
  void indexRebuildsTheIndexOfAGivenSite(@TempDir Path dir) throws Exception {
    Path site = org.dhrkb.search.MiniSite.write(dir.resolve("site"));
    Path index = dir.resolve("index");
    assertEquals(
        0, run("index", "--site", site.toString(), "--index", index.toString()), err.toString());
    assertTrue(out.toString().matches("(?s)Indexed \\d+ documents in \\d+ ms: .*"), out.toString());
    try (var generations = Files.list(index)) {
      // One generation folder; its use lock and the folder's lock sit beside it.
      assertEquals(1, generations.filter(Files::isDirectory).count());
    }
    // Again: a fresh generation replaces the old one.
    assertEquals(0, run("index", "--site", site.toString(), "--index", index.toString()));
    try (var generations = Files.list(index)) {
      // One generation folder; its use lock and the folder's lock sit beside it.
      assertEquals(1, generations.filter(Files::isDirectory).count());
    }
  }

  @Test
  void serveOnABusyPortSaysSoAndSuggestsAnotherPort(@TempDir Path dir) throws Exception {
    Path site = org.dhrkb.search.MiniSite.write(dir.resolve("site"));
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = busy.getLocalPort();
      int code =
          run("serve", "--site", site.toString(), "--host", "127.0.0.1", "--port", "" + port);
      assertEquals(1, code);
      assertEquals(
          List.of(
              "kb serve: port "
                  + port
                  + " is already in use (is another kb serve running?); stop it, or choose"
                  + " another port with --port "
                  + (port + 1)
                  + "."),
          err.toString().lines().toList());
    }
  }

  @Test
  void aFailingCommandPrintsOneLineSayingWhatToDo(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("no-such-judgments.tsv");
    Path site = dir.resolve("site");
    assertEquals(
        1,
        run(
            "relevance",
            "--site",
            org.dhrkb.search.MiniSite.write(site).toString(),
            "--index",
            dir.resolve("index").toString(),
            "--judgments",
            missing.toString()));
    assertEquals(
        List.of(
            "kb relevance: no such file or folder: " + missing + "; check the path and try again."),
        err.toString().lines().toList());
  }

  @Test
  void relevanceScoresEachSectionApart(@TempDir Path dir) throws Exception {
    Path judged = dir.resolve("judged.tsv");
    java.nio.file.Files.writeString(
        judged,
        "# a set in two sections\n"
            + "# -- acronyms\n"
            + "marac\trisk-local-marac:2\n"
            + "# -- plain questions\n"
            + "what are the bail conditions\tbail-local-conditions:2\n"
            + "is risk assessment inconsistent\trisk-lesson:2\n");
    assertEquals(
        0,
        run(
            "relevance",
            "--no-semantic",
            "--sections",
            "--site",
            org.dhrkb.search.MiniSite.write(dir.resolve("site")).toString(),
            "--index",
            dir.resolve("index").toString(),
            "--judgments",
            judged.toString()),
        err.toString());
    List<String> lines = out.toString().lines().toList();
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.matches("\\s+acronyms\\s+\\d\\.\\d{3} this search \\(1 queries\\)")),
        out.toString());
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> l.matches("\\s+plain questions\\s+\\d\\.\\d{3} this search \\(2 queries\\)")),
        out.toString());
  }

  @Test
  void verboseAddsTheStackTraceAfterTheSameLine(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("no-such-judgments.tsv");
    Path site = org.dhrkb.search.MiniSite.write(dir.resolve("site"));
    assertEquals(
        1,
        run(
            "relevance",
            "--verbose",
            "--site",
            site.toString(),
            "--index",
            dir.resolve("index").toString(),
            "--judgments",
            missing.toString()));
    List<String> lines = err.toString().lines().toList();
    assertTrue(lines.get(0).startsWith("kb relevance: no such file or folder: "), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.contains("NoSuchFileException")), err.toString());
    assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith("at ")), err.toString());
  }

  @Test
  void buildReportsContentErrorsAsFileLineColumn(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("site/content/themes"));
    Files.createDirectories(root.resolve("templates"));
    Files.writeString(root.resolve("site/jbake.properties"), "");
    Files.writeString(
        root.resolve("site/content/themes/broken.yaml"), "type: theme\nstatus: published\n");
    assertEquals(1, run("--root", root.toString(), "check"));
    assertTrue(
        err.toString().lines().anyMatch(l -> l.matches(".+:\\d+:\\d+: error: .+")), err.toString());
  }
}
