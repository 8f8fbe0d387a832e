package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class KbAnalyzerTest {
  @Test
  void splitsWordsJoinedByUnderscoresAndKeepsTheirOffsets() throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = KbAnalyzer.exact().tokenStream("", "see MASH_Product.pdf now")) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    assertEquals(List.of("see@0-3", "mash@4-8", "product.pdf@9-20", "now@21-24"), tokens);
  }
}
