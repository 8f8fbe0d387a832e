package org.dhrkb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dhrkb.cli.bench.IndexProbe;
import org.dhrkb.cli.bench.ItemsBenchmark;
import org.dhrkb.cli.bench.ScaleBenchmark;
import org.dhrkb.cli.bench.Soak;
import org.dhrkb.cli.bench.Wrk;
import org.dhrkb.search.semantic.Embedders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kb bench}: builds, indexes and searches the content scaled up, and prints the figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the build and the search on the real content scaled up (a fixed-seed corpus"
          + " under target/bench/): build and one-edit rebuild time, memory, index time and"
          + " size, in-process query latency, and /api/search beside /health over HTTP with wrk.",
      "Takes minutes; progress goes to the error stream, a table per scale to the output."
    })
final class BenchCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--scales",
      split = ",",
      defaultValue = "1,10,100",
      description =
          "Times the real content to measure (default: ${DEFAULT-VALUE}; 1000 takes long).")
  List<Integer> scales = new ArrayList<>();

  @Option(
      names = "--queries",
      defaultValue = "2000",
      description = "Distinct queries in the mix (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--connections",
      defaultValue = "32",
      description = "wrk connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Seconds of wrk load per endpoint (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--items",
      description =
          "Instead of the scales: index and query a corpus of at least this many items (100000"
              + " for the target), built once and kept under target/bench/items-N/.")
  Integer items;

  @Option(
      names = "--fresh-site",
      description = "With --items: build the corpus site again even if one is kept.")
  boolean freshSite;

  @Option(
      names = "--soak",
      description =
          "Instead of the scales: 60 s of wrk on /api/search while the real site is rebuilt"
              + " and reindexed 10 times under the running server.")
  boolean soak;

  @Option(
      names = "--semantic",
      description =
          "Match by meaning too (the sentence-embedding model): index vectors, search in-process"
              + " and over HTTP with it; the default measures the search by words.")
  boolean semantic;

  @Option(
      names = "--only",
      paramLabel = "build",
      description =
          "build: measure the build alone (full build, one-edit rebuild, memory), without"
              + " the index, the queries or the server.")
  String only;

  @Override
  public Integer call() throws Exception {
    if (only != null && !only.equals("build")) {
      main.err.println("kb bench: --only takes 'build', not " + only);
      return 2;
    }
    for (int scale : scales) {
      if (scale < 1 || scale > 10_000) {
        main.err.println("kb bench: --scales takes numbers from 1 to 10000, not " + scale);
        return 2;
      }
    }
    if (items != null && (items < 1 || items > 1_000_000)) {
      main.err.println("kb bench: --items takes a number from 1 to 1000000, not " + items);
      return 2;
    }
    Path root = main.root();
    if ("build".equals(only)) {
      ScaleBenchmark bench =
          new ScaleBenchmark(root, root.resolve("target").resolve("bench"), this::progress);
      main.out.printf(
          "kb bench --only build on %d cores, Java %s, %s%n",
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"),
          System.getProperty("os.name"));
      for (int scale : scales) {
        printBuild(main.out, bench.runBuild(scale));
        main.out.flush();
      }
      return 0;
    }
    if (items != null) {
      ItemsBenchmark.Result r =
          new ItemsBenchmark(root, root.resolve("target").resolve("bench"), this::progress)
              .run(items, queries, freshSite);
      printItems(main.out, r);
      return 0;
    }
    boolean http = Wrk.available();
    if (!http) {
      main.err.println("kb bench: " + Wrk.HOW_TO_GET);
      if (soak) {
        return 1;
      }
    }
    if (soak) {
      Soak.Result r =
          new Soak(root, root.resolve("target").resolve("bench").resolve("soak"), this::progress)
              .run(10, connections, Duration.ofSeconds(60), queries);
      main.out.printf(
          Locale.ROOT,
          "soak: %d rebuilds under 60 s of load, %d seen swapped in; /api/search %,.0f req/s,"
              + " p99 %.2f ms, %,d requests, non-2xx %d, socket errors %d, timeouts (over 2 s)"
              + " %d%n",
          r.rebuilds(),
          r.swapsSeen(),
          r.load().requestsPerSecond(),
          r.load().p99Millis(),
          r.load().requests(),
          r.load().non2xx(),
          r.load().socketErrors(),
          r.load().timeouts());
      return r.load().non2xx() == 0 && r.load().socketErrors() == 0 ? 0 : 1;
    }
    ScaleBenchmark bench =
        new ScaleBenchmark(root, root.resolve("target").resolve("bench"), this::progress)
            .semantic(semantic ? Embedders.model().orElse(null) : null);
    main.out.printf(
        "kb bench on %d cores, Java %s, %s; wrk %s; search by %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        http ? "-t2 -c" + connections + " -d" + seconds + "s" : "missing",
        semantic ? "words and meaning" : "words");
    for (int scale : scales) {
      print(
          main.out,
          bench.run(scale, queries, connections, Duration.ofSeconds(seconds), http),
          connections);
      main.out.flush();
    }
    return 0;
  }

  private void progress(String line) {
    main.err.println("kb bench: " + line);
    main.err.flush();
  }

  void print(PrintWriter out, ScaleBenchmark.Row r, int connections) {
    ScaleBenchmark.BuildRow b = r.build();
    out.printf(
        Locale.ROOT,
        "%nx%d: %,d pages, %,d items, %,d distinct queries%n",
        b.scale(),
        b.pages(),
        b.items(),
        r.queries());
    buildLines(out, b);
    index(out, r.index());
    if (r.search() != null) {
      http(out, "/api/search (" + connections + " conn)", r.search());
      http(out, "/health (" + connections + " conn)", r.health());
      out.printf(
          Locale.ROOT,
          "  %-26s %.1f%% of /health's throughput, server on %s%n",
          "search/health",
          100 * r.search().requestsPerSecond() / r.health().requestsPerSecond(),
          semantic ? ScaleBenchmark.SEMANTIC_SERVER_HEAP : ScaleBenchmark.SERVER_HEAP);
    }
  }

  static void printBuild(PrintWriter out, ScaleBenchmark.BuildRow r) {
    out.printf(Locale.ROOT, "%nx%d: %,d pages, %,d items%n", r.scale(), r.pages(), r.items());
    buildLines(out, r);
  }

  /** The full build's and the one-edit rebuild's lines of a scale's table. */
  private static void buildLines(PrintWriter out, ScaleBenchmark.BuildRow r) {
    out.printf(
        Locale.ROOT,
        "  %-26s %,9d ms   %6.1f ms/page   CPU %,d ms   peak RSS %,d MB%n",
        "full build (fresh JVM)",
        r.buildMillis(),
        (double) r.buildMillis() / r.pages(),
        r.buildCpuMillis(),
        r.buildPeakRssKb() / 1024);
    out.printf(
        Locale.ROOT,
        "  %-26s %,9d ms   CPU %,d ms%n",
        "rebuild after one edit",
        r.rebuildMillis(),
        r.rebuildCpuMillis());
  }

  static void printItems(PrintWriter out, ItemsBenchmark.Result r) {
    Map<String, String> b = r.build();
    out.printf(
        Locale.ROOT,
        "kb bench --items %d on %d cores, Java %s%n%nx%d: %,d pages, %,d items, %,d distinct"
            + " queries%n",
        r.items(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        r.scale(),
        Integer.parseInt(b.get("pages")),
        Integer.parseInt(b.get("items")),
        r.queries());
    out.printf(
        Locale.ROOT,
        "  %-26s %,9d ms   CPU %,d ms   peak RSS %,d MB%s%n",
        "full build (fresh JVM)",
        Long.parseLong(b.get("build.ms")),
        Long.parseLong(b.get("build.cpu.ms")),
        Long.parseLong(b.get("peak.rss.kb")) / 1024,
        r.cached() ? "   (cached: built by an earlier run, not now)" : "");
    index(out, r.index());
  }

  private static void index(PrintWriter out, IndexProbe.Figures f) {
    out.printf(
        Locale.ROOT,
        "  %-26s %,9d ms   CPU %,d ms   %,d documents   %.1f MB on disk%n",
        "index",
        f.millis(),
        f.cpuMillis(),
        f.documents(),
        f.bytes() / 1e6);
    out.printf(
        Locale.ROOT,
        "  %-26s p50 %.2f ms   p99 %.2f ms   max CPU %.1f ms   heap after indexing %d MB%n",
        "query in-process",
        f.p50Millis(),
        f.p99Millis(),
        f.maxCpuMillis(),
        f.heapBytes() / (1024 * 1024));
  }

  private static void http(PrintWriter out, String label, Wrk.Result w) {
    out.printf(
        Locale.ROOT,
        "  %-26s %,9.0f req/s   p50 %.2f ms   p99 %.2f ms   non-2xx %d   socket errors %d"
            + "   timeouts %d%n",
        label,
        w.requestsPerSecond(),
        w.p50Millis(),
        w.p99Millis(),
        w.non2xx(),
        w.socketErrors(),
        w.timeouts());
  }
}
