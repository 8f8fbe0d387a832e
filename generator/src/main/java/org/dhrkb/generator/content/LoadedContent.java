package org.dhrkb.generator.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhrkb.contract.Slug;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What the first pass read from every file, with where each thing was written. The readers fill it
 * one file at a time, knowing nothing of the other files; {@link CrossChecks} then checks what
 * spans files (links, ids, glossary terms, audiences) over the whole of it.
 */
final class LoadedContent {
  final Problems problems;
  final List<Theme> themes = new ArrayList<>();
  final List<Audience> audiences = new ArrayList<>();
  final List<GlossaryEntry> glossary = new ArrayList<>();
  final List<Update> updates = new ArrayList<>();
  Home home;

  /** Every id claimed so far: items, references, glossary entries, moved ids. */
  final Set<String> ids = new HashSet<>();

  /** Every page the site will have, relative to its root: {@code themes/risk-assessment.html}. */
  final Set<String> pageUris = new HashSet<>();

  /** Glossary terms, their aliases and the glossary's not-acronyms. */
  final Set<String> acronyms = new HashSet<>();

  /** Texts of YAML files in which every acronym must be in the glossary. */
  final List<YamlText> yamlTexts = new ArrayList<>();

  /** Bodies (and titles) of Markdown pages, checked for acronyms and, bodies only, for links. */
  final List<PageText> pageTexts = new ArrayList<>();

  /** Link targets written in item texts. */
  final List<YamlLink> links = new ArrayList<>();

  /** Ids named by {@code moved} and {@code for}, which must exist. */
  final List<IdUse> idUses = new ArrayList<>();

  /** The audiences each item names, which must be audience pages. */
  final List<AudienceUse> audienceUses = new ArrayList<>();

  /** The audience a page's header names (a role's checklist), checked in the second pass. */
  final List<PageAudience> pageAudiences = new ArrayList<>();

  /** Resources whose {@code publisher} and {@code for} are resolved once everything is read. */
  final List<ResourceUse> resourceUses = new ArrayList<>();

  LoadedContent(Problems problems) {
    this.problems = problems;
  }

  /** Records {@code id} as taken; reports a malformed id or a second use of it. */
  void claimId(YamlFile yaml, Node at, String id) {
    if (!Slug.isValid(id)) {
      yaml.error(at, "id '" + id + "' must be lower-case letters and digits joined by -");
      return;
    }
    if (!ids.add(id)) {
      yaml.error(
          at, "duplicate id '" + id + "': ids are permalinks and must be unique across the site");
    }
  }

  /** Asks the second pass to check the acronyms of {@code text}, written at {@code node}. */
  void checkAcronyms(YamlFile yaml, Node node, String text) {
    if (text != null) {
      yamlTexts.add(new YamlText(yaml, node, text));
    }
  }

  /** A text written as a YAML scalar. */
  record YamlText(YamlFile yaml, Node node, String text) {}

  /**
   * Lines of a Markdown page.
   *
   * @param firstLine the 0-based line of the file where {@code lines} start
   * @param linksChecked whether its links are checked too (the body, not the title)
   */
  record PageText(Path file, List<String> lines, int firstLine, boolean linksChecked) {}

  /** A link target inside the item text at {@code node}. */
  record YamlLink(YamlFile yaml, Node node, String target) {}

  /**
   * An id named at {@code node}; when it does not exist the error reads {@code what + " that does
   * not exist: 'id'"}.
   */
  record IdUse(YamlFile yaml, Node node, String id, String what) {}

  /** The audiences listed at {@code node}. */
  record AudienceUse(YamlFile yaml, Node node, List<String> slugs) {}

  /** A page header's {@code audience=}, at its line. */
  record PageAudience(java.nio.file.Path shown, int line, String slug) {}

  /** A resource, with the node of its {@code publisher}. */
  record ResourceUse(YamlFile yaml, Node publisherNode, Resource resource) {}
}
