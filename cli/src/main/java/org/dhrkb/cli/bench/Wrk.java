package org.dhrkb.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load over HTTP with wrk (the Debian package {@code wrk}), on loopback only: a fixed number of
 * connections for a fixed time, cycling through a list of paths given to it as a Lua script.
 */
public final class Wrk {
  /** Said when wrk is missing; the in-process figures are still printed. */
  public static final String HOW_TO_GET =
      "wrk is not installed: the HTTP figures need it. Install it with"
          + " 'sudo apt-get install wrk' (Debian, Ubuntu) or 'brew install wrk' (macOS),"
          + " then run ./kb bench again.";

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

  /**
   * What one run measured.
   *
   * @param requestsPerSecond throughput
   * @param p50Millis median latency
   * @param p99Millis 99th percentile latency
   * @param requests requests completed
   * @param non2xx responses other than 2xx or 3xx
   * @param socketErrors connect, read and write errors: connections that failed
   * @param timeouts requests not answered within wrk's 2 s: slow, not failed
   */
  public record Result(
      double requestsPerSecond,
      double p50Millis,
      double p99Millis,
      long requests,
      long non2xx,
      long socketErrors,
      long timeouts) {}

  private Wrk() {}

  /** Whether a {@code wrk} runs on this machine. */
  public static boolean available() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Runs wrk against {@code http://127.0.0.1:port}, cycling through {@code paths} (each starting
   * with {@code /}, already URL-encoded).
   */
  public static Result run(
      int port, List<String> paths, int connections, Duration duration, Path workDir)
      throws IOException, InterruptedException {
    Path script = workDir.resolve("paths.lua");
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String path : paths) {
      lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
    }
    // Each thread starts at its own place, so the two threads do not send the same query together.
    lua.append("}\nlocal i = 0\n")
        .append("function init(args) i = math.random(#paths) end\n")
        .append("function request()\n  i = i % #paths + 1\n")
        .append("  return wrk.format(nil, paths[i])\nend\n");
    Files.writeString(script, lua, StandardCharsets.UTF_8);
    Process wrk =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d" + duration.toSeconds() + "s",
                "--latency",
                "-s",
                script.toString(),
                "http://127.0.0.1:" + port + paths.get(0))
            .redirectErrorStream(true)
            .start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!wrk.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
      wrk.destroyForcibly();
      throw new IOException("wrk failed:\n" + out);
    }
    return parse(out);
  }

  static Result parse(String out) throws IOException {
    Matcher rate = RATE.matcher(out);
    Matcher requests = REQUESTS.matcher(out);
    if (!rate.find() || !requests.find()) {
      throw new IOException("wrk printed no figures:\n" + out);
    }
    Matcher non2xx = NON_2XX.matcher(out);
    long socketErrors = 0;
    long timeouts = 0;
    Matcher socket = SOCKET.matcher(out);
    if (socket.find()) {
      for (int g = 1; g <= 3; g++) {
        socketErrors += Long.parseLong(socket.group(g));
      }
      timeouts = Long.parseLong(socket.group(4));
    }
    return new Result(
        Double.parseDouble(rate.group(1)),
        percentile(out, "50%"),
        percentile(out, "99%"),
        Long.parseLong(requests.group(1)),
        non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
        socketErrors,
        timeouts);
  }

  private static double percentile(String out, String label) throws IOException {
    Matcher m = Pattern.compile(label + "\\s+([0-9.]+)(us|ms|s)\\b").matcher(out);
    if (!m.find()) {
      throw new IOException("wrk printed no " + label + " latency:\n" + out);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
