package org.dhrkb.generator.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a freshly built site reload itself in the browser when it is built again: every page gets
 * {@code /js/live-reload.js} (a file, so the strict Content-Security-Policy holds), and the site a
 * version file the script polls. Only {@code kb serve --watch} builds this way.
 */
public final class LiveReload {
  /** The file the script polls; it changes with every build. */
  public static final String VERSION_FILE = "_kb/version.txt";

  private static final String SCRIPT = "/js/live-reload.js";

  private LiveReload() {}

  /** Adds the script to every page of the built (not yet published) site in {@code dir}. */
  public static void addTo(Path dir) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(dir)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    // A plain text insertion, not a parse: the pages come from our own templates, each with one
    // </head>, and a rebuild in watch mode should cost as little as it can.
    String tag = "<script type=\"module\" src=\"" + SCRIPT + "\"></script></head>";
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      int head = html.indexOf("</head>");
      if (head >= 0) {
        html = html.substring(0, head) + tag + html.substring(head + "</head>".length());
        Files.writeString(page, html, StandardCharsets.UTF_8);
      }
    }
    writeVersion(dir);
  }

  /**
   * Copies changed files of {@code site/assets} into the served site as they are (a deleted one is
   * deleted there), then tells open pages to reload: an asset needs no bake.
   *
   * @param assets the {@code site/assets} folder
   * @param changed files under {@code assets} that changed
   * @param site the served site, built with {@link #addTo}
   */
  public static void copyAssets(Path assets, Collection<Path> changed, Path site)
      throws IOException {
    for (Path file : changed) {
      Path target = site.resolve(assets.relativize(file).toString());
      if (Files.isRegularFile(file)) {
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      } else if (!Files.exists(file)) {
        Files.deleteIfExists(target);
      }
    }
    writeVersion(site);
  }

  private static void writeVersion(Path dir) throws IOException {
    Path version = dir.resolve(VERSION_FILE);
    Files.createDirectories(version.getParent());
    Files.writeString(version, Long.toString(System.nanoTime()), StandardCharsets.UTF_8);
  }
}
