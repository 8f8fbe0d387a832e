package org.dhrkb.search.http;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhrkb.contract.Kind;
import org.dhrkb.search.index.IndexGeneration;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchRequest;
import org.dhrkb.search.query.SearchResults;
import org.dhrkb.search.query.SearchService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The results page: the site's own {@code search.html} with the query put back in the search box
 * and {@code #kb-search-results} filled from the {@code search-results.ftlh} template of {@code
 * templates/} (packaged with this class), so it has the site's look and works without JavaScript.
 * Java only fills the template's model; the template escapes everything it prints.
 */
final class SearchPage {
  static final Map<String, String> KIND_LABELS =
      Arrays.stream(Kind.values()).collect(Collectors.toMap(Kind::getId, Kind::getLabel));

  private static final Map<String, String> DIMENSION_LABELS =
      Map.of("type", "Type", "theme", "Theme", "audience", "For");

  /** Filter names in British English alphabetical order, letter case and accents aside. */
  private static final Collator LABEL_ORDER = collator();

  private static final Configuration FREEMARKER = freemarker();

  private final SearchService service;
  private final Path shell;

  SearchPage(SearchService service, Path shell) {
    this.service = service;
    this.shell = shell;
  }

  private static Collator collator() {
    Collator collator = Collator.getInstance(Locale.UK);
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }

  private static Configuration freemarker() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setClassForTemplateLoading(SearchPage.class, "");
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    return config;
  }

  /** The page for a request. */
  String render(SearchRequest request) throws IOException {
    Document page = shell();
    fillQueryBoxes(page, request.query());
    boolean filtered =
        !request.types().isEmpty() || !request.themes().isEmpty() || !request.audiences().isEmpty();
    if (request.query().isBlank() && !filtered) {
      return page.outerHtml();
    }
    SearchResults found = service.search(request);
    setTitle(
        page,
        request.query().isBlank() ? "Search" : "Search results for ‘" + request.query() + "’");
    Element results = results(page);
    results.attr("data-kb-total", Long.toString(found.total()));
    results.html(fill(model(found)));
    return page.outerHtml();
  }

  /** The shell with a message about a bad request, for a 400. */
  String error(String query, String message) throws IOException {
    Document page = shell();
    fillQueryBoxes(page, query);
    setTitle(page, "Search: there is a problem");
    results(page).html(fill(Map.of("error", message)));
    return page.outerHtml();
  }

  private static Element results(Document page) throws IOException {
    Element results = page.getElementById("kb-search-results");
    if (results == null) {
      throw new IOException("search.html has no #kb-search-results element");
    }
    return results;
  }

  private static String fill(Map<String, Object> model) throws IOException {
    try {
      Template template = FREEMARKER.getTemplate("search-results.ftlh");
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (TemplateException e) {
      throw new IOException("search-results.ftlh failed: " + e.getMessage(), e);
    }
  }

  private Map<String, Object> model(SearchResults found) {
    SearchRequest request = found.request();
    Labels labels = labels();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("summary", summary(found));
    if (found.didYouMean() != null) {
      model.put(
          "didYouMean",
          Map.of(
              "text",
              found.didYouMean(),
              "href",
              link(found.didYouMean(), request.types(), request.themes(), request.audiences(), 0)));
    }
    String notice = notice(found);
    if (notice != null) {
      model.put("notice", notice);
    }
    model.put(
        "definitions",
        found.definitions().stream()
            .map(
                d ->
                    Map.of(
                        "id", d.id(),
                        "url", d.url(),
                        "term", d.term(),
                        "expansion", d.expansion(),
                        "text", d.text()))
            .toList());
    List<Map<String, String>> selected = new ArrayList<>();
    List<Map<String, Object>> facets = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> dim : found.facets().entrySet()) {
      String name = dim.getKey();
      List<String> chosen = selected(request, name);
      for (String value : chosen) {
        List<String> without = new ArrayList<>(chosen);
        without.remove(value);
        selected.add(
            Map.of(
                "dimension", DIMENSION_LABELS.get(name),
                "label", labels.label(name, value),
                "href", linkWith(request, name, without)));
      }
      List<Map<String, Object>> values = new ArrayList<>();
      for (Map.Entry<String, Integer> value : dim.getValue().entrySet()) {
        boolean on = chosen.contains(value.getKey());
        List<String> toggled = new ArrayList<>(chosen);
        if (on) {
          toggled.remove(value.getKey());
        } else {
          toggled.add(value.getKey());
        }
        values.add(
            Map.of(
                "label", labels.label(name, value.getKey()),
                "count", value.getValue(),
                "selected", on,
                "href", linkWith(request, name, toggled)));
      }
      // In the order a reader scans a list, by name, not by the slugs the counts are kept under.
      values.sort(Comparator.comparing(v -> (String) v.get("label"), LABEL_ORDER));
      if (!values.isEmpty()) {
        facets.add(Map.of("label", DIMENSION_LABELS.get(name), "values", values));
      }
    }
    model.put("selected", selected);
    model.put("clearHref", link(request.query(), List.of(), List.of(), List.of(), 0));
    model.put("facets", found.total() > 0 ? facets : List.of());
    model.put("start", request.offset() + 1);
    model.put("hits", found.hits().stream().map(SearchPage::hit).toList());
    Map<String, String> pagination = pagination(found);
    if (!pagination.isEmpty()) {
      model.put("pagination", pagination);
    }
    return model;
  }

  private static Map<String, Object> hit(SearchResults.Hit hit) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("id", hit.id());
    h.put("href", hit.url());
    h.put("title", hit.title());
    h.put("kind", KIND_LABELS.getOrDefault(hit.type(), hit.type()));
    h.put("themeTitle", hit.themeTitle());
    h.put("snippet", hit.snippet());
    h.put(
        "alsoIn",
        hit.alsoIn().stream()
            .map(p -> Map.of("href", p.url(), "themeTitle", p.themeTitle()))
            .toList());
    return h;
  }

  private static String summary(SearchResults found) {
    SearchRequest request = found.request();
    String forQuery = request.query().isBlank() ? "" : " for ‘" + request.query() + "’";
    if (found.total() == 0) {
      return "No results" + forQuery + ".";
    }
    long from = request.offset() + 1;
    long to = request.offset() + found.hits().size();
    return (found.total() == 1 ? "1 result" : found.total() + " results")
        + forQuery
        + (found.total() > found.hits().size() ? ", showing " + from + " to " + to : "")
        + ".";
  }

  /** What the results do not answer, in plain words; null when they answer the query. */
  static String notice(SearchResults found) {
    if (!found.missingWords().isEmpty()) {
      String words =
          found.missingWords().stream().map(w -> "‘" + w + "’").collect(Collectors.joining(", "));
      return "The 2013 paper does not mention "
          + words
          + (found.total() == 0
              ? "."
              : found.byMeaningOnly()
                  ? ": these results are the items closest in meaning to your words."
                  : ": these results match only some of your words.");
    }
    if (found.byMeaningOnly()) {
      return "No item of the 2013 paper has your words: these results are the items closest in"
          + " meaning to them.";
    }
    if (found.relaxed()) {
      return "No item of the 2013 paper has all of your words: these results match only some of"
          + " them.";
    }
    return null;
  }

  private Document shell() throws IOException {
    return Jsoup.parse(shell.toFile(), "UTF-8");
  }

  private static void fillQueryBoxes(Document page, String query) {
    for (Element input : page.select("form[action=/search] input[name=q]")) {
      input.attr("value", query);
    }
  }

  private static void setTitle(Document page, String heading) {
    String title = page.title();
    int dash = title.indexOf(" – ");
    page.title(heading + (dash >= 0 ? title.substring(dash) : ""));
    Element h1 = page.selectFirst("main h1");
    if (h1 != null) {
      h1.text(heading);
    }
  }

  /** Display names of facet values, from the index generation. */
  private record Labels(Map<String, String> themes, Map<String, String> audiences) {
    String label(String dimension, String value) {
      return switch (dimension) {
        case "type" -> KIND_LABELS.getOrDefault(value, value);
        case "theme" -> themes.getOrDefault(value, value);
        case "audience" -> audiences.getOrDefault(value, value);
        default -> value;
      };
    }
  }

  private Labels labels() {
    try (SearchIndex.Lease lease = service.index().acquire()) {
      IndexGeneration generation = lease.generation();
      return new Labels(generation.themeTitles(), generation.audienceLabels());
    }
  }

  private static List<String> selected(SearchRequest request, String dimension) {
    return switch (dimension) {
      case "type" -> request.types();
      case "theme" -> request.themes();
      default -> request.audiences();
    };
  }

  private static String linkWith(SearchRequest request, String dimension, List<String> values) {
    return link(
        request.query(),
        dimension.equals("type") ? values : request.types(),
        dimension.equals("theme") ? values : request.themes(),
        dimension.equals("audience") ? values : request.audiences(),
        0,
        request.limit());
  }

  private static Map<String, String> pagination(SearchResults found) {
    SearchRequest request = found.request();
    Map<String, String> links = new LinkedHashMap<>();
    if (request.offset() > 0) {
      links.put(
          "previous",
          link(
              request.query(),
              request.types(),
              request.themes(),
              request.audiences(),
              Math.max(0, request.offset() - request.limit()),
              request.limit()));
    }
    if (request.offset() + request.limit()
        < Math.min(found.total(), SearchRequest.MAX_OFFSET + request.limit())) {
      links.put(
          "next",
          link(
              request.query(),
              request.types(),
              request.themes(),
              request.audiences(),
              request.offset() + request.limit(),
              request.limit()));
    }
    return links;
  }

  static String link(
      String query, List<String> types, List<String> themes, List<String> audiences, int offset) {
    return link(query, types, themes, audiences, offset, SearchRequest.DEFAULT_LIMIT);
  }

  /**
   * A results page address, relative to the results page (so it holds under any base path); the
   * page size is kept when it is not the default.
   */
  static String link(
      String query,
      List<String> types,
      List<String> themes,
      List<String> audiences,
      int offset,
      int limit) {
    StringBuilder url = new StringBuilder("search?q=").append(encode(query));
    types.forEach(t -> url.append("&type=").append(encode(t)));
    themes.forEach(t -> url.append("&theme=").append(encode(t)));
    audiences.forEach(a -> url.append("&audience=").append(encode(a)));
    if (offset > 0) {
      url.append("&offset=").append(offset);
    }
    if (limit != SearchRequest.DEFAULT_LIMIT) {
      url.append("&limit=").append(limit);
    }
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The site's name, from the shell's title ("Search – name"). */
  String siteTitle() {
    try {
      String title = shell().title();
      int dash = title.indexOf(" – ");
      return dash >= 0 ? title.substring(dash + 3) : title;
    } catch (IOException e) {
      return "Lessons from domestic homicide reviews";
    }
  }
}
