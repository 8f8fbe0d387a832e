package org.dhrkb.search.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analysis chain of the knowledge base, for indexing and querying alike (keep it the only
 * definition: it is what would move to OpenSearch as a custom analyzer).
 *
 * <p>Standard tokenizer, possessives removed, lowercase, accents folded, British and American
 * spellings made one ({@link SpellingVariantFilter}), then Porter stemming for the {@link
 * #stemmed()} fields. Stop words are kept in the index so that a quoted phrase or a glossary
 * expansion such as "National Institute for Health and Care Excellence" still matches as a phrase;
 * the query side decides which words are optional. Acronym synonyms are not in the chain: they come
 * from the published glossary at index time (see {@code Glossary}).
 */
public final class KbAnalyzer extends Analyzer {
  private final boolean stem;

  private KbAnalyzer(boolean stem) {
    this.stem = stem;
  }

  /** The chain for the main text fields: words reduced to their stems. */
  public static KbAnalyzer stemmed() {
    return new KbAnalyzer(true);
  }

  /** The same chain without stemming, for prefix matching and spelling suggestions. */
  public static KbAnalyzer exact() {
    return new KbAnalyzer(false);
  }

  /**
   * Where Porter leaves words apart that practitioners use for one thing: a noun and its verb
   * ("referral" and "refer"), and the irregular plurals of English, which Porter does not know
   * ("women" stays "women", "midwives" becomes "midwiv" while "midwife" becomes "midwif").
   */
  private static final StemmerOverrideFilter.StemmerOverrideMap STEMS = stems();

  private static StemmerOverrideFilter.StemmerOverrideMap stems() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    builder.add("referral", "refer");
    builder.add("referrals", "refer");
    String[][] plurals = {
      {"woman", "women"},
      {"man", "men"},
      {"child", "children"},
      {"wife", "wives"},
      {"midwife", "midwives"},
      {"life", "lives"},
      {"knife", "knives"},
      {"self", "selves"},
      {"half", "halves"},
    };
    for (String[] pair : plurals) {
      String stem = porter(pair[0]);
      builder.add(pair[0], stem);
      builder.add(pair[1], stem);
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What Porter makes of one word. */
  private static String porter(String word) {
    KeywordTokenizer source = new KeywordTokenizer();
    source.setReader(new StringReader(word));
    try (TokenStream stream = new PorterStemFilter(source)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      stream.incrementToken();
      String stem = term.toString();
      stream.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // Underscores join words in addresses and file names (MASH_Product.pdf): split them.
    return new UnderscoreCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new ASCIIFoldingFilter(result);
    result = new SpellingVariantFilter(result);
    if (stem) {
      result = new StemmerOverrideFilter(result, STEMS);
      result = new PorterStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new SpellingVariantFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
  }
}
