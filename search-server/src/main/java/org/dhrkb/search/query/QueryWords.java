package org.dhrkb.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.dhrkb.search.index.Glossary;
import org.dhrkb.search.index.KbAnalyzer;

/**
 * The plain words of a {@link UserQuery}, analysed: each as typed (lower-cased, unstemmed) and
 * stemmed, marked as filler when it carries no need of its own ("what", "should", "about"). Reads
 * no index.
 */
final class QueryWords {
  /**
   * Question and filler words: neither required nor highlighted, since a practitioner's question
   * ("what does the guidance say about…") is not about them.
   */
  static final Set<String> FILLER =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "if",
          "in", "into", "is", "it", "its", "no", "not", "of", "on", "or", "such", "that", "the",
          "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "were",
          "will", "with", "who", "whom", "what", "when", "where", "why", "how", "which", "should",
          "could", "would", "can", "do", "does", "did", "i", "we", "you", "my", "our", "your", "me",
          "us", "about", "from", "have", "has", "had", "need", "needs", "get", "find", "help",
          "please", "tell", "much", "many", "any", "some", "all", "another", "say", "says", "so",
          "than", "too", "very", "just", "also", "out", "up", "over", "other", "each");

  private static final Analyzer STEMMED = KbAnalyzer.stemmed();
  private static final Analyzer EXACT = KbAnalyzer.exact();

  /**
   * One word of the query.
   *
   * @param surface as typed, analysed but not stemmed
   * @param stem as indexed in the stemmed fields
   * @param filler a question or filler word
   * @param last the last word while typing: it may be incomplete
   * @param upper typed in capitals (an acronym: never spelling-corrected)
   * @param name typed as a name (capitalised after the first word, or with a possessive 's): never
   *     spelling-corrected
   */
  record Word(
      String surface, String stem, boolean filler, boolean last, boolean upper, boolean name) {}

  private QueryWords() {}

  /** The analysed words of a query. */
  static List<Word> of(UserQuery user) {
    List<Word> words = new ArrayList<>();
    List<String> raw = user.words();
    for (int i = 0; i < raw.size(); i++) {
      String chunk = raw.get(i);
      List<String> surfaces = Glossary.tokens(EXACT, chunk);
      List<String> stems = Glossary.tokens(STEMMED, chunk);
      // Both chains split text alike and stemming maps one token to one: equal sizes.
      int n = Math.min(surfaces.size(), stems.size());
      boolean upper =
          chunk.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
              && chunk.chars().anyMatch(Character::isLetter);
      // A capital inside a query (not its first word) or a possessive marks a name: "Clare's law".
      boolean name =
          !upper
              && ((i > 0 && chunk.matches("\\p{Lu}\\p{Ll}.*"))
                  || chunk.matches(".*\\p{L}['\u2019][sS]\\W*"));
      for (int j = 0; j < n; j++) {
        String surface = surfaces.get(j);
        boolean last = i == raw.size() - 1 && j == n - 1 && user.typing();
        words.add(new Word(surface, stems.get(j), FILLER.contains(surface), last, upper, name));
      }
    }
    // A query of nothing but filler words ("what is it") still looks for them.
    if (words.stream().allMatch(Word::filler)) {
      words.replaceAll(w -> new Word(w.surface(), w.stem(), false, w.last(), w.upper(), w.name()));
    }
    return words;
  }
}
