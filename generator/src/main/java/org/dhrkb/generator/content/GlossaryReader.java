package org.dhrkb.generator.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the glossary ({@code type: glossary}): its entries and the words that are not acronyms. */
final class GlossaryReader {
  private static final Set<String> GLOSSARY_KEYS =
      ThemeReader.keys("type", "status", "title", "not-acronyms", "entries");
  private static final Set<String> ENTRY_KEYS =
      ThemeReader.keys("id", "term", "expansion", "kind", "aliases", "description", "today");

  private final LoadedContent content;

  GlossaryReader(LoadedContent content) {
    this.content = content;
  }

  List<GlossaryEntry> read(YamlFile yaml) {
    Node rootNode = yaml.root();
    Map<String, Node> map = yaml.mapping(rootNode, "the glossary", GLOSSARY_KEYS);
    yaml.string(map, "title", rootNode, "the glossary");
    content.acronyms.addAll(yaml.strings(map, "not-acronyms"));
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
      Since today = ThemeReader.readSince(yaml, entry.get("today"), content);
      content.checkAcronyms(yaml, entry.get("description"), description);
      content.checkAcronyms(yaml, entry.get("expansion"), expansion);
      if (id != null && term != null) {
        content.claimId(yaml, entry.get("id"), id);
        content.acronyms.add(term);
        content.acronyms.addAll(aliases);
        entries.add(new GlossaryEntry(id, term, expansion, kind, aliases, description, today));
      }
    }
    return entries;
  }
}
