package org.dhrkb.generator.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhrkb.generator.content.Audience;
import org.dhrkb.generator.content.GlossaryEntry;
import org.dhrkb.generator.content.Item;
import org.dhrkb.generator.content.KnowledgeBase;
import org.dhrkb.generator.content.Resource;
import org.dhrkb.generator.content.Since;
import org.dhrkb.generator.content.Theme;

/**
 * The whole knowledge base as one JSON document at a stable address, {@code
 * data/knowledge-base.json}, beside the JSON Schema that describes it ({@code
 * data/knowledge-base.schema.json}). Keys are in a fixed order and nothing depends on the time of
 * the build, so a rebuild of the same content writes the same bytes.
 */
public final class OpenDataJson {
  /** Where the document is published, relative to the site root. */
  public static final String PATH = "data/knowledge-base.json";

  /** Where its schema is published, relative to the site root. */
  public static final String SCHEMA_PATH = "data/knowledge-base.schema.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private OpenDataJson() {}

  /** Writes the document and its schema into {@code site}; permalinks start with {@code base}. */
  public static void write(KnowledgeBase kb, Path site, String base) throws IOException {
    Path file = site.resolve(PATH);
    Files.createDirectories(file.getParent());
    JSON.writeValue(file.toFile(), document(kb, base));
    try (InputStream schema =
        OpenDataJson.class.getResourceAsStream("knowledge-base.schema.json")) {
      Files.copy(schema, site.resolve(SCHEMA_PATH), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static Map<String, Object> document(KnowledgeBase kb, String base) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("title", "Lessons from domestic homicide reviews");
    doc.put("schema", "knowledge-base.schema.json");
    doc.put("source", Map.of("citation", Attribution.CITATION));
    doc.put(
        "licence",
        ordered(
            "name", Attribution.LICENCE,
            "url", Attribution.LICENCE_URL,
            "attribution", Attribution.STATEMENT));
    List<Object> themes = new ArrayList<>();
    for (Theme theme : kb.getAllThemes()) {
      themes.add(
          ordered(
              "id",
              theme.getSlug(),
              "title",
              theme.getTitle(),
              "summary",
              theme.getSummary() == null ? "" : theme.getSummary(),
              "permalink",
              base + theme.getUri()));
    }
    doc.put("themes", themes);
    List<Object> audiences = new ArrayList<>();
    for (Audience audience : kb.getAudiences()) {
      audiences.add(
          ordered(
              "id", audience.getSlug(),
              "label", audience.getLabel(),
              "permalink", base + audience.getUri()));
    }
    doc.put("audiences", audiences);
    // Each item's resources, gathered in one pass: asking every item of a 100,000-item site to
    // look through every resource took most of its build.
    Map<Item, List<String>> resources = new IdentityHashMap<>();
    for (Resource r : kb.getResources()) {
      if (r.getFor() != null) {
        resources.computeIfAbsent(r.getFor(), k -> new ArrayList<>()).add(r.getId());
      }
    }
    List<Object> items = new ArrayList<>();
    for (Item item : kb.getItems()) {
      items.add(item(item, resources.getOrDefault(item, List.of()), base));
    }
    doc.put("items", items);
    List<Object> glossary = new ArrayList<>();
    for (GlossaryEntry entry : kb.getGlossary()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("id", entry.getId());
      g.put("term", entry.getTerm());
      g.put("expansion", entry.getExpansion());
      g.put("kind", entry.getKind());
      g.put("aliases", entry.getAliases());
      g.put("description", entry.getDescription() == null ? "" : entry.getDescription());
      g.put("today", since(entry.getToday()));
      g.put("permalink", base + entry.getUrl());
      glossary.add(g);
    }
    doc.put("glossary", glossary);
    return doc;
  }

  private static Map<String, Object> item(Item item, List<String> resources, String base) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("id", item.getId());
    i.put("kind", item.getKind().getId());
    i.put("title", item.getTitle());
    i.put("theme", item.getTheme() == null ? null : item.getTheme().getSlug());
    i.put("audiences", item.getAudiences());
    i.put("text", ChecklistCsv.plainText(item));
    i.put("html", item.getHtml());
    List<Object> notes = new ArrayList<>();
    if (item.getNote() != null) {
      notes.add(ordered("kind", "editorial", "text", item.getNote()));
    }
    if (item.getSince() != null) {
      Map<String, Object> since = since(item.getSince());
      Map<String, Object> note = new LinkedHashMap<>();
      note.put("kind", "since-2013");
      note.putAll(since);
      notes.add(note);
    }
    i.put("notes", notes);
    i.put("permalink", base + item.getUrl());
    i.put("resources", resources);
    if (item instanceof Resource r) {
      i.put("url", r.getHref());
      i.put("publisher", r.getPublisher() == null ? null : r.getPublisher().getId());
      i.put("format", r.getFormat());
      i.put("for", r.getFor() == null ? null : r.getFor().getId());
    }
    return i;
  }

  private static Map<String, Object> since(Since since) {
    if (since == null) {
      return null;
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("asOf", since.getAsOf());
    s.put("text", since.getText());
    s.put("url", since.getUrl());
    return s;
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int k = 0; k < keysAndValues.length; k += 2) {
      map.put((String) keysAndValues[k], keysAndValues[k + 1]);
    }
    return map;
  }
}
