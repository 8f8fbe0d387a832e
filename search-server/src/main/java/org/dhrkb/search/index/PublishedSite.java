package org.dhrkb.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhrkb.contract.DataAttributes;
import org.dhrkb.contract.Kind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The published site as the search server sees it: every item element of every page ({@code id} +
 * {@code data-kb-kind}, see docs/contracts.md), the page-level text of each page, the glossary
 * entries and the audience labels. Nothing is read from anywhere but the HTML.
 */
public final class PublishedSite {
  /** Pages that are not content: the search page shell and the 404 page. */
  private static final List<String> NOT_CONTENT = List.of("search", "404", "maintainers");

  private final Path folder;
  private final List<SiteItem> items;
  private final SiteSummary summary;

  private PublishedSite(Path folder, List<SiteItem> items, SiteSummary summary) {
    this.folder = folder;
    this.items = List.copyOf(items);
    this.summary = summary;
  }

  /**
   * What one content page publishes.
   *
   * @param items its items, then its page-level text
   * @param glossary the glossary entries among its items
   * @param audience the audience the page is for, or null
   * @param audienceLabel that audience's label, or null
   */
  record Page(
      List<SiteItem> items, List<GlossaryEntry> glossary, String audience, String audienceLabel) {}

  /**
   * Reads every HTML page of a published site folder, keeping every item in memory (the index is
   * written from the pages as they are read instead, see {@link SiteIndexer}).
   *
   * @throws IOException when the folder or a page cannot be read
   */
  public static PublishedSite read(Path folder) throws IOException {
    List<SiteItem> items = new ArrayList<>();
    SiteSummary.Builder summary = new SiteSummary.Builder();
    String digest =
        SitePages.read(
            folder,
            false,
            page -> {
              summary.add(page);
              items.addAll(page.items());
            });
    return new PublishedSite(folder, items, summary.build(digest));
  }

  /**
   * The items of one parsed page, or null when the page is not content. Takes the page's tree
   * apart: call once, with a document nothing else uses.
   */
  static Page page(String page, Document doc) {
    Element main = doc.selectFirst("main#main-content");
    if (main == null || NOT_CONTENT.contains(main.attr(DataAttributes.PAGE))) {
      return null;
    }
    List<SiteItem> items = new ArrayList<>();
    List<GlossaryEntry> glossary = new ArrayList<>();
    Map<String, String> givenUnder = new HashMap<>();
    for (Element el : main.select("[id][" + DataAttributes.KIND + "]")) {
      items.add(item(page, el));
      if (el.hasAttr(DataAttributes.FOR)) {
        givenUnder.put(el.id(), el.attr(DataAttributes.FOR));
      }
      if (el.hasAttr(DataAttributes.TERM)) {
        glossary.add(
            new GlossaryEntry(
                el.id(),
                el.attr(DataAttributes.TERM),
                el.attr(DataAttributes.EXPANSION),
                split(el.attr(DataAttributes.ALIASES), "\\|"),
                description(el, el.attr(DataAttributes.EXPANSION))));
      }
    }
    if (!givenUnder.isEmpty()) {
      withContext(items, givenUnder);
    }
    boolean forAudience = main.hasAttr(DataAttributes.AUDIENCE);
    String audience = forAudience ? main.attr(DataAttributes.AUDIENCE) : null;
    String label = forAudience ? main.attr(DataAttributes.AUDIENCE_LABEL) : null;
    items.add(pageText(page, doc, main));
    return new Page(items, glossary, audience, label);
  }

  /**
   * Gives each resource the title and text of the item it is given under: "Complicated Matters:
   * toolkit and e-learning" says nothing of drug and alcohol services, the suggestion to promote it
   * does.
   */
  private static void withContext(List<SiteItem> items, Map<String, String> givenUnder) {
    Map<String, SiteItem> byId = new HashMap<>();
    items.forEach(item -> byId.putIfAbsent(item.id(), item));
    for (int i = 0; i < items.size(); i++) {
      SiteItem under = byId.get(givenUnder.get(items.get(i).id()));
      if (under != null) {
        items.set(i, items.get(i).withContext(under.title() + ". " + under.text()));
      }
    }
  }

  /**
   * A glossary entry's description: its text without the paragraph that spells the term out, which
   * a definition shows apart (the text itself keeps it, so the expansion's words find the entry).
   */
  private static String description(Element el, String expansion) {
    Element text = el.selectFirst(".kb-item__text");
    if (text == null) {
      return "";
    }
    Element copy = text.clone();
    copy.children().stream()
        .filter(child -> child.text().equals(expansion))
        .findFirst()
        .ifPresent(Element::remove);
    return readableInPlace(copy);
  }

  private static SiteItem item(String page, Element el) {
    Element textEl = el.selectFirst(".kb-item__text");
    String text = textEl != null ? readable(textEl) : "";
    String notes =
        el.select(".kb-item__note, .kb-item__since").stream()
            .map(PublishedSite::readable)
            .collect(Collectors.joining(" "));
    String title = el.attr(DataAttributes.TITLE);
    if (title.isBlank()) {
      title = el.hasAttr(DataAttributes.TERM) ? el.attr(DataAttributes.TERM) : el.id();
    }
    String kind = el.attr(DataAttributes.KIND);
    return new SiteItem(
        el.id(),
        page + "#" + el.id(),
        kind,
        title,
        text,
        notes,
        el.attr(DataAttributes.THEME),
        el.attr(DataAttributes.THEME_TITLE),
        split(el.attr(DataAttributes.AUDIENCES), "\\s+"),
        links(el, textEl),
        group(el, kind, title),
        "",
        String.join("\n", split(el.attr(DataAttributes.PLAIN_WORDS), "\\|")));
  }

  /**
   * The text a reader reads, without the web addresses shown as link text or printed beside a
   * resource: they are not words anyone searches for, and as snippets they are a wall of URLs.
   */
  private static String readable(Element el) {
    return readableInPlace(el.clone());
  }

  /** {@link #readable}, taking the addresses out of {@code el} itself. */
  private static String readableInPlace(Element el) {
    removeLastFirst(el.select(".kb-url"));
    removeLastFirst(
        el.select("a").stream().filter(a -> URL_TEXT.matcher(a.text()).matches()).toList());
    String text = SPACE_BEFORE_PUNCTUATION.matcher(el.text()).replaceAll("$1");
    return EMPTY_BRACKETS.matcher(text).replaceAll("").trim();
  }

  /**
   * Removes nodes from their tree, last first: removing a node renumbers the siblings after it, and
   * a listing or the resources page is thousands of siblings (in document order that was quadratic:
   * at 100,000 items, two thirds of the indexing time).
   */
  private static void removeLastFirst(List<? extends Node> nodes) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      nodes.get(i).remove();
    }
  }

  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:)])");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("[\\[(]\\s*[\\])]");

  /**
   * The web addresses of the links in an item's text, and a resource's own (its title's link: the
   * text only prints it, unlinked).
   */
  private static String links(Element el, Element textEl) {
    List<Element> anchors = new ArrayList<>(el.select(".kb-item__title a[href]"));
    if (textEl != null) {
      anchors.addAll(textEl.select("a[href]"));
    }
    return anchors.stream()
        .map(a -> a.attr("href"))
        .filter(href -> href.startsWith("http"))
        .collect(Collectors.joining(" "));
  }

  private static final Pattern URL_TEXT = Pattern.compile("\\s*(https?://|www\\.)\\S*\\s*");

  /**
   * What makes two items the same for a reader: a resource is its link, anything else its kind and
   * title (titles are written to tell items apart). The same course given under two themes is one
   * result that says where else it is.
   */
  private static String group(Element el, String kind, String title) {
    if (kind.equals(Kind.RESOURCE.getId())) {
      Element link = el.selectFirst(".kb-item__title a[href]");
      if (link != null) {
        return kind
            + ":"
            + link.attr("href").replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
      }
    }
    String words = title.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", " ").trim();
    // A digest keeps the doc value short whatever the length of the title.
    return kind + ":" + java.util.UUID.nameUUIDFromBytes(words.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The text of a page that no item holds: headings, introductions, plain pages. Cuts the items,
   * listings and navigation out of the page's own tree rather than a copy: on a listing page (an
   * audience's, the checklist) the copies were most of the time spent indexing.
   */
  private static SiteItem pageText(String page, Document doc, Element main) {
    Element h1 = main.selectFirst("h1");
    String title = h1 != null ? h1.text() : doc.title();
    List<Node> cut = new ArrayList<>();
    NodeTraversor.filter(
        (node, depth) -> {
          if (outsidePageText(node)) {
            cut.add(node);
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
          }
          return NodeFilter.FilterResult.CONTINUE;
        },
        main);
    removeLastFirst(cut);
    return new SiteItem(
        page,
        page,
        SiteItem.PAGE,
        title,
        readableInPlace(main),
        "",
        "",
        "",
        List.of(),
        "",
        "page:" + page,
        "",
        "");
  }

  /**
   * Whether a node is cut from the page-level text, as {@code select("[data-kb-kind], .kb-listing,
   * nav, .kb-moved, script, style").remove()} would cut it; the caller does not look inside what it
   * cuts: a listing page is thousands of list entries.
   */
  private static boolean outsidePageText(Node node) {
    return node instanceof Element el
        && (el.hasAttr(DataAttributes.KIND)
            || el.hasClass("kb-listing")
            || el.hasClass("kb-moved")
            || NOT_PAGE_TEXT_TAGS.contains(el.normalName()));
  }

  private static final Set<String> NOT_PAGE_TEXT_TAGS = Set.of("nav", "script", "style");

  private static List<String> split(String value, String separator) {
    if (value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.trim().split(separator)).filter(s -> !s.isBlank()).toList();
  }

  /** Every HTML page of the folder, relative with '/' separators, sorted. */
  static List<String> htmlPages(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("."))
          .sorted()
          .toList();
    }
  }

  /**
   * A digest of every HTML page's path and content: equal digests mean the index built from one
   * still describes the other.
   */
  public static String fingerprint(Path folder) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (String page : htmlPages(folder)) {
        digest.update(page.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        try (InputStream in = Files.newInputStream(folder.resolve(page))) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A cheap summary of the pages (paths, sizes, modification times): when it is unchanged the site
   * is, as far as a rebuild goes, unchanged too.
   */
  public static String stamp(Path folder) throws IOException {
    StringBuilder stamp = new StringBuilder();
    for (String page : htmlPages(folder)) {
      Path file = folder.resolve(page);
      stamp
          .append(page)
          .append(' ')
          .append(Files.size(file))
          .append(' ')
          .append(Files.getLastModifiedTime(file).toMillis())
          .append('\n');
    }
    return stamp.toString();
  }

  public Path folder() {
    return folder;
  }

  public List<SiteItem> items() {
    return items;
  }

  public List<GlossaryEntry> glossary() {
    return summary.glossary();
  }

  /** Audience slug to its label, from the audience pages. */
  public Map<String, String> audienceLabels() {
    return summary.audienceLabels();
  }

  /** Theme slug to its title, from the items. */
  public Map<String, String> themeTitles() {
    return summary.themeTitles();
  }

  /** The glossary, the labels and the page count together. */
  public SiteSummary summary() {
    return summary;
  }
}
