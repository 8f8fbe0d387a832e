package org.dhrkb.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.dhrkb.search.query.RankingWeights;
import org.dhrkb.search.semantic.Embedder;

/** Writes one Lucene document per {@link SiteItem} of a published site, as its pages are read. */
public final class SiteIndexer {
  /**
   * Stored text whose postings keep offsets, so the unified highlighter finds the matches from the
   * postings instead of analysing the text again for every result.
   */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private SiteIndexer() {}

  /** The analyzer of every field: stemmed text, except the fields made for prefixes. */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        KbAnalyzer.stemmed(),
        Map.of(
            IndexFields.EXACT, KbAnalyzer.exact(),
            IndexFields.TITLE_EXACT, KbAnalyzer.exact()));
  }

  /**
   * Writes the documents of a published site folder into an empty directory, as its pages are read,
   * and commits once with the user data {@code commitData} makes of the site's summary.
   *
   * @param digest whether to compute the site's fingerprint while reading (see {@link
   *     SiteSummary#digest()})
   * @return the site's summary
   * @throws IOException when a page cannot be read or the directory written
   */
  static SiteSummary write(
      Path site,
      Directory directory,
      boolean digest,
      Function<SiteSummary, Map<String, String>> commitData,
      Embedder embedder)
      throws IOException {
    SiteSummary.Builder summary = new SiteSummary.Builder();
    Deque<SiteItem> waiting = new ArrayDeque<>();
    try (IndexWriter writer = new IndexWriter(directory, config())) {
      String fingerprint =
          SitePages.read(
              site,
              digest,
              page -> {
                summary.add(page);
                waiting.addAll(page.items());
                // An item is indexed with its audiences' labels, which come from the audience
                // pages (one page an audience): it waits, keeping its place, until each has
                // one. The audience pages sort before the theme pages, so in practice none waits.
                while (!waiting.isEmpty() && summary.labelled(waiting.peek().audiences())) {
                  writer.addDocument(
                      withVector(
                          document(waiting.peek(), summary.audienceLabels()),
                          waiting.poll(),
                          embedder));
                }
              });
      for (SiteItem item : waiting) {
        writer.addDocument(withVector(document(item, summary.audienceLabels()), item, embedder));
      }
      SiteSummary result = summary.build(fingerprint);
      writer.setLiveCommitData(commitData.apply(result).entrySet());
      // One segment: the index is written once and only read afterwards.
      writer.forceMerge(1);
      writer.commit();
      return result;
    }
  }

  /**
   * A writer for an index built once: a RAM buffer that holds a big site whole, so it is written as
   * one segment with no merging (16 MB, Lucene's default, when the heap is small, as for a server
   * on -Xmx128m); merges that keep the documents in the order they were added (doc ids break ties
   * between equal scores, and Lucene's default merge policy reorders segments); no compound files,
   * which would copy every file once more; nothing committed on close but the one commit at the
   * end.
   */
  private static IndexWriterConfig config() {
    LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
    merges.setNoCFSRatio(0);
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return new IndexWriterConfig(analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(Math.max(16, Math.min(1024, heapMb / 8)))
        .setMergePolicy(merges)
        .setUseCompoundFile(false)
        .setCommitOnClose(false);
  }

  /**
   * The document with the item's meaning as a vector (its theme, title and text), when there is a
   * model; pages carry none.
   */
  private static Document withVector(Document doc, SiteItem item, Embedder embedder) {
    if (embedder != null && !item.kind().equals(SiteItem.PAGE)) {
      doc.add(
          new KnnFloatVectorField(
              IndexFields.VECTOR,
              embedder.embedPassage(passage(item)),
              VectorSimilarityFunction.COSINE));
      if (!item.plainWords().isEmpty()) {
        doc.add(
            new KnnFloatVectorField(
                IndexFields.PLAIN_VECTOR,
                embedder.embedPassage(plainPhrases(item)),
                VectorSimilarityFunction.COSINE));
      }
    }
    return doc;
  }

  /**
   * What an item's vector is made of: its theme's title and its own title and text, which say what
   * it is about when its own words do not; for a resource, which has no text, the item it is given
   * under too; and the everyday phrasings an editor wrote for it. On the tuning sets the resource's
   * context raised the questions from 0.771 to 0.791 (an experiment outside the server fusing the
   * same two rankings), and the phrasings in the vector from 0.811 to 0.833 (beside them as words).
   */
  static String passage(SiteItem item) {
    StringBuilder passage =
        new StringBuilder(item.themeTitle()).append(": ").append(item.title()).append('\n');
    passage.append(item.text());
    if (!item.context().isEmpty()) {
      passage.append('\n').append(item.context());
    }
    if (!item.plainWords().isEmpty()) {
      passage.append('\n').append(plainPhrases(item));
    }
    return passage.toString();
  }

  /** The item's plain-words as the model reads them: one line of phrases separated by ';'. */
  private static String plainPhrases(SiteItem item) {
    return item.plainWords().replace('\n', ';');
  }

  static Document document(SiteItem item, Map<String, String> audienceLabels) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, item.id(), Field.Store.YES));
    doc.add(new StoredField(IndexFields.URL, item.url()));
    doc.add(new StringField(IndexFields.KIND, item.kind(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.KIND, new BytesRef(item.kind())));
    doc.add(new StringField(IndexFields.THEME, item.theme(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.THEME, new BytesRef(item.theme())));
    doc.add(new TextField(IndexFields.THEME_TITLE, item.themeTitle(), Field.Store.YES));
    for (String audience : item.audiences()) {
      doc.add(new StringField(IndexFields.AUDIENCE, audience, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(IndexFields.AUDIENCE, new BytesRef(audience)));
    }
    doc.add(new StoredField(IndexFields.AUDIENCES_STORED, String.join(" ", item.audiences())));
    doc.add(new TextField(IndexFields.TITLE, item.title(), Field.Store.YES));
    doc.add(new Field(IndexFields.TEXT, item.text(), TEXT_WITH_OFFSETS));
    doc.add(new TextField(IndexFields.NOTES, item.notes(), Field.Store.YES));
    doc.add(new TextField(IndexFields.LINKS, item.links(), Field.Store.NO));
    doc.add(new TextField(IndexFields.PLAIN_WORDS, item.plainWords(), Field.Store.NO));
    // Who the item is for, in words ("IDVAs and specialist domestic abuse services"): a
    // practitioner who names a role finds the items tagged for it.
    doc.add(
        new TextField(
            IndexFields.AUDIENCE_TEXT,
            item.audiences().stream()
                .map(a -> audienceLabels.getOrDefault(a, a))
                .collect(java.util.stream.Collectors.joining("\n")),
            Field.Store.NO));
    doc.add(new TextField(IndexFields.EXACT, item.title() + "\n" + item.text(), Field.Store.NO));
    doc.add(new TextField(IndexFields.TITLE_EXACT, item.title(), Field.Store.NO));
    doc.add(new SortedDocValuesField(IndexFields.GROUP, new BytesRef(item.group())));
    doc.add(new FloatDocValuesField(IndexFields.PRIOR, RankingWeights.prior(item.kind())));
    return doc;
  }
}
