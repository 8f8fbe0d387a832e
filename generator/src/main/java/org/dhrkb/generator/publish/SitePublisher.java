package org.dhrkb.generator.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Swaps a finished build in for the published site. The new site is built beside the old one (same
 * file system), so the swap is two renames and the old site is never left half-written.
 */
public final class SitePublisher {
  private SitePublisher() {}

  /** A fresh staging folder beside {@code output}, for a build that may yet fail. */
  public static Path stagingFor(Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent, "." + output.getFileName() + "-building-");
  }

  /** Replaces {@code output} with {@code staging}. */
  public static void publish(Path staging, Path output) throws IOException {
    Path old = null;
    if (Files.exists(output)) {
      old = output.resolveSibling("." + output.getFileName() + "-old-" + System.nanoTime());
      move(output, old);
    }
    try {
      move(staging, output);
    } catch (IOException e) {
      if (old != null) {
        move(old, output);
      }
      throw e;
    }
    if (old != null) {
      delete(old);
    }
  }

  /** Deletes a folder and everything in it; used for failed builds. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
