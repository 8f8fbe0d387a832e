package org.dhrkb.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dhrkb.generator.BuiltSite;
import org.dhrkb.search.index.GlossaryEntry;
import org.dhrkb.search.index.PublishedSite;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchRequest;
import org.dhrkb.search.query.SearchResults;
import org.dhrkb.search.query.SearchService;
import org.dhrkb.search.relevance.Judgments;
import org.dhrkb.search.relevance.RelevanceSuite;
import org.dhrkb.search.semantic.Embedder;
import org.dhrkb.search.semantic.QueryVectorCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching by meaning over the real built site with the real model: it must find what the words
 * miss, keep every exact term's results in the order the words give, and say when the results are
 * only close in meaning. The floors are the figures measured with {@code ./kb relevance --compare}
 * when the fusion was set, less a small margin; the held-out floor guards the published figure and
 * is never a target to tune towards.
 */
class SemanticSearchIT {
  static SearchIndex index;
  static SearchService meaning;
  static SearchService words;

  @BeforeAll
  static void open() throws Exception {
    Path site = BuiltSite.get().dir();
    index = SearchIndex.open(site, Files.createTempDirectory("kb-semantic-"), new OnnxEmbedder());
    meaning = new SearchService(index);
    words = new SearchService(index, false);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void theModelIsFoundOnTheClassPath() {
    assertTrue(
        org.dhrkb.search.semantic.Embedders.model().orElseThrow() instanceof OnnxEmbedder,
        "the semantic module registers its embedder for kb serve and the bundle to find");
    assertTrue(meaning.semantic());
    assertFalse(words.semantic(), "the switch turns it off");
  }

  @Test
  void aRepeatedQueryIsEmbeddedOnceAndGetsTheSameVector() {
    // The next page, a filter ticked, the back button: the same text again costs no embedding.
    int[] embedded = {0};
    OnnxEmbedder model = new OnnxEmbedder();
    Embedder counting =
        new Embedder() {
          @Override
          public String name() {
            return model.name();
          }

          @Override
          public float[] embedQuery(String text) {
            embedded[0]++;
            return model.embedQuery(text);
          }

          @Override
          public float[] embedPassage(String text) {
            return model.embedPassage(text);
          }
        };
    QueryVectorCache cache = new QueryVectorCache(counting);
    float[] first = cache.embedQuery("idva training on complex needs");
    first[0] = 42f; // a caller scribbling on its copy spoils nothing for the next
    float[] again = cache.embedQuery("idva training on complex needs");
    assertEquals(1, embedded[0], "embedded once");
    assertArrayEquals(model.embedQuery("idva training on complex needs"), again);
    cache.embedQuery("idva training");
    assertEquals(2, embedded[0], "another text is embedded");
  }

  @Test
  void plainQuestionsAndParaphrasesFindMoreThanTheWordsDo() throws Exception {
    Both run = Both.of("questions", Judgments.questions());
    // 0.753 when long questions weighed meaning as short ones do, 0.772 once they leaned on it,
    // 0.796 once a resource's vector carried the item it is given under, 0.833 with plain-words,
    // 0.847 since the plain-words have a vector of their own, 0.886 with twice as many of them
    // (questions and situations), which also raised the words alone from 0.750 to 0.828; 0.890
    // once a long question naming a term was answered as a question, 0.914 with the theme's weight,
    // 0.930 with the first result's feedback.
    assertTrue(run.meaning().ndcg() >= 0.930 - 0.01, run.summary());
    assertTrue(run.meaning().ndcg() >= run.words().ndcg() + 0.04, run.summary());
  }

  @Test
  void misspeltQueriesAreEmbeddedAsTheReaderMeantThem() throws Exception {
    // 0.927 with the typed text embedded, 0.935 with the corrected one, 0.940 with more
    // plain-words, 0.946 with long questions naming a term answered as questions, 0.957 with the
    // theme's weight, 0.961 with the first result's feedback.
    Both run = Both.of("typos", Judgments.typos());
    assertTrue(run.meaning().ndcg() >= 0.961 - 0.005, run.summary());
    assertTrue(run.meaning().ndcg() > run.words().ndcg(), run.summary());
  }

  @Test
  void questionsNamingATermAndAmericanWordingRiseAboveWordsOnly() throws Exception {
    // First run when the set was written, with the first result's feedback: 0.938 with meaning,
    // 0.843 by words (questions naming a term 0.958, American wording 0.896).
    Both run = Both.of("terms", Judgments.terms());
    assertTrue(run.meaning().ndcg() >= 0.938 - 0.01, run.summary());
    assertTrue(run.meaning().ndcg() > run.words().ndcg(), run.summary());
  }

  @Test
  void theTuningSetHardlyFalls() throws Exception {
    // Mostly acronyms and keywords, which the words already rank well: measured 0.974 with
    // meaning against 0.979 by words alone (0.980 with twice the plain-words; 0.976 with meaning
    // since the first result's feedback).
    Both run = Both.of("tuning", Judgments.builtIn());
    assertTrue(run.meaning().ndcg() >= run.words().ndcg() - 0.015, run.summary());
    assertTrue(run.meaning().ndcg() >= 0.974 - 0.02, run.summary());
  }

  @Test
  void theHeldOutSetRisesAboveWordsOnly() throws Exception {
    // 0.893 with three to six plain-words an item, 0.907 with nine to twelve, 0.911 with long
    // questions naming a term answered as questions, 0.914 with the theme's weight, 0.916 with the
    // first result's feedback.
    risesAboveWordsOnly("held-out", Judgments.heldOut(), 0.916);
  }

  @Test
  void theSecondHeldOutSetRisesAboveWordsOnly() throws Exception {
    // First run, after the day's ranking changes: 0.881 with meaning, 0.765 by words; 0.907 and
    // 0.849 with plain-words; 0.915 with meaning once they had a vector of their own; 0.919 with
    // nine to twelve plain-words an item; 0.921 with long questions naming a term answered as
    // questions; 0.938 with the theme's weight; 0.946 with the first result's feedback.
    risesAboveWordsOnly("held-out 2", Judgments.heldOutSecond(), 0.946);
  }

  @Test
  void theThirdHeldOutSetRisesAboveWordsOnly() throws Exception {
    // Written after the theme's weight and first run on it: 0.931 with meaning, 0.843 by words;
    // 0.943 with the first result's feedback.
    risesAboveWordsOnly("held-out 3", Judgments.heldOutThird(), 0.943);
  }

  /** A held-out set scores higher with meaning than by words, and at most 0.02 below its figure. */
  private static void risesAboveWordsOnly(String name, Judgments judgments, double measured)
      throws Exception {
    Both run = Both.of(name, judgments);
    assertTrue(run.meaning().ndcg() > run.words().ndcg(), run.summary());
    assertTrue(run.meaning().ndcg() >= measured - 0.02, run.summary());
  }

  @Test
  void everyGlossaryTermKeepsTheResultsItsWordsGive() throws Exception {
    // An acronym or a name is an exact term: closeness in meaning may add items after the ones
    // that have the words, never push them down.
    List<GlossaryEntry> glossary = PublishedSite.read(BuiltSite.get().dir()).glossary();
    assertTrue(glossary.size() > 20, "the glossary is read");
    for (GlossaryEntry entry : glossary) {
      for (String term : java.util.Arrays.asList(entry.term(), entry.expansion())) {
        if (term == null || term.isBlank()) {
          continue;
        }
        List<String> byWords = ids(words.search(SearchRequest.of(term)));
        List<String> byMeaning = ids(meaning.search(SearchRequest.of(term)));
        assertEquals(
            byWords,
            byMeaning.subList(0, Math.min(byWords.size(), byMeaning.size())),
            "the first results for ‘" + term + "’");
      }
    }
  }

  @Test
  void aLongQuestionThatNamesATermIsAnsweredAsAQuestion() {
    // "GP" is a glossary term, but with five main words this is a question, not a lookup: the
    // local suggestion of GP guidance, which the words alone rank below the first five, is among
    // the first three once meaning ranks with them.
    String question = "what should a gp do when a patient discloses domestic abuse";
    List<String> first = ids(meaning.search(SearchRequest.of(question)));
    assertTrue(first.subList(0, 3).contains("health-local-gp-guidance"), first.toString());
    // A short query that names a term is still a lookup: its words decide the order.
    List<String> byWords = ids(words.search(SearchRequest.of("gp guidance")));
    List<String> byMeaning = ids(meaning.search(SearchRequest.of("gp guidance")));
    assertEquals(byWords, byMeaning.subList(0, Math.min(byWords.size(), byMeaning.size())));
  }

  @Test
  void aQuestionIsAnsweredFromItsTheme() {
    // Let out of jail with nowhere to live: the perpetrators and bail theme answers it. Without the
    // theme's weight the lessons of other themes that share "abuse" or "home" came second and
    // third.
    SearchResults jail =
        meaning.search(
            SearchRequest.of("abuser let out of jail with nowhere to live goes back to her house"));
    List<String> themes = jail.hits().stream().limit(3).map(SearchResults.Hit::theme).toList();
    assertEquals(
        List.of("perpetrators-and-bail", "perpetrators-and-bail", "perpetrators-and-bail"),
        themes,
        ids(jail).toString());
    // A few keywords still want every theme's items: the drug and alcohol services' risk
    // frameworks stay among the first five for "risk assessment".
    List<String> risk = ids(meaning.search(SearchRequest.of("risk assessment")));
    assertTrue(risk.subList(0, 5).contains("complex-local-risk-frameworks"), risk.toString());
  }

  @Test
  void theFirstResultBringsItsNeighboursUp() {
    // Once the first result is known, the items close to it and to the question rise: the risk
    // checklist itself for a question about one questionnaire for everyone (not in the first ten
    // before), the police guidance on child abuse beside the children's lesson (sixth before).
    List<String> checklist =
        ids(
            meaning.search(
                SearchRequest.of(
                    "everyone using the same questionnaire to judge how much danger a victim is"
                        + " in")));
    assertTrue(checklist.subList(0, 5).contains("risk-resource-caada-ric"), checklist.toString());
    List<String> kids =
        ids(meaning.search(SearchRequest.of("kids living in a house where dad beats mum")));
    assertEquals("children-lesson", kids.get(0), kids.toString());
    assertTrue(
        kids.subList(0, 3).contains("children-national-police-child-abuse-guidance"),
        kids.toString());
  }

  @Test
  void resultsFoundOnlyByMeaningSaySo() {
    // No item of the paper has either word.
    SearchResults found = meaning.search(SearchRequest.of("spouse battering"));
    assertTrue(found.byMeaningOnly(), "the results are said to be close in meaning only");
    assertTrue(found.partial());
    assertEquals(List.of("spouse", "battering"), found.missingWords());
    assertFalse(found.hits().isEmpty(), "the items closest in meaning are shown");
    SearchResults byWords = words.search(SearchRequest.of("spouse battering"));
    assertFalse(byWords.byMeaningOnly());
    assertTrue(byWords.hits().stream().noneMatch(h -> !h.type().equals("page")));
  }

  @Test
  void aQuotedPhraseIsNeverDiluted() {
    // Closeness in meaning adds no item that lacks the phrase asked for.
    SearchResults found = meaning.search(SearchRequest.of("\"risk assessment\""));
    assertFalse(found.hits().isEmpty());
    for (SearchResults.Hit hit : found.hits()) {
      assertTrue(
          (hit.title() + " " + hit.snippet()).toLowerCase(Locale.ROOT).contains("risk"),
          hit.id() + " has the phrase");
    }
    assertEquals(found.total(), words.search(SearchRequest.of("\"risk assessment\"")).total());
  }

  @Test
  void oddQueryTextGetsResultsOrNothingNeverAnError() {
    // The model sees whatever a practitioner types (or a bot): long, empty, symbols, scripts.
    for (String odd :
        List.of(
            "",
            "\"",
            "- -- ---",
            "safety planning for a victim ".repeat(6).strip(), // near the 200-character limit
            "\u0000\u0007 marac",
            "مرحبا العنف المنزلي",
            "家庭暴力",
            "🙂🙂 safety plan",
            "<script>alert(1)</script>",
            "a\"b\"c\"d")) {
      SearchResults found = meaning.search(SearchRequest.of(odd));
      assertTrue(found.total() >= found.hits().size(), odd);
    }
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchResults.Hit::id).toList();
  }

  /** One judged set's results scored with meaning and by words only, in the same run. */
  private record Both(String name, RelevanceSuite.Report meaning, RelevanceSuite.Report words) {
    static Both of(String name, Judgments judgments) {
      Judgments results = judgments.resultsOnly();
      Both both =
          new Both(
              name,
              RelevanceSuite.run(SemanticSearchIT.meaning, results),
              RelevanceSuite.run(SemanticSearchIT.words, results));
      System.out.println(both.summary());
      return both;
    }

    String summary() {
      return meaning.summary(name) + "; " + words.summary("words only");
    }
  }
}
