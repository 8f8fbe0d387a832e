package org.dhrkb.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dhrkb.search.semantic.Embedder;

/**
 * The search index of a published site folder, on disk under an index folder (by default {@code
 * target/search-index/}), one sub-folder per generation.
 *
 * <p>Opening reuses the newest generation built from the same site (same HTML digest and same index
 * format) and builds a new one otherwise. {@link #refresh()} builds a generation for the site as it
 * is now into a new folder and swaps it in atomically: a query {@link #acquire()}s a generation and
 * keeps it until it is done, so a swap never fails a query in flight.
 *
 * <p>Several processes may share one index folder ({@code kb serve} while {@code kb index} runs,
 * two servers): {@link GenerationLocks} keeps each from deleting a generation another one uses or
 * is writing, and a generation left half-written by a killed process is never opened.
 */
public final class SearchIndex implements AutoCloseable {
  /** Bump when the analysis chain or the fields change: older generations are then rebuilt. */
  static final String FORMAT = "kb-index-8";

  private static final String FINGERPRINT = "kb.fingerprint";
  private static final String BUILT_AT = "kb.builtAt";

  private final Path site;
  private final Path root;
  private final Embedder embedder;
  private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
  private ScheduledExecutorService watcher;

  private SearchIndex(Path site, Path root, Embedder embedder) {
    this.site = site.toAbsolutePath().normalize();
    this.root = root.toAbsolutePath().normalize();
    this.embedder = embedder;
  }

  /**
   * Opens the index of a site folder, building it when it is missing or stale.
   *
   * @param site the published site folder
   * @param root the folder that holds the generations
   * @throws IOException when the site cannot be read or the index written
   */
  public static SearchIndex open(Path site, Path root) throws IOException {
    return open(site, root, null);
  }

  /**
   * Opens the index of a site folder with item vectors from {@code embedder} (none when null),
   * building it when it is missing or stale.
   *
   * @throws IOException when the site cannot be read or the index written
   */
  public static SearchIndex open(Path site, Path root, Embedder embedder) throws IOException {
    SearchIndex index = new SearchIndex(site, root, embedder);
    String fingerprint = index.fingerprint();
    try (Closeable folder = GenerationLocks.lockFolder(index.root)) {
      IndexGeneration existing = index.openExisting(fingerprint);
      index.current.set(existing != null ? existing : index.build(fingerprint));
      index.deleteOldGenerations();
    } catch (IOException | RuntimeException e) {
      try {
        index.close();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return index;
  }

  /**
   * Builds a fresh generation of the site's index whatever is on disk, for {@code kb index}.
   *
   * @return the number of documents indexed
   * @throws IOException when the site cannot be read or the index written
   */
  public static int rebuild(Path site, Path root) throws IOException {
    return rebuild(site, root, null);
  }

  /**
   * Builds a fresh generation with item vectors from {@code embedder} (none when null).
   *
   * @return the number of documents indexed
   * @throws IOException when the site cannot be read or the index written
   */
  public static int rebuild(Path site, Path root, Embedder embedder) throws IOException {
    SearchIndex index = new SearchIndex(site, root, embedder);
    // The fingerprint is taken from the bytes read for the index: each page is read once.
    try (Closeable folder = GenerationLocks.lockFolder(index.root);
        IndexGeneration generation = index.build(null)) {
      index.current.set(generation);
      index.deleteOldGenerations();
      return generation.documents();
    } finally {
      index.current.set(null);
    }
  }

  /**
   * Indexes the site again if it changed since the current generation was built, and swaps the new
   * generation in.
   *
   * @return whether a new generation was swapped in
   * @throws IOException when the site cannot be read or the index written; the current generation
   *     then stays in use
   */
  public synchronized boolean refresh() throws IOException {
    String fingerprint = fingerprint();
    IndexGeneration old = current.get();
    if (old != null && old.fingerprint().equals(fingerprint)) {
      return false;
    }
    IndexGeneration previous;
    try (Closeable folder = GenerationLocks.lockFolder(root)) {
      previous = current.getAndSet(build(fingerprint));
      // Leftovers of killed or busy runs; the previous generation is still in use, so kept.
      deleteOldGenerations();
    }
    if (previous != null) {
      previous.retire();
    }
    return true;
  }

  /**
   * Checks the site folder every {@code interval} and swaps in a new generation when it changed.
   * Failures (a site half-written) are reported to {@code problems} and retried.
   */
  public synchronized void watch(
      Duration interval, Consumer<String> swapped, Consumer<Exception> problems) {
    if (watcher != null) {
      return;
    }
    watcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "kb-index-watcher");
              thread.setDaemon(true);
              return thread;
            });
    String[] lastStamp = {null};
    watcher.scheduleWithFixedDelay(
        () -> {
          try {
            // Sizes and times first: the pages are read and hashed only when one of them changed.
            String stamp = Files.isDirectory(site) ? PublishedSite.stamp(site) : null;
            if (stamp == null || stamp.equals(lastStamp[0])) {
              return;
            }
            if (refresh()) {
              swapped.accept("Reindexed " + site + ": " + current.get().documents() + " documents");
            }
            // Only after success: a site caught half-written is read again on the next tick.
            lastStamp[0] = stamp;
          } catch (IOException | RuntimeException e) {
            problems.accept(e);
          }
        },
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * The current generation, held until the returned lease is closed. Use it in try-with-resources
   * around one whole query.
   */
  public Lease acquire() {
    while (true) {
      IndexGeneration generation = current.get();
      if (generation == null) {
        throw new IllegalStateException("the search index is closed");
      }
      if (generation.tryIncRef()) {
        return new Lease(generation);
      }
      // Swapped and closed between get() and tryIncRef(): the next get() sees the new one.
    }
  }

  /** A generation held for the length of one query. */
  public static final class Lease implements AutoCloseable {
    private final IndexGeneration generation;

    private Lease(IndexGeneration generation) {
      this.generation = generation;
    }

    public IndexGeneration generation() {
      return generation;
    }

    @Override
    public void close() {
      try {
        generation.decRef();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The published site folder this index describes. */
  public Path site() {
    return site;
  }

  /** The model whose vectors the items carry, or null when they carry none. */
  public Embedder embedder() {
    return embedder;
  }

  /** Index format and model: an index built otherwise is built again. */
  private String format() {
    return FORMAT + ":" + (embedder == null ? "words" : embedder.name());
  }

  private String fingerprint() throws IOException {
    return format() + ":" + PublishedSite.fingerprint(site);
  }

  /** The newest generation built from this site; call with the folder lock held. */
  private IndexGeneration openExisting(String fingerprint) throws IOException {
    for (Path dir : generations()) {
      Map<String, String> data;
      try (Directory directory = FSDirectory.open(dir)) {
        if (!DirectoryReader.indexExists(directory)) {
          continue;
        }
        data = SegmentInfos.readLatestCommit(directory).getUserData();
      } catch (IOException e) {
        // Half-written (a process killed while indexing): never used, deleted by the clean-up.
        continue;
      }
      if (fingerprint.equals(data.get(FINGERPRINT))) {
        Instant builtAt = Instant.parse(data.getOrDefault(BUILT_AT, Instant.EPOCH.toString()));
        try {
          return IndexGeneration.open(dir, SiteSummary.read(site), fingerprint, builtAt);
        } catch (IOException e) {
          throw new IOException(
              "the search index in "
                  + dir
                  + " cannot be opened ("
                  + e.getMessage()
                  + "); run kb index to build a fresh one",
              e);
        }
      }
    }
    return null;
  }

  /**
   * Writes and opens a new generation; call with the folder lock held.
   *
   * @param fingerprint the site's, or null to take it from the pages as they are indexed
   */
  private IndexGeneration build(String fingerprint) throws IOException {
    Files.createDirectories(root);
    Instant now = Instant.now();
    Path dir = Files.createTempDirectory(root, "gen-" + now.toEpochMilli() + "-");
    try {
      SiteSummary summary;
      try (Directory directory = FSDirectory.open(dir)) {
        summary =
            SiteIndexer.write(
                site,
                directory,
                fingerprint == null,
                read ->
                    Map.of(FINGERPRINT, fingerprint(fingerprint, read), BUILT_AT, now.toString()),
                embedder);
      }
      return IndexGeneration.open(dir, summary, fingerprint(fingerprint, summary), now);
    } catch (IOException | RuntimeException e) {
      GenerationLocks.deleteIfUnused(dir);
      throw e;
    }
  }

  private String fingerprint(String known, SiteSummary read) {
    return known != null ? known : format() + ":" + read.digest();
  }

  /** Generation folders, newest first. */
  private List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(p -> p.getFileName().toString().startsWith("gen-") && Files.isDirectory(p))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
          .toList();
    }
  }

  /**
   * Deletes every generation folder that no process uses (this one's current generation, another
   * {@code kb serve}'s) and that is not being written. Call with the folder lock held.
   */
  private void deleteOldGenerations() throws IOException {
    IndexGeneration keep = current.get();
    for (Path dir : generations()) {
      if (keep == null || !dir.equals(keep.dir())) {
        GenerationLocks.deleteIfUnused(dir);
      }
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Left for the next run to delete.
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (watcher != null) {
      watcher.shutdownNow();
    }
    IndexGeneration generation = current.getAndSet(null);
    if (generation != null) {
      generation.close();
    }
  }
}
