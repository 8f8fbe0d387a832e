package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dhrkb.search.index.Glossary;
import org.dhrkb.search.index.GlossaryEntry;
import org.dhrkb.search.index.SearchIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real server over the real built site, through HTTP. */
class SearchServerIT {
  static final ObjectMapper JSON = new ObjectMapper();
  final LiveServer live = LiveServer.get();

  JsonNode api(String query) {
    return live.api(query);
  }

  static List<String> ids(JsonNode body) {
    return LiveServer.ids(body);
  }

  @Test
  void apiSearchFollowsTheContract() throws Exception {
    HttpResponse<String> response = live.get("/api/search?q=marac&limit=5");
    assertTrue(
        response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertEquals(
        Set.of(
            "query",
            "total",
            "results",
            "definitions",
            "facets",
            "didYouMean",
            "partial",
            "missingWords",
            "byMeaningOnly"),
        fieldNames(body));
    assertEquals("marac", body.get("query").asText());
    // This server searches by words only: nothing is found by meaning alone.
    assertFalse(body.get("byMeaningOnly").asBoolean());
    assertTrue(body.get("total").asInt() >= 10, body.toString());
    assertEquals(5, body.get("results").size());
    for (JsonNode result : body.get("results")) {
      assertEquals(
          Set.of("id", "url", "title", "type", "theme", "snippet", "alsoIn"), fieldNames(result));
      assertTrue(
          result.get("url").asText().endsWith("#" + result.get("id").asText()), result.toString());
      assertFalse(
          Set.of("page", "glossary-entry").contains(result.get("type").asText()),
          "items, not pages or definitions: " + result);
    }
    JsonNode definition = body.get("definitions").get(0);
    assertEquals(Set.of("id", "url", "term", "expansion", "text"), fieldNames(definition));
    assertEquals("glossary-marac", definition.get("id").asText());
    assertEquals("glossary.html#glossary-marac", definition.get("url").asText());
    assertEquals("Multi-Agency Risk Assessment Conference", definition.get("expansion").asText());
    // The panel shows the expansion, then the text: the text is the description alone.
    assertTrue(
        definition.get("text").asText().startsWith("A regular local meeting where agencies"),
        definition.toString());
    assertFalse(body.get("partial").asBoolean());
    assertEquals(0, body.get("missingWords").size());
    assertEquals(Set.of("type", "theme", "audience"), fieldNames(body.get("facets")));
    assertTrue(body.get("facets").get("audience").get("marac").asInt() > 0);
    assertTrue(body.get("didYouMean").isNull());
  }

  @Test
  void maracShowsMaracItemsFirstWithHighlightedSnippets() throws Exception {
    JsonNode body = api("marac");
    JsonNode first = body.get("results").get(0);
    assertTrue(first.get("title").asText().contains("MARAC"), first.toString());
    assertTrue(first.get("snippet").asText().contains("<mark>"), first.toString());
  }

  @Test
  void everyGlossaryNameShowsItsDefinition() throws Exception {
    List<GlossaryEntry> entries;
    try (SearchIndex.Lease lease = live.index.acquire()) {
      Glossary glossary = lease.generation().glossary();
      entries = glossary.entries().stream().map(e -> glossary.entry(e.id())).toList();
    }
    assertTrue(entries.size() >= 30, "every glossary entry with a name: " + entries.size());
    List<String> misses = new ArrayList<>();
    for (GlossaryEntry entry : entries) {
      List<String> names = new ArrayList<>(entry.aliases());
      names.add(entry.term());
      for (String name : names) {
        List<String> shown = new ArrayList<>();
        api(name).get("definitions").forEach(d -> shown.add(d.get("id").asText()));
        if (!shown.contains(entry.id())) {
          misses.add(name + " -> " + shown);
        }
      }
    }
    assertTrue(misses.isEmpty(), String.join("\n", misses));
    // An expansion names its acronym's entry too.
    assertEquals(
        "glossary-idva",
        api("independent domestic violence adviser").get("definitions").get(0).get("id").asText());
  }

  @Test
  void acronymAndExpansionFindEachOtherInTheItems() throws Exception {
    assertTrue(
        ids(api("independent domestic violence advisor"))
            .contains("complex-national-idva-training"));
    assertTrue(ids(api("cps")).contains("bail-national-cps-bail-guidance"));
    assertTrue(ids(api("crown prosecution service")).contains("bail-national-cps-bail-guidance"));
  }

  @Test
  void americanSpellingsAndTyposFindTheBritishText() throws Exception {
    assertTrue(
        ids(api("organizations specializing in domestic violence"))
            .contains("health-local-iris-programme"));
    JsonNode typo = api("safegaurding");
    assertTrue(typo.get("total").asInt() > 0);
    assertEquals("safeguarding", typo.get("didYouMean").asText());
  }

  @Test
  void searchPageHasTheSitesLookAndTheResults() throws Exception {
    HttpResponse<String> response = live.get("/search?q=marac");
    assertEquals(200, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertNotNull(page.selectFirst("link[rel=stylesheet][href=/css/site.css]"));
    assertEquals("marac", page.expectFirst("form[action=/search] input[name=q]").val());
    Element results = page.expectFirst("#kb-search-results");
    List<Element> items = results.select("li.kb-search-result");
    assertEquals(10, items.size());
    Element firstLink = items.get(0).expectFirst("h2 a");
    // Relative to the results page, so the links hold wherever the site is hosted.
    assertTrue(
        firstLink.attr("href").matches("themes/[a-z-]+\\.html#[a-z0-9-]+"), firstLink.attr("href"));
    assertFalse(results.select("mark").isEmpty());
    assertTrue(page.title().startsWith("Search results for ‘marac’"), page.title());
    assertTrue(results.expectFirst("[role=status]").text().contains("results for ‘marac’"));
    assertNotNull(results.selectFirst("nav.govuk-pagination a[rel=next]"));
    // The definition says what MARAC stands for once, then what it is.
    Element definition = page.expectFirst("[data-kb-definition=glossary-marac] dd");
    assertTrue(
        definition
            .text()
            .startsWith("Multi-Agency Risk Assessment Conference. A regular local meeting"),
        definition.text());
  }

  @Test
  void searchPageFiltersAreLinksThatNarrowTheResults() throws Exception {
    Document page = Jsoup.parse(live.get("/search?q=marac").body());
    Element filter = page.expectFirst(".kb-search-filters nav a[href*=type=local-suggestion]");
    int expected = Integer.parseInt(filter.text().replaceAll(".*\\((\\d+)\\)$", "$1"));
    Document narrowed = Jsoup.parse(live.get("/" + filter.attr("href")).body());
    assertEquals(
        Integer.toString(expected),
        narrowed.expectFirst("#kb-search-results").attr("data-kb-total"));
    assertNotNull(narrowed.selectFirst(".kb-search-filters nav a[aria-current=true]"));
    for (Element tag : narrowed.select("li.kb-search-result .govuk-tag")) {
      assertEquals("Local suggestion", tag.text());
    }
  }

  @Test
  void searchPageFiltersAreListedByName() throws Exception {
    Document page = Jsoup.parse(live.get("/search?q=training").body());
    for (String dimension : List.of("theme", "audience")) {
      List<String> names =
          page.select(".kb-search-filters nav a[href*=" + dimension + "=]").stream()
              .map(a -> a.text().replaceAll(" \\(\\d+\\)$", ""))
              .toList();
      assertTrue(names.size() >= 5, dimension + ": " + names);
      List<String> sorted = new ArrayList<>(names);
      sorted.sort(String.CASE_INSENSITIVE_ORDER);
      assertEquals(sorted, names, dimension + " filters in alphabetical order");
    }
  }

  @Test
  void searchPagePagesKeepThePageSize() throws Exception {
    Document first = Jsoup.parse(live.get("/search?q=marac&limit=5").body());
    assertEquals(5, first.select("li.kb-search-result").size());
    String next = first.expectFirst("nav.govuk-pagination a[rel=next]").attr("href");
    assertTrue(next.contains("offset=5") && next.contains("limit=5"), next);
    Document second = Jsoup.parse(live.get("/" + next).body());
    assertEquals("6", second.expectFirst("ol.kb-search-results__list").attr("start"));
    assertNotNull(second.selectFirst("nav.govuk-pagination a[rel=prev]"));
  }

  @Test
  void searchPageWithoutAQueryIsTheShell() throws Exception {
    Document page = Jsoup.parse(live.get("/search").body());
    assertTrue(page.select("li.kb-search-result").isEmpty());
    assertEquals("", page.expectFirst("input[name=q]").val());
  }

  @Test
  void theQueryIsNeverReflectedUnescaped() throws Exception {
    String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
    HttpResponse<String> page = live.get("/search?q=" + LiveServer.encode(hostile));
    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("<script>alert"), "script reflected");
    assertFalse(page.body().contains("<img src=x"), "markup reflected");
    assertEquals(hostile, Jsoup.parse(page.body()).expectFirst("input[name=q]").val());
    HttpResponse<String> api = live.get("/api/search?q=" + LiveServer.encode(hostile));
    assertFalse(api.body().contains("<"), api.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=0",
        "limit=51",
        "limit=abc",
        "limit=-1",
        "offset=-5",
        "offset=1001",
        "offset=1e3",
        "type=Lesson",
        "type=unknown",
        "theme=no-such-theme",
        "audience=nobody",
        "audience=%3Cx%3E",
        "q=a&q=b"
      })
  void badParametersAre400WithAJsonError(String parameters) throws Exception {
    HttpResponse<String> response = live.get("/api/search?q=marac&" + parameters);
    assertEquals(400, response.statusCode(), response.body());
    JsonNode body = JSON.readTree(response.body());
    assertTrue(body.get("error").asText().length() > 10, response.body());
    assertFalse(response.body().contains("<"));
  }

  @Test
  void aQueryOverTheLengthLimitIs400OnBothPages() throws Exception {
    String longQuery = "a".repeat(201);
    assertEquals(400, live.get("/api/search?q=" + longQuery).statusCode());
    HttpResponse<String> page = live.get("/search?q=" + longQuery);
    assertEquals(400, page.statusCode());
    assertNotNull(Jsoup.parse(page.body()).selectFirst("#kb-search-results .govuk-error-summary"));
  }

  @Test
  void securityHeadersOnTheSearchResponses() throws Exception {
    for (String path :
        new String[] {
          "/api/search?q=x",
          "/search?q=x",
          "/health",
          "/api/suggest?q=ma",
          "/opensearch.xml",
          "/api/search?limit=0",
          "/nothing-here"
        }) {
      HttpResponse<String> response = live.get(path);
      assertEquals(
          SearchServer.CONTENT_SECURITY_POLICY,
          response.headers().firstValue("Content-Security-Policy").orElse(null),
          path);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
      assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null));
      assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
      assertTrue(response.headers().allValues("Access-Control-Allow-Origin").isEmpty(), path);
    }
  }

  @Test
  void suggestCompletesTheLastWord() throws Exception {
    JsonNode body = JSON.readTree(live.get("/api/suggest?q=mapp").body());
    assertEquals("mapp", body.get("query").asText());
    List<String> titles = new ArrayList<>();
    body.get("suggestions").forEach(s -> titles.add(s.get("title").asText()));
    assertTrue(titles.stream().anyMatch(t -> t.contains("MAPPA")), titles.toString());
    JsonNode open = JSON.readTree(live.get("/api/suggest?q=mapp&format=opensearch").body());
    assertEquals("mapp", open.get(0).asText());
    assertTrue(open.get(1).size() > 0);
  }

  @Test
  void healthReportsTheIndex() throws Exception {
    JsonNode health = JSON.readTree(live.get("/health").body());
    assertEquals("ok", health.get("status").asText());
    assertTrue(health.get("items").asInt() >= 100, health.toString());
    assertNotNull(health.get("indexedAt"));
  }

  @Test
  void openSearchDescriptionPointsAtTheSearch() throws Exception {
    HttpResponse<String> response = live.get("/opensearch.xml");
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/opensearchdescription+xml"));
    Document xml = Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
    assertEquals(
        "http://localhost:" + live.server.port() + "/search?q={searchTerms}",
        xml.expectFirst("Url[type=text/html]").attr("template"));
  }

  @Test
  void staticSiteIsServedBesideTheSearch() throws Exception {
    assertEquals(200, live.get("/themes/risk-assessment.html").statusCode());
    HttpResponse<String> missing = live.get("/themes/nothing.html");
    assertEquals(404, missing.statusCode());
    assertEquals("404", Jsoup.parse(missing.body()).expectFirst("main").attr("data-kb-page"));
  }

  @Test
  void quotedPhraseAndExclusion() throws Exception {
    JsonNode phrase = api("\"bail conditions\"");
    assertEquals("bail-local-share-bail-conditions", ids(phrase).get(0));
    assertFalse(phrase.get("partial").asBoolean());
    assertFalse(ids(api("marac -bail")).contains("bail-local-share-bail-conditions"));
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void didYouMeanIsAbsentForGoodQueries() throws Exception {
    assertNull(api("risk assessment").get("didYouMean").textValue());
  }
}
