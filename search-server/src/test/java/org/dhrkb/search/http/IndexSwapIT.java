package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.dhrkb.generator.BuiltSite;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuilt site is indexed and swapped in while queries run: none fails, and the new content
 * becomes findable.
 */
class IndexSwapIT {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void swapsTheIndexUnderConcurrentQueriesWithoutAFailedQuery() throws Exception {
    Path site = tmp.resolve("site");
    copy(BuiltSite.get().dir(), site);
    Path indexDir = tmp.resolve("index");
    HttpClient client = HttpClient.newHttpClient();
    try (SearchIndex index = SearchIndex.open(site, indexDir);
        SearchServer server =
            SearchServer.create(c -> c.site(site).port(0).search(new SearchService(index)))
                .start()) {
      // Reported once a swap is complete, the previous generation retired with it.
      AtomicInteger swaps = new AtomicInteger();
      index.watch(Duration.ofMillis(100), m -> swaps.incrementAndGet(), e -> {});
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger queries = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<String> texts =
          List.of(
              "marac",
              "risk assessment",
              "bail conditions",
              "idva",
              "safegaurding children",
              "glossary");
      Future<?>[] workers = new Future<?>[4];
      for (int w = 0; w < workers.length; w++) {
        int worker = w;
        workers[w] =
            pool.submit(
                () -> {
                  for (int i = 0; running.get() && i < 20_000; i++) {
                    String q = texts.get((i + worker) % texts.size());
                    try {
                      HttpResponse<String> response =
                          client.send(
                              HttpRequest.newBuilder(
                                      URI.create(
                                          "http://localhost:"
                                              + server.port()
                                              + "/api/search?q="
                                              + LiveServer.encode(q)))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      queries.incrementAndGet();
                      if (response.statusCode() != 200) {
                        failures.add(q + " -> " + response.statusCode() + " " + response.body());
                      } else if (!q.equals("glossary")
                          && JSON.readTree(response.body()).get("total").asInt() == 0) {
                        failures.add(q + " -> no results");
                      }
                    } catch (Exception e) {
                      failures.add(q + " -> " + e);
                    }
                  }
                });
      }
      // Three rebuilds of the site while the queries run, as `kb build` would publish them:
      // a new folder swapped in for the old.
      for (int round = 1; round <= 3; round++) {
        Thread.sleep(300);
        Path next = tmp.resolve("next-" + round);
        copy(site, next);
        Path page = next.resolve("themes/risk-assessment.html");
        Files.writeString(
            page,
            Files.readString(page)
                .replace(
                    "Risk assessment is inconsistent",
                    "Risk assessment is inconsistent zebraword" + round));
        Path old = tmp.resolve("old-" + round);
        Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(next, site, StandardCopyOption.ATOMIC_MOVE);
        String word = "zebraword" + round;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (total(client, server, word) == 0 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertEquals(1, total(client, server, word), "round " + round + " was not swapped in");
        // Queries see the new generation before the swap has retired the old one: wait for that.
        while (swaps.get() < round && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        assertTrue(swaps.get() >= round, "round " + round + " was not reported swapped");
      }
      running.set(false);
      for (Future<?> worker : workers) {
        worker.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertTrue(
          failures.isEmpty(),
          failures.size()
              + " failed of "
              + queries.get()
              + ": "
              + failures.stream().limit(5).toList());
      assertTrue(queries.get() >= 20, "only " + queries.get() + " queries ran");
      // The retired generations were deleted once their last query finished, with their use
      // locks; what is left is the current one, its use lock and the folder's lock.
      try (Stream<Path> entries = Files.list(indexDir)) {
        List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(3, names.size(), names.toString());
      }
      try (Stream<Path> generations = Files.list(indexDir)) {
        assertEquals(1, generations.filter(Files::isDirectory).count());
      }
    }
  }

  private static int total(HttpClient client, SearchServer server, String q) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/api/search?q=" + q))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());
    return body.get("total").asInt();
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    PathUtils.copyDirectory(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
