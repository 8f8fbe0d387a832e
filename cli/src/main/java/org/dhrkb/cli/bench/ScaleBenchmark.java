package org.dhrkb.cli.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dhrkb.search.semantic.Embedder;

/**
 * One scale of {@code kb bench}: writes the corpus, builds it in a JVM of its own, indexes it,
 * queries it in-process, then serves it from a {@code -Xmx128m} server and loads that with wrk.
 */
public final class ScaleBenchmark {
  /** The heap the search server gets for the HTTP figures: the budget it must serve within. */
  public static final String SERVER_HEAP = "-Xmx128m";

  /**
   * What one scale measured; HTTP figures are null when wrk is missing.
   *
   * @param build the build's figures
   * @param index index time and size, in-process query latency, heap
   * @param queries distinct queries in the mix
   * @param search wrk on /api/search
   * @param health wrk on /health, same server, same run
   */
  public record Row(
      BuildRow build,
      IndexProbe.Figures index,
      int queries,
      Wrk.Result search,
      Wrk.Result health) {}

  private final Path root;
  private final Path work;
  private final Consumer<String> progress;
  private Embedder embedder;

  /**
   * @param root the checkout (site/ and templates/)
   * @param work where corpora, sites and indexes are written
   * @param progress told what is happening, a line at a time
   */
  public ScaleBenchmark(Path root, Path work, Consumer<String> progress) {
    this.root = root;
    this.work = work;
    this.progress = progress;
  }

  /**
   * Matches by meaning too, with this model (null: words only, the default): the index carries item
   * vectors and the server runs with the model, in {@value #SEMANTIC_SERVER_HEAP}.
   */
  public ScaleBenchmark semantic(Embedder embedder) {
    this.embedder = embedder;
    return this;
  }

  /** The heap the search server gets with the model: it is loaded into it. */
  public static final String SEMANTIC_SERVER_HEAP = "-Xmx256m";

  /** Measures one scale. */
  public Row run(int scale, int queryCount, int connections, Duration duration, boolean http)
      throws IOException, InterruptedException {
    Path dir = work.resolve("x" + scale);
    Corpus.Written corpus = writeCorpus(scale, dir);
    List<String> mix = QueryMix.create(corpus.site(), queryCount, Corpus.SEED);
    Path out = dir.resolve("out");
    Map<String, String> build = buildInFreshJvm(scale, corpus, dir);
    progress.accept("x" + scale + ": indexing, then " + mix.size() + " queries in-process, twice");
    Path indexDir = dir.resolve("index");
    IndexProbe.Figures index = IndexProbe.run(out, indexDir, mix, embedder);
    Wrk.Result search = null;
    Wrk.Result health = null;
    if (http) {
      int port = freePort();
      progress.accept(
          "x"
              + scale
              + ": starting a "
              + (embedder == null ? SERVER_HEAP : SEMANTIC_SERVER_HEAP)
              + " server on 127.0.0.1:"
              + port);
      Process server = startServer(out, indexDir, port, dir.resolve("server.log"));
      try {
        awaitHealth(port, server);
        List<String> paths = new ArrayList<>();
        for (String q : mix) {
          paths.add("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        // A server's JIT is cold: the first seconds measure the compiler, not the search.
        progress.accept("x" + scale + ": warming the server up (5 s of wrk, not counted)");
        Wrk.run(port, paths, connections, Duration.ofSeconds(5), dir);
        progress.accept("x" + scale + ": wrk /api/search, " + connections + " connections");
        search = Wrk.run(port, paths, connections, duration, dir);
        progress.accept("x" + scale + ": wrk /health, " + connections + " connections");
        health = Wrk.run(port, List.of("/health"), connections, duration, dir);
      } finally {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      }
    }
    return new Row(BuildRow.of(scale, build), index, mix.size(), search, health);
  }

  /**
   * What the build of one scale measured ({@code kb bench --only build} measures nothing else).
   *
   * @param scale how many times the real themes
   * @param pages HTML pages built
   * @param items items published
   * @param buildMillis full build, inside a fresh JVM
   * @param buildCpuMillis CPU time of that build, every thread
   * @param rebuildMillis build after one item's edit, same JVM
   * @param rebuildCpuMillis CPU time of that rebuild
   * @param buildPeakRssKb the build process's peak resident memory
   */
  public record BuildRow(
      int scale,
      int pages,
      int items,
      long buildMillis,
      long buildCpuMillis,
      long rebuildMillis,
      long rebuildCpuMillis,
      long buildPeakRssKb) {

    /** The figures {@link BuildProbe} printed. */
    static BuildRow of(int scale, Map<String, String> probe) {
      return new BuildRow(
          scale,
          Integer.parseInt(probe.get("pages")),
          Integer.parseInt(probe.get("items")),
          Long.parseLong(probe.get("build.ms")),
          Long.parseLong(probe.get("build.cpu.ms")),
          Long.parseLong(probe.get("rebuild.ms")),
          Long.parseLong(probe.get("rebuild.cpu.ms")),
          Long.parseLong(probe.get("peak.rss.kb")));
    }
  }

  /** Measures the build of one scale alone: no index, no queries, no server. */
  public BuildRow runBuild(int scale) throws IOException, InterruptedException {
    Path dir = work.resolve("x" + scale);
    return BuildRow.of(scale, buildInFreshJvm(scale, writeCorpus(scale, dir), dir));
  }

  private Corpus.Written writeCorpus(int scale, Path dir) throws IOException {
    progress.accept("x" + scale + ": writing the corpus (seed " + Corpus.SEED + ")");
    return Corpus.write(root.resolve("site"), dir.resolve("site"), scale, Corpus.SEED);
  }

  /** Builds the corpus into {@code dir/out} with {@link BuildProbe}, in a JVM of its own. */
  private Map<String, String> buildInFreshJvm(int scale, Corpus.Written corpus, Path dir)
      throws IOException, InterruptedException {
    progress.accept("x" + scale + ": building " + corpus.themes() + " themes in a fresh JVM");
    return runProbe(
        List.of(
            BuildProbe.class.getName(),
            corpus.site().toString(),
            root.resolve("templates").toString(),
            dir.resolve("out").toString()),
        dir.resolve("build.log"));
  }

  private static List<String> java(String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    return command;
  }

  /** Runs {@link BuildProbe} with {@code args} in a JVM of its own, as {@code ./kb build} runs. */
  static Map<String, String> runProbe(List<String> args, Path log)
      throws IOException, InterruptedException {
    List<String> command = java(BuildProbe.JVM_OPTIONS.toArray(String[]::new));
    command.addAll(args);
    Process probe = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (probe.waitFor() != 0) {
      throw new IOException("the build failed; see " + log + "\n" + out);
    }
    Map<String, String> values = new HashMap<>();
    for (String line : out.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
      }
    }
    return values;
  }

  Process startServer(Path site, Path index, int port, Path log) throws IOException {
    List<String> command = java(embedder == null ? SERVER_HEAP : SEMANTIC_SERVER_HEAP);
    command.addAll(
        List.of(
            "org.dhrkb.cli.Main",
            "--root",
            root.toString(),
            "serve",
            "--search-only",
            "--site",
            site.toString(),
            "--index",
            index.toString(),
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(port)));
    if (embedder == null) {
      command.add("--no-semantic");
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  static void awaitHealth(int port, Process server) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
    for (int i = 0; i < 600; i++) {
      if (!server.isAlive()) {
        throw new IOException("the search server stopped before it answered /health");
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(100);
    }
    throw new IOException("the search server did not answer /health within a minute");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
