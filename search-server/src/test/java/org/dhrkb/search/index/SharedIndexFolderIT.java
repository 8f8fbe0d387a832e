package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dhrkb.generator.BuiltSite;
import org.dhrkb.search.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes sharing one index folder, each a real JVM: {@code kb index} never deletes the
 * generation a running {@code kb serve} uses, nor the other way round, and a server killed with
 * SIGKILL in the middle of reindexing comes back on the last good generation.
 */
class SharedIndexFolderIT {
  @TempDir Path tmp;

  @Test
  void kbIndexLeavesTheGenerationARunningServerUses() throws Exception {
    Path site = MiniSite.write(tmp.resolve("site"));
    Path root = tmp.resolve("index");
    try (SearchIndex serving = SearchIndex.open(site, root)) {
      Path used = generationOf(serving);

      assertEquals(0, run("rebuild", site, root).waitFor(), "kb index in another process");

      assertTrue(Files.isDirectory(used), "the server's generation was deleted");
      assertEquals(2, generations(root).size(), "the new generation beside the server's");
      try (SearchIndex.Lease lease = serving.acquire()) {
        assertTrue(lease.generation().searcher().count(new MatchAllDocsQuery()) > 0);
      }
    }
  }

  @Test
  void aRebuildHereLeavesTheGenerationAnotherServerUses() throws Exception {
    Path site = MiniSite.write(tmp.resolve("site"));
    Path root = tmp.resolve("index");
    Process server = run("hold", site, root);
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String holding = out.readLine();
    assertTrue(holding != null && holding.startsWith("holding "), String.valueOf(holding));
    Path used = Path.of(holding.substring("holding ".length()));

    SearchIndex.rebuild(site, root);
    try (SearchIndex second = SearchIndex.open(site, root)) {
      assertTrue(Files.isDirectory(used), "the other server's generation was deleted");
    }
    try (OutputStream in = server.getOutputStream()) {
      in.write("go\n".getBytes(StandardCharsets.UTF_8));
    }
    String answer = out.readLine();
    assertTrue(server.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, server.exitValue());
    assertTrue(answer != null && answer.matches("documents [1-9][0-9]*"), String.valueOf(answer));
  }

  @Test
  void killedMidReindexTheNextStartServesTheLastGoodGeneration() throws Exception {
    Path site = BuiltSite.get().dir();
    Path root = tmp.resolve("index");
    List<Path> good;
    Process reindexing = run("reindex", site, root);
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(reindexing.getInputStream(), StandardCharsets.UTF_8));
      // One whole generation first, then into the next rebuild before the kill.
      assertTrue(String.valueOf(out.readLine()).startsWith("rebuilt "));
      good = generations(root);
      Thread.sleep(150);
    } finally {
      reindexing.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally
      reindexing.waitFor(30, TimeUnit.SECONDS);
    }
    // On a quiet machine a further rebuild may have committed before the kill landed: it is as
    // good as the first. What must never be served is a generation without a commit.
    List<Path> built = new ArrayList<>(good);
    for (Path generation : generations(root)) {
      try (Directory dir = FSDirectory.open(generation)) {
        if (DirectoryReader.indexExists(dir) && !built.contains(generation)) {
          built.add(generation);
        }
      }
    }

    try (SearchIndex restarted = SearchIndex.open(site, root)) {
      Path served = generationOf(restarted);
      assertTrue(built.contains(served), served + " is not a generation built before the kill");
      assertEquals(List.of(served), generations(root), "half-written generations are cleared");
      try (SearchIndex.Lease lease = restarted.acquire()) {
        assertTrue(lease.generation().searcher().count(new MatchAllDocsQuery()) > 100);
      }
    }
  }

  private static Path generationOf(SearchIndex index) {
    try (SearchIndex.Lease lease = index.acquire()) {
      return lease.generation().dir();
    }
  }

  private static List<Path> generations(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static Process run(String command, Path site, Path root) throws IOException {
    List<String> args = new ArrayList<>();
    args.add(ProcessHandle.current().info().command().orElse("java"));
    args.add("-cp");
    args.add(System.getProperty("java.class.path"));
    args.add(IndexFolderUser.class.getName());
    args.add(command);
    args.add(site.toString());
    args.add(root.toString());
    return new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }
}
