package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.dhrkb.generator.BuiltSite;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary's suggestions are Lucene's spell checker's, word for word and in the same order,
 * over the real built site: every indexed word misspelt in each way a typist does (a letter
 * dropped, doubled, swapped with its neighbour, replaced, two of these at once).
 */
class VocabularyIT {
  @Test
  void suggestsWhatTheSpellCheckerSuggests() throws Exception {
    try (SearchIndex index =
            SearchIndex.open(BuiltSite.get().dir(), Files.createTempDirectory("kb-vocabulary-"));
        SearchIndex.Lease lease = index.acquire()) {
      IndexReader reader = lease.generation().searcher().getIndexReader();
      Vocabulary vocabulary = lease.generation().vocabulary();
      Set<String> misspelt = new LinkedHashSet<>();
      Random random = new Random(20131101);
      TermsEnum terms = MultiTerms.getTerms(reader, IndexFields.EXACT).iterator();
      for (BytesRef term = terms.next(); term != null; term = terms.next()) {
        String word = term.utf8ToString();
        if (word.length() < 4) {
          continue;
        }
        misspelt.addAll(typos(word, random));
        misspelt.addAll(typos(typos(word, random).get(0), random));
      }
      int compared = 0;
      int withSuggestions = 0;
      for (String word : misspelt) {
        if (word.codePointCount(0, word.length()) < 4
            || reader.docFreq(new Term(IndexFields.EXACT, word)) > 0) {
          continue;
        }
        for (int edits = 1; edits <= 2; edits++) {
          List<String> expected = spellChecker(reader, word, edits);
          assertEquals(expected, vocabulary.similar(word, edits, 5), word + ", " + edits);
          compared++;
          withSuggestions += expected.isEmpty() ? 0 : 1;
        }
      }
      assertTrue(compared > 5_000 && withSuggestions > 2_000, compared + ", " + withSuggestions);
    }
  }

  /** How the search used Lucene's spell checker before it had a vocabulary of its own. */
  private static List<String> spellChecker(IndexReader reader, String word, int edits)
      throws Exception {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(edits);
    checker.setThresholdFrequency(1);
    checker.setMinQueryLength(4);
    return Arrays.stream(
            checker.suggestSimilar(
                new Term(IndexFields.EXACT, word),
                5,
                reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
        .map((SuggestWord s) -> s.string)
        .toList();
  }

  private static List<String> typos(String word, Random random) {
    List<String> typos = new ArrayList<>();
    int i = 1 + random.nextInt(word.length() - 1);
    char letter = (char) ('a' + random.nextInt(26));
    typos.add(word.substring(0, i) + word.substring(i + 1 > word.length() ? i : i + 1));
    typos.add(word.substring(0, i) + word.charAt(i - 1) + word.substring(i));
    typos.add(word.substring(0, i) + letter + word.substring(i));
    if (i + 1 < word.length()) {
      typos.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
      typos.add(word.substring(0, i) + letter + word.substring(i + 1));
    }
    return typos;
  }
}
