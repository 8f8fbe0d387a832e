package org.dhrkb.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dhrkb.search.MiniSite;
import org.dhrkb.search.index.SearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
  @TempDir static Path dir;
  static SearchIndex index;
  static SearchService service;

  @BeforeAll
  static void open() throws Exception {
    index = SearchIndex.open(MiniSite.write(dir.resolve("site")), dir.resolve("index"));
    service = new SearchService(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static List<String> ids(String query) {
    return service.search(SearchRequest.of(query)).hits().stream()
        .map(SearchResults.Hit::id)
        .toList();
  }

  @Test
  void anAcronymFindsItsExpansionAndBack() {
    assertTrue(ids("dash").contains("risk-lesson"));
    assertEquals(
        List.of("glossary-dash"), definitions("domestic abuse stalking and honour based violence"));
    assertEquals(List.of("glossary-marac"), definitions("multi-agency risk assessment conference"));
    assertTrue(ids("multi-agency risk assessment conference").contains("risk-local-marac"));
  }

  static List<String> definitions(String query) {
    return service.search(SearchRequest.of(query)).definitions().stream()
        .map(SearchResults.Definition::id)
        .toList();
  }

  @Test
  void glossaryEntriesAreDefinitionsNotResultsUnlessAskedFor() {
    SearchResults marac = service.search(SearchRequest.of("marac"));
    assertEquals("glossary-marac", marac.definitions().get(0).id());
    assertEquals("Multi-Agency Risk Assessment Conference", marac.definitions().get(0).expansion());
    assertTrue(marac.hits().stream().noneMatch(h -> h.type().equals("glossary-entry")));
    assertEquals(
        List.of("glossary-marac"),
        service
            .search(
                new SearchRequest("marac", 10, 0, List.of("glossary-entry"), List.of(), List.of()))
            .hits()
            .stream()
            .map(SearchResults.Hit::id)
            .toList());
  }

  @Test
  void pagesAreResultsOnlyWhenNoItemMatches() {
    assertTrue(
        service.search(SearchRequest.of("risk")).hits().stream()
            .noneMatch(h -> h.type().equals("page")),
        "items hold the word");
    SearchResults onlyPages = service.search(SearchRequest.of("officers"));
    assertFalse(onlyPages.hits().isEmpty(), "the police page says officers; no item does");
    assertTrue(onlyPages.hits().stream().allMatch(h -> h.type().equals("page")));
  }

  @Test
  void americanSpellingsFindBritishText() {
    assertTrue(ids("behavior").contains("risk-lesson"));
    assertTrue(ids("organizations specializing").contains("risk-national-organisations"));
    assertTrue(ids("program").contains("risk-national-organisations"));
  }

  @Test
  void toleratesTyposByWordLength() {
    assertTrue(ids("condtions").contains("bail-local-conditions"), "one edit at 9 letters");
    assertTrue(ids("perpetrater").contains("bail-lesson"));
    assertTrue(ids("bial").isEmpty(), "no edits under five letters");
    assertTrue(ids("MARAK").isEmpty(), "a word typed as an acronym is not fuzzy");
  }

  @Test
  void quotedPhrasesAndExclusionsWork() {
    assertEquals(List.of("bail-local-conditions"), ids("\"bail conditions\""));
    List<String> withoutBail = ids("marac -bail");
    assertFalse(withoutBail.contains("bail-local-conditions"));
    assertTrue(withoutBail.contains("risk-local-marac"));
  }

  @Test
  void stopWordsDoNotKillAPhrase() {
    assertEquals(List.of("bail-local-conditions"), ids("\"agencies at your marac\""));
    assertTrue(ids("\"agencies at my marac\"").isEmpty(), "the stop words count inside quotes");
  }

  @Test
  void theLastWordIsAPrefixWhileTyping() {
    assertTrue(ids("pri").contains("bail-lesson"));
    assertTrue(ids("pri ").isEmpty(), "a word followed by a space is complete");
  }

  @Test
  void aCompleteWordTheIndexLacksFindsItsLongerFormsFromFourLetters() {
    // "info" for "information": four letters nothing indexed has can only be a clipping or a slip.
    assertTrue(ids("pris ").contains("bail-lesson"));
    SearchResults clipped = service.search(SearchRequest.of("pris release"));
    assertFalse(clipped.relaxed(), "both words found");
    assertEquals(List.of(), clipped.missingWords(), "and neither named as missing");
    assertEquals("bail-lesson", clipped.hits().get(0).id());
  }

  @Test
  void fallsBackToMostWordsWhenNoItemHasAll() {
    SearchResults results = service.search(SearchRequest.of("prison zebra"));
    assertTrue(results.relaxed());
    assertEquals("bail-lesson", results.hits().get(0).id());
  }

  @Test
  void suggestsACorrectionForAnUnknownWord() {
    assertEquals("conditions", service.search(SearchRequest.of("condtions")).didYouMean());
    assertNull(service.search(SearchRequest.of("conditions")).didYouMean());
    SearchResults shortTypo = service.search(SearchRequest.of("bial conditions"));
    assertEquals("bail conditions", shortTypo.didYouMean(), "offered, though not matched silently");
    assertEquals("bail", service.search(SearchRequest.of("bial")).didYouMean());
    assertNull(service.search(SearchRequest.of("cond")).didYouMean(), "a word being typed");
  }

  @Test
  void countsFacetsAndFilters() {
    SearchResults all = service.search(SearchRequest.of("marac"));
    assertTrue(all.facets().get("type").containsKey("local-suggestion"));
    SearchResults filtered =
        service.search(
            new SearchRequest("marac", 10, 0, List.of("local-suggestion"), List.of(), List.of()));
    assertTrue(filtered.hits().stream().allMatch(h -> h.type().equals("local-suggestion")));
    // A dimension is counted without its own filter, so the other types stay selectable.
    assertEquals(all.facets().get("type"), filtered.facets().get("type"));
    assertTrue(
        service
            .search(new SearchRequest("marac", 10, 0, List.of(), List.of(), List.of("health")))
            .hits()
            .isEmpty());
  }

  @Test
  void snippetsAreEscapedAndMarkTheMatches() {
    SearchResults results = service.search(SearchRequest.of("victim's home"));
    String snippet = results.hits().get(0).snippet();
    assertEquals("bail-lesson", results.hits().get(0).id());
    assertTrue(snippet.contains("<mark>victim&#x27;s</mark>"), snippet);
    assertTrue(snippet.contains("<mark>home</mark>"), snippet);
    assertFalse(snippet.contains("'"), "the apostrophe is escaped: " + snippet);
  }

  @Test
  void oddInputIsTextNotAnError() {
    for (String q :
        new String[] {
          "",
          " ",
          "\"",
          "-",
          "--",
          "*",
          "?",
          "title:(",
          "AND OR NOT",
          "\\",
          "\u0000",
          "🙂",
          "<script>",
          "a\"b\"c-d",
          "~2^3"
        }) {
      SearchResults results = service.search(SearchRequest.of(q));
      assertEquals(q, results.request().query());
      assertTrue(results.total() >= results.hits().size(), q);
      results
          .hits()
          .forEach(h -> assertFalse(h.snippet().contains("<script"), q + ": " + h.snippet()));
    }
    assertTrue(ids("title:(").isEmpty(), "a field name is a word, and no item has it");
  }

  @Test
  void unknownThemeIsABadRequest() {
    assertThrows(
        BadRequest.class,
        () ->
            service.search(
                new SearchRequest("x", 10, 0, List.of(), List.of("no-such-theme"), List.of())));
    assertThrows(
        BadRequest.class, () -> new SearchRequest("x", 0, 0, List.of(), List.of(), List.of()));
    assertThrows(
        BadRequest.class,
        () -> new SearchRequest("x", 10, 0, List.of("Lesson"), List.of(), List.of()));
  }
}
