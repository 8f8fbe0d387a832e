package org.dhrkb.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dhrkb.search.index.Glossary;
import org.dhrkb.search.index.IndexFields;
import org.dhrkb.search.index.KbAnalyzer;

/**
 * The Lucene clauses of one query, built from its analysed words, the glossary and the spelling
 * corrections: pure construction, no index is read.
 *
 * <p>Each main word is one clause: its stem in the title, text, notes and theme title (the best
 * field plus a little of the others), its corrections if the index lacks it, a prefix while typing.
 * A run of words that names a glossary entry ("marac", "independent domestic violence adviser") is
 * one clause that any name of the entry satisfies, each name weighed per word so that the
 * written-out name and the acronym count alike. Filler words are left out. Quoted phrases are
 * required, {@code -word} excluded, and the main words close together score more.
 */
final class QueryClauses {
  private final boolean titles;
  private final List<Query> main = new ArrayList<>();
  private final List<Query> phrases = new ArrayList<>();
  private final List<Query> excluded = new ArrayList<>();
  private final List<Query> proximity = new ArrayList<>();

  /**
   * The longer forms a word the index lacks finds, as the text field has them, for the snippets to
   * mark.
   */
  private final List<Query> longerForms = new ArrayList<>();

  private final Set<String> named = new LinkedHashSet<>();

  private QueryClauses(boolean titles) {
    this.titles = titles;
  }

  /**
   * The clauses of a query.
   *
   * @param corrections for each word the index lacks, what spelling made of it
   * @param titles match titles only (completions while typing), else every field
   */
  static QueryClauses build(
      UserQuery user,
      List<QueryWords.Word> words,
      Glossary glossary,
      Map<QueryWords.Word, Spelling.Correction> corrections,
      boolean titles) {
    QueryClauses clauses = new QueryClauses(titles);
    clauses.addWords(words, glossary, corrections);
    for (String phrase : user.phrases()) {
      List<String> stems = Glossary.tokens(KbAnalyzer.stemmed(), phrase);
      if (!stems.isEmpty()) {
        clauses.phrases.add(clauses.phrase(stems, 0));
      }
    }
    for (String text : user.excluded()) {
      List<String> stems = Glossary.tokens(KbAnalyzer.stemmed(), text);
      if (!stems.isEmpty()) {
        clauses.excluded.add(clauses.phrase(stems, 0));
      }
    }
    return clauses;
  }

  private void addWords(
      List<QueryWords.Word> words,
      Glossary glossary,
      Map<QueryWords.Word, Spelling.Correction> corrections) {
    List<String> stems = words.stream().map(QueryWords.Word::stem).toList();
    List<String> mainStems = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      QueryWords.Word word = words.get(i);
      Glossary.Match match = glossary.longestMatch(stems, i);
      if (match != null && !(match.length() == 1 && word.filler())) {
        named.add(match.entry().id());
        List<String> typed = stems.subList(i, i + match.length());
        // The best of the entry's names, a little of the others: the paper introduces a name as
        // "Independent Domestic Violence Adviser (IDVA)", and an item is no more about it for
        // writing it both ways.
        List<Query> any = new ArrayList<>();
        for (List<String> form : match.entry().forms()) {
          // Per word: a phrase's score sums its words' weights, and an item that spells the name
          // out would otherwise outrank one that uses the acronym, whatever each is about.
          float boost = (form.equals(typed) ? 1f : RankingWeights.SYNONYM) / form.size();
          any.add(new BoostQuery(form.size() == 1 ? term(form.get(0)) : phrase(form, 0), boost));
        }
        if (match.length() == 1 && word.last()) {
          any.add(prefix(word));
        }
        main.add(new DisjunctionMaxQuery(any, RankingWeights.NAMES_TIE));
        mainStems.addAll(typed);
        i += match.length();
        continue;
      }
      if (!word.filler()) {
        main.add(
            wordQuery(
                word,
                corrections.containsKey(word),
                corrections.getOrDefault(word, Spelling.Correction.NONE)));
        mainStems.add(word.stem());
      }
      i++;
    }
    if (mainStems.size() > 1) {
      if (!titles) {
        proximity.add(
            new BoostQuery(
                phraseIn(IndexFields.TEXT, mainStems, RankingWeights.TEXT_SLOP),
                RankingWeights.PROXIMITY_TEXT));
      }
      proximity.add(
          new BoostQuery(
              phraseIn(IndexFields.TITLE, mainStems, RankingWeights.TITLE_SLOP),
              RankingWeights.PROXIMITY_TITLE));
    }
  }

  /**
   * A plain word: its stem, a longer form or a prefix, and its corrections.
   *
   * @param lacked whether the index lacks the word
   */
  private Query wordQuery(QueryWords.Word word, boolean lacked, Spelling.Correction correction) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(term(word.stem()), Occur.SHOULD);
    if (word.last()) {
      any.add(prefix(word), Occur.SHOULD);
    } else if (findsLongerForms(word, lacked)) {
      any.add(
          new BoostQuery(
              new PrefixQuery(new Term(exactField(), word.surface())), RankingWeights.LONGER_FORM),
          Occur.SHOULD);
      if (lacked) {
        // A word the index has marks its own stem already.
        longerForms.add(new PrefixQuery(new Term(IndexFields.TEXT, word.stem())));
      }
    }
    for (String stem : correction.matched()) {
      any.add(new BoostQuery(term(stem), RankingWeights.CORRECTION), Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * Whether the query finds the indexed words that begin with this one: the word being typed (a
   * prefix), and another from five letters if the index has it ("care" must not find "career"),
   * from four if it lacks it, which can only be a clipping ("info" for "information") or a
   * misspelling.
   *
   * @param lacked whether the index lacks the word
   */
  static boolean findsLongerForms(QueryWords.Word word, boolean lacked) {
    return word.last() || word.surface().length() >= (lacked ? 4 : 5);
  }

  private Query prefix(QueryWords.Word word) {
    if (word.surface().length() < 2) {
      return new MatchNoDocsQuery();
    }
    return new BoostQuery(
        new DisjunctionMaxQuery(
            List.of(
                new PrefixQuery(new Term(exactField(), word.surface())),
                new BoostQuery(
                    new PrefixQuery(
                        new Term(titles ? IndexFields.TITLE : IndexFields.TEXT, word.stem())),
                    0.9f)),
            0.1f),
        RankingWeights.PREFIX);
  }

  private String exactField() {
    return titles ? IndexFields.TITLE_EXACT : IndexFields.EXACT;
  }

  /**
   * One word: in title and text as BM25F (its frequencies weighed and added as if one field, so a
   * long text is not outscored by a short one on length alone), and as weaker evidence in the
   * notes, theme title and links.
   */
  private Query term(String stem) {
    if (titles) {
      return new TermQuery(new Term(IndexFields.TITLE, stem));
    }
    Query body =
        new CombinedFieldQuery.Builder()
            .addField(IndexFields.TITLE, RankingWeights.TITLE)
            .addField(IndexFields.TEXT, RankingWeights.TEXT)
            .addTerm(new BytesRef(stem))
            .build();
    return new DisjunctionMaxQuery(
        List.of(
            body,
            weak(IndexFields.NOTES, stem, RankingWeights.NOTES),
            weak(IndexFields.THEME_TITLE, stem, RankingWeights.THEME_TITLE),
            weak(IndexFields.LINKS, stem, RankingWeights.LINKS),
            weak(IndexFields.PLAIN_WORDS, stem, RankingWeights.PLAIN_WORDS),
            weak(IndexFields.AUDIENCE_TEXT, stem, RankingWeights.AUDIENCES)),
        RankingWeights.FIELD_TIE);
  }

  private static Query weak(String field, String stem, float weight) {
    return new BoostQuery(new TermQuery(new Term(field, stem)), weight);
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
  private Query fields(Function<String, Query> perField) {
    if (titles) {
      return perField.apply(IndexFields.TITLE);
    }
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(perField.apply(IndexFields.TITLE), RankingWeights.TITLE),
            new BoostQuery(perField.apply(IndexFields.TEXT), RankingWeights.TEXT),
            new BoostQuery(perField.apply(IndexFields.NOTES), RankingWeights.NOTES),
            new BoostQuery(perField.apply(IndexFields.THEME_TITLE), RankingWeights.THEME_TITLE),
            new BoostQuery(perField.apply(IndexFields.LINKS), RankingWeights.LINKS)),
        RankingWeights.FIELD_TIE);
  }

  /** How many main-word clauses there are. */
  int mainCount() {
    return main.size();
  }

  /** Whether the query looks for anything. */
  boolean isEmpty() {
    return main.isEmpty() && phrases.isEmpty();
  }

  /** The ids of the glossary entries the query names. */
  Set<String> namedEntries() {
    // In the order the query names them (Set.copyOf's order changes from one JVM to the next).
    return java.util.Collections.unmodifiableSet(named);
  }

  /**
   * The query requiring at least {@code minimum} of the main words (all of them when {@code minimum
   * >= mainCount()}), every phrase, and none of the exclusions.
   */
  Query query(int minimum) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (!main.isEmpty()) {
      BooleanQuery.Builder words =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(Math.max(1, Math.min(minimum, main.size())));
      main.forEach(q -> words.add(q, Occur.SHOULD));
      query.add(words.build(), Occur.MUST);
    }
    phrases.forEach(q -> query.add(q, Occur.MUST));
    proximity.forEach(q -> query.add(q, Occur.SHOULD));
    excluded.forEach(q -> query.add(q, Occur.MUST_NOT));
    return query.build();
  }

  /** The main words' clauses, one each: a match needs enough of them. */
  List<Query> mainClauses() {
    return List.copyOf(main);
  }

  /** The quoted phrases: a match needs all of them. */
  List<Query> phraseClauses() {
    return List.copyOf(phrases);
  }

  /** The excluded words and phrases: a match has none of them. */
  List<Query> excludedClauses() {
    return List.copyOf(excluded);
  }

  /**
   * What the snippets mark: the main words (with the longer forms they find: "info" marks
   * "information") and phrases, never filler or proximity.
   */
  Query highlightQuery() {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    main.forEach(q -> query.add(q, Occur.SHOULD));
    longerForms.forEach(q -> query.add(q, Occur.SHOULD));
    phrases.forEach(q -> query.add(q, Occur.SHOULD));
    return query.build();
  }
}
