package org.dhrkb.search.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.dhrkb.contract.Kind;
import org.dhrkb.search.index.PublishedSite;
import org.dhrkb.search.index.SiteItem;

/**
 * The baseline the ranking must beat: out-of-the-box Lucene over the same items the results list
 * can hold (no pages, no glossary entries), title and text in one field, Lucene's {@link
 * EnglishAnalyzer}, the query's words OR-ed, BM25 with its default parameters. Nothing in it is
 * tuned, so it says what the ranking's own work is worth.
 */
public final class PlainBm25 implements AutoCloseable {
  private static final String ID = "id";
  private static final String BODY = "body";

  private final Directory directory = new ByteBuffersDirectory();
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /**
   * Indexes the items of a published site in memory.
   *
   * @throws IOException when the index cannot be written
   */
  public PlainBm25(PublishedSite site) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (SiteItem item : site.items()) {
        if (item.kind().equals(Kind.PAGE.getId())
            || item.kind().equals(Kind.GLOSSARY_ENTRY.getId())) {
          continue;
        }
        Document doc = new Document();
        doc.add(new StringField(ID, item.id(), Field.Store.YES));
        doc.add(new TextField(BODY, item.title() + "\n" + item.text(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  /** The ids of the best {@code depth} items for a query, best first. */
  public List<String> rank(String text, int depth) {
    Query query = new QueryBuilder(analyzer).createBooleanQuery(BODY, text);
    List<String> ids = new ArrayList<>();
    if (query == null) {
      return ids;
    }
    try {
      for (ScoreDoc hit : searcher.search(query, depth).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(ID));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an index in memory
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
