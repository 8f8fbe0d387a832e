package org.dhrkb.generator.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhrkb.contract.Kind;
import org.dhrkb.generator.content.ItemMarkdown.Footnotes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one theme file ({@code type: theme}): its lesson, national actions, local suggestions,
 * resources, references and moved ids. What it names in other files is left to {@link CrossChecks}.
 */
final class ThemeReader {
  private static final Set<String> THEME_KEYS =
      keys(
          "type",
          "status",
          "title",
          "order",
          "numbered",
          "summary",
          "lesson",
          "national",
          "local",
          "resources",
          "references",
          "moved");
  private static final Set<String> ITEM_KEYS =
      keys("id", "title", "audiences", "plain-words", "text", "note", "since");
  private static final Set<String> RESOURCE_KEYS =
      keys(
          "id",
          "title",
          "url",
          "publisher",
          "for",
          "format",
          "audiences",
          "plain-words",
          "text",
          "note",
          "since");
  private static final Set<String> REFERENCE_KEYS = keys("id", "text");
  private static final Set<String> SINCE_KEYS = keys("as-of", "text", "url");

  private final LoadedContent content;
  private final ItemMarkdown markdown;

  ThemeReader(LoadedContent content, ItemMarkdown markdown) {
    this.content = content;
    this.markdown = markdown;
  }

  /** Reads the theme published at {@code uri}; null when its title or order is unusable. */
  Theme read(YamlFile yaml, String uri) {
    Node rootNode = yaml.root();
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
    boolean numbered = numbered(yaml, map.get("numbered"));
    content.checkAcronyms(yaml, map.get("title"), title);
    String summary = yaml.optionalString(map, "summary");
    content.checkAcronyms(yaml, map.get("summary"), summary);
    List<Reference> references = readReferences(yaml, map.get("references"));
    Footnotes footnotes = new Footnotes(uri, references);
    Item lesson = null;
    if (map.containsKey("lesson")) {
      lesson = readItem(yaml, map.get("lesson"), Kind.LESSON, footnotes);
    } else if (numbered) {
      yaml.error(rootNode, "missing lesson: every theme has exactly one lesson");
    }
    List<Item> national = readItems(yaml, map.get("national"), Kind.NATIONAL_ACTION, footnotes);
    List<Item> local = readItems(yaml, map.get("local"), Kind.LOCAL_SUGGESTION, footnotes);
    List<Resource> resources = new ArrayList<>();
    if (map.containsKey("resources")) {
      for (Node node : yaml.sequence(map.get("resources"), "resources")) {
        Resource r = readResource(yaml, node, footnotes);
        if (r != null) {
          resources.add(r);
        }
      }
    }
    Map<String, String> moved = readMoved(yaml, map.get("moved"));
    if (title == null || orderText == null) {
      return null;
    }
    String slug = uri.substring(uri.lastIndexOf('/') + 1, uri.length() - ".html".length());
    Theme theme =
        new Theme(
            yaml.shownAs(),
            slug,
            uri,
            title,
            yaml.optionalString(map, "status"),
            order,
            numbered,
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

  /**
   * Whether the theme is one of the publication's numbered themes ("Theme 3 of 7"); {@code
   * numbered: false} marks a list such as the further advice, which may also have no lesson.
   */
  private static boolean numbered(YamlFile yaml, Node node) {
    if (node == null) {
      return true;
    }
    String value = yaml.scalar(node, "numbered");
    if ("false".equals(value)) {
      return false;
    }
    if (value != null && !"true".equals(value)) {
      yaml.error(node, "numbered must be true or false, not '" + value + "'");
    }
    return true;
  }

  private List<Reference> readReferences(YamlFile yaml, Node node) {
    List<Reference> references = new ArrayList<>();
    if (node == null) {
      return references;
    }
    for (Node element : yaml.sequence(node, "references")) {
      Map<String, Node> ref = yaml.mapping(element, "a reference", REFERENCE_KEYS);
      String id = yaml.string(ref, "id", element, "the reference");
      String text = yaml.string(ref, "text", element, "the reference");
      if (id != null && text != null) {
        content.claimId(yaml, ref.get("id"), id);
        Reference reference = new Reference(id, text);
        reference.number(references.size() + 1);
        references.add(reference);
      }
    }
    return references;
  }

  private Map<String, String> readMoved(YamlFile yaml, Node node) {
    Map<String, String> moved = new LinkedHashMap<>();
    if (node == null) {
      return moved;
    }
    if (!(node instanceof MappingNode m)) {
      yaml.error(node, "moved must map old ids to new ids");
      return moved;
    }
    for (var tuple : m.getValue()) {
      String from = yaml.scalar(tuple.getKeyNode(), "moved");
      String to = yaml.scalar(tuple.getValueNode(), "moved");
      if (from != null && to != null) {
        content.claimId(yaml, tuple.getKeyNode(), from);
        moved.put(from, to);
        content.idUses.add(
            new LoadedContent.IdUse(yaml, tuple.getValueNode(), to, "moved to an id"));
      }
    }
    return moved;
  }

  private List<Item> readItems(YamlFile yaml, Node node, Kind kind, Footnotes footnotes) {
    List<Item> items = new ArrayList<>();
    if (node == null) {
      return items;
    }
    for (Node element : yaml.sequence(node, kind.getLabel().toLowerCase() + "s")) {
      Item item = readItem(yaml, element, kind, footnotes);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private Item readItem(YamlFile yaml, Node node, Kind kind, Footnotes footnotes) {
    String what = "a " + kind.getLabel().toLowerCase();
    Map<String, Node> map = yaml.mapping(node, what, ITEM_KEYS);
    String id = yaml.string(map, "id", node, what);
    String title = yaml.string(map, "title", node, what);
    String text = yaml.string(map, "text", node, what);
    List<String> audiences = readAudiences(yaml, map);
    String note = yaml.optionalString(map, "note");
    Since since = readSince(yaml, map.get("since"));
    checkTexts(yaml, map, title, text, note);
    if (id == null || title == null || text == null) {
      return null;
    }
    content.claimId(yaml, map.get("id"), id);
    Item item = new Item(id, kind, title, audiences, text, note, since);
    item.html(markdown.render(yaml, map.get("text"), text, footnotes));
    item.plainWords(readPlainWords(yaml, map));
    return item;
  }

  private Resource readResource(YamlFile yaml, Node node, Footnotes footnotes) {
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
    List<String> audiences = readAudiences(yaml, map);
    checkTexts(yaml, map, title, text, note);
    if (url != null && !url.matches("(https?|mailto):\\S+")) {
      yaml.error(map.get("url"), "url must start with http://, https:// or mailto:");
    }
    if (forId != null) {
      content.idUses.add(new LoadedContent.IdUse(yaml, map.get("for"), forId, "for names an item"));
    }
    if (id == null || title == null || url == null) {
      return null;
    }
    content.claimId(yaml, map.get("id"), id);
    Resource resource =
        new Resource(id, title, audiences, text, note, since, url, publisher, forId, format);
    if (text != null) {
      resource.html(markdown.render(yaml, map.get("text"), text, footnotes));
    }
    resource.plainWords(readPlainWords(yaml, map));
    content.resourceUses.add(new LoadedContent.ResourceUse(yaml, map.get("publisher"), resource));
    return resource;
  }

  /**
   * The everyday phrasings people search for the item with ({@code plain-words}): each a short
   * phrase the published HTML carries in an attribute, split there on {@code |}.
   */
  static List<String> readPlainWords(YamlFile yaml, Map<String, Node> map) {
    List<String> words = yaml.strings(map, "plain-words");
    for (String phrase : words) {
      if (phrase.isBlank() || phrase.contains("|")) {
        yaml.error(map.get("plain-words"), "a plain-words phrase must be words, without '|'");
      }
    }
    return words;
  }

  private void checkTexts(
      YamlFile yaml, Map<String, Node> map, String title, String text, String note) {
    content.checkAcronyms(yaml, map.get("title"), title);
    content.checkAcronyms(yaml, map.get("text"), text);
    content.checkAcronyms(yaml, map.get("note"), note);
  }

  private List<String> readAudiences(YamlFile yaml, Map<String, Node> map) {
    List<String> result = yaml.strings(map, "audiences");
    if (!result.isEmpty()) {
      content.audienceUses.add(new LoadedContent.AudienceUse(yaml, map.get("audiences"), result));
    }
    return result;
  }

  /** An item's or glossary entry's dated note of what changed since 2013. */
  static Since readSince(YamlFile yaml, Node node, LoadedContent content) {
    if (node == null) {
      return null;
    }
    Map<String, Node> map = yaml.mapping(node, "since", SINCE_KEYS);
    String asOf = yaml.string(map, "as-of", node, "since");
    String text = yaml.string(map, "text", node, "since");
    content.checkAcronyms(yaml, map.get("text"), text);
    return asOf == null || text == null
        ? null
        : new Since(asOf, text, yaml.optionalString(map, "url"));
  }

  private Since readSince(YamlFile yaml, Node node) {
    return readSince(yaml, node, content);
  }

  static Set<String> keys(String... values) {
    return new LinkedHashSet<>(List.of(values));
  }
}
