package org.dhrkb.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dhrkb.search.index.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code kb index}: rebuilds the search index of the built site. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the search index of the built site (target/search-index/), whether or not it is"
          + " up to date.",
      "Builds the site first when it is missing or stale. kb serve does this by itself when"
          + " needed."
    })
final class IndexCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Mixin SiteOptions options;

  @Override
  public Integer call() throws IOException {
    Path site = options.siteFolder(main, "index");
    if (site == null) {
      return 1;
    }
    Path indexFolder = options.indexFolder(main);
    long start = System.nanoTime();
    int documents = SearchIndex.rebuild(site, indexFolder, options.embedder());
    main.out.printf(
        "Indexed %d documents in %d ms: %s%n",
        documents, (System.nanoTime() - start) / 1_000_000, indexFolder);
    return 0;
  }
}
