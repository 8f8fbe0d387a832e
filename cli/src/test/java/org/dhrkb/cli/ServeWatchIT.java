package org.dhrkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhrkb.generator.ChromiumBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code kb serve --watch} as a maintainer runs it: the real kb.jar in its own process on a copy of
 * the content. A local suggestion is edited and search is asked, again and again, until it finds
 * the new word; no request may fail meanwhile. The time from the save to the first result is
 * printed (it is measured, not asserted: it depends on the machine).
 */
class ServeWatchIT {
  private static final Pattern SERVING = Pattern.compile("Serving .* on (http://\\S+/) .*");
  private static final String THEME = "site/content/themes/risk-assessment.yaml";

  private Process kb;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ChromiumBrowser browser;

  @AfterEach
  void stop() throws InterruptedException {
    if (browser != null) {
      browser.close();
    }
    if (kb != null) {
      kb.destroy(); // SIGTERM: kb's shutdown hook stops the server and the watcher
      if (!kb.waitFor(20, TimeUnit.SECONDS)) {
        kb.destroyForcibly();
      }
    }
  }

  @Test
  void anEditedLocalSuggestionIsSearchableWithNoFailedRequest(@TempDir Path root) throws Exception {
    String base = start(copyCheckout(root));
    String page = get(base + "themes/risk-assessment.html").body();
    assertTrue(page.contains("src=\"/js/live-reload.js\""), "watch mode pages reload themselves");

    long first = editUntilFound(root, base, "quokkas");
    assertTrue(get(base + "themes/risk-assessment.html").body().contains("consider quokkas and"));
    // Again, as a maintainer's second save: the JVM is warm now.
    long second = editUntilFound(root, base, "wombats");
    System.out.printf(
        "kb serve --watch: edit to searchable in %d ms (first edit), %d ms (second)%n",
        first, second);

    // An asset needs no bake: it is copied as it is.
    String version = get(base + "_kb/version.txt").body();
    Path robots = root.resolve("site/assets/robots.txt");
    Files.writeString(
        robots,
        Files.readString(robots, StandardCharsets.UTF_8) + "# edited\n",
        StandardCharsets.UTF_8);
    long saved = System.nanoTime();
    while (!get(base + "robots.txt").body().contains("# edited")) {
      assertTrue(System.nanoTime() - saved < TimeUnit.SECONDS.toNanos(60), "robots.txt: " + lines);
      Thread.sleep(20);
    }
    System.out.printf(
        "kb serve --watch: asset edit to served in %d ms%n",
        (System.nanoTime() - saved) / 1_000_000);
    assertNotEquals(version, get(base + "_kb/version.txt").body(), "open pages reload");

    // A mistake is reported where it is, and the site served stays as it was.
    Path theme = root.resolve(THEME);
    Files.writeString(
        theme,
        Files.readString(theme, StandardCharsets.UTF_8)
            .replace("  - id: risk-local-dip-sampling", "  - id: Risk Local"),
        StandardCharsets.UTF_8);
    long broken = System.nanoTime();
    String error = null;
    while (error == null && System.nanoTime() - broken < TimeUnit.SECONDS.toNanos(120)) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null && line.matches(".*risk-assessment\\.yaml:\\d+:\\d+: error: .*")) {
        error = line;
      }
      assertEquals(200, get(base + "api/search?q=wombats").statusCode());
    }
    assertTrue(error != null, "no located error from kb serve --watch");
    assertTrue(
        get(base + "api/search?q=wombats").body().contains("risk-local-dip-sampling"),
        "the last good site is still searched");
  }

  @Test
  void anOpenPageReloadsItselfAfterAnEditWithinTheContentSecurityPolicy(@TempDir Path root)
      throws Exception {
    ChromiumBrowser.assumeInstalled();
    String base = start(copyCheckout(root));
    browser = ChromiumBrowser.start(true);
    ChromeDriver driver = browser.driver();
    driver.get(base + "themes/risk-assessment.html");
    // Gone when the page reloads.
    driver.executeScript("window.kbBeforeEdit = true;");

    long saved = System.nanoTime();
    editUntilFound(root, base, "quokkas");
    // Polled every 20 ms (WebDriverWait's default is 500 ms), so the figure is the reload's.
    new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20))
        .until(
            d ->
                driver.executeScript("return window.kbBeforeEdit === undefined;").equals(true)
                    && driver
                        .findElement(By.id("risk-local-dip-sampling"))
                        .getText()
                        .contains("consider quokkas and"));
    System.out.printf(
        "kb serve --watch: edit to the open page reloaded in %d ms%n",
        (System.nanoTime() - saved) / 1_000_000);
    List<String> console =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(e -> e.getMessage())
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
            .toList();
    assertEquals(List.of(), console, "the reload stays within the site's CSP");
  }

  /**
   * Puts {@code word} into a local suggestion and asks search for it every 20 ms until the
   * suggestion is found; every request must succeed. Returns the milliseconds from the save.
   */
  private long editUntilFound(Path root, String base, String word) throws Exception {
    Path theme = root.resolve(THEME);
    String text = Files.readString(theme, StandardCharsets.UTF_8);
    String edited = text.replaceFirst("Service providers to consider", "$0 " + word + " and");
    assertNotEquals(text, edited);
    long saved = System.nanoTime();
    Files.writeString(theme, edited, StandardCharsets.UTF_8);

    List<String> failures = new ArrayList<>();
    while (System.nanoTime() - saved < TimeUnit.SECONDS.toNanos(120)) {
      HttpResponse<String> response = get(base + "api/search?q=" + word);
      if (response.statusCode() != 200) {
        failures.add(response.statusCode() + " " + response.body());
      } else if (response.body().matches("(?s).*\"id\": ?\"risk-local-dip-sampling\".*")) {
        assertEquals(List.of(), failures, "search requests that failed during the rebuild");
        return (System.nanoTime() - saved) / 1_000_000;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "the edited suggestion was never found; failures: " + failures + "; kb said: " + lines);
  }

  private static Path copyCheckout(Path root) throws IOException {
    return CheckoutCopy.of(root, "site", "templates");
  }

  /** Starts kb serve --watch on a free port and returns its address once it serves. */
  private String start(Path root) throws IOException, InterruptedException {
    Path jar = Path.of("target", "kb.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "the IT runs the packaged " + jar);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    kb =
        new ProcessBuilder(
                java.toString(),
                "-jar",
                jar.toString(),
                "--root",
                root.toString(),
                "serve",
                "--watch",
                "--host",
                "127.0.0.1",
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(kb.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // The process ended.
              }
            });
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line == null) {
        assertTrue(kb.isAlive(), "kb serve --watch stopped: " + seen);
        continue;
      }
      seen.add(line);
      Matcher m = SERVING.matcher(line);
      if (m.matches()) {
        return m.group(1);
      }
    }
    throw new AssertionError("kb serve --watch did not start: " + seen);
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
