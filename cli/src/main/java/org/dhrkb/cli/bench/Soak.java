package org.dhrkb.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dhrkb.generator.Generator;

/**
 * Staying power: wrk loads {@code /api/search} while the site is edited, rebuilt and reindexed
 * again and again underneath the running server, which must answer every request.
 */
public final class Soak {
  /**
   * What the soak saw.
   *
   * @param rebuilds site rebuilds published while the load ran
   * @param swapsSeen rebuilds whose new word the server found before the next one started
   * @param load wrk's figures over the whole time
   */
  public record Result(int rebuilds, int swapsSeen, Wrk.Result load) {}

  private final Path root;
  private final Path work;
  private final Consumer<String> progress;

  /**
   * @param root the checkout
   * @param work a folder of its own for the soak's site and index
   * @param progress told what is happening
   */
  public Soak(Path root, Path work, Consumer<String> progress) {
    this.root = root;
    this.work = work;
    this.progress = progress;
  }

  /** Runs {@code rebuilds} rebuilds under {@code duration} of load at {@code connections}. */
  public Result run(int rebuilds, int connections, Duration duration, int queryCount)
      throws Exception {
    Path content = work.resolve("content-site");
    Corpus.write(root.resolve("site"), content, 1, Corpus.SEED);
    Path site = work.resolve("site");
    Generator generator =
        Generator.create(c -> c.site(content).templates(root.resolve("templates")).output(site));
    progress.accept("soak: first build");
    generator.build();
    Path indexDir = work.resolve("index");
    ScaleBenchmark servers = new ScaleBenchmark(root, work, progress);
    int port = ScaleBenchmark.freePort();
    Process server = servers.startServer(site, indexDir, port, work.resolve("server.log"));
    try {
      ScaleBenchmark.awaitHealth(port, server);
      List<String> paths = new ArrayList<>();
      for (String q : QueryMix.create(content, queryCount, Corpus.SEED)) {
        paths.add("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      }
      progress.accept("soak: " + duration.toSeconds() + " s of wrk while rebuilding");
      CompletableFuture<Wrk.Result> load =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return Wrk.run(port, paths, connections, duration, work);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException(e);
                }
              });
      int done = 0;
      int seen = 0;
      HttpClient client = HttpClient.newHttpClient();
      Path theme = content.resolve("content").resolve("themes").resolve("risk-assessment.yaml");
      String original = Files.readString(theme, StandardCharsets.UTF_8);
      while (done < rebuilds && !load.isDone()) {
        String word = "soakword" + (char) ('a' + done);
        Files.writeString(
            theme,
            original.replaceFirst("\n  title: ", "\n  title: " + word + " "),
            StandardCharsets.UTF_8);
        generator.build();
        done++;
        progress.accept("soak: rebuild " + done + " of " + rebuilds + " published");
        if (awaitFindable(client, port, word, load)) {
          seen++;
        }
      }
      return new Result(done, seen, load.get(duration.toSeconds() + 60, TimeUnit.SECONDS));
    } finally {
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /** Waits (up to 30 s) until the server finds the word: the rebuilt site was reindexed. */
  private static boolean awaitFindable(
      HttpClient client, int port, String word, CompletableFuture<?> load) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=" + word))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && !load.isDone()) {
      String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
      if (body.matches("(?s).*\"total\":[1-9].*")) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }
}
