package org.dhrkb.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code kb bench --items N}: the index and in-process query figures of a corpus of at least N
 * items. Building a site of 10,000 pages takes minutes, so the built site is kept under {@code
 * target/bench/items-N/} and used again while the real content, the templates and the scale are
 * unchanged (the generator's code is not part of that key: delete the folder, or pass {@code
 * --fresh-site}, after changing it).
 */
public final class ItemsBenchmark {
  /**
   * What one run measured.
   *
   * @param items items asked for
   * @param scale the corpus scale that publishes them
   * @param build the build's {@code key=value} figures (pages, items, build.ms, ...)
   * @param cached whether the built site came from an earlier run
   * @param queries distinct queries in the mix
   * @param index index time and size, in-process query latency, heap
   */
  public record Result(
      int items,
      int scale,
      Map<String, String> build,
      boolean cached,
      int queries,
      IndexProbe.Figures index) {}

  private final Path root;
  private final Path work;
  private final Consumer<String> progress;

  /**
   * @param root the checkout (site/ and templates/)
   * @param work where corpora, sites and indexes are written
   * @param progress told what is happening, a line at a time
   */
  public ItemsBenchmark(Path root, Path work, Consumer<String> progress) {
    this.root = root;
    this.work = work;
    this.progress = progress;
  }

  /** Builds (or finds) the corpus site of {@code items} items, then indexes and queries it. */
  public Result run(int items, int queryCount, boolean freshSite)
      throws IOException, InterruptedException {
    int scale = Corpus.scaleFor(root.resolve("site"), items);
    Path dir = work.resolve("items-" + items);
    Path siteDir = dir.resolve("site");
    Path out = dir.resolve("out");
    Path built = dir.resolve("build.properties");
    String key = key(scale);
    Map<String, String> build = freshSite ? null : cachedBuild(built, key);
    boolean cached = build != null;
    if (cached) {
      progress.accept("items " + items + ": using the site built before in " + out);
    } else {
      progress.accept("items " + items + ": writing the corpus, x" + scale);
      Files.deleteIfExists(built);
      Corpus.Written corpus = Corpus.write(root.resolve("site"), siteDir, scale, Corpus.SEED);
      progress.accept(
          "items " + items + ": building " + corpus.themes() + " themes (minutes; kept for reuse)");
      build =
          ScaleBenchmark.runProbe(
              List.of(
                  BuildProbe.class.getName(),
                  siteDir.toString(),
                  root.resolve("templates").toString(),
                  out.toString(),
                  "--once"),
              dir.resolve("build.log"));
      Properties saved = new Properties();
      saved.putAll(build);
      saved.setProperty("key", key);
      try (var writer = Files.newBufferedWriter(built, StandardCharsets.UTF_8)) {
        saved.store(writer, "kb bench --items " + items + ": the build of " + out);
      }
    }
    List<String> mix = QueryMix.create(siteDir, queryCount, Corpus.SEED);
    progress.accept("items " + items + ": indexing, then " + mix.size() + " queries, twice");
    IndexProbe.Figures index = IndexProbe.run(out, dir.resolve("index"), mix, null);
    return new Result(items, scale, build, cached, mix.size(), index);
  }

  /** The figures of the earlier build when its key matches, else null. */
  private static Map<String, String> cachedBuild(Path built, String key) throws IOException {
    if (!Files.isRegularFile(built)) {
      return null;
    }
    Properties saved = new Properties();
    try (var reader = Files.newBufferedReader(built, StandardCharsets.UTF_8)) {
      saved.load(reader);
    }
    if (!key.equals(saved.getProperty("key"))) {
      return null;
    }
    Map<String, String> build = new HashMap<>();
    saved.stringPropertyNames().forEach(name -> build.put(name, saved.getProperty(name)));
    return build;
  }

  /** A digest of what the built corpus depends on: the real content, the templates, the scale. */
  private String key(int scale) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(("scale=" + scale + " seed=" + Corpus.SEED).getBytes(StandardCharsets.UTF_8));
      for (Path tree : List.of(root.resolve("site"), root.resolve("templates"))) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tree)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
          try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
