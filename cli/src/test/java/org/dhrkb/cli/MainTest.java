package org.dhrkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
  @ValueSource(strings = {"build", "check", "serve", "index", "relevance", "bench"})
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
  void rejectsAnUnknownCommandWithUsageExitCode() {
    assertEquals(2, run("bake"));
    assertTrue(err.toString().contains("bake"), err.toString());
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
