package org.dhrkb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhrkb.generator.Generator;
import org.dhrkb.generator.content.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kb dist}: one zip that an IT team installs from its {@code INSTALL.md} alone: the site
 * built fresh, {@code search-server.jar}, a sample configuration and a systemd unit.
 */
@Command(
    name = "dist",
    mixinStandardHelpOptions = true,
    description = {
      "Write the release bundle: the site built afresh, search-server.jar, search-server.conf,"
          + " a systemd unit and INSTALL.md, in one zip.",
      "On bad content, prints every problem as file:line:col: error: ... and writes nothing."
    })
final class DistCommand implements Callable<Integer> {
  /** The files beside the site and the jar, kept in kb.jar so any checkout can write them. */
  private static final List<String> EXTRAS =
      List.of("INSTALL.md", "search-server.conf", "dhr-kb-search.service");

  @ParentCommand Main main;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The zip to write (default: target/dist/dhr-kb.zip).")
  Path output;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Where the site will be hosted, e.g. https://intranet.example/safeguarding/dhr/"
              + " (default: the root of any host).")
  String baseUrl;

  @Override
  public Integer call() throws IOException {
    Path root = main.root();
    Path jar = root.resolve("search-server/target/search-server.jar");
    if (!Files.isRegularFile(jar)) {
      main.err.println(
          "kb dist: "
              + jar
              + " is missing; build it with mvn -pl search-server -am package (./kb does).");
      return 1;
    }
    Path zip = output != null ? output : root.resolve("target/dist/dhr-kb.zip");
    Path work = Files.createTempDirectory("kb-dist-");
    try {
      Path site = work.resolve("site");
      Generator generator = Generator.create(c -> c.root(root).output(site).baseUrl(baseUrl));
      Generator.Report report;
      try {
        report = generator.build();
      } catch (ContentException e) {
        BuildCommand.printErrors(e, main);
        return 1;
      }
      String release = "dhr-kb-" + LocalDate.now(ZoneOffset.UTC);
      Path absolute = zip.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
        addTree(out, site, release + "/site/");
        addFile(out, jar, release + "/search-server.jar");
        for (Path library : semanticLibraries(root)) {
          addFile(out, library, release + "/semantic/" + library.getFileName());
        }
        for (String name : EXTRAS) {
          try (InputStream in = DistCommand.class.getResourceAsStream("dist/" + name)) {
            if (in == null) {
              throw new IllegalStateException("kb.jar lacks dist/" + name + "; rebuild it");
            }
            out.putNextEntry(new ZipEntry(release + "/" + name));
            in.transferTo(out);
            out.closeEntry();
          }
        }
        out.putNextEntry(new ZipEntry(release + "/RELEASE.txt"));
        out.write(releaseNote(release, report, baseUrl).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
      // Only a complete zip takes the name: an interrupted run never leaves a half bundle.
      Files.move(
          partial,
          absolute,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      main.out.printf(
          "Wrote %s (%d pages, %d items; %.1f MB)%n",
          absolute, report.pages(), report.items(), Files.size(absolute) / 1_048_576.0);
      return 0;
    } finally {
      deleteTree(work);
    }
  }

  /**
   * The optional matching by meaning: the semantic module's jar and the model's libraries, which
   * {@code java -cp "search-server.jar:semantic/*" org.dhrkb.search.Main} adds to the search.
   */
  private static List<Path> semanticLibraries(Path root) throws IOException {
    Path target = root.resolve("semantic/target");
    List<Path> libraries = new java.util.ArrayList<>();
    try (Stream<Path> jars = Files.list(target)) {
      jars.filter(p -> p.getFileName().toString().matches("semantic-[0-9].*(?<!-tests)\\.jar"))
          .forEach(libraries::add);
    }
    try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
      jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
          .sorted()
          .forEach(libraries::add);
    }
    if (libraries.size() < 2) {
      throw new IOException(
          target + " lacks the semantic module's jars; build them with mvn -pl cli -am package");
    }
    return libraries;
  }

  private static String releaseNote(String release, Generator.Report report, String baseUrl) {
    return release
        + "\n"
        + "Built on "
        + LocalDate.now(ZoneOffset.UTC)
        + " by kb dist: "
        + report.pages()
        + " pages, "
        + report.items()
        + " items.\n"
        + (baseUrl == null
            ? "Built for the root of any address (no --base-url).\n"
            : "Built for hosting at " + baseUrl + " (--base-url).\n")
        + "Contains public sector information licensed under the Open Government Licence v3.0.\n";
  }

  private static void addTree(ZipOutputStream out, Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        addFile(out, file, prefix + dir.relativize(file).toString().replace('\\', '/'));
      }
    }
  }

  private static void addFile(ZipOutputStream out, Path file, String name) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    Files.copy(file, (OutputStream) out);
    out.closeEntry();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
