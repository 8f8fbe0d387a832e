package org.dhrkb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dhrkb.generator.Generator;
import org.dhrkb.search.http.SearchServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kb serve}: builds the site if it is stale, then serves it and its search. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the site and its search on http://localhost:7070 (Ctrl+C stops).",
      "Builds the site first when it is missing or older than site/ or templates/."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "localhost",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(names = "--site", paramLabel = "DIR",
      description = "Serve this already built site folder instead of building target/site/.")
  Path site;

  @Option(names = "--search-only",
      description = "Serve only the search (API and results page), beside a separate static host.")
  boolean searchOnly;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "An origin allowed to call the JSON API from its pages, e.g."
          + " https://kb.example.org (repeatable).")
  List<String> corsOrigins = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    Path folder = site;
    if (folder == null) {
      Generator generator = Generator.create(c -> c.root(main.root()));
      if (generator.isStale() && !BuildCommand.build(generator, main)) {
        return 1;
      }
      folder = generator.output();
    }
    if (!Files.isDirectory(folder)) {
      main.err.println("kb serve: no site at " + folder + "; build it with ./kb build or pass --site DIR.");
      return 1;
    }
    Path served = folder;
    CountDownLatch stopped = new CountDownLatch(1);
    try (SearchServer server = SearchServer.create(c -> {
      c.site(served).host(host).port(port).searchOnly(searchOnly);
      corsOrigins.forEach(c::corsOrigin);
    }).start()) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }, "kb-shutdown"));
      main.out.println("Serving " + served + " on " + server.url() + " (Ctrl+C stops)");
      main.out.flush();
      stopped.await();
    }
    return 0;
  }
}
