package org.dhrkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.dhrkb.generator.BuiltSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search-server.jar: small, search only, and runnable with nothing but {@code java -jar}. */
class ShadedJarIT {
  static final long MAX_BYTES = 30L * 1024 * 1024;

  /**
   * What builds the site, which a search-only jar must not carry. (Freemarker is not here: the
   * results page is a template of the site's own language, filled by the server.)
   */
  static final List<String> GENERATOR_ONLY =
      List.of(
          "org/dhrkb/generator/",
          "org/jbake/",
          "com/orientechnologies/",
          "com/vladsch/flexmark/",
          "de/larsgrefer/sass/",
          "org/yaml/snakeyaml/",
          // The optional model and its runtime live in the bundle's semantic/ folder.
          "org/dhrkb/semantic/",
          "dev/langchain4j/",
          "ai/onnxruntime/",
          "ai/djl/");

  @Test
  void staysWithinThirtyMegabytesAndHoldsNoGeneratorJbakeOrSass() throws Exception {
    Path jar = ServerProcess.builtJar();
    long size = Files.size(jar);
    assertTrue(size <= MAX_BYTES, jar + " is " + size + " bytes, over 30 MB");
    try (JarFile file = new JarFile(jar.toFile())) {
      assertEquals(
          "org.dhrkb.search.Main", file.getManifest().getMainAttributes().getValue("Main-Class"));
      assertTrue(file.getEntry("org/dhrkb/search/http/SearchServer.class") != null);
      List<String> leaked =
          file.stream()
              .map(e -> e.getName())
              .filter(name -> GENERATOR_ONLY.stream().anyMatch(name::startsWith))
              .limit(5)
              .toList();
      assertEquals(List.of(), leaked, "generator or model classes inside search-server.jar");
    }
  }

  @Test
  void searchesAPublishedSiteWithJavaDashJar(@TempDir Path work) throws Exception {
    Path site = BuiltSite.get().dir();
    try (ServerProcess server =
        ServerProcess.start(
            work,
            ServerProcess.builtJar(),
            "--site",
            site.toString(),
            "--index",
            work.resolve("index").toString(),
            "--port",
            "0")) {
      var health = server.get("health");
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
      var results = server.get("api/search?q=marac");
      assertEquals(200, results.statusCode());
      assertTrue(results.body().contains("\"url\":\"themes/"), results.body());
      // Stops promptly on SIGTERM, as systemctl stop sends.
      long start = System.nanoTime();
      server.stop();
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
    }
  }

  @Test
  void refusesAFolderThatIsNotAPublishedSite(@TempDir Path work) throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                ServerProcess.builtJar().toString(),
                "--site",
                work.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertEquals(1, process.waitFor());
    assertTrue(output.contains("is not a published site"), output);
  }
}
