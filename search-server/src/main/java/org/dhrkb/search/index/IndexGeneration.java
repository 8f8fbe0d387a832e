package org.dhrkb.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One built index of one version of the site, with what the queries need beside it (the glossary
 * synonyms, the facet labels). Immutable once built. Reference-counted by its {@link
 * DirectoryReader} (Lucene's own count): a query holds it from its first to its last read, so when
 * a newer generation is swapped in, the queries in flight finish on this one, and the reader's
 * closed listener then closes the directory, gives up the generation's use lock and, for a retired
 * generation, deletes its folder.
 */
public final class IndexGeneration implements Closeable {
  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Glossary glossary;
  private final StoredDocs docs;
  private final Vocabulary vocabulary;
  private final Map<String, String> audienceLabels;
  private final Map<String, String> themeTitles;
  private final String fingerprint;
  private final Instant builtAt;
  private final int pages;
  private final Closeable inUse;
  private volatile boolean retired;

  private IndexGeneration(
      Path dir,
      Directory directory,
      DirectoryReader reader,
      Closeable inUse,
      SiteSummary site,
      String fingerprint,
      Instant builtAt)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.inUse = inUse;
    this.searcher = new IndexSearcher(reader);
    // A few hundred documents: caching filters costs more than running them.
    this.searcher.setQueryCache(null);
    this.glossary = new Glossary(site.glossary(), KbAnalyzer.stemmed());
    this.docs = new StoredDocs(reader);
    // Spelling corrects only towards words found in at least two items.
    this.vocabulary = new Vocabulary(reader, IndexFields.EXACT, 2);
    this.audienceLabels = site.audienceLabels();
    this.themeTitles = site.themeTitles();
    this.fingerprint = fingerprint;
    this.builtAt = builtAt;
    this.pages = site.pages();
  }

  /**
   * Opens the generation in {@code dir} and marks it in use by this process. Call with the index
   * folder's lock held (see {@link GenerationLocks}).
   *
   * @throws IOException when it cannot be read; whatever was opened is closed again
   */
  static IndexGeneration open(Path dir, SiteSummary site, String fingerprint, Instant builtAt)
      throws IOException {
    Closeable inUse = GenerationLocks.markInUse(dir);
    Directory directory = null;
    DirectoryReader reader = null;
    try {
      directory = FSDirectory.open(dir);
      reader = DirectoryReader.open(directory);
      IndexGeneration generation =
          new IndexGeneration(dir, directory, reader, inUse, site, fingerprint, builtAt);
      reader.getReaderCacheHelper().addClosedListener(key -> generation.closed());
      return generation;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(reader, directory, inUse);
      throw e;
    }
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** Every document's shown and filtered fields, decoded once. */
  public StoredDocs docs() {
    return docs;
  }

  /** The words spelling may correct towards, read once. */
  public Vocabulary vocabulary() {
    return vocabulary;
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
    return reader.tryIncRef();
  }

  void decRef() throws IOException {
    reader.decRef();
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

  /** The reader is closed: let go of the rest, and of the folder too when retired. */
  private void closed() throws IOException {
    IOUtils.close(directory, inUse);
    if (retired) {
      // Never wait here: this runs on a query's thread.
      GenerationLocks.deleteWhenFree(dir);
    }
  }
}
