package org.dhrkb.generator.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhrkb.contract.Acronym;

/**
 * The second pass: checks over everything the first pass loaded what one file cannot know alone.
 * Links must reach a page and an id, every acronym must be in the glossary, audiences must be
 * audience pages, moved and {@code for} ids must exist, publishers must be glossary entries.
 */
final class CrossChecks {
  /** Two or more capitals (optionally a plural s or digits): MARAC, MARACs, GPs, QS116. */
  static final Pattern ACRONYM =
      Pattern.compile("(?<![\\w.@/-])(" + Acronym.CAPITALS + "s?)(?![\\w@])");

  /** What is not prose: link targets, autolinks, URLs, email addresses, HTML tags. */
  private static final Pattern URLS =
      Pattern.compile(
          "\\]\\([^)]*\\)|<[a-z]+:[^>]*>|(https?|mailto):[^\\s)>\\]]+|[\\w.+-]+@[\\w.-]+"
              + "|<[^>]+>");

  /** Pages JBake makes without a content file of their own. */
  /**
   * Pages and files the build writes itself (the opendata package's included): links may reach
   * them.
   */
  private static final Set<String> GENERATED_PAGES =
      Set.of(
          "index.html",
          "search.html",
          "checklist.csv",
          "data/knowledge-base.json",
          "data/knowledge-base.schema.json");

  private final LoadedContent content;

  private CrossChecks(LoadedContent content) {
    this.content = content;
  }

  /** Runs every check over {@code content}, resolving publishers and {@code for} in {@code kb}. */
  static void run(LoadedContent content, KnowledgeBase kb) {
    CrossChecks checks = new CrossChecks(content);
    content.yamlTexts.forEach(checks::acronyms);
    content.pageTexts.forEach(checks::acronyms);
    content.pageTexts.stream().filter(LoadedContent.PageText::linksChecked).forEach(checks::links);
    content.links.forEach(checks::link);
    content.idUses.forEach(checks::idExists);
    content.audienceUses.forEach(checks::audiences);
    content.pageAudiences.forEach(checks::pageAudience);
    content.resourceUses.forEach(use -> checks.resolve(use, kb));
  }

  private void acronyms(LoadedContent.YamlText text) {
    Matcher m = ACRONYM.matcher(blankOutUrls(text.text()));
    Set<String> reported = new LinkedHashSet<>();
    while (m.find()) {
      String word = m.group(1);
      if (!isKnownAcronym(word) && reported.add(word)) {
        text.yaml().errorAtWord(text.node(), word, undefined(word));
      }
    }
  }

  private void acronyms(LoadedContent.PageText page) {
    boolean inCode = false;
    List<String> lines = page.lines();
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
          content.problems.add(
              page.file(), page.firstLine() + i + 1, m.start(1) + 1, undefined(m.group(1)));
        }
      }
    }
  }

  private void links(LoadedContent.PageText page) {
    List<String> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = ItemMarkdown.LINK_TARGET.matcher(lines.get(i));
      while (m.find()) {
        String problem = linkProblem(m.group(1) != null ? m.group(1) : m.group(2));
        if (problem != null) {
          content.problems.add(page.file(), page.firstLine() + i + 1, m.start() + 1, problem);
        }
      }
    }
  }

  private void link(LoadedContent.YamlLink link) {
    String problem = linkProblem(link.target());
    if (problem != null) {
      link.yaml().errorAtWord(link.node(), link.target(), problem);
    }
  }

  private void idExists(LoadedContent.IdUse use) {
    if (!content.ids.contains(use.id())) {
      use.yaml().error(use.node(), use.what() + " that does not exist: '" + use.id() + "'");
    }
  }

  private void audiences(LoadedContent.AudienceUse use) {
    Set<String> known = new LinkedHashSet<>();
    content.audiences.stream().map(Audience::getSlug).sorted().forEach(known::add);
    for (String slug : use.slugs()) {
      if (!known.contains(slug)) {
        use.yaml()
            .errorAtWord(
                use.node(),
                slug,
                "unknown audience '"
                    + slug
                    + "' (audiences are the pages in content/audiences/: "
                    + String.join(", ", known)
                    + ")");
      }
    }
  }

  private void pageAudience(LoadedContent.PageAudience use) {
    if (content.audiences.stream().noneMatch(a -> a.getSlug().equals(use.slug()))) {
      content.problems.add(
          use.shown(),
          use.line(),
          10,
          "unknown audience '" + use.slug() + "' (no audiences/" + use.slug() + ".md)");
    }
  }

  private void resolve(LoadedContent.ResourceUse use, KnowledgeBase kb) {
    Resource r = use.resource();
    if (r.getPublisherId() != null) {
      GlossaryEntry publisher = kb.glossaryEntry(r.getPublisherId());
      if (publisher == null) {
        use.yaml()
            .errorAtWord(
                use.publisherNode(),
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

  private boolean isKnownAcronym(String word) {
    return content.acronyms.contains(word)
        || (word.endsWith("s") && content.acronyms.contains(word.substring(0, word.length() - 1)));
  }

  private static String undefined(String word) {
    return "glossary term never defined: '"
        + word
        + "' (add it to glossary.yaml with its expansion, or to not-acronyms)";
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
    if (!path.isEmpty() && !content.pageUris.contains(path) && !GENERATED_PAGES.contains(path)) {
      return "link to a page that does not exist: '" + target + "'";
    }
    if (!fragment.isEmpty() && !content.ids.contains(fragment)) {
      return "link to an id that does not exist: '" + target + "'";
    }
    return null;
  }
}
