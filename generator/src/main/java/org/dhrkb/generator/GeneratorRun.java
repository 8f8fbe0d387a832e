package org.dhrkb.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.dhrkb.generator.bake.FrontendAssets;
import org.dhrkb.generator.bake.SiteBaker;
import org.dhrkb.generator.content.ContentException;
import org.dhrkb.generator.content.ContentLoader;
import org.dhrkb.generator.content.KnowledgeBase;
import org.dhrkb.generator.enrich.AcronymMarker;
import org.dhrkb.generator.publish.SitePublisher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The steps of one build: load and validate, bake, enrich, publish. */
final class GeneratorRun {
  /** Written beside the published site when a build succeeds; its time says how fresh it is. */
  private static final String STAMP = ".built";

  private GeneratorRun() {}

  static KnowledgeBase check(Path site) throws ContentException {
    return ContentLoader.load(site);
  }

  static Generator.Report build(Path site, Path templates, Path output) throws ContentException {
    long start = System.nanoTime();
    KnowledgeBase kb = ContentLoader.load(site);
    Path out = output.toAbsolutePath().normalize();
    Path staging;
    try {
      staging = SitePublisher.stagingFor(out);
    } catch (IOException e) {
      throw new BuildException(
          "cannot create a build folder beside " + out + ": " + e.getMessage(), e);
    }
    try {
      try (SiteBaker baker = SiteBaker.create(site, templates, staging)) {
        baker.bake(kb);
      }
      FrontendAssets.write(templates.resolve("scss"), staging, FrontendAssets.sharedCacheDir());
      int pages = enrich(staging, kb);
      SitePublisher.publish(staging, out);
      Path stamp = stampOf(out);
      Files.writeString(stamp, "built\n", StandardCharsets.UTF_8);
      Files.setLastModifiedTime(stamp, FileTime.fromMillis(System.currentTimeMillis()));
      int items = kb.getItems().size() + kb.getGlossary().size();
      return new Generator.Report(out, pages, items, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      SitePublisher.delete(staging);
      throw new BuildException("cannot write the site: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      SitePublisher.delete(staging);
      throw e;
    }
  }

  /** Marks acronyms in every page; returns the number of HTML pages. */
  private static int enrich(Path site, KnowledgeBase kb) throws IOException {
    AcronymMarker marker = new AcronymMarker(kb.getGlossary(), "/");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      doc.outputSettings().prettyPrint(false);
      if (marker.mark(doc) > 0) {
        Files.writeString(page, doc.outerHtml(), StandardCharsets.UTF_8);
      }
    }
    return pages.size();
  }

  static boolean isStale(Path site, Path templates, Path output) {
    Path stamp = stampOf(output.toAbsolutePath().normalize());
    if (!Files.exists(stamp) || !Files.isDirectory(output)) {
      return true;
    }
    try {
      FileTime built = Files.getLastModifiedTime(stamp);
      return newerThan(site, built) || newerThan(templates, built);
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean newerThan(Path dir, FileTime time) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(
          p -> {
            try {
              return Files.getLastModifiedTime(p).compareTo(time) > 0;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private static Path stampOf(Path output) {
    return output.resolveSibling(output.getFileName() + STAMP);
  }
}
