package org.dhrkb.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * What a query shows and filters on of every document of one generation, decoded once when the
 * generation opens instead of decompressing stored fields and seeking doc values for each result of
 * each query. Indexed by the reader's document number. The text is the bulk of it (a few megabytes
 * at a hundred times the publication's content), well within the server's heap.
 */
public final class StoredDocs {
  private final int maxDoc;
  private final boolean[] live;
  private final String[] id;
  private final String[] url;
  private final String[] title;
  private final String[] kind;
  private final String[] theme;
  private final String[] themeTitle;
  private final String[] audiencesStored;
  private final String[] text;
  private final String[] group;
  private final String[][] audiences;
  private final Map<String, Integer> byId = new HashMap<>();

  StoredDocs(IndexReader reader) throws IOException {
    maxDoc = reader.maxDoc();
    live = new boolean[maxDoc];
    id = new String[maxDoc];
    url = new String[maxDoc];
    title = new String[maxDoc];
    kind = new String[maxDoc];
    theme = new String[maxDoc];
    themeTitle = new String[maxDoc];
    audiencesStored = new String[maxDoc];
    text = new String[maxDoc];
    group = new String[maxDoc];
    audiences = new String[maxDoc][];
    // Facet values repeat across thousands of documents: keep one copy of each.
    Map<String, String> values = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits liveDocs = leaf.reader().getLiveDocs();
      SortedDocValues kinds = DocValues.getSorted(leaf.reader(), IndexFields.KIND);
      SortedDocValues themes = DocValues.getSorted(leaf.reader(), IndexFields.THEME);
      SortedDocValues groups = DocValues.getSorted(leaf.reader(), IndexFields.GROUP);
      SortedSetDocValues audienceValues =
          DocValues.getSortedSet(leaf.reader(), IndexFields.AUDIENCE);
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        int doc = leaf.docBase + d;
        live[doc] = liveDocs == null || liveDocs.get(d);
        Document fields = stored.document(d);
        id[doc] = fields.get(IndexFields.ID);
        url[doc] = fields.get(IndexFields.URL);
        title[doc] = fields.get(IndexFields.TITLE);
        themeTitle[doc] = values.computeIfAbsent(fields.get(IndexFields.THEME_TITLE), v -> v);
        audiencesStored[doc] = fields.get(IndexFields.AUDIENCES_STORED);
        text[doc] = fields.get(IndexFields.TEXT);
        kind[doc] = kinds.advanceExact(d) ? one(values, kinds.lookupOrd(kinds.ordValue())) : null;
        theme[doc] =
            themes.advanceExact(d) ? one(values, themes.lookupOrd(themes.ordValue())) : null;
        group[doc] =
            groups.advanceExact(d) ? groups.lookupOrd(groups.ordValue()).utf8ToString() : null;
        List<String> forDoc = new ArrayList<>();
        if (audienceValues.advanceExact(d)) {
          for (int i = 0; i < audienceValues.docValueCount(); i++) {
            forDoc.add(one(values, audienceValues.lookupOrd(audienceValues.nextOrd())));
          }
        }
        audiences[doc] = forDoc.toArray(new String[0]);
        if (live[doc] && id[doc] != null) {
          byId.putIfAbsent(id[doc], doc);
        }
      }
    }
  }

  private static String one(Map<String, String> values, org.apache.lucene.util.BytesRef bytes) {
    return values.computeIfAbsent(bytes.utf8ToString(), v -> v);
  }

  /** Document numbers run from 0 to this, exclusive. */
  public int maxDoc() {
    return maxDoc;
  }

  /** Whether the document is not deleted. */
  public boolean live(int doc) {
    return live[doc];
  }

  public String id(int doc) {
    return id[doc];
  }

  public String url(int doc) {
    return url[doc];
  }

  public String title(int doc) {
    return title[doc];
  }

  /** The kind, as stored and as its doc value; null when it has none. */
  public String kind(int doc) {
    return kind[doc];
  }

  /** The theme slug, as stored and as its doc value; null when it has none. */
  public String theme(int doc) {
    return theme[doc];
  }

  public String themeTitle(int doc) {
    return themeTitle[doc];
  }

  /** The audience slugs joined by spaces, as stored for display. */
  public String audiencesStored(int doc) {
    return audiencesStored[doc];
  }

  /** The audience slugs of the document's doc values, in their order (do not change the array). */
  public String[] audiences(int doc) {
    return audiences[doc];
  }

  public String text(int doc) {
    return text[doc];
  }

  /** The near-duplicate group, or null. */
  public String group(int doc) {
    return group[doc];
  }

  /** The live document with this id, or -1. */
  public int byId(String docId) {
    return byId.getOrDefault(docId, -1);
  }
}
