package org.dhrkb.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.dhrkb.search.index.Glossary;
import org.dhrkb.search.index.IndexFields;
import org.dhrkb.search.index.KbAnalyzer;
import org.dhrkb.search.index.Vocabulary;

/**
 * Spelling against one index generation: which typed words the index lacks, and what to do about
 * each. A word is corrected only when the index lacks it and it is not an English word ({@link
 * EnglishWords}: "live" is not a misspelling of "line"), only towards a word found in at least
 * {@link #MIN_FREQUENCY} items, never towards a filler word, and never when it was typed as an
 * acronym or a name. Short words are offered a correction ("did you mean") but not matched by it:
 * at four letters one edit is too often another word.
 */
final class Spelling {
  /** A correction must be a word of at least this many items: no drifting to a one-off. */
  static final int MIN_FREQUENCY = 2;

  /**
   * What spelling makes of one word.
   *
   * @param offered the closest word to offer as "did you mean", or null
   * @param matched stems to match in its place, silently (empty when the word is only offered)
   */
  record Correction(String offered, List<String> matched) {
    static final Correction NONE = new Correction(null, List.of());
  }

  private final IndexReader reader;
  private final Vocabulary vocabulary;
  private final EnglishWords english = EnglishWords.get();

  /**
   * Spelling over {@code reader}, correcting towards the words of {@code vocabulary} (the words of
   * {@link IndexFields#EXACT} in at least {@link #MIN_FREQUENCY} items).
   */
  Spelling(IndexReader reader, Vocabulary vocabulary) {
    this.reader = reader;
    this.vocabulary = vocabulary;
  }

  /**
   * What spelling made of a query's words.
   *
   * @param corrections each word the index lacks (filler aside), with its correction, in order
   * @param missing the typed form of each such word nothing published matches: no correction is
   *     matched in its place and no indexed word begins with it as far as the query looks
   */
  record Checked(Map<QueryWords.Word, Correction> corrections, List<String> missing) {}

  /** Each word of the query the index lacks, its correction, and whether anything matches it. */
  Checked check(List<QueryWords.Word> words, Glossary glossary) throws IOException {
    Map<QueryWords.Word, Correction> corrections = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (QueryWords.Word word : words) {
      if (word.filler() || known(word)) {
        continue;
      }
      Correction correction = correct(word, glossary.isAcronymToken(word.stem()));
      corrections.put(word, correction);
      if (correction.matched().isEmpty()
          && !(QueryClauses.findsLongerForms(word, true) && hasPrefix(word.surface()))) {
        missing.add(word.surface());
      }
    }
    return new Checked(Collections.unmodifiableMap(corrections), List.copyOf(missing));
  }

  /** Whether the index has the word's stem in any text field. */
  private boolean known(QueryWords.Word word) throws IOException {
    return docFreq(word.stem()) > 0;
  }

  /**
   * The correction of a word the index lacks.
   *
   * @param acronym whether the glossary names the word as an acronym
   */
  private Correction correct(QueryWords.Word word, boolean acronym) throws IOException {
    String surface = word.surface();
    if (word.filler()
        || word.upper()
        || word.name()
        || acronym
        || surface.length() < 4
        || !surface.chars().allMatch(Character::isLetter)
        || english.contains(surface)
        || known(word)
        || (word.last() && hasPrefix(surface))) {
      return Correction.NONE;
    }
    int edits = surface.length() >= 9 ? 2 : 1;
    List<String> near = similar(IndexFields.EXACT, surface, edits);
    if (near.isEmpty()) {
      return Correction.NONE;
    }
    if (surface.length() == 4) {
      return new Correction(near.get(0), List.of());
    }
    Set<String> stems = new LinkedHashSet<>();
    for (String similar : near) {
      stems.addAll(Glossary.tokens(KbAnalyzer.stemmed(), similar));
    }
    return new Correction(near.get(0), List.copyOf(stems));
  }

  /** Up to three indexed words within {@code edits} of {@code text}, best first, none filler. */
  private List<String> similar(String field, String text, int edits) throws IOException {
    String lower = text.toLowerCase(Locale.ROOT);
    // As Lucene's spell checker: only for words of four letters or more the index lacks.
    if (lower.codePointCount(0, lower.length()) < 4 || reader.docFreq(new Term(field, lower)) > 0) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String suggestion : vocabulary.similar(lower, edits, 5)) {
      if (!QueryWords.FILLER.contains(suggestion) && words.size() < 3) {
        words.add(suggestion);
      }
    }
    return words;
  }

  /** Whether some indexed word starts with {@code prefix} (a word being typed may be one). */
  private boolean hasPrefix(String prefix) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, IndexFields.EXACT);
    if (terms == null) {
      return false;
    }
    TermsEnum iterator = terms.iterator();
    return iterator.seekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END
        && iterator.term().utf8ToString().startsWith(prefix);
  }

  private int docFreq(String stem) throws IOException {
    return reader.docFreq(new Term(IndexFields.TEXT, stem))
        + reader.docFreq(new Term(IndexFields.TITLE, stem))
        + reader.docFreq(new Term(IndexFields.NOTES, stem))
        + reader.docFreq(new Term(IndexFields.LINKS, stem))
        + reader.docFreq(new Term(IndexFields.PLAIN_WORDS, stem));
  }

  /**
   * The query with each word the index lacks replaced by the closest word it has, when one exists;
   * null otherwise.
   */
  static String didYouMean(UserQuery user, Map<QueryWords.Word, Correction> corrections) {
    Map<String, String> bySurface = new LinkedHashMap<>();
    corrections.forEach(
        (word, correction) -> {
          if (correction.offered() != null) {
            bySurface.putIfAbsent(word.surface(), correction.offered());
          }
        });
    if (bySurface.isEmpty()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String typed : user.words()) {
      String replaced = bySurface.get(typed.toLowerCase(java.util.Locale.ROOT));
      words.add(replaced != null ? replaced : typed);
    }
    String suggestion = user.withWords(words);
    return suggestion.equalsIgnoreCase(String.join(" ", user.words())) ? null : suggestion;
  }
}
