package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for browser tests: the system's {@code /usr/bin/chromium} driven by
 * {@code /usr/bin/chromedriver}, with a fresh profile that is deleted on {@link #close()}.
 *
 * <p>Both paths are given to Selenium explicitly, so Selenium Manager never tries to download a
 * browser or driver (CI machines have no network). Every host name except the loopback address
 * resolves to nothing, so a page that tries to reach another site cannot leak a request, and the
 * performance log records every request the browser attempts; the browser log keeps the console,
 * where Content-Security-Policy violations show. Shared with the search server's tests through the
 * generator's test-jar.
 */
public final class ChromiumBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private ChromiumBrowser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Skips the calling tests when Chromium or chromedriver is missing, unless the environment
   * variable {@code CI} is set: there the browser tests are required, so they fail instead.
   */
  public static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (installed) {
      return;
    }
    String message =
        "browser tests need "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (on Debian: apt-get install chromium chromium-driver; .ci/run does this)";
    if (System.getenv("CI") != null) {
      fail("CI is set, so browser tests may not be skipped: " + message);
    }
    Assumptions.abort("skipped: " + message);
  }

  /** Starts Chromium with JavaScript on. */
  public static ChromiumBrowser start() {
    return start(true);
  }

  /** Starts Chromium with JavaScript on or off. */
  public static ChromiumBrowser start(boolean javascript) {
    assumeInstalled();
    Path profile;
    try {
      profile = Files.createTempDirectory("kb-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile,
        // Nothing but the test server resolves: no request can leave the machine.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
    if (!javascript) {
      options.addArguments("--blink-settings=scriptEnabled=false");
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      return new ChromiumBrowser(driver, profile);
    } catch (RuntimeException e) {
      delete(profile);
      throw e;
    }
  }

  /** The WebDriver session. */
  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A profile left in the temp folder is untidy, not a test failure.
    }
  }
}
