package org.dhrkb.search.index;

import java.io.IOException;
import java.util.Map;
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
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.dhrkb.search.query.RankingWeights;
import org.dhrkb.search.semantic.Embedder;

/** Writes one Lucene document per {@link SiteItem} of a published site. */
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
   * Writes the site's items into an empty directory and commits with the given user data.
   *
   * @throws IOException when the directory cannot be written
   */
  public static void write(
      PublishedSite site, Directory directory, Map<String, String> commitData, Embedder embedder)
      throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (SiteItem item : site.items()) {
        Document doc = document(item, site.audienceLabels());
        if (embedder != null && !item.kind().equals(SiteItem.PAGE)) {
          doc.add(
              new KnnFloatVectorField(
                  IndexFields.VECTOR,
                  // The theme's title says what the item is about when its own words do not.
                  embedder.embedPassage(
                      item.themeTitle() + ": " + item.title() + "\n" + item.text()),
                  VectorSimilarityFunction.COSINE));
        }
        writer.addDocument(doc);
      }
      writer.setLiveCommitData(commitData.entrySet());
      // One segment: the index is written once and only read afterwards.
      writer.forceMerge(1);
      writer.commit();
    }
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
