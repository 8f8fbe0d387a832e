package org.dhrkb.generator.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * Checks external links over HTTP: HEAD first, GET where HEAD is refused; redirects followed one by
 * one so each is reported; timeouts, unknown hosts and certificate failures told apart. At most
 * {@code concurrency} links are checked at once and at most {@code perHost} on any one host, so a
 * small charity's server is never hammered.
 *
 * <pre>{@code
 * List<LinkResult> results =
 *     LinkChecker.create(c -> c.timeout(Duration.ofSeconds(5))).check(urls, r -> {});
 * }</pre>
 */
public final class LinkChecker {
  /** How the checker behaves. Defaults: 8 at once, 2 per host, 10 s per request, 10 redirects. */
  public static final class Config {
    private int concurrency = 8;
    private int perHost = 2;
    private Duration timeout = Duration.ofSeconds(10);
    private int maxRedirects = 10;
    private LocalDate today = LocalDate.now();

    /** How many links are checked at the same time. */
    public Config concurrency(int concurrency) {
      this.concurrency = Math.max(1, concurrency);
      return this;
    }

    /** How many requests may be open to one host at the same time. */
    public Config perHost(int perHost) {
      this.perHost = Math.max(1, perHost);
      return this;
    }

    /** How long to wait for a connection, and then for an answer. */
    public Config timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** The day recorded as the check's date. */
    public Config today(LocalDate today) {
      this.today = today;
      return this;
    }
  }

  private static final String USER_AGENT =
      "dhr-kb-link-check/1 (checks the links of a knowledge base)";

  private final Config config;
  private final HttpClient client;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

  private LinkChecker(Config config) {
    this.config = config;
    // Redirects are followed by hand, so every hop is seen and reported.
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(config.timeout)
            .build();
  }

  /** Creates a checker; {@code configure} may change any default of {@link Config}. */
  public static LinkChecker create(java.util.function.Consumer<Config> configure) {
    Config config = new Config();
    configure.accept(config);
    return new LinkChecker(config);
  }

  /**
   * Checks every link; {@code progress} hears of each result as it comes (from several threads).
   *
   * @return one result per link, in the order given
   */
  public List<LinkResult> check(List<String> urls, Consumer<LinkResult> progress)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(config.concurrency);
    try {
      List<Future<LinkResult>> futures = new ArrayList<>();
      for (String url : urls) {
        futures.add(
            pool.submit(
                () -> {
                  LinkResult result = checkOne(url);
                  progress.accept(result);
                  return result;
                }));
      }
      List<LinkResult> results = new ArrayList<>();
      for (Future<LinkResult> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("the link check failed: " + e.getCause(), e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Checks one link, following its redirects. */
  LinkResult checkOne(String url) throws InterruptedException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return result(url, LinkStatus.DEAD, "not a valid address: " + e.getMessage(), null);
    }
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return result(url, LinkStatus.SKIPPED, "not a web address", null);
    }
    List<String> hops = new ArrayList<>();
    URI current = uri;
    for (int hop = 0; hop <= config.maxRedirects; hop++) {
      int code;
      String location;
      try {
        HttpResponse<?> response = request(current);
        code = response.statusCode();
        location = response.headers().firstValue("Location").orElse(null);
      } catch (IOException e) {
        return failure(url, e, hops, current);
      }
      if (code >= 300 && code < 400 && location != null) {
        try {
          current = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          return result(url, LinkStatus.DEAD, code + " to a bad address: " + location, null);
        }
        hops.add(code + " to " + current);
        continue;
      }
      String answer = code + " " + reason(code);
      if (code >= 200 && code < 300) {
        return hops.isEmpty()
            ? result(url, LinkStatus.FINE, answer, null)
            : result(url, LinkStatus.MOVED, String.join(", ", hops), current.toString());
      }
      String via = hops.isEmpty() ? "" : " after " + String.join(", ", hops);
      return result(url, LinkStatus.DEAD, answer + via, hops.isEmpty() ? null : current.toString());
    }
    return result(
        url,
        LinkStatus.DEAD,
        "more than " + config.maxRedirects + " redirects: " + String.join(", ", hops),
        current.toString());
  }

  /** HEAD, then GET when HEAD is refused (many servers answer HEAD with 403, 404, 405 or 501). */
  private HttpResponse<?> request(URI uri) throws IOException, InterruptedException {
    Semaphore host = hosts.computeIfAbsent(hostOf(uri), h -> new Semaphore(config.perHost));
    host.acquire();
    try {
      HttpResponse<Void> head =
          client.send(
              builder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), discard());
      if (head.statusCode() < 400) {
        return head;
      }
      HttpResponse<InputStream> get =
          client.send(builder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      // Only the status matters: closing drops the body unread.
      get.body().close();
      return get;
    } finally {
      host.release();
    }
  }

  private static HttpResponse.BodyHandler<Void> discard() {
    return HttpResponse.BodyHandlers.discarding();
  }

  private HttpRequest.Builder builder(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(config.timeout).header("User-Agent", USER_AGENT);
  }

  private static String hostOf(URI uri) {
    return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
  }

  private LinkResult failure(String url, IOException e, List<String> hops, URI at) {
    String where = hops.isEmpty() ? "" : " at " + at + " after " + String.join(", ", hops);
    if (has(e, HttpTimeoutException.class)) {
      return result(
          url,
          LinkStatus.TIMEOUT,
          "no answer within " + config.timeout.toSeconds() + " s" + where,
          null);
    }
    if (has(e, UnknownHostException.class) || has(e, UnresolvedAddressException.class)) {
      return result(url, LinkStatus.DNS, "host name not found: " + at.getHost(), null);
    }
    if (has(e, SSLException.class)) {
      return result(url, LinkStatus.TLS, "secure connection failed: " + innermost(e) + where, null);
    }
    if (has(e, ConnectException.class)) {
      return result(url, LinkStatus.UNREACHABLE, "connection refused" + where, null);
    }
    return result(url, LinkStatus.UNREACHABLE, "connection failed: " + innermost(e) + where, null);
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String innermost(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    return message.lines().findFirst().orElse(message);
  }

  private LinkResult result(String url, LinkStatus status, String detail, String finalUrl) {
    return new LinkResult(
        url,
        status,
        detail,
        finalUrl,
        config.today,
        status.isWorking() ? config.today : null,
        List.of(),
        null);
  }

  private static String reason(int code) {
    return switch (code) {
      case 200 -> "OK";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> code >= 500 ? "server error" : code >= 400 ? "client error" : "";
    };
  }
}
