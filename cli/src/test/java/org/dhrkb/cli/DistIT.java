package org.dhrkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhrkb.search.ServerProcess;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb dist} as a release maintainer and an IT team use it: write the zip, unpack it into a
 * clean folder, run the command INSTALL.md gives, and search.
 */
class DistIT {
  @Test
  void installsFromInstallMdAloneInACleanFolderAndSearches(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path zip = dir.resolve("out/dhr-kb.zip");
    int code =
        Main.run(
            new String[] {
              "--root", System.getProperty("kb.root"), "dist", "--output", zip.toString()
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().startsWith("Wrote " + zip), out.toString());

    Path clean = Files.createDirectories(dir.resolve("clean"));
    unzip(zip, clean);
    List<Path> releases;
    try (var list = Files.list(clean)) {
      releases = list.toList();
    }
    assertEquals(1, releases.size(), "one top folder: " + releases);
    Path release = releases.get(0);
    for (String name :
        List.of(
            "INSTALL.md",
            "search-server.jar",
            "search-server.conf",
            "dhr-kb-search.service",
            "RELEASE.txt",
            "site/index.html")) {
      assertTrue(Files.isRegularFile(release.resolve(name)), name + " missing from the bundle");
    }

    String install = Files.readString(release.resolve("INSTALL.md"));
    for (String needed :
        List.of("proxy_pass", "ProxyPass", "systemctl", "/health", "--cors-origin", "Upgrading")) {
      assertTrue(install.contains(needed), "INSTALL.md says nothing of " + needed);
    }
    String command =
        install
            .lines()
            .filter(l -> l.startsWith("java -jar search-server.jar"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("INSTALL.md gives no java -jar command"));
    // The service runs what INSTALL.md tells people to try.
    String unit = Files.readString(release.resolve("dhr-kb-search.service"));
    assertTrue(unit.contains("ExecStart=/usr/bin/java -Xmx128m " + command.substring(5)), unit);

    List<String> args = new ArrayList<>(Arrays.asList(command.split("\\s+")));
    args = new ArrayList<>(args.subList(3, args.size())); // after "java -jar search-server.jar"
    args.addAll(List.of("--port", "0")); // 7070 may be taken on a build machine
    try (ServerProcess server =
        ServerProcess.start(
            release, release.resolve("search-server.jar"), args.toArray(String[]::new))) {
      assertEquals(200, server.get("health").statusCode());
      assertEquals(200, server.get("").statusCode());
      JsonNode results =
          new ObjectMapper()
              .readTree(server.get("api/search?q=independent+domestic+violence+adviser").body());
      assertTrue(results.get("total").asInt() > 0, results.toString());
      for (JsonNode hit : results.get("results")) {
        // Every result is a permalink into the unpacked site: the page exists and has the id.
        String url = hit.get("url").asText();
        int hash = url.indexOf('#');
        Path page = release.resolve("site").resolve(hash < 0 ? url : url.substring(0, hash));
        assertTrue(Files.isRegularFile(page), url);
        if (hash >= 0) {
          Document doc = Jsoup.parse(page.toFile(), "UTF-8");
          assertFalse(doc.select("[id=" + url.substring(hash + 1) + "]").isEmpty(), url);
        }
      }
    }
    assertTrue(Files.isDirectory(release.resolve("search-index")), "the index lives beside it");

    // Matching by meaning, as INSTALL.md says to turn it on: the same server, the model beside it.
    String semantic =
        install
            .lines()
            .filter(l -> l.startsWith("java ") && l.contains(" -cp "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("INSTALL.md gives no java -cp command"));
    List<String> withModel = new ArrayList<>(Arrays.asList(semantic.split("\\s+")));
    withModel = new ArrayList<>(withModel.subList(1, withModel.size()));
    withModel.replaceAll(a -> a.replace("\"", "")); // the shell's quotes
    withModel.addAll(List.of("--port", "0"));
    try (ServerProcess server = ServerProcess.java(release, withModel)) {
      JsonNode results =
          new ObjectMapper().readTree(server.get("api/search?q=spouse+battering").body());
      assertTrue(results.get("byMeaningOnly").asBoolean(), results.toString());
      assertTrue(results.get("total").asInt() > 0, results.toString());
    }
  }

  static void unzip(Path zip, Path into) throws Exception {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : file.stream().toList()) {
        Path target = into.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(into), "entry outside the folder: " + entry.getName());
        Files.createDirectories(target.getParent());
        try (var in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
      }
    }
  }
}
