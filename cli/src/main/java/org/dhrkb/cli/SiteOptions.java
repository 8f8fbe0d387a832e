package org.dhrkb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dhrkb.generator.Generator;
import org.dhrkb.search.semantic.Embedder;
import org.dhrkb.search.semantic.Embedders;
import picocli.CommandLine.Option;

/** The options that say which built site a command works on, and where its index lives. */
final class SiteOptions {
  @Option(
      names = "--site",
      paramLabel = "DIR",
      description = "Use this already built site folder instead of building target/site/.")
  Path site;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Where the search index lives (default: target/search-index/).")
  Path index;

  @Option(
      names = "--no-semantic",
      description =
          "Match by words only: no sentence-embedding model, no item vectors in the index.")
  boolean noSemantic;

  /**
   * The site folder to use: {@code --site} as given, else target/site/ built first when stale. Null
   * (with the errors printed) when the content is bad or the folder is missing.
   */
  Path siteFolder(Main main, String command) {
    Path folder = site;
    if (folder == null) {
      Generator generator = Generator.create(c -> c.root(main.root()));
      if (generator.isStale() && !BuildCommand.build(generator, main)) {
        return null;
      }
      folder = generator.output();
    }
    if (!Files.isDirectory(folder)) {
      main.err.println(
          "kb "
              + command
              + ": no site at "
              + folder
              + "; build it with ./kb build or pass --site DIR.");
      return null;
    }
    return folder.toAbsolutePath().normalize();
  }

  Path indexFolder(Main main) {
    return index != null ? index : main.root().resolve("target").resolve("search-index");
  }

  /** The model that adds matching by meaning, or null when it is off or absent. */
  Embedder embedder() {
    return noSemantic ? null : Embedders.find().orElse(null);
  }
}
