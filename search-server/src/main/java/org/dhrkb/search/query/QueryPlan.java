package org.dhrkb.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.dhrkb.search.index.Glossary;
import org.dhrkb.search.index.IndexFields;
import org.dhrkb.search.index.KbAnalyzer;

/**
 * The Lucene queries for one {@link UserQuery} over one index generation.
 *
 * <p>Each plain word becomes a required clause: its stem in the title (weighted most), the text and
 * the notes; a word the index does not know also matches its near spellings (one edit from five
 * letters, two from nine; never for short words or glossary acronyms); the last word while typing
 * also matches as a prefix. A run of words that names a glossary entry ("marac", "independent
 * domestic violence adviser") is one clause that any name of the entry satisfies. Question words
 * and stop words ("who should attend a marac") are optional. Quoted phrases are required, {@code
 * -word} excluded. Optional clauses reward the words appearing close together.
 *
 * <p>{@link #query(int)} relaxes the requirement to "at least m of the clauses" for the fallback
 * when no item has every word.
 */
final class QueryPlan {
  /** Field weights: a match in the title says more than one in the text or a note. */
  static final float TITLE_BOOST = 3f;

  static final float TEXT_BOOST = 1f;
  static final float NOTES_BOOST = 0.3f;
  static final float THEME_BOOST = 0.5f;

  /** Words that carry no need of their own in a practitioner's question. */
  static final Set<String> OPTIONAL_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
          "these", "they", "this", "to", "was", "will", "with", "who", "whom", "what", "when",
          "where", "why", "how", "which", "should", "could", "would", "can", "do", "does", "did",
          "i", "we", "you", "my", "our", "your", "me", "us", "about", "from", "have", "has", "need",
          "needs", "get", "find", "help", "please", "tell", "much", "many", "any", "some", "all",
          "another");

  private static final Analyzer STEMMED = KbAnalyzer.stemmed();
  private static final Analyzer EXACT = KbAnalyzer.exact();

  /** One word of the query: as typed (analysed, unstemmed) and stemmed. */
  record Word(String surface, String stem, boolean optional, boolean last, boolean upper) {}

  private final UserQuery user;
  private final Glossary glossary;
  private final IndexReader reader;
  private final List<Word> words = new ArrayList<>();
  private final List<Query> required = new ArrayList<>();
  private final List<Query> optional = new ArrayList<>();
  private final List<Query> excluded = new ArrayList<>();
  private final List<Word> unknown = new ArrayList<>();
  private final Map<String, String> corrections = new LinkedHashMap<>();
  private final boolean titles;

  /**
   * @param titles match titles only (completions while typing), else every field
   */
  QueryPlan(UserQuery user, Glossary glossary, IndexReader reader, boolean titles) {
    this.user = user;
    this.glossary = glossary;
    this.reader = reader;
    this.titles = titles;
    analyseWords();
    planWords();
    for (String phrase : user.phrases()) {
      List<String> stems = Glossary.tokens(STEMMED, phrase);
      if (!stems.isEmpty()) {
        required.add(phrase(stems, 0));
      }
    }
    for (String text : user.excluded()) {
      List<String> stems = Glossary.tokens(STEMMED, text);
      if (!stems.isEmpty()) {
        excluded.add(phrase(stems, 0));
      }
    }
  }

  private void analyseWords() {
    List<String> raw = user.words();
    for (int i = 0; i < raw.size(); i++) {
      String chunk = raw.get(i);
      List<String> surfaces = Glossary.tokens(EXACT, chunk);
      List<String> stems = Glossary.tokens(STEMMED, chunk);
      if (surfaces.size() != stems.size()) {
        continue; // cannot happen: stemming maps one token to one token
      }
      boolean upper =
          chunk.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
              && chunk.chars().anyMatch(Character::isLetter);
      for (int j = 0; j < stems.size(); j++) {
        String surface = surfaces.get(j);
        boolean last = i == raw.size() - 1 && j == stems.size() - 1 && user.typing();
        words.add(new Word(surface, stems.get(j), OPTIONAL_WORDS.contains(surface), last, upper));
      }
    }
    // A query of nothing but optional words ("what is it") still looks for them.
    if (words.stream().allMatch(Word::optional)) {
      words.replaceAll(w -> new Word(w.surface(), w.stem(), false, w.last(), w.upper()));
    }
  }

  private void planWords() {
    List<String> stems = words.stream().map(Word::stem).toList();
    int i = 0;
    while (i < words.size()) {
      Glossary.Match match = glossary.longestMatch(stems, i);
      if (match != null && !(match.length() == 1 && words.get(i).optional())) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> typed = stems.subList(i, i + match.length());
        for (List<String> form : match.entry().forms()) {
          float boost = form.equals(typed) ? 1f : 0.9f;
          any.add(
              new BoostQuery(form.size() == 1 ? term(form.get(0)) : phrase(form, 0), boost),
              Occur.SHOULD);
        }
        if (match.length() == 1 && words.get(i).last()) {
          any.add(prefix(words.get(i)), Occur.SHOULD);
        }
        required.add(any.build());
        i += match.length();
        continue;
      }
      Word word = words.get(i);
      if (word.optional()) {
        optional.add(new BoostQuery(term(word.stem()), 0.2f));
      } else {
        required.add(wordQuery(word));
      }
      i++;
    }
    List<String> meaningful = words.stream().filter(w -> !w.optional()).map(Word::stem).toList();
    if (meaningful.size() > 1) {
      // Proximity: all the words close together, in the order typed, in the text or title.
      if (!titles) {
        optional.add(new BoostQuery(phraseIn(IndexFields.TEXT, stems, 4), 1.5f));
      }
      optional.add(new BoostQuery(phraseIn(IndexFields.TITLE, stems, 2), 2f));
    }
  }

  /** A plain word: its stem, its near spellings if the index lacks it, a prefix while typing. */
  private Query wordQuery(Word word) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(term(word.stem()), Occur.SHOULD);
    if (word.last()) {
      any.add(prefix(word), Occur.SHOULD);
    } else if (word.surface().length() >= 5) {
      // A whole word still finds its longer forms: "commission" finds "commissioners".
      any.add(
          new BoostQuery(
              new PrefixQuery(
                  new Term(titles ? IndexFields.TITLE_EXACT : IndexFields.EXACT, word.surface())),
              0.3f),
          Occur.SHOULD);
    }
    int edits = edits(word);
    if (edits > 0 && docFreq(word.stem()) == 0) {
      // A word the index does not know: look up its near spellings once, among the words as
      // typed and among the stems, and search for those (a fuzzy query would rebuild its
      // automata on every search and highlight of the request).
      unknown.add(word);
      List<String> near = new ArrayList<>();
      for (String similar : similar(IndexFields.EXACT, word.surface(), edits)) {
        corrections.putIfAbsent(word.surface(), similar);
        near.addAll(Glossary.tokens(STEMMED, similar));
      }
      near.addAll(similar(IndexFields.TEXT, word.stem(), word.stem().length() >= 8 ? 2 : 1));
      near.stream()
          .distinct()
          .limit(6)
          .forEach(stem -> any.add(new BoostQuery(term(stem), 0.6f), Occur.SHOULD));
    } else if (!(word.last() && hasPrefix(word.surface()))
        && word.surface().length() == 4
        && !word.upper()
        && word.surface().chars().allMatch(Character::isLetter)
        && !glossary.isAcronymToken(word.stem())
        && docFreq(word.stem()) == 0) {
      // Too short to match near spellings silently ("bial" is not "bail" for certain), but
      // worth offering as "did you mean".
      unknown.add(word);
      similar(IndexFields.EXACT, word.surface(), 1).stream()
          .findFirst()
          .ifPresent(similar -> corrections.put(word.surface(), similar));
    }
    return any.build();
  }

  private Query prefix(Word word) {
    if (word.surface().length() < 2) {
      return new MatchNoDocsQuery();
    }
    return new BoostQuery(
        new DisjunctionMaxQuery(
            List.of(
                new PrefixQuery(
                    new Term(titles ? IndexFields.TITLE_EXACT : IndexFields.EXACT, word.surface())),
                new BoostQuery(
                    new PrefixQuery(
                        new Term(titles ? IndexFields.TITLE : IndexFields.TEXT, word.stem())),
                    0.9f)),
            0.1f),
        0.7f);
  }

  /** No edits for short words and acronyms; one from five letters; two from nine. */
  int edits(Word word) {
    int length = word.surface().length();
    if (word.upper()
        || glossary.isAcronymToken(word.stem())
        || length < 5
        || !word.surface().chars().allMatch(Character::isLetter)) {
      return 0;
    }
    return length >= 9 ? 2 : 1;
  }

  /**
   * Up to three indexed words within {@code edits} of {@code text} in {@code field}, best first.
   */
  private List<String> similar(String field, String text, int edits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(edits);
    checker.setThresholdFrequency(0f); // a word found in a single item is still a word
    checker.setMinQueryLength(4);
    try {
      List<String> words = new ArrayList<>();
      for (SuggestWord suggestion :
          checker.suggestSimilar(
              new Term(field, text), 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
        words.add(suggestion.string);
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether some indexed word starts with {@code prefix} (a word being typed may be one). */
  private boolean hasPrefix(String prefix) {
    try {
      Terms terms = MultiTerms.getTerms(reader, IndexFields.EXACT);
      if (terms == null) {
        return false;
      }
      TermsEnum iterator = terms.iterator();
      return iterator.seekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END
          && iterator.term().utf8ToString().startsWith(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Typed words the index lacks, each with the closest word it has. */
  Map<String, String> corrections() {
    return Map.copyOf(corrections);
  }

  private int docFreq(String stem) {
    try {
      return reader.docFreq(new Term(IndexFields.TEXT, stem))
          + reader.docFreq(new Term(IndexFields.TITLE, stem))
          + reader.docFreq(new Term(IndexFields.NOTES, stem));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query term(String stem) {
    return fields(f -> new TermQuery(new Term(f, stem)));
  }

  private Query phrase(List<String> stems, int slop) {
    return fields(f -> phraseIn(f, stems, slop));
  }

  private static Query phraseIn(String field, List<String> stems, int slop) {
    if (stems.size() == 1) {
      return new TermQuery(new Term(field, stems.get(0)));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
    for (String stem : stems) {
      phrase.add(new Term(field, stem));
    }
    return phrase.build();
  }

  /** The best of the fields, each with its weight, plus a little of the others. */
  private Query fields(java.util.function.Function<String, Query> perField) {
    if (titles) {
      return perField.apply(IndexFields.TITLE);
    }
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(perField.apply(IndexFields.TITLE), TITLE_BOOST),
            new BoostQuery(perField.apply(IndexFields.TEXT), TEXT_BOOST),
            new BoostQuery(perField.apply(IndexFields.NOTES), NOTES_BOOST),
            new BoostQuery(perField.apply(IndexFields.THEME_TITLE), THEME_BOOST)),
        0.3f);
  }

  /** How many clauses the strict query requires. */
  int requiredCount() {
    return required.size();
  }

  /** Whether the query looks for anything. */
  boolean isEmpty() {
    return required.isEmpty() && optional.isEmpty();
  }

  /** Words the index does not know (typed with a typo, probably). */
  List<Word> unknownWords() {
    return List.copyOf(unknown);
  }

  List<Word> words() {
    return List.copyOf(words);
  }

  /**
   * The query requiring at least {@code minimum} of the required clauses (all of them when {@code
   * minimum >= requiredCount()}).
   */
  Query query(int minimum) {
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    if (!required.isEmpty()) {
      if (minimum >= required.size()) {
        required.forEach(q -> main.add(q, Occur.MUST));
      } else {
        BooleanQuery.Builder some = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
        required.forEach(q -> some.add(q, Occur.SHOULD));
        main.add(some.build(), Occur.MUST);
      }
      optional.forEach(q -> main.add(q, Occur.SHOULD));
    } else {
      BooleanQuery.Builder some = new BooleanQuery.Builder();
      optional.forEach(q -> some.add(q, Occur.SHOULD));
      main.add(some.build(), Occur.MUST);
    }
    excluded.forEach(q -> main.add(q, Occur.MUST_NOT));
    return main.build();
  }

  /** Lowercase, for comparing a typed chunk with a word. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
