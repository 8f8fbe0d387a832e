package org.dhrkb.search.http;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * The results page: the site's own {@code search.html}, with the query put back in the search box
 * and {@code #kb-search-results} filled with the results, so it has the site's look and works
 * without JavaScript. Filters and pages are plain links. Everything taken from the request goes in
 * through jsoup's text and attribute setters, which escape it.
 */
final class SearchPage {
  static final Map<String, String> KIND_LABELS =
      Arrays.stream(Kind.values()).collect(Collectors.toMap(Kind::getId, Kind::getLabel));

  private static final Map<String, String> DIMENSION_LABELS =
      Map.of("type", "Type", "theme", "Theme", "audience", "For");

  private final SearchService service;
  private final Path shell;

  SearchPage(SearchService service, Path shell) {
    this.service = service;
    this.shell = shell;
  }

  /** The page for a request, or the shell with an error message when the request is bad. */
  String render(SearchRequest request) throws IOException {
    Document page = shell();
    fillQueryBoxes(page, request.query());
    Element results = page.getElementById("kb-search-results");
    if (results == null) {
      throw new IOException("search.html has no #kb-search-results element");
    }
    boolean filtered =
        !request.types().isEmpty() || !request.themes().isEmpty() || !request.audiences().isEmpty();
    if (request.query().isBlank() && !filtered) {
      return page.outerHtml();
    }
    SearchResults found = service.search(request);
    setTitle(
        page,
        request.query().isBlank() ? "Search" : "Search results for ‘" + request.query() + "’");
    results.empty();
    results.attr("data-kb-total", Long.toString(found.total()));
    summary(results, found);
    if (found.total() > 0) {
      Element row = results.appendElement("div").addClass("govuk-grid-row");
      Element side = row.appendElement("div").addClass("govuk-grid-column-one-third");
      Element main = row.appendElement("div").addClass("govuk-grid-column-two-thirds");
      filters(side, found);
      list(main, found);
      pagination(main, found);
    }
    return page.outerHtml();
  }

  /** The shell with a message about a bad request, for a 400. */
  String error(String query, String message) throws IOException {
    Document page = shell();
    fillQueryBoxes(page, query);
    setTitle(page, "Search: there is a problem");
    Element results = page.getElementById("kb-search-results");
    if (results != null) {
      results.empty();
      Element box =
          results
              .appendElement("div")
              .addClass("govuk-error-summary")
              .attr("data-module", "govuk-error-summary");
      Element alert = box.appendElement("div").attr("role", "alert");
      alert.appendElement("h2").addClass("govuk-error-summary__title").text("There is a problem");
      alert
          .appendElement("div")
          .addClass("govuk-error-summary__body")
          .appendElement("p")
          .addClass("govuk-body")
          .text(message);
    }
    return page.outerHtml();
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

  private static void summary(Element results, SearchResults found) {
    SearchRequest request = found.request();
    Element status =
        results
            .appendElement("p")
            .addClass("govuk-body kb-search-results__summary")
            .attr("role", "status");
    if (found.total() == 0) {
      status.text(
          "No results" + (request.query().isBlank() ? "." : " for ‘" + request.query() + "’."));
    } else {
      long from = request.offset() + 1;
      long to = request.offset() + found.hits().size();
      status.text(
          (found.total() == 1 ? "1 result" : found.total() + " results")
              + (request.query().isBlank() ? "" : " for ‘" + request.query() + "’")
              + (found.total() > found.hits().size() ? ", showing " + from + " to " + to : "")
              + ".");
    }
    if (found.didYouMean() != null) {
      Element p = results.appendElement("p").addClass("govuk-body kb-search-results__did-you-mean");
      p.appendText("Did you mean ");
      p.appendElement("a")
          .addClass("govuk-link")
          .attr(
              "href",
              link(found.didYouMean(), request.types(), request.themes(), request.audiences(), 0))
          .text(found.didYouMean());
      p.appendText("?");
    }
    if (found.relaxed()) {
      results
          .appendElement("p")
          .addClass("govuk-body-s kb-search-results__relaxed")
          .text("No item has all of your words, so these have most of them.");
    }
    if (found.total() == 0) {
      Element tips = results.appendElement("ul").addClass("govuk-list govuk-list--bullet");
      tips.appendElement("li").text("Check the spelling, or try fewer words.");
      tips.appendElement("li").text("Try an acronym (MARAC, IDVA) or what it stands for.");
      tips.appendElement("li")
          .appendElement("a")
          .addClass("govuk-link")
          .attr("href", "/glossary.html")
          .text("Browse the glossary");
    }
  }

  private void filters(Element side, SearchResults found) {
    SearchRequest request = found.request();
    Labels labels = labels();
    Element nav =
        side.appendElement("nav")
            .addClass("kb-search-filters")
            .attr("aria-label", "Filter the results");
    nav.appendElement("h2").addClass("govuk-heading-m").text("Filter");
    for (Map.Entry<String, Map<String, Integer>> dim : found.facets().entrySet()) {
      String name = dim.getKey();
      List<String> selected = selected(request, name);
      if (dim.getValue().isEmpty() && selected.isEmpty()) {
        continue;
      }
      nav.appendElement("h3").addClass("govuk-heading-s").text(DIMENSION_LABELS.get(name));
      Element list = nav.appendElement("ul").addClass("govuk-list kb-search-filters__list");
      for (Map.Entry<String, Integer> value : dim.getValue().entrySet()) {
        boolean on = selected.contains(value.getKey());
        List<String> toggled = new ArrayList<>(selected);
        if (on) {
          toggled.remove(value.getKey());
        } else {
          toggled.add(value.getKey());
        }
        Element a =
            list.appendElement("li")
                .appendElement("a")
                .addClass("govuk-link")
                .attr("href", linkWith(request, name, toggled));
        if (on) {
          a.attr("aria-current", "true").addClass("kb-search-filters__selected");
          a.appendElement("strong")
              .text(labels.label(name, value.getKey()) + " (" + value.getValue() + ")");
          a.appendElement("span")
              .addClass("govuk-visually-hidden")
              .text(", selected: remove this filter");
        } else {
          a.text(labels.label(name, value.getKey()) + " (" + value.getValue() + ")");
        }
      }
    }
    if (!request.types().isEmpty()
        || !request.themes().isEmpty()
        || !request.audiences().isEmpty()) {
      nav.appendElement("p")
          .addClass("govuk-body")
          .appendElement("a")
          .addClass("govuk-link")
          .attr("href", link(request.query(), List.of(), List.of(), List.of(), 0))
          .text("Clear all filters");
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
        0);
  }

  private void list(Element main, SearchResults found) {
    Element list =
        main.appendElement("ol")
            .addClass("govuk-list kb-search-results__list")
            .attr("start", Integer.toString(found.request().offset() + 1));
    for (SearchResults.Hit hit : found.hits()) {
      Element li =
          list.appendElement("li").addClass("kb-search-result").attr("data-kb-result", hit.id());
      li.appendElement("h2")
          .addClass("govuk-heading-s kb-search-result__title")
          .appendElement("a")
          .addClass("govuk-link")
          .attr("href", "/" + hit.url())
          .text(hit.title());
      Element meta = li.appendElement("p").addClass("govuk-body-s kb-search-result__meta");
      meta.appendElement("strong")
          .addClass("govuk-tag govuk-tag--grey")
          .text(KIND_LABELS.getOrDefault(hit.type(), hit.type()));
      if (!hit.themeTitle().isEmpty()) {
        meta.appendText(" " + hit.themeTitle());
      }
      if (!hit.snippet().isEmpty()) {
        // The highlighter escaped the text; the only markup in it is <mark>.
        li.appendElement("p").addClass("govuk-body kb-search-result__snippet").html(hit.snippet());
      }
    }
  }

  private static void pagination(Element main, SearchResults found) {
    SearchRequest request = found.request();
    boolean previous = request.offset() > 0;
    boolean next =
        request.offset() + request.limit()
            < Math.min(found.total(), SearchRequest.MAX_OFFSET + request.limit());
    if (!previous && !next) {
      return;
    }
    Element nav =
        main.appendElement("nav").addClass("govuk-pagination").attr("aria-label", "Results pages");
    if (previous) {
      nav.appendElement("div")
          .addClass("govuk-pagination__prev")
          .appendElement("a")
          .addClass("govuk-link govuk-pagination__link")
          .attr("rel", "prev")
          .attr(
              "href",
              link(
                  request.query(),
                  request.types(),
                  request.themes(),
                  request.audiences(),
                  Math.max(0, request.offset() - request.limit()),
                  request.limit()))
          .appendElement("span")
          .addClass("govuk-pagination__link-title")
          .text("Previous results");
    }
    if (next) {
      nav.appendElement("div")
          .addClass("govuk-pagination__next")
          .appendElement("a")
          .addClass("govuk-link govuk-pagination__link")
          .attr("rel", "next")
          .attr(
              "href",
              link(
                  request.query(),
                  request.types(),
                  request.themes(),
                  request.audiences(),
                  request.offset() + request.limit(),
                  request.limit()))
          .appendElement("span")
          .addClass("govuk-pagination__link-title")
          .text("Next results");
    }
  }

  static String link(
      String query, List<String> types, List<String> themes, List<String> audiences, int offset) {
    return link(query, types, themes, audiences, offset, SearchRequest.DEFAULT_LIMIT);
  }

  /** A results page address; the page size is kept when it is not the default. */
  static String link(
      String query,
      List<String> types,
      List<String> themes,
      List<String> audiences,
      int offset,
      int limit) {
    StringBuilder url = new StringBuilder("/search?q=").append(encode(query));
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
      return "Knowledge base";
    }
  }
}
