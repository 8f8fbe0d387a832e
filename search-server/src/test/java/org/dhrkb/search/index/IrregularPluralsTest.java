package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** A practitioner who types the singular finds the items that use the plural, and back. */
class IrregularPluralsTest {
  @Test
  void irregularPluralsMeetTheirSingulars() throws IOException {
    Analyzer analyzer = KbAnalyzer.stemmed();
    for (String[] pair :
        new String[][] {
          {"woman", "women"},
          {"child", "children"},
          {"midwife", "midwives"},
          {"wife", "wives"},
          {"life", "lives"}
        }) {
      assertEquals(terms(analyzer, pair[0]), terms(analyzer, pair[1]), String.join(" and ", pair));
    }
  }

  @Test
  void regularWordsStemAsBefore() throws IOException {
    Analyzer analyzer = KbAnalyzer.stemmed();
    assertEquals(terms(analyzer, "referral"), terms(analyzer, "refer"));
    assertEquals(terms(analyzer, "assessments"), terms(analyzer, "assessment"));
    assertEquals(List.of("domest", "abus"), terms(analyzer, "domestic abuse"));
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
