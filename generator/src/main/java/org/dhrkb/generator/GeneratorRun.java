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
import org.dhrkb.generator.enrich.BasePath;
import org.dhrkb.generator.live.LiveReload;
import org.dhrkb.generator.opendata.ChecklistCsv;
import org.dhrkb.generator.opendata.OpenDataJson;
import org.dhrkb.generator.opendata.OpenSearchDescription;
import org.dhrkb.generator.publish.SitePublisher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The steps of one build: load and validate, bake, write the open data, enrich, publish. */
final class GeneratorRun {
  /** Written beside the published site when a build succeeds; its time says how fresh it is. */
  private static final String STAMP = ".built";

  private GeneratorRun() {}

  static KnowledgeBase check(Path site) throws ContentException {
    return ContentLoader.load(site);
  }

  static Generator.Report build(
      Path site, Path templates, Path output, SiteAddress address, boolean liveReload)
      throws ContentException {
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
      // A live-reload build is a watcher's: it rebuilds in this JVM, so JBake's store is kept.
      try (SiteBaker baker =
          SiteBaker.create(site, templates, staging, address.url(), liveReload)) {
        baker.bake(kb);
      }
      FrontendAssets.write(templates.resolve("scss"), staging, FrontendAssets.sharedCacheDir());
      ChecklistCsv.write(kb, staging, address.url());
      OpenDataJson.write(kb, staging, address.url());
      if (address.isSet()) {
        OpenSearchDescription.write(staging, address.url());
      }
      int pages = enrich(staging, kb, address);
      if (liveReload) {
        LiveReload.addTo(staging);
      }
      SitePublisher.publish(staging, out);
      Path stamp = stampOf(out);
      Files.writeString(stamp, stampText(address), StandardCharsets.UTF_8);
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

  /**
   * Marks acronyms in every page and moves its addresses under the base path; returns the number of
   * HTML pages. The pages are independent, so they are enriched in parallel, on every core.
   */
  private static int enrich(Path site, KnowledgeBase kb, SiteAddress address) throws IOException {
    AcronymMarker marker = new AcronymMarker(kb.getGlossary(), "/");
    BasePath base = address.path().equals("/") ? null : new BasePath(address.path());
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    try {
      pages.parallelStream().forEach(page -> enrichPage(site, page, marker, base));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return pages.size();
  }

  private static void enrichPage(Path site, Path page, AcronymMarker marker, BasePath base) {
    try {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      doc.outputSettings().prettyPrint(false);
      int changes = marker.mark(doc);
      if (base != null) {
        changes += base.apply(doc);
        if (site.relativize(page).toString().equals("search.html")) {
          base.declare(doc);
          changes++;
        }
      }
      if (changes > 0) {
        Files.writeString(page, doc.outerHtml(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isStale(Path site, Path templates, Path output, SiteAddress address) {
    Path stamp = stampOf(output.toAbsolutePath().normalize());
    if (!Files.exists(stamp) || !Files.isDirectory(output)) {
      return true;
    }
    try {
      // A site built for another address (kb build --base-url, then kb serve) is rebuilt.
      if (!Files.readString(stamp, StandardCharsets.UTF_8).equals(stampText(address))) {
        return true;
      }
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

  /** What the stamp says: that the build succeeded, and for which address. */
  private static String stampText(SiteAddress address) {
    return address.isSet() ? "built for " + address.url() + "\n" : "built\n";
  }

  private static Path stampOf(Path output) {
    return output.resolveSibling(output.getFileName() + STAMP);
  }
}
