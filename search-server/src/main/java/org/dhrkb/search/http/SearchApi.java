package org.dhrkb.search.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhrkb.search.index.IndexGeneration;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.BadRequest;
import org.dhrkb.search.query.SearchResults;
import org.dhrkb.search.query.SearchService;

/**
 * The JSON endpoints: {@code /api/search}, {@code /api/suggest}, {@code /health}, and the {@code
 * /opensearch.xml} description that lets browsers and intranets add the search.
 */
final class SearchApi {
  static final int MAX_SUGGESTIONS = 10;
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

  private final SearchService service;

  SearchApi(SearchService service) {
    this.service = service;
  }

  void search(Context ctx) {
    SearchResults results = service.search(SearchParameters.read(ctx));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", results.request().query());
    body.put("total", results.total());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchResults.Hit hit : results.hits()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("id", hit.id());
      h.put("url", hit.url());
      h.put("title", hit.title());
      h.put("type", hit.type());
      h.put("theme", hit.theme());
      h.put("snippet", hit.snippet());
      h.put(
          "alsoIn",
          hit.alsoIn().stream()
              .map(p -> Map.of("id", p.id(), "url", p.url(), "themeTitle", p.themeTitle()))
              .toList());
      hits.add(h);
    }
    body.put("results", hits);
    List<Map<String, Object>> definitions = new ArrayList<>();
    for (SearchResults.Definition d : results.definitions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", d.id());
      m.put("url", d.url());
      m.put("term", d.term());
      m.put("expansion", d.expansion());
      m.put("text", d.text());
      definitions.add(m);
    }
    body.put("definitions", definitions);
    body.put("facets", results.facets());
    body.put("didYouMean", results.didYouMean());
    // Said plainly, so a page can say it: the results answer only part of the query.
    body.put("partial", results.partial());
    body.put("missingWords", results.missingWords());
    // No item has the words: the results are the items closest in meaning.
    body.put("byMeaningOnly", results.byMeaningOnly());
    json(ctx, 200, body);
  }

  void suggest(Context ctx) {
    String q = SearchParameters.single(ctx, "q");
    int limit = SearchParameters.number(ctx, "limit", 6);
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      throw new BadRequest("limit must be between 1 and " + MAX_SUGGESTIONS);
    }
    String format = SearchParameters.single(ctx, "format");
    if (!format.isEmpty() && !format.equals("opensearch")) {
      throw new BadRequest("format must be opensearch or absent");
    }
    List<SearchResults.Hit> hits = q.isBlank() ? List.of() : service.suggest(q, limit);
    if (format.equals("opensearch")) {
      // The OpenSearch suggestions format: [query, [completions], [descriptions], [urls]].
      ctx.contentType("application/x-suggestions+json");
      ctx.result(
          JsonWriter.write(
              List.of(
                  q,
                  hits.stream().map(SearchResults.Hit::title).toList(),
                  hits.stream().map(SearchResults.Hit::themeTitle).toList(),
                  hits.stream().map(h -> "/" + h.url()).toList())));
      return;
    }
    List<Map<String, Object>> suggestions = new ArrayList<>();
    for (SearchResults.Hit hit : hits) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("title", hit.title());
      s.put("url", hit.url());
      s.put("type", hit.type());
      s.put("theme", hit.theme());
      s.put("themeTitle", hit.themeTitle());
      suggestions.add(s);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("suggestions", suggestions);
    json(ctx, 200, body);
  }

  void health(Context ctx) {
    try (SearchIndex.Lease lease = service.index().acquire()) {
      IndexGeneration generation = lease.generation();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", "ok");
      body.put("documents", generation.documents());
      body.put("items", generation.documents() - generation.pages());
      body.put("pages", generation.pages());
      body.put("indexedAt", generation.builtAt().toString());
      json(ctx, 200, body);
    }
  }

  void openSearch(Context ctx, String siteTitle) {
    String host = ctx.header("Host");
    if (host == null || !HOST.matcher(host).matches()) {
      host = "localhost";
    }
    String base = (ctx.scheme().equals("https") ? "https" : "http") + "://" + host;
    String title = org.jsoup.nodes.Entities.escape(siteTitle);
    String shortName =
        org.jsoup.nodes.Entities.escape(siteTitle.length() > 16 ? "DHR lessons" : siteTitle);
    ctx.contentType("application/opensearchdescription+xml; charset=utf-8");
    ctx.result(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
            + "  <ShortName>"
            + shortName
            + "</ShortName>\n"
            + "  <Description>Search "
            + title
            + "</Description>\n"
            + "  <InputEncoding>UTF-8</InputEncoding>\n"
            + "  <Url type=\"text/html\" method=\"get\" template=\""
            + base
            + "/search?q={searchTerms}\"/>\n"
            + "  <Url type=\"application/x-suggestions+json\" method=\"get\" template=\""
            + base
            + "/api/suggest?format=opensearch&amp;q={searchTerms}\"/>\n"
            + "  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\""
            + base
            + "/opensearch.xml\"/>\n"
            + "</OpenSearchDescription>\n");
  }

  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(JsonWriter.write(body));
  }

  static void badRequest(Context ctx, String message) {
    json(ctx, 400, Map.of("error", message));
  }
}
