package org.dhrkb.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dhrkb.search.http.SearchServer;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import org.dhrkb.search.semantic.Embedders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of {@code search-server.jar}, the search on its own for hosting beside a static copy
 * of the site: {@code java -jar search-server.jar --site DIR --port N}. Arguments may also come
 * from a file, one per line: {@code java -jar search-server.jar @search-server.conf}.
 *
 * <p>{@link #run} returns the exit code, or blocks while the server runs, so only {@link #main}
 * exits the JVM.
 */
@Command(
    name = "search-server",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Serve search over a published copy of the knowledge base (Ctrl+C or SIGTERM stops).",
      "The site folder is checked every few seconds: put a new content release in its place"
          + " and it is indexed and swapped in without a restart."
    })
public final class Main implements Callable<Integer> {
  @Option(
      names = "--site",
      paramLabel = "DIR",
      required = true,
      description = "The published site folder (the site/ folder of the release).")
  Path site;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "localhost",
      description =
          "Interface to listen on (default: ${DEFAULT-VALUE}; behind a reverse proxy keep it).")
  String host;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Where the search index is kept (default: search-index/ beside --site).")
  Path index;

  @Option(
      names = "--search-only",
      description =
          "Serve only /search, /api/, /health and /opensearch.xml; the static host serves the"
              + " rest.")
  boolean searchOnly;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "An origin whose pages may call the JSON API, e.g. https://intranet.example"
              + " (repeatable). No other origin may.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--no-semantic",
      description =
          "Match by words only, even with the semantic module on the class path (see INSTALL.md).")
  boolean noSemantic;

  private PrintWriter out;
  private PrintWriter err;

  /** Set once the server listens: tests read the port from it. */
  private volatile SearchServer started;

  private final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path folder = site.toAbsolutePath().normalize();
    if (!Files.isRegularFile(folder.resolve("search.html"))) {
      err.println(
          "search-server: "
              + folder
              + " is not a published site (it has no search.html); pass the site/ folder of the"
              + " release with --site.");
      return 1;
    }
    Path indexFolder = index != null ? index : folder.resolveSibling("search-index");
    try (SearchIndex searchIndex =
            SearchIndex.open(
                folder, indexFolder, noSemantic ? null : Embedders.find().orElse(null));
        SearchServer server =
            SearchServer.create(
                    c -> {
                      c.site(folder)
                          .host(host)
                          .port(port)
                          .searchOnly(searchOnly)
                          .search(new SearchService(searchIndex));
                      corsOrigins.forEach(c::corsOrigin);
                    })
                .start()) {
      searchIndex.watch(
          Duration.ofSeconds(2),
          message -> {
            out.println(message);
            out.flush();
          },
          problem -> {
            err.println("search-server: could not index the new site yet: " + problem.getMessage());
            err.flush();
          });
      out.println(
          (searchOnly ? "Searching " : "Serving ")
              + folder
              + " on "
              + server.url()
              + " (health: "
              + server.url()
              + "health)");
      out.flush();
      started = server;
      stop.await();
    }
    return 0;
  }

  /** Asks a running {@link #run} to stop and return. */
  public void stop() {
    stop.countDown();
  }

  /** The port once the server listens, else -1. */
  public int port() {
    SearchServer server = started;
    return server == null ? -1 : server.port();
  }

  /**
   * Parses {@code args} and runs the server until {@link #stop()}.
   *
   * @return the exit code: 0 after a clean stop, 1 when the server cannot start, 2 on bad usage
   */
  public int run(String[] args, PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
    CommandLine commandLine =
        new CommandLine(this)
            // A setting given after @search-server.conf on the command line wins over the file.
            .setOverwrittenOptionsAllowed(true)
            .setOut(out)
            .setErr(err)
            .setExecutionExceptionHandler(
                (e, cmd, parsed) -> {
                  err.println("search-server: " + e.getMessage());
                  err.flush();
                  return 1;
                });
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Runs the server and exits the JVM with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Main main = new Main();
    CountDownLatch finished = new CountDownLatch(1);
    // SIGTERM (systemctl stop) and Ctrl+C: the hook lets run() finish the requests in flight and
    // close the index before the JVM halts.
    Thread shutdown =
        new Thread(
            () -> {
              main.stop();
              try {
                finished.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "search-server-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    int code = main.run(args, out, err);
    finished.countDown();
    System.exit(code);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"search-server " + (version != null ? version : "(development build)")};
    }
  }
}
