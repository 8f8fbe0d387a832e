package org.dhrkb.search.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dhrkb.search.query.SearchRequest;
import org.dhrkb.search.query.SearchService;

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
              c.showJavalinBanner = false;
              c.startupWatcherEnabled = false;
              c.http.generateEtags = true;
              c.jetty.modifyServer(server -> server.setStopTimeout(2_000));
              // Jetty's own "Server" header says nothing a visitor needs.
              c.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            });
    routes();
  }

  /** Creates a server; {@code configure} may change any default of {@link Config}. */
  public static SearchServer create(Consumer<Config> configure) {
    Config config = new Config();
    configure.accept(config);
    return new SearchServer(config);
  }

  private void routes() {
    app.before(this::secure);
    if (config.search != null) {
      SearchApi api = new SearchApi(config.search);
      SearchPage page = new SearchPage(config.search, site.folder().resolve("search.html"));
      app.get("/api/search", api::search);
      app.get("/api/suggest", api::suggest);
      app.options("/api/*", ctx -> ctx.status(204));
      app.get("/health", api::health);
      app.get("/opensearch.xml", ctx -> api.openSearch(ctx, page.siteTitle()));
      app.get(
          "/search",
          ctx -> {
            String query = "";
            try {
              query = SearchParameters.single(ctx, "q");
              String html = page.render(SearchParameters.read(ctx));
              ctx.contentType("text/html; charset=utf-8").result(html);
            } catch (IllegalArgumentException e) {
              ctx.status(400)
                  .contentType("text/html; charset=utf-8")
                  .result(
                      page.error(
                          query.length() > SearchRequest.MAX_QUERY_LENGTH ? "" : query,
                          e.getMessage()));
            }
          });
      app.exception(
          IllegalArgumentException.class, (e, ctx) -> SearchApi.badRequest(ctx, e.getMessage()));
      BasePathRewriter basePath = new BasePathRewriter(site.folder().resolve("search.html"));
      app.after("/search", basePath::apply);
    }
    if (!config.searchOnly) {
      app.get("/*", site::serve);
      app.head("/*", site::serve);
    }
    app.error(
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
    app.exception(
        Exception.class,
        (e, ctx) -> {
          // Never echo the exception: its message may hold the request's text.
          ctx.status(500).contentType("application/json").result("{\"error\": \"internal error\"}");
        });
  }

  private void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
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
      app.start(config.host, config.port);
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
