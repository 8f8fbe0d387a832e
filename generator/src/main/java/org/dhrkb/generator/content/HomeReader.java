package org.dhrkb.generator.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhrkb.contract.Kind;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the home page ({@code type: home}): its purpose line, lead and the 2013 introduction. */
final class HomeReader {
  private static final Set<String> HOME_KEYS =
      ThemeReader.keys("type", "status", "title", "purpose", "lead", "introduction");
  private static final Set<String> INTRODUCTION_KEYS =
      ThemeReader.keys("id", "title", "plain-words", "text");

  private final LoadedContent content;
  private final ItemMarkdown markdown;

  HomeReader(LoadedContent content, ItemMarkdown markdown) {
    this.content = content;
    this.markdown = markdown;
  }

  Home read(YamlFile yaml) {
    Node rootNode = yaml.root();
    Map<String, Node> map = yaml.mapping(rootNode, "the home page", HOME_KEYS);
    yaml.string(map, "title", rootNode, "the home page");
    String purpose = yaml.string(map, "purpose", rootNode, "the home page");
    String lead = yaml.optionalString(map, "lead");
    content.checkAcronyms(yaml, map.get("purpose"), purpose);
    content.checkAcronyms(yaml, map.get("lead"), lead);
    List<Item> introduction = new ArrayList<>();
    if (map.containsKey("introduction")) {
      for (Node node : yaml.sequence(map.get("introduction"), "introduction")) {
        Map<String, Node> item = yaml.mapping(node, "an introduction paragraph", INTRODUCTION_KEYS);
        String id = yaml.string(item, "id", node, "the paragraph");
        String title = yaml.string(item, "title", node, "the paragraph");
        String text = yaml.string(item, "text", node, "the paragraph");
        content.checkAcronyms(yaml, item.get("title"), title);
        content.checkAcronyms(yaml, item.get("text"), text);
        if (id != null && title != null && text != null) {
          content.claimId(yaml, item.get("id"), id);
          Item paragraph = new Item(id, Kind.INTRODUCTION, title, List.of(), text, null, null);
          paragraph.html(
              markdown.render(yaml, item.get("text"), text, ItemMarkdown.Footnotes.NONE));
          paragraph.plainWords(ThemeReader.readPlainWords(yaml, item));
          introduction.add(paragraph);
        }
      }
    }
    return new Home(purpose, lead, introduction);
  }
}
