package org.dhrkb.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

  @Override
  public Integer call() throws InterruptedException, IOException {
    if (!portIsFree()) {
      main.err.println(
          "kb serve: port "
              + port
              + " is already in use (is another kb serve running?); stop it, or choose another"
              + " port with --port "
              + (port + 1)
              + ".");
      return 1;
    }
    Path served = options.siteFolder(main, "serve");
    if (served == null) {
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (SearchIndex index = SearchIndex.open(served, options.indexFolder(main));
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
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    stopped.countDown();
                  },
                  "kb-shutdown"));
      main.out.println(
          (searchOnly ? "Searching " : "Serving ")
              + served
              + " on "
              + server.url()
              + " (Ctrl+C stops)");
      main.out.flush();
      stopped.await();
    }
    return 0;
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
