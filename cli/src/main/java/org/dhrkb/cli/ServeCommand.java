package org.dhrkb.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dhrkb.generator.Generator;
import org.dhrkb.generator.content.ContentException;
import org.dhrkb.generator.live.LiveReload;
import org.dhrkb.search.http.SearchServer;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "localhost",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Mixin SiteOptions options;

  @Option(
      names = "--search-only",
      description = "Serve only the search (API and results page), beside a separate static host.")
  boolean searchOnly;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "An origin allowed to call the JSON API from its pages, e.g."
              + " https://kb.example.org (repeatable).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--watch",
      description =
          "Rebuild when anything in site/ or templates/ changes: the search is updated and open"
              + " pages reload themselves. For editing; never for a public server.")
  boolean watch;

  @Override
  public Integer call() throws InterruptedException, IOException {
    if (!portIsFree()) {
      return portInUse();
    }
    if (watch && (options.site != null || searchOnly)) {
      main.err.println(
          "kb serve: --watch rebuilds target/site/ from site/; leave out --site and"
              + " --search-only to use it.");
      return 1;
    }
    Generator generator = Generator.create(c -> c.root(main.root()).liveReload(watch));
    Path served;
    if (watch) {
      // Always built afresh: the pages need the reload script, and a site built by kb build has
      // none.
      BuildCommand.build(generator, main);
      served = Files.isDirectory(generator.output()) ? generator.output() : null;
    } else {
      if (options.site == null
          && Files.exists(generator.output().resolve(LiveReload.VERSION_FILE))) {
        // Built by serve --watch: rebuild without the reload script.
        BuildCommand.build(generator, main);
      }
      served = options.siteFolder(main, "serve");
    }
    if (served == null) {
      if (watch) {
        main.err.println("kb serve: no site to serve yet; fix the errors above and run it again.");
      }
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (SearchIndex index =
            SearchIndex.open(served, options.indexFolder(main), options.embedder());
        SearchServer server =
            SearchServer.create(
                    c -> {
                      c.site(served)
                          .host(host)
                          .port(port)
                          .searchOnly(searchOnly)
                          .search(new SearchService(index));
                      corsOrigins.forEach(c::corsOrigin);
                    })
                .start()) {
      // A rebuilt site (./kb build in another terminal) is indexed and swapped in.
      index.watch(
          Duration.ofSeconds(1),
          message -> {
            main.out.println(message);
            main.out.flush();
          },
          problem -> {
            main.err.println("kb serve: could not index the new site yet: " + problem.getMessage());
            main.err.flush();
          });
      SiteWatcher watcher =
          watch
              ? SiteWatcher.start(
                  List.of(main.root().resolve("site"), main.root().resolve("templates")),
                  changed -> rebuild(generator, index, changed))
              : null;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    if (watcher != null) {
                      try {
                        watcher.close();
                      } catch (IOException e) {
                        // Stopping anyway.
                      }
                    }
                    server.close();
                    stopped.countDown();
                  },
                  "kb-shutdown"));
      main.out.println(
          (searchOnly ? "Searching " : "Serving ")
              + served
              + " on "
              + server.url()
              + (watch ? " (Ctrl+C stops; watching site/ and templates/)" : " (Ctrl+C stops)"));
      main.out.flush();
      stopped.await();
    } catch (IllegalStateException e) {
      // Taken while the site was being built: say so as plainly as before the build.
      if (!portIsFree()) {
        return portInUse();
      }
      throw e;
    }
    return 0;
  }

  private int portInUse() {
    main.err.println(
        "kb serve: port "
            + port
            + " is already in use (is another kb serve running?); stop it, or choose another"
            + " port with --port "
            + (port + 1)
            + ".");
    return 1;
  }

  /**
   * Rebuilds after an edit and swaps the new index in at once, rather than at the index's next look
   * at the folder. Bad content is reported and the site served stays as it was.
   */
  private void rebuild(Generator generator, SearchIndex index, Set<Path> changed) {
    long start = System.nanoTime();
    try {
      Path assets = main.root().resolve("site").resolve("assets");
      if (changed.stream().allMatch(p -> p.startsWith(assets) && !p.equals(assets))) {
        // Assets are copied as they are: no need to bake every page for a script or an image.
        LiveReload.copyAssets(assets, changed, generator.output());
        main.out.printf(
            "Copied %d changed asset(s) in %d ms%n",
            changed.size(), (System.nanoTime() - start) / 1_000_000);
        return;
      }
      Generator.Report report = generator.build();
      long built = System.nanoTime();
      index.refresh();
      long indexed = System.nanoTime();
      main.out.printf(
          "Rebuilt %d pages in %d ms, search updated in %d ms%n",
          report.pages(), (built - start) / 1_000_000, (indexed - built) / 1_000_000);
    } catch (ContentException e) {
      e.errors().forEach(main.err::println);
      main.err.println(
          e.errors().size() + " error(s); the site served is unchanged: fix them and save again.");
    } catch (IOException | RuntimeException e) {
      main.err.println("kb serve: could not rebuild: " + Failure.explain(e, main.verbose));
    } finally {
      main.out.flush();
      main.err.flush();
    }
  }

  /**
   * Whether the port can be listened on. Asked before building and indexing, so a second {@code kb
   * serve} says at once what is wrong, instead of Jetty's log lines after a build.
   */
  private boolean portIsFree() {
    if (port == 0) {
      return true;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (BindException e) {
      return false;
    } catch (IOException e) {
      return true; // not a busy port (an unknown host, say): starting will say what it is
    }
  }
}
