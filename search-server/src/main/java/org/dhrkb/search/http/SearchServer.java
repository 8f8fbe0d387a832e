package org.dhrkb.search.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dhrkb.search.query.BadRequest;
import org.dhrkb.search.query.SearchRequest;
import org.dhrkb.search.query.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the published site as static files, and search over it.
 *
 * <pre>{@code
 * try (SearchServer server = SearchServer.create(c -> c.site(dir).port(0)).start()) {
 *   int port = server.port();
 * }
 * }</pre>
 *
 * <p>Every response carries a strict Content-Security-Policy, {@code nosniff} and {@code
 * Referrer-Policy: no-referrer}; nothing sets a cookie and nothing logs request paths, query text
 * or client addresses.
 */
public final class SearchServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self';"
          + " style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
          + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  /** How the server runs. Defaults: localhost:7070, site and search together. */
  public static final class Config {
    private Path site = Path.of("target", "site");
    private String host = "localhost";
    private int port = 7070;
    private boolean searchOnly;
    private final List<String> corsOrigins = new ArrayList<>();
    private SearchService search;

    /** The search to serve; without one the server serves the static site only. */
    public Config search(SearchService search) {
      this.search = search;
      return this;
    }

    /** The published site folder to serve and search. */
    public Config site(Path site) {
      this.site = site;
      return this;
    }

    /** The interface to listen on (default {@code localhost}). */
    public Config host(String host) {
      this.host = host;
      return this;
    }

    /** The port (default 7070); 0 picks a free one, see {@link SearchServer#port()}. */
    public Config port(int port) {
      this.port = port;
      return this;
    }

    /** Serve the search only, beside a separate static host. */
    public Config searchOnly(boolean searchOnly) {
      this.searchOnly = searchOnly;
      return this;
    }

    /** An origin (e.g. {@code https://kb.example.org}) whose pages may call the JSON API. */
    public Config corsOrigin(String origin) {
      corsOrigins.add(origin);
      return this;
    }
  }

  private final Config config;
  private final StaticSite site;
  private final Set<String> corsOrigins;
  private final Javalin app;

  private SearchServer(Config config) {
    this.config = config;
    this.site = new StaticSite(config.site);
    this.corsOrigins = Set.copyOf(config.corsOrigins);
    this.app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.startup.startupWatcherEnabled = false;
              // Text (pages, CSS, scripts, JSON) goes compressed to clients that accept gzip.
              c.http.compressionStrategy = CompressionStrategy.GZIP;
              c.jetty.host = config.host;
              c.jetty.port = config.port;
              c.jetty.modifyServer(server -> server.setStopTimeout(2_000));
              // Jetty's own "Server" header says nothing a visitor needs.
              c.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
              routes(c.routes);
            });
  }

  /** Creates a server; {@code configure} may change any default of {@link Config}. */
  public static SearchServer create(Consumer<Config> configure) {
    Config config = new Config();
    configure.accept(config);
    return new SearchServer(config);
  }

  private void routes(RoutesConfig routes) {
    routes.before(this::secure);
    if (config.search != null) {
      SearchApi api = new SearchApi(config.search);
      SearchPage page = new SearchPage(config.search, site.folder().resolve("search.html"));
      routes.get("/api/search", api::search);
      routes.get("/api/suggest", api::suggest);
      routes.options("/api/*", ctx -> ctx.status(204));
      routes.get("/health", api::health);
      routes.get("/opensearch.xml", ctx -> api.openSearch(ctx, page.siteTitle()));
      routes.get(
          "/search",
          ctx -> {
            String query = "";
            try {
              query = SearchParameters.single(ctx, "q");
              String html = page.render(SearchParameters.read(ctx));
              ctx.contentType("text/html; charset=utf-8").result(html);
            } catch (BadRequest e) {
              ctx.status(400)
                  .contentType("text/html; charset=utf-8")
                  .result(
                      page.error(
                          query.length() > SearchRequest.MAX_QUERY_LENGTH ? "" : query,
                          e.getMessage()));
            }
          });
      routes.exception(BadRequest.class, (e, ctx) -> SearchApi.badRequest(ctx, e.getMessage()));
      BasePathRewriter basePath = new BasePathRewriter(site.folder().resolve("search.html"));
      routes.after("/search", basePath::apply);
    }
    if (!config.searchOnly) {
      routes.get("/*", site::serve);
      routes.head("/*", site::serve);
    }
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute(StaticSite.ANSWERED) != null) {
            return; // the static site already answered with its own 404 page
          }
          boolean page = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
          if (!config.searchOnly && page) {
            site.notFound(ctx);
          } else {
            // Javalin's default names the method and path; say nothing about the request.
            ctx.contentType("application/json").result("{\"error\": \"not found\"}");
          }
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          // A fault of ours, not of the request: logged by its path, class and place only (never
          // the query string or the message, which may hold the query's text), and answered
          // without a word of it.
          LOG.error(
              "internal error answering {}: {} at {}",
              ctx.path(),
              e.getClass().getName(),
              e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
          ctx.status(500).contentType("application/json").result("{\"error\": \"internal error\"}");
        });
  }

  private void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    if (ctx.path().equals("/search") || ctx.path().startsWith("/api/")) {
      // A search answer holds what the reader searched for: neither the browser of a shared
      // computer nor a proxy may keep it (the static pages, which hold none, are revalidated).
      ctx.header("Cache-Control", "no-store");
    }
    String origin = ctx.header("Origin");
    if (origin != null && corsOrigins.contains(origin) && ctx.path().startsWith("/api/")) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
      if (ctx.method() == HandlerType.OPTIONS) {
        ctx.header("Access-Control-Allow-Methods", "GET");
        ctx.header("Access-Control-Max-Age", "600");
      }
    }
  }

  /**
   * Starts listening.
   *
   * @throws IllegalStateException when the port is taken, saying what to do
   */
  public SearchServer start() {
    try {
      app.start();
    } catch (RuntimeException e) {
      if (hasCause(e, BindException.class)) {
        throw new IllegalStateException(
            "Port "
                + config.port
                + " is already in use. Make sure no"
                + " other process is using it, or choose another with --port.",
            e);
      }
      throw e;
    }
    return this;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String host =
        config.host.equals("0.0.0.0") || config.host.equals("::") ? "localhost" : config.host;
    return "http://" + host + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }
}
