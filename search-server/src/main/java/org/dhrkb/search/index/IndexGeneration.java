package org.dhrkb.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * One built index of one version of the site, with what the queries need beside it (the glossary
 * synonyms, the facet labels). Immutable once built. Reference-counted: a query holds it from its
 * first to its last read, so when a newer generation is swapped in, the queries in flight finish on
 * this one and it closes after the last of them.
 */
public final class IndexGeneration implements Closeable {
  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Glossary glossary;
  private final Map<String, String> audienceLabels;
  private final Map<String, String> themeTitles;
  private final String fingerprint;
  private final Instant builtAt;
  private final int pages;
  private final AtomicInteger refs = new AtomicInteger(1);
  private volatile boolean retired;

  IndexGeneration(
      Path dir, Directory directory, PublishedSite site, String fingerprint, Instant builtAt)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    // A few hundred documents: caching filters costs more than running them.
    this.searcher.setQueryCache(null);
    this.glossary = new Glossary(site.glossary(), KbAnalyzer.stemmed());
    this.audienceLabels = site.audienceLabels();
    this.themeTitles = site.themeTitles();
    this.fingerprint = fingerprint;
    this.builtAt = builtAt;
    this.pages = (int) site.items().stream().filter(i -> i.kind().equals(SiteItem.PAGE)).count();
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public Glossary glossary() {
    return glossary;
  }

  /** Audience slug to label, for facets. */
  public Map<String, String> audienceLabels() {
    return audienceLabels;
  }

  /** Theme slug to title, for facets. */
  public Map<String, String> themeTitles() {
    return themeTitles;
  }

  /** The digest of the site this generation was built from. */
  public String fingerprint() {
    return fingerprint;
  }

  public Instant builtAt() {
    return builtAt;
  }

  /** Documents in the index: items and pages. */
  public int documents() {
    return reader.numDocs();
  }

  /** Pages whose page-level text is indexed. */
  public int pages() {
    return pages;
  }

  Path dir() {
    return dir;
  }

  boolean tryIncRef() {
    for (int count = refs.get(); count > 0; count = refs.get()) {
      if (refs.compareAndSet(count, count + 1)) {
        return true;
      }
    }
    return false;
  }

  void decRef() throws IOException {
    if (refs.decrementAndGet() == 0) {
      try (directory) {
        reader.close();
      }
      if (retired) {
        SearchIndex.deleteTree(dir);
      }
    }
  }

  /** Drops the owner's reference and deletes the folder once the last query is done with it. */
  void retire() throws IOException {
    retired = true;
    decRef();
  }

  /** Drops the owner's reference; the generation closes when no query holds it. */
  @Override
  public void close() throws IOException {
    decRef();
  }
}
