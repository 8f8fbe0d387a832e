package org.dhrkb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies folders of this checkout into a test's own root, for tests that edit the content. */
final class CheckoutCopy {
  private CheckoutCopy() {}

  /** Copies each folder (relative to the checkout, e.g. {@code site}) into {@code root}. */
  static Path of(Path root, String... folders) throws IOException {
    Path checkout = Path.of(System.getProperty("kb.root", "..")).toAbsolutePath().normalize();
    for (String folder : folders) {
      copyTree(checkout.resolve(folder), root.resolve(folder));
    }
    return root;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
