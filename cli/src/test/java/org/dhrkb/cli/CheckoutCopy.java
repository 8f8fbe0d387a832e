package org.dhrkb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;

/** Copies folders of this checkout into a test's own root, for tests that edit the content. */
final class CheckoutCopy {
  private CheckoutCopy() {}

  /** Copies each folder (relative to the checkout, e.g. {@code site}) into {@code root}. */
  static Path of(Path root, String... folders) throws IOException {
    Path checkout = Path.of(System.getProperty("kb.root", "..")).toAbsolutePath().normalize();
    for (String folder : folders) {
      Files.createDirectories(root.resolve(folder));
      PathUtils.copyDirectory(checkout.resolve(folder), root.resolve(folder));
    }
    return root;
  }
}
