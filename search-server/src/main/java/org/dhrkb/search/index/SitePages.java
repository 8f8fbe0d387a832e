package org.dhrkb.search.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;

/**
 * Reads the pages of a published site on a few threads and hands them over one at a time in path
 * order, so that what is built from them (documents, and their Lucene doc ids) is the same whatever
 * the number of threads. Parsing is most of the work of indexing; the caller's thread meanwhile
 * analyses what was read before. Only a few pages are read ahead, so a site of any size is read in
 * bounded memory.
 */
final class SitePages {
  /** Takes each page in order; may throw, which stops the reading. */
  interface Sink {
    void accept(PublishedSite.Page page) throws IOException;
  }

  /** Pages read ahead per thread: enough to keep the threads busy past a long page. */
  private static final int AHEAD_PER_THREAD = 2;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private SitePages() {}

  /**
   * Reads every HTML page of {@code folder} and gives each content page to {@code sink}, in path
   * order.
   *
   * @param digest whether to compute the site's {@link PublishedSite#fingerprint} from the same
   *     bytes
   * @return the fingerprint when asked for, else null
   * @throws IOException when a page cannot be read, or what {@code sink} threw
   */
  static String read(Path folder, boolean digest, Sink sink) throws IOException {
    List<String> pages = PublishedSite.htmlPages(folder);
    MessageDigest md = digest ? sha256() : null;
    int threads = threads();
    String name = "kb-index-reader-" + POOLS.incrementAndGet() + "-";
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, name + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      Deque<Future<Read>> ahead = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < pages.size(); i++) {
        while (next < pages.size() && ahead.size() < threads * AHEAD_PER_THREAD) {
          String page = pages.get(next++);
          ahead.add(pool.submit(() -> read(folder, page, md != null)));
        }
        Read read = await(ahead.poll());
        if (md != null) {
          md.update(pages.get(i).getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
          md.update(read.bytes());
        }
        if (read.page() != null) {
          sink.accept(read.page());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return md == null ? null : HexFormat.of().formatHex(md.digest());
  }

  /** One page read and parsed; its bytes are kept only for the digest. */
  private record Read(PublishedSite.Page page, byte[] bytes) {}

  private static Read read(Path folder, String page, boolean keepBytes) throws IOException {
    Path file = folder.resolve(page);
    byte[] bytes = Files.readAllBytes(file);
    // As Jsoup.parse(File, "UTF-8") does, from the bytes already read for the digest.
    PublishedSite.Page parsed =
        PublishedSite.page(
            page,
            Jsoup.parse(
                new ByteArrayInputStream(bytes), "UTF-8", file.toAbsolutePath().toString()));
    return new Read(parsed, keepBytes ? bytes : null);
  }

  private static Read await(Future<Read> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the site's pages");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }

  /** Every core, up to a few: each thread holds one parsed page, and a listing page is big. */
  private static int threads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
