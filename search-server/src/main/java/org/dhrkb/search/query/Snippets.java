package org.dhrkb.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dhrkb.search.index.IndexFields;
import org.dhrkb.search.index.SiteIndexer;
import org.dhrkb.search.index.StoredDocs;
import org.jsoup.nodes.Entities;

/**
 * The snippet of each result: the sentence or two of its text around the query's main words,
 * HTML-escaped, the matches in {@code <mark>}, at most {@link #MAX_CHARS} visible characters. The
 * indexed text holds no web addresses (see {@code PublishedSite}), so a snippet is never a run of
 * URLs.
 */
final class Snippets {
  /** About two lines on a desktop, four on a phone. */
  static final int MAX_CHARS = 300;

  /** The most of a text the highlighter looks at. */
  private static final int MAX_LENGTH = 20_000;

  private Snippets() {}

  /** Snippets for the hits, in order; the start of the text where no word matched. */
  static String[] of(IndexSearcher searcher, StoredDocs docs, Query highlight, ScoreDoc[] hits)
      throws IOException {
    if (hits.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, SiteIndexer.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.UK))
            .withHandleMultiTermQuery(true)
            .withMaxNoHighlightPassages(1)
            .withMaxLength(MAX_LENGTH);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(builder) {
          // The texts are in memory already: no stored fields to decompress for each result.
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
              throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = docIter.nextDoc()) {
              CharSequence[] forDoc = new CharSequence[fields.length];
              for (int f = 0; f < fields.length; f++) {
                String text = docs.text(doc);
                forDoc[f] =
                    text == null ? null : text.substring(0, Math.min(text.length(), MAX_LENGTH));
              }
              values.add(forDoc);
            }
            return values;
          }
        };
    int[] hitDocs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      hitDocs[i] = hits[i].doc;
    }
    Map<String, String[]> byField =
        highlighter.highlightFields(
            new String[] {IndexFields.TEXT},
            inText(highlight, searcher.getIndexReader()),
            hitDocs,
            new int[] {2});
    String[] snippets = byField.get(IndexFields.TEXT);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = snippets[i] == null ? "" : shorten(snippets[i], MAX_CHARS);
    }
    return snippets;
  }

  /**
   * The highlight query's words and phrases in the text field only, prefixes expanded to the
   * indexed words they match: nothing the highlighter must re-analyse the text for, so it reads the
   * matches' offsets from the postings instead of indexing each result's text in memory again.
   */
  static Query inText(Query highlight, IndexReader reader) throws IOException {
    Set<Term> terms = new LinkedHashSet<>();
    List<Query> phrases = new ArrayList<>();
    List<BytesRef> prefixes = new ArrayList<>();
    highlight.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return field.equals(IndexFields.TEXT);
          }

          @Override
          public void consumeTerms(Query query, Term... matched) {
            if (query instanceof PhraseQuery phrase && matched.length > 1) {
              phrases.add(phrase);
            } else {
              for (Term term : matched) {
                if (term.field().equals(IndexFields.TEXT)) {
                  terms.add(term);
                }
              }
            }
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            if (query instanceof PrefixQuery prefix && field.equals(IndexFields.TEXT)) {
              prefixes.add(prefix.getPrefix().bytes());
            }
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    Terms indexed = MultiTerms.getTerms(reader, IndexFields.TEXT);
    for (BytesRef prefix : prefixes) {
      if (indexed == null) {
        break;
      }
      TermsEnum words = indexed.iterator();
      if (words.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        continue;
      }
      do {
        if (!StringHelper.startsWith(words.term(), prefix)) {
          break;
        }
        terms.add(new Term(IndexFields.TEXT, BytesRef.deepCopyOf(words.term())));
      } while (words.next() != null);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    terms.forEach(t -> query.add(new TermQuery(t), Occur.SHOULD));
    phrases.forEach(p -> query.add(p, Occur.SHOULD));
    return query.build();
  }

  /** Plain text as a snippet: escaped and shortened. */
  static String plain(String text) {
    return shorten(Entities.escape(text == null ? "" : text), MAX_CHARS);
  }

  /**
   * Cuts highlighted, escaped HTML to at most {@code max} visible characters at a word boundary,
   * closing a {@code <mark>} left open; tags and entities are never cut.
   */
  static String shorten(String html, int max) {
    int visible = 0;
    int lastSpace = -1;
    boolean markOpen = false;
    boolean markOpenAtSpace = false;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        end = end < 0 ? html.length() - 1 : end;
        markOpen = !html.startsWith("</", i);
        i = end + 1;
        continue;
      }
      if (visible == max) {
        int cut = lastSpace > 0 ? lastSpace : i;
        boolean open = lastSpace > 0 ? markOpenAtSpace : markOpen;
        return html.substring(0, cut).stripTrailing() + (open ? "</mark>" : "") + " …";
      }
      if (c == ' ') {
        lastSpace = i;
        markOpenAtSpace = markOpen;
      }
      i = c == '&' && html.indexOf(';', i) > 0 ? html.indexOf(';', i) + 1 : i + 1;
      visible++;
    }
    return html;
  }
}
