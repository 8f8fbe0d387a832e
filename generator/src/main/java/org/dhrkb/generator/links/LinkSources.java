package org.dhrkb.generator.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhrkb.generator.content.GlossaryEntry;
import org.dhrkb.generator.content.Item;
import org.dhrkb.generator.content.KnowledgeBase;
import org.dhrkb.generator.content.Resource;
import org.dhrkb.generator.content.Since;
import org.dhrkb.generator.content.Theme;
import org.dhrkb.generator.fidelity.SourceText;

/**
 * Every external link the content gives, with the items that give it and, for a resource whose
 * publisher has been renamed or closed, what the glossary says it is now.
 */
public final class LinkSources {
  /**
   * Where a link is used.
   *
   * @param ids the items (or glossary entries) that give it
   * @param successor what its publisher is now, or null
   */
  public record Usage(List<String> ids, String successor) {}

  private final Map<String, List<String>> ids = new LinkedHashMap<>();
  private final Map<String, String> successors = new LinkedHashMap<>();

  private LinkSources() {}

  /** The links of the content, in site order, each once. */
  public static Map<String, Usage> of(KnowledgeBase kb) {
    LinkSources sources = new LinkSources();
    for (Theme theme : kb.getAllThemes()) {
      for (Item item : theme.getItems()) {
        sources.text(item.getId(), item.getText());
        sources.text(item.getId(), item.getNote());
        sources.since(item.getId(), item.getSince());
        if (item instanceof Resource r) {
          sources.add(r.getHref(), r.getId());
          GlossaryEntry publisher = r.getPublisher();
          if (publisher != null && publisher.getToday() != null) {
            sources.successors.putIfAbsent(
                r.getHref(), publisher.getTerm() + ": " + publisher.getToday().getText());
          }
        }
      }
    }
    for (GlossaryEntry entry : kb.getGlossary()) {
      sources.text(entry.getId(), entry.getDescription());
      sources.since(entry.getId(), entry.getToday());
    }
    Map<String, Usage> usages = new LinkedHashMap<>();
    sources.ids.forEach(
        (url, where) ->
            usages.put(url, new Usage(List.copyOf(where), sources.successors.get(url))));
    return usages;
  }

  private void text(String id, String markdown) {
    if (markdown != null) {
      SourceText.links(markdown).forEach(url -> add(url, id));
    }
  }

  private void since(String id, Since since) {
    if (since != null) {
      add(since.getUrl(), id);
      text(id, since.getText());
    }
  }

  private void add(String url, String id) {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return;
    }
    List<String> where = ids.computeIfAbsent(url, u -> new ArrayList<>());
    if (!where.contains(id)) {
      where.add(id);
    }
  }
}
