package org.dhrkb.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.dhrkb.generator.content.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real site, built once per test JVM from the real content and templates, into a temporary
 * folder. Tests read it; none may write to it.
 */
public final class BuiltSite {
  private static BuiltSite instance;

  private final Path root;
  private final Path dir;

  private BuiltSite(Path root, Path dir) {
    this.root = root;
    this.dir = dir;
  }

  /**
   * The checkout: {@code -Dkb.root} from Maven, else found by walking up from the working folder.
   */
  public static Path projectRoot() {
    String configured = System.getProperty("kb.root");
    Path start =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("site")) && Files.isDirectory(p.resolve("templates"))) {
        return p;
      }
    }
    throw new IllegalStateException("no checkout (site/ and templates/) above " + start);
  }

  /** Builds the site on first use and returns it. */
  public static synchronized BuiltSite get() {
    if (instance == null) {
      try {
        Path root = projectRoot();
        Path out = Files.createTempDirectory("kb-site-").resolve("site");
        Generator.create(c -> c.root(root).output(out)).build();
        instance = new BuiltSite(root, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ContentException e) {
        throw new AssertionError("the real content does not build:\n" + e.getMessage(), e);
      }
    }
    return instance;
  }

  /**
   * Copies the real {@code site/} folder to {@code to}, for tests that change content without
   * touching the checkout.
   */
  public static Path copySiteTo(Path to) {
    try {
      Files.createDirectories(to);
      PathUtils.copyDirectory(projectRoot().resolve("site"), to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** The real templates folder. */
  public static Path templates() {
    return projectRoot().resolve("templates");
  }

  /** The checkout the site was built from. */
  public Path root() {
    return root;
  }

  /** The published site folder. */
  public Path dir() {
    return dir;
  }

  /** Every published HTML page, as paths relative to {@link #dir()} with '/' separators. */
  public List<String> htmlPages() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".html"))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one published page, e.g. {@code page("themes/risk-assessment.html")}. */
  public Document page(String relative) {
    Path file = dir.resolve(relative);
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", "http://localhost/" + relative);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
