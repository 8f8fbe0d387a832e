package org.dhrkb.generator.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link checker against real local servers: plain HTTP with every kind of answer, and HTTPS with
 * a self-signed certificate made for the test. Nothing leaves the machine.
 */
class LinkCheckerTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private static HttpServer http;
  private static HttpsServer https;
  private static ExecutorService threads;
  private static final CountDownLatch RELEASE_HANGING = new CountDownLatch(1);
  private static final AtomicInteger inFlight = new AtomicInteger();
  private static final AtomicInteger mostInFlight = new AtomicInteger();

  @BeforeAll
  static void startServers(@TempDir Path dir) throws Exception {
    threads = Executors.newCachedThreadPool();
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    http.setExecutor(threads);
    http.createContext("/ok", ex -> answer(ex, 200, null));
    http.createContext("/moved", ex -> answer(ex, 301, "/moved-again"));
    http.createContext("/moved-again", ex -> answer(ex, 308, url("/ok")));
    http.createContext("/missing", ex -> answer(ex, 404, null));
    http.createContext("/gone", ex -> answer(ex, 410, null));
    http.createContext("/loop", ex -> answer(ex, 302, "/loop"));
    http.createContext(
        "/no-head", ex -> answer(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200, null));
    http.createContext(
        "/slow",
        ex -> {
          int now = inFlight.incrementAndGet();
          mostInFlight.accumulateAndGet(now, Math::max);
          sleep(300);
          inFlight.decrementAndGet();
          answer(ex, 200, null);
        });
    http.createContext(
        "/hanging",
        ex -> {
          try {
            RELEASE_HANGING.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          answer(ex, 200, null);
        });
    http.start();

    https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    https.setHttpsConfigurator(new HttpsConfigurator(selfSigned(dir)));
    https.setExecutor(threads);
    https.createContext("/", ex -> answer(ex, 200, null));
    https.start();
  }

  @AfterAll
  static void stopServers() {
    RELEASE_HANGING.countDown();
    http.stop(0);
    https.stop(0);
    threads.shutdownNow();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + path;
  }

  private static void answer(HttpExchange ex, int code, String location) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      in.readAllBytes();
    }
    if (location != null) {
      ex.getResponseHeaders().add("Location", location);
    }
    boolean body = !ex.getRequestMethod().equals("HEAD") && code >= 200;
    ex.sendResponseHeaders(code, body ? 2 : -1);
    if (body) {
      ex.getResponseBody().write("ok".getBytes());
    }
    ex.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A key pair and self-signed certificate made by the JDK's keytool, as a server would have. */
  private static SSLContext selfSigned(Path dir) throws Exception {
    Path store = dir.resolve("server.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), "keytool: " + output);
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(keys, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(factory.getKeyManagers(), null, null);
    return context;
  }

  private static LinkResult check(String url) throws InterruptedException {
    return checker(8, 2).check(List.of(url), r -> {}).get(0);
  }

  private static LinkChecker checker(int concurrency, int perHost) {
    return LinkChecker.create(
        c ->
            c.concurrency(concurrency)
                .perHost(perHost)
                .timeout(Duration.ofSeconds(1))
                .today(TODAY));
  }

  @Test
  void aWorkingLinkIsFineAndSeenWorkingToday() throws Exception {
    LinkResult r = check(url("/ok"));
    assertEquals(LinkStatus.FINE, r.status());
    assertEquals("200 OK", r.detail());
    assertEquals(TODAY, r.lastWorking());
  }

  @Test
  void followsAChainOfRedirectsAndReportsEveryHop() throws Exception {
    LinkResult r = check(url("/moved"));
    assertEquals(LinkStatus.MOVED, r.status());
    assertEquals("301 to " + url("/moved-again") + ", 308 to " + url("/ok"), r.detail());
    assertEquals(url("/ok"), r.finalUrl());
    assertEquals(TODAY, r.lastWorking());
  }

  @Test
  void notFoundAndGoneAreDeadAndNeverSeenWorking() throws Exception {
    LinkResult missing = check(url("/missing"));
    assertEquals(LinkStatus.DEAD, missing.status());
    assertEquals("404 Not Found", missing.detail());
    assertEquals(null, missing.lastWorking());
    LinkResult gone = check(url("/gone"));
    assertEquals(LinkStatus.DEAD, gone.status());
    assertEquals("410 Gone", gone.detail());
  }

  @Test
  void triesGetWhereHeadIsRefused() throws Exception {
    assertEquals(LinkStatus.FINE, check(url("/no-head")).status());
  }

  @Test
  void stopsARedirectLoop() throws Exception {
    LinkResult r = check(url("/loop"));
    assertEquals(LinkStatus.DEAD, r.status());
    assertTrue(r.detail().startsWith("more than 10 redirects"), r.detail());
  }

  @Test
  void waitsForASlowAnswerButNotForOneThatNeverComes() throws Exception {
    assertEquals(LinkStatus.FINE, check(url("/slow")).status());
    LinkResult hanging = check(url("/hanging"));
    assertEquals(LinkStatus.TIMEOUT, hanging.status());
    assertEquals("no answer within 1 s", hanging.detail());
  }

  @Test
  void tellsABadCertificateFromAnUnknownHostAndARefusedConnection() throws Exception {
    LinkResult tls = check("https://localhost:" + https.getAddress().getPort() + "/");
    assertEquals(LinkStatus.TLS, tls.status(), tls.detail());
    assertTrue(tls.detail().startsWith("secure connection failed: "), tls.detail());

    LinkResult dns = check("http://no-such-host.invalid/page");
    assertEquals(LinkStatus.DNS, dns.status(), dns.detail());
    assertEquals("host name not found: no-such-host.invalid", dns.detail());

    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    LinkResult refused = check("http://127.0.0.1:" + closed + "/");
    assertEquals(LinkStatus.UNREACHABLE, refused.status(), refused.detail());
  }

  @Test
  void neverOpensMoreThanThePerHostLimitToOneHost() throws Exception {
    mostInFlight.set(0);
    List<String> urls = IntStream.range(0, 8).mapToObj(i -> url("/slow?n=" + i)).toList();
    List<LinkResult> results = checker(8, 2).check(urls, r -> {});
    assertTrue(results.stream().allMatch(r -> r.status() == LinkStatus.FINE), results.toString());
    assertEquals(2, mostInFlight.get(), "requests open at once to one host");
  }

  @Test
  void neverChecksMoreThanTheBoundAtOnceWhateverThePerHostLimit() throws Exception {
    mostInFlight.set(0);
    List<String> urls = IntStream.range(0, 8).mapToObj(i -> url("/slow?m=" + i)).toList();
    List<LinkResult> results = checker(3, 8).check(urls, r -> {});
    assertTrue(results.stream().allMatch(r -> r.status() == LinkStatus.FINE), results.toString());
    assertEquals(3, mostInFlight.get(), "links checked at once");
  }

  @Test
  void skipsEmailAddresses() throws Exception {
    assertEquals(LinkStatus.SKIPPED, check("mailto:someone@example.org").status());
  }
}
