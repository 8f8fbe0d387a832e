package org.dhrkb.generator.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhrkb.contract.Acronym;
import org.dhrkb.contract.Kind;
import org.dhrkb.contract.Slug;
import org.dhrkb.generator.links.LinkReport;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and validates every content file of {@code site/content}: themes and the glossary (YAML),
 * audience and other pages (JBake Markdown with a header). Every problem is collected with its
 * file, line and column; {@link #load} throws them all at once.
 */
public final class ContentLoader {

  /** Two or more capitals (optionally a plural s or digits): MARAC, MARACs, GPs, QS116. */
  static final Pattern ACRONYM =
      Pattern.compile("(?<![\\w.@/-])(" + Acronym.CAPITALS + "s?)(?![\\w@])");

  private static final Pattern URLS =
      Pattern.compile(
          "\\]\\([^)]*\\)|<[a-z]+:[^>]*>|(https?|mailto):[^\\s)>\\]]+|[\\w.+-]+@[\\w.-]+"
              + "|<[^>]+>");
  private static final Pattern LINK_TARGET =
      Pattern.compile("\\]\\(([^)\\s]+)\\)|href=\"([^\"]+)\"");
  private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^([^\\]]+)\\]");

  /** Files the build writes beside the pages (the opendata package), which content may link. */
  private static final Set<String> GENERATED_FILES =
      Set.of("checklist.csv", "data/knowledge-base.json", "data/knowledge-base.schema.json");

  private static final Set<String> PAGE_TYPES =
      Set.of(
          "home", "page", "audience", "roles", "resources", "post", "search", "checklist", "links");
  private static final Set<String> THEME_KEYS =
      orderedSet(
          "type",
          "status",
          "title",
          "order",
          "summary",
          "lesson",
          "national",
          "local",
          "resources",
          "references",
          "moved");
  private static final Set<String> ITEM_KEYS =
      orderedSet("id", "title", "audiences", "text", "note", "since");
  private static final Set<String> RESOURCE_KEYS =
      orderedSet(
          "id", "title", "url", "publisher", "for", "format", "audiences", "text", "note", "since");
  private static final Set<String> HOME_KEYS =
      orderedSet("type", "status", "title", "purpose", "lead", "introduction");
  private static final Set<String> INTRODUCTION_KEYS = orderedSet("id", "title", "text");
  private static final Set<String> REFERENCE_KEYS = orderedSet("id", "text");
  private static final Set<String> SINCE_KEYS = orderedSet("as-of", "text", "url");
  private static final Set<String> GLOSSARY_KEYS =
      orderedSet("type", "status", "title", "not-acronyms", "entries");
  private static final Set<String> ENTRY_KEYS =
      orderedSet("id", "term", "expansion", "kind", "aliases", "description", "today");

  private final Path contentDir;
  private final Path shownRoot;
  private final Problems problems = new Problems();
  private final Parser markdown;
  private final HtmlRenderer html;

  /** Texts to check for undefined acronyms once the glossary is known. */
  private final List<Runnable> acronymChecks = new ArrayList<>();

  private final List<Runnable> linkChecks = new ArrayList<>();
  private final Set<String> pageUris = new HashSet<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> acronyms = new HashSet<>();
  private final List<Update> updates = new ArrayList<>();
  private Home home;

  private ContentLoader(Path contentDir) {
    this.contentDir = contentDir;
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = contentDir.toAbsolutePath().normalize();
    this.shownRoot = abs.startsWith(cwd) ? cwd : null;
    MutableDataSet options = new MutableDataSet();
    this.markdown = Parser.builder(options).build();
    this.html = HtmlRenderer.builder(options).build();
  }

  /**
   * Loads the content folder of a JBake source folder.
   *
   * @param siteDir the folder holding {@code content/}
   * @throws ContentException with every problem found
   */
  public static KnowledgeBase load(Path siteDir) throws ContentException {
    return new ContentLoader(siteDir.resolve("content")).run();
  }

  private KnowledgeBase run() throws ContentException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(contentDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problems.add(shown(contentDir), 1, 1, "cannot read the content folder: " + e.getMessage());
      problems.throwIfAny();
      return null;
    }
    List<Theme> themes = new ArrayList<>();
    List<Audience> audiences = new ArrayList<>();
    List<GlossaryEntry> glossary = new ArrayList<>();
    List<YamlFile> themeFiles = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
          YamlFile yaml = YamlFile.read(file, shown(file), problems);
          if (yaml.root() == null) {
            continue;
          }
          String type = typeValue(yaml);
          if ("theme".equals(type)) {
            themeFiles.add(yaml);
            pageUris.add(uriOf(file));
          } else if ("home".equals(type)) {
            home = readHome(yaml);
          } else if ("glossary".equals(type)) {
            glossary.addAll(readGlossary(yaml));
            pageUris.add(uriOf(file));
          }
        } else if (name.endsWith(".md") || name.endsWith(".html")) {
          readPage(file, audiences);
        }
      } catch (IOException e) {
        problems.add(shown(file), 1, 1, "cannot read: " + e.getMessage());
      }
    }
    Set<String> audienceSlugs = new HashSet<>();
    audiences.forEach(a -> audienceSlugs.add(a.getSlug()));
    for (YamlFile yaml : themeFiles) {
      Theme theme = readTheme(yaml, audienceSlugs);
      if (theme != null) {
        themes.add(theme);
      }
    }
    if (glossary.isEmpty()) {
      problems.add(
          shown(contentDir.resolve("glossary.yaml")),
          1,
          1,
          "no glossary: add glossary.yaml (type: glossary) defining every acronym");
    }
    KnowledgeBase kb = new KnowledgeBase(themes, audiences, glossary, home, updates);
    try {
      kb.links = LinkReport.read(contentDir.getParent());
    } catch (LinkReport.DamagedLine e) {
      problems.add(
          shown(contentDir.resolveSibling(LinkReport.FILE)),
          e.line(),
          1,
          "not a line of kb links' report ("
              + e.getCause().getMessage()
              + "): run ./kb links again");
    } catch (IOException e) {
      problems.add(
          shown(contentDir.resolveSibling(LinkReport.FILE)),
          1,
          1,
          "cannot read: " + e.getMessage());
    }
    linkPublishers(kb, themeFiles);
    acronymChecks.forEach(Runnable::run);
    linkChecks.forEach(Runnable::run);
    problems.throwIfAny();
    return kb;
  }

  // ---- pages (JBake header + Markdown) ----

  private void readPage(Path file, List<Audience> audiences) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, Integer> headerLine = new HashMap<>();
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals("~~~~~~")) {
        end = i;
        break;
      }
      int eq = line.indexOf('=');
      if (eq > 0) {
        header.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        headerLine.put(line.substring(0, eq).strip(), i + 1);
      } else if (!line.isBlank()) {
        problems.add(shown(file), i + 1, 1, "header lines are key=value, ended by ~~~~~~");
      }
    }
    Path shown = shown(file);
    if (end < 0) {
      problems.add(
          shown,
          1,
          1,
          "missing header: start the file with title=…, type=…, "
              + "status=published and a line ~~~~~~");
      return;
    }
    pageUris.add(uriOf(file));
    String title = header.get("title");
    if (title == null || title.isBlank()) {
      problems.add(shown, 1, 1, "missing title: add a line title=… to the header");
    }
    String type = header.get("type");
    if (type == null) {
      problems.add(
          shown,
          1,
          1,
          "missing type: add type=page (or " + String.join(", ", PAGE_TYPES) + ") to the header");
    } else if (!PAGE_TYPES.contains(type)) {
      problems.add(
          shown,
          headerLine.get("type"),
          6,
          "unknown kind of page '"
              + type
              + "' (expected one of: "
              + String.join(", ", PAGE_TYPES)
              + ")");
    }
    if ("audience".equals(type)) {
      String slug = header.get("audience");
      String label = header.get("label");
      int order = 0;
      try {
        order = Integer.parseInt(header.getOrDefault("order", "0"));
      } catch (NumberFormatException e) {
        problems.add(shown, headerLine.get("order"), 7, "order must be a whole number");
      }
      if (slug == null || !Slug.isValid(slug)) {
        problems.add(
            shown,
            headerLine.getOrDefault("audience", 1),
            1,
            "audience pages need audience=<slug> (lower-case words joined by -)");
      } else {
        audiences.add(new Audience(slug, title, label != null ? label : title, order));
      }
    }
    if ("post".equals(type)) {
      LocalDate date = date(shown, header, headerLine, "date");
      if (header.get("date") == null) {
        problems.add(shown, 1, 1, "missing date: updates need a line date=YYYY-MM-DD");
      } else if (date != null && title != null) {
        updates.add(new Update(date, title, uriOf(file)));
      }
    }
    // A page of helplines carries the day a maintainer last rang or checked them.
    date(shown, header, headerLine, "confirmed");
    if ("checklist".equals(type) && header.containsKey("audience")) {
      // A role's checklist: checked once every audience page is read.
      String slug = header.get("audience");
      int line = headerLine.get("audience");
      linkChecks.add(
          () -> {
            if (audiences.stream().noneMatch(a -> a.getSlug().equals(slug))) {
              problems.add(
                  shown,
                  line,
                  10,
                  "unknown audience '" + slug + "' (no audiences/" + slug + ".md)");
            }
          });
    }
    int bodyStart = end + 1;
    if (title != null) {
      int titleLine = headerLine.get("title");
      acronymChecks.add(
          () -> checkAcronyms(shown, List.of(lines.get(titleLine - 1)), titleLine - 1));
    }
    List<String> body = lines.subList(bodyStart, lines.size());
    acronymChecks.add(() -> checkAcronyms(shown, body, bodyStart));
    linkChecks.add(() -> checkLinks(shown, body, bodyStart));
  }

  /** The header's date under {@code key}, null (with a problem) when it is not YYYY-MM-DD. */
  private LocalDate date(
      Path shown, Map<String, String> header, Map<String, Integer> headerLine, String key) {
    String value = header.get(key);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(
          shown,
          headerLine.get(key),
          key.length() + 2,
          key + " must be a date written YYYY-MM-DD, not '" + value + "'");
      return null;
    }
  }

  private void checkAcronyms(Path shown, List<String> lines, int firstLine) {
    boolean inCode = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      if (inCode) {
        continue;
      }
      Matcher m = ACRONYM.matcher(blankOutUrls(line));
      while (m.find()) {
        if (!isKnownAcronym(m.group(1))) {
          problems.add(shown, firstLine + i + 1, m.start(1) + 1, undefined(m.group(1)));
        }
      }
    }
  }

  private void checkLinks(Path shown, List<String> lines, int firstLine) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LINK_TARGET.matcher(lines.get(i));
      while (m.find()) {
        String target = m.group(1) != null ? m.group(1) : m.group(2);
        String problem = linkProblem(target);
        if (problem != null) {
          problems.add(shown, firstLine + i + 1, m.start() + 1, problem);
        }
      }
    }
  }

  // ---- the home page ----

  private Home readHome(YamlFile yaml) {
    Node rootNode = yaml.root();
    Map<String, Node> map = yaml.mapping(rootNode, "the home page", HOME_KEYS);
    yaml.string(map, "title", rootNode, "the home page");
    String purpose = yaml.string(map, "purpose", rootNode, "the home page");
    String lead = yaml.optionalString(map, "lead");
    if (purpose != null) {
      checkAcronymsIn(yaml, map.get("purpose"), purpose);
    }
    if (lead != null) {
      checkAcronymsIn(yaml, map.get("lead"), lead);
    }
    List<Item> introduction = new ArrayList<>();
    Footnotes none = new Footnotes("index.html", List.of());
    if (map.containsKey("introduction")) {
      for (Node node : yaml.sequence(map.get("introduction"), "introduction")) {
        Map<String, Node> item = yaml.mapping(node, "an introduction paragraph", INTRODUCTION_KEYS);
        String id = yaml.string(item, "id", node, "the paragraph");
        String title = yaml.string(item, "title", node, "the paragraph");
        String text = yaml.string(item, "text", node, "the paragraph");
        checkTexts(yaml, item, title, text);
        if (id != null && title != null && text != null) {
          claimId(yaml, item.get("id"), id);
          Item paragraph = new Item(id, Kind.INTRODUCTION, title, List.of(), text, null, null);
          paragraph.html(render(yaml, item.get("text"), text, none));
          introduction.add(paragraph);
        }
      }
    }
    return new Home(purpose, lead, introduction);
  }

  // ---- themes ----

  private Theme readTheme(YamlFile yaml, Set<String> audienceSlugs) {
    Node rootNode = yaml.root();
    String uri = uriOf(yaml.file());
    Map<String, Node> map = yaml.mapping(rootNode, "a theme", THEME_KEYS);
    String title = yaml.string(map, "title", rootNode, "the theme");
    String orderText = yaml.string(map, "order", rootNode, "the theme");
    int order = 0;
    if (orderText != null) {
      try {
        order = Integer.parseInt(orderText);
      } catch (NumberFormatException e) {
        yaml.error(map.get("order"), "order must be a whole number");
      }
    }
    if (title != null) {
      checkAcronymsIn(yaml, map.get("title"), title);
    }
    String summary = yaml.optionalString(map, "summary");
    if (summary != null) {
      checkAcronymsIn(yaml, map.get("summary"), summary);
    }
    List<Reference> references = new ArrayList<>();
    if (map.containsKey("references")) {
      for (Node node : yaml.sequence(map.get("references"), "references")) {
        Map<String, Node> ref = yaml.mapping(node, "a reference", REFERENCE_KEYS);
        String id = yaml.string(ref, "id", node, "the reference");
        String text = yaml.string(ref, "text", node, "the reference");
        if (id != null && text != null) {
          claimId(yaml, ref.get("id"), id);
          Reference reference = new Reference(id, text);
          reference.number(references.size() + 1);
          references.add(reference);
        }
      }
    }
    Footnotes footnotes = new Footnotes(uri, references);
    Item lesson = null;
    if (map.containsKey("lesson")) {
      lesson = readItem(yaml, map.get("lesson"), Kind.LESSON, audienceSlugs, footnotes);
    } else if (order < 99) {
      yaml.error(rootNode, "missing lesson: every theme has exactly one lesson");
    }
    List<Item> national =
        readItems(yaml, map.get("national"), Kind.NATIONAL_ACTION, audienceSlugs, footnotes);
    List<Item> local =
        readItems(yaml, map.get("local"), Kind.LOCAL_SUGGESTION, audienceSlugs, footnotes);
    List<Resource> resources = new ArrayList<>();
    if (map.containsKey("resources")) {
      for (Node node : yaml.sequence(map.get("resources"), "resources")) {
        Resource r = readResource(yaml, node, audienceSlugs, footnotes);
        if (r != null) {
          resources.add(r);
        }
      }
    }
    Map<String, String> moved = new LinkedHashMap<>();
    if (map.containsKey("moved")) {
      Node movedNode = map.get("moved");
      if (movedNode instanceof MappingNode m) {
        for (var tuple : m.getValue()) {
          String from = yaml.scalar(tuple.getKeyNode(), "moved");
          String to = yaml.scalar(tuple.getValueNode(), "moved");
          if (from != null && to != null) {
            claimId(yaml, tuple.getKeyNode(), from);
            moved.put(from, to);
            Node toNode = tuple.getValueNode();
            linkChecks.add(
                () -> {
                  if (!ids.contains(to)) {
                    yaml.error(toNode, "moved to an id that does not exist: '" + to + "'");
                  }
                });
          }
        }
      } else {
        yaml.error(movedNode, "moved must map old ids to new ids");
      }
    }
    if (title == null || orderText == null) {
      return null;
    }
    Path file = yaml.shownAs();
    String slug = uri.substring(uri.lastIndexOf('/') + 1, uri.length() - ".html".length());
    Theme theme =
        new Theme(
            file,
            slug,
            uri,
            title,
            order,
            summary,
            lesson,
            national,
            local,
            resources,
            references,
            moved);
    theme.getItems().forEach(item -> item.theme(theme));
    return theme;
  }

  private List<Item> readItems(
      YamlFile yaml, Node node, Kind kind, Set<String> audiences, Footnotes footnotes) {
    List<Item> items = new ArrayList<>();
    if (node == null) {
      return items;
    }
    for (Node element : yaml.sequence(node, kind.getLabel().toLowerCase() + "s")) {
      Item item = readItem(yaml, element, kind, audiences, footnotes);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private Item readItem(
      YamlFile yaml, Node node, Kind kind, Set<String> audiences, Footnotes footnotes) {
    String what = "a " + kind.getLabel().toLowerCase();
    Map<String, Node> map = yaml.mapping(node, what, ITEM_KEYS);
    String id = yaml.string(map, "id", node, what);
    String title = yaml.string(map, "title", node, what);
    String text = yaml.string(map, "text", node, what);
    List<String> itemAudiences = readAudiences(yaml, map, audiences);
    String note = yaml.optionalString(map, "note");
    Since since = readSince(yaml, map.get("since"));
    checkTexts(yaml, map, title, text, note);
    if (id == null || title == null || text == null) {
      return null;
    }
    claimId(yaml, map.get("id"), id);
    Item item = new Item(id, kind, title, itemAudiences, text, note, since);
    item.html(render(yaml, map.get("text"), text, footnotes));
    return item;
  }

  private Resource readResource(
      YamlFile yaml, Node node, Set<String> audiences, Footnotes footnotes) {
    Map<String, Node> map = yaml.mapping(node, "a resource", RESOURCE_KEYS);
    String id = yaml.string(map, "id", node, "the resource");
    String title = yaml.string(map, "title", node, "the resource");
    String url = yaml.string(map, "url", node, "the resource");
    String publisher = yaml.optionalString(map, "publisher");
    String forId = yaml.optionalString(map, "for");
    String format = yaml.optionalString(map, "format");
    String text = yaml.optionalString(map, "text");
    String note = yaml.optionalString(map, "note");
    Since since = readSince(yaml, map.get("since"));
    List<String> itemAudiences = readAudiences(yaml, map, audiences);
    checkTexts(yaml, map, title, text, note);
    if (url != null && !url.matches("(https?|mailto):\\S+")) {
      yaml.error(map.get("url"), "url must start with http://, https:// or mailto:");
    }
    if (forId != null) {
      Node forNode = map.get("for");
      linkChecks.add(
          () -> {
            if (!ids.contains(forId)) {
              yaml.error(forNode, "for names an item that does not exist: '" + forId + "'");
            }
          });
    }
    if (id == null || title == null || url == null) {
      return null;
    }
    claimId(yaml, map.get("id"), id);
    Resource resource =
        new Resource(id, title, itemAudiences, text, note, since, url, publisher, forId, format);
    if (text != null) {
      resource.html(render(yaml, map.get("text"), text, footnotes));
    }
    return resource;
  }

  private void checkTexts(YamlFile yaml, Map<String, Node> map, String... values) {
    String[] keys = {"title", "text", "note"};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        checkAcronymsIn(yaml, map.get(keys[i]), values[i]);
      }
    }
  }

  private List<String> readAudiences(YamlFile yaml, Map<String, Node> map, Set<String> known) {
    List<String> result = yaml.strings(map, "audiences");
    for (String a : result) {
      if (!known.contains(a)) {
        yaml.errorAtWord(
            map.get("audiences"),
            a,
            "unknown audience '"
                + a
                + "' (audiences are the pages in content/audiences/: "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
    }
    return result;
  }

  private Since readSince(YamlFile yaml, Node node) {
    if (node == null) {
      return null;
    }
    Map<String, Node> map = yaml.mapping(node, "since", SINCE_KEYS);
    String asOf = yaml.string(map, "as-of", node, "since");
    String text = yaml.string(map, "text", node, "since");
    if (text != null) {
      checkAcronymsIn(yaml, map.get("text"), text);
    }
    return asOf == null || text == null
        ? null
        : new Since(asOf, text, yaml.optionalString(map, "url"));
  }

  /** A theme's references and the page they are on, so footnote links work from any page. */
  private record Footnotes(String page, List<Reference> references) {}

  private String render(YamlFile yaml, Node textNode, String text, Footnotes footnotes) {
    Matcher m = FOOTNOTE.matcher(text);
    StringBuilder withNotes = new StringBuilder();
    while (m.find()) {
      String refId = m.group(1);
      Reference ref =
          footnotes.references().stream()
              .filter(r -> r.getId().equals(refId))
              .findFirst()
              .orElse(null);
      String replacement;
      if (ref == null) {
        yaml.errorAtWord(
            textNode,
            "[^" + refId + "]",
            "footnote [^" + refId + "] names no reference of this theme");
        replacement = "";
      } else {
        replacement =
            "<sup class=\"kb-footnote\"><a href=\"/"
                + footnotes.page()
                + "#"
                + refId
                + "\">["
                + ref.getNumber()
                + "]</a></sup>";
      }
      m.appendReplacement(withNotes, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(withNotes);
    Matcher links = LINK_TARGET.matcher(text);
    while (links.find()) {
      String target = links.group(1) != null ? links.group(1) : links.group(2);
      linkChecks.add(
          () -> {
            String problem = linkProblem(target);
            if (problem != null) {
              yaml.errorAtWord(textNode, target, problem);
            }
          });
    }
    return html.render(markdown.parse(withNotes.toString())).strip();
  }

  // ---- glossary ----

  private List<GlossaryEntry> readGlossary(YamlFile yaml) {
    Node rootNode = yaml.root();
    Map<String, Node> map = yaml.mapping(rootNode, "the glossary", GLOSSARY_KEYS);
    yaml.string(map, "title", rootNode, "the glossary");
    acronyms.addAll(yaml.strings(map, "not-acronyms"));
    List<GlossaryEntry> entries = new ArrayList<>();
    if (!map.containsKey("entries")) {
      yaml.error(rootNode, "missing entries in the glossary");
      return entries;
    }
    for (Node node : yaml.sequence(map.get("entries"), "entries")) {
      Map<String, Node> entry = yaml.mapping(node, "a glossary entry", ENTRY_KEYS);
      String id = yaml.string(entry, "id", node, "the glossary entry");
      String term = yaml.string(entry, "term", node, "the glossary entry");
      String expansion = yaml.optionalString(entry, "expansion");
      String kind = yaml.string(entry, "kind", node, "the glossary entry");
      if (kind != null && !kind.equals("acronym") && !kind.equals("organisation")) {
        yaml.error(
            entry.get("kind"), "unknown kind '" + kind + "' (expected acronym or organisation)");
      }
      List<String> aliases = yaml.strings(entry, "aliases");
      String description = yaml.optionalString(entry, "description");
      Since today = readSince(yaml, entry.get("today"));
      if (description != null) {
        checkAcronymsIn(yaml, entry.get("description"), description);
      }
      if (expansion != null) {
        checkAcronymsIn(yaml, entry.get("expansion"), expansion);
      }
      if (id != null && term != null) {
        claimId(yaml, entry.get("id"), id);
        acronyms.add(term);
        acronyms.addAll(aliases);
        entries.add(new GlossaryEntry(id, term, expansion, kind, aliases, description, today));
      }
    }
    return entries;
  }

  private void linkPublishers(KnowledgeBase kb, List<YamlFile> files) {
    for (Theme theme : kb.getAllThemes()) {
      YamlFile yaml =
          files.stream().filter(f -> f.shownAs().equals(theme.file())).findFirst().orElseThrow();
      for (Resource r : theme.getResources()) {
        if (r.getPublisherId() != null) {
          GlossaryEntry publisher = kb.glossaryEntry(r.getPublisherId());
          if (publisher == null) {
            yaml.errorAtWord(
                yaml.root(),
                r.getPublisherId(),
                "publisher '"
                    + r.getPublisherId()
                    + "' is not a glossary id: add it to glossary.yaml");
          }
          r.publisher(publisher);
        }
        if (r.forId() != null) {
          r.forItem(kb.item(r.forId()));
        }
      }
    }
  }

  // ---- shared checks ----

  private void claimId(YamlFile yaml, Node at, String id) {
    if (!Slug.isValid(id)) {
      yaml.error(at, "id '" + id + "' must be lower-case letters and digits joined by -");
      return;
    }
    if (!ids.add(id)) {
      yaml.error(
          at,
          "duplicate id '" + id + "': ids are permalinks and must be unique " + "across the site");
    }
  }

  private void checkAcronymsIn(YamlFile yaml, Node node, String text) {
    acronymChecks.add(
        () -> {
          Matcher m = ACRONYM.matcher(blankOutUrls(text));
          Set<String> reported = new LinkedHashSet<>();
          while (m.find()) {
            String word = m.group(1);
            if (!isKnownAcronym(word) && reported.add(word)) {
              yaml.errorAtWord(node, word, undefined(word));
            }
          }
        });
  }

  private boolean isKnownAcronym(String word) {
    return acronyms.contains(word)
        || (word.endsWith("s") && acronyms.contains(word.substring(0, word.length() - 1)));
  }

  private static String undefined(String word) {
    return "glossary term never defined: '"
        + word
        + "' (add it to glossary.yaml with its "
        + "expansion, or to not-acronyms)";
  }

  /** Replaces URLs, email addresses and link targets with spaces, keeping columns. */
  private static String blankOutUrls(String text) {
    Matcher m = URLS.matcher(text);
    StringBuilder sb = new StringBuilder(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (sb.charAt(i) != '\n') {
          sb.setCharAt(i, ' ');
        }
      }
    }
    return sb.toString();
  }

  /** Why an internal link target does not resolve, or null when it does or is external. */
  private String linkProblem(String target) {
    if (target.matches("(?i)(https?|mailto|tel):.*")) {
      return null;
    }
    int hash = target.indexOf('#');
    String path = hash >= 0 ? target.substring(0, hash) : target;
    String fragment = hash >= 0 ? target.substring(hash + 1) : "";
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (!path.isEmpty()
        && !pageUris.contains(path)
        && !GENERATED_FILES.contains(path)
        && !path.equals("index.html")
        && !path.equals("search.html")) {
      return "link to a page that does not exist: '" + target + "'";
    }
    if (!fragment.isEmpty() && !ids.contains(fragment)) {
      return "link to an id that does not exist: '" + target + "'";
    }
    return null;
  }

  private static String typeValue(YamlFile yaml) {
    if (yaml.root() instanceof MappingNode m) {
      for (var tuple : m.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type")) {
          String type = tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
          if (!type.equals("theme") && !type.equals("glossary") && !type.equals("home")) {
            yaml.error(
                tuple.getValueNode(),
                "unknown kind '"
                    + type
                    + "' (YAML content files are type: theme, glossary or home)");
          }
          return type;
        }
      }
      yaml.error(m, "missing type: add 'type: theme' or 'type: glossary'");
      return null;
    }
    yaml.error(yaml.root(), "a content file must be a mapping of keys to values");
    return null;
  }

  /** The page a content file becomes, relative to the site root. */
  private String uriOf(Path file) {
    String rel = contentDir.relativize(file).toString().replace('\\', '/');
    int dot = rel.lastIndexOf('.');
    return (dot >= 0 ? rel.substring(0, dot) : rel) + ".html";
  }

  private Path shown(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return shownRoot != null ? shownRoot.relativize(abs) : abs;
  }

  private static Set<String> orderedSet(String... values) {
    return new LinkedHashSet<>(List.of(values));
  }
}
