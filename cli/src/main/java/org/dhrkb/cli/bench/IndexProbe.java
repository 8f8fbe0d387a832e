package org.dhrkb.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchRequest;
import org.dhrkb.search.query.SearchService;
import org.dhrkb.search.semantic.Embedder;

/**
 * The index and in-process query figures of one built site, as {@code kb index} and a search server
 * see them: {@code SearchIndex.rebuild} timed (wall, and CPU of every thread, since the pages are
 * read on several), then the query mix through {@code SearchService} one by one.
 */
public final class IndexProbe {
  /**
   * What was measured.
   *
   * @param millis index wall time
   * @param cpuMillis CPU time of the process while indexing, every thread (the JIT and the
   *     collector too)
   * @param documents documents indexed
   * @param bytes index size on disk
   * @param p50Millis in-process median over the mix
   * @param p99Millis in-process 99th percentile
   * @param maxCpuMillis most CPU any one query took
   * @param heapBytes heap in use with the index open, after a garbage collection
   */
  public record Figures(
      long millis,
      long cpuMillis,
      int documents,
      long bytes,
      double p50Millis,
      double p99Millis,
      double maxCpuMillis,
      long heapBytes) {}

  private IndexProbe() {}

  /** Indexes {@code site} into {@code indexDir}, then runs {@code mix} twice, timing the second. */
  static Figures run(Path site, Path indexDir, List<String> mix, Embedder embedder)
      throws IOException {
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    int documents = SearchIndex.rebuild(site, indexDir, embedder);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
    long bytes = size(indexDir);
    double[] latencies = new double[mix.size()];
    double maxCpu = 0;
    long heap;
    try (SearchIndex index = SearchIndex.open(site, indexDir, embedder)) {
      SearchService service = new SearchService(index);
      mix.forEach(q -> service.search(SearchRequest.of(q))); // warm-up: JIT, caches of the JVM
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < mix.size(); i++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        service.search(SearchRequest.of(mix.get(i)));
        latencies[i] = (System.nanoTime() - t) / 1e6;
        maxCpu = Math.max(maxCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
      }
      System.gc();
      heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
    Arrays.sort(latencies);
    return new Figures(
        millis,
        cpuMillis,
        documents,
        bytes,
        percentile(latencies, 0.50),
        percentile(latencies, 0.99),
        maxCpu,
        heap);
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /** CPU time of the whole process so far, every thread. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
