package org.dhrkb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code search-server.jar} run for real, as an administrator runs it: {@code java -jar} in its own
 * JVM, in a given working folder. The port is read from the line the server prints once it listens.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile(" on (http://\\S+/) ");

  private final Process process;
  private final String url;
  private final HttpClient client = HttpClient.newHttpClient();

  private ServerProcess(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** The jar {@code mvn package} wrote: {@code search-server/target/search-server.jar}. */
  public static Path builtJar() {
    String root = System.getProperty("kb.root", ".");
    Path jar = Path.of(root).resolve("search-server/target/search-server.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the package phase writes it");
    }
    return jar;
  }

  /**
   * Starts {@code java -Xmx128m -jar jar args...} in {@code workDir} and waits until it listens.
   *
   * @throws IllegalStateException with the server's output when it exits instead
   */
  public static ServerProcess start(Path workDir, Path jar, String... args) throws IOException {
    List<String> java = new ArrayList<>(List.of("-jar", jar.toAbsolutePath().toString()));
    java.addAll(List.of(args));
    return java(workDir, java);
  }

  /**
   * Starts {@code java -Xmx128m arguments...} in {@code workDir} (e.g. {@code -cp} a class path, a
   * main class and its options) and waits until it listens.
   *
   * @throws IllegalStateException with the server's output when it exits instead
   */
  public static ServerProcess java(Path workDir, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m"); // the budget the design sets for this content
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        // Keep draining its output so a chatty server never blocks on a full pipe.
        Thread drain =
            new Thread(
                () -> {
                  try {
                    out.transferTo(Writer.nullWriter());
                  } catch (IOException e) {
                    // the process ended
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return new ServerProcess(process, m.group(1));
      }
    }
    throw new IllegalStateException("search-server.jar exited without listening:\n" + seen);
  }

  /** The address it serves, e.g. {@code http://localhost:40123/}. */
  public String url() {
    return url;
  }

  /** GETs a path (without its leading slash) from the server. */
  public HttpResponse<String> get(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(url + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops it as systemd does (SIGTERM) and returns its exit code. */
  public int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }
}
