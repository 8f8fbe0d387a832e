package org.dhrkb.generator.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhrkb.generator.content.GlossaryEntry;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks the first use of each glossary acronym on a page as {@code <abbr>} with its expansion,
 * linked to its glossary entry, so a reader meets every acronym explained once per page.
 */
public final class AcronymMarker {
  /** Where marking would be wrong: inside links (no nested links), headings, code, forms. */
  private static final Set<String> SKIP =
      Set.of(
          "a",
          "abbr",
          "h1",
          "h2",
          "h3",
          "h4",
          "code",
          "pre",
          "script",
          "style",
          "button",
          "label",
          "title",
          "textarea",
          "option",
          "nav");

  private final Map<String, GlossaryEntry> byWord = new LinkedHashMap<>();
  private final Pattern words;
  private final String rootPath;

  /**
   * @param glossary the entries whose terms and aliases to mark
   * @param rootPath the site root as seen from a page ({@code /} or a sub-path), ending in /
   */
  public AcronymMarker(List<GlossaryEntry> glossary, String rootPath) {
    this.rootPath = rootPath;
    for (GlossaryEntry entry : glossary) {
      // Organisations known by initials (HMIC, CAADA) are marked too; names written out are not.
      if (entry.getExpansion() == null || !entry.isAbbreviation()) {
        continue;
      }
      byWord.put(entry.getTerm(), entry);
      entry.getAliases().forEach(alias -> byWord.putIfAbsent(alias, entry));
    }
    List<String> sorted = new ArrayList<>(byWord.keySet());
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.words = Pattern.compile("(?<![\\w.@/-])(" + alternatives(sorted) + ")(?![\\w@])");
  }

  /**
   * The terms as one alternation, longest first, grouped by first character ({@code A(?:BC|B)|Z(?:
   * AB|AC)}): the same matches as the terms listed one by one, since only the terms that start with
   * a text's character can match there and their order is kept, but a position is compared with
   * those few terms instead of every one (a site with a thousand acronyms spent most of its build
   * here).
   */
  static String alternatives(List<String> longestFirst) {
    Map<Integer, List<String>> byFirst = new LinkedHashMap<>();
    for (String term : longestFirst) {
      if (!term.isEmpty()) {
        byFirst.computeIfAbsent(term.codePointAt(0), c -> new ArrayList<>()).add(term);
      }
    }
    if (byFirst.isEmpty()) {
      return "(?!)";
    }
    StringBuilder pattern = new StringBuilder();
    for (Map.Entry<Integer, List<String>> group : byFirst.entrySet()) {
      String first = new String(Character.toChars(group.getKey()));
      pattern.append(pattern.length() > 0 ? "|" : "").append(Pattern.quote(first)).append("(?:");
      String rests =
          group.getValue().stream()
              .map(term -> term.substring(first.length()))
              .map(rest -> rest.isEmpty() ? "" : Pattern.quote(rest))
              .collect(Collectors.joining("|"));
      pattern.append(rests).append(')');
    }
    return pattern.toString();
  }

  /** Marks the acronyms in the page's main content; returns how many were marked. */
  public int mark(Document page) {
    Element main = page.getElementById("main-content");
    if (main == null || "glossary".equals(main.attr("data-kb-page"))) {
      return 0;
    }
    Set<GlossaryEntry> seen = new HashSet<>();
    List<TextNode> texts = new ArrayList<>();
    collect(main, texts);
    int marked = 0;
    for (TextNode text : texts) {
      marked += markIn(text, seen);
    }
    return marked;
  }

  private void collect(Node node, List<TextNode> into) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        into.add(t);
      } else if (child instanceof Element e
          && !SKIP.contains(e.normalName())
          && !e.hasClass("kb-no-abbr")) {
        collect(e, into);
      }
    }
  }

  private int markIn(TextNode text, Set<GlossaryEntry> seen) {
    String value = text.getWholeText();
    Matcher m = words.matcher(value);
    while (m.find()) {
      GlossaryEntry entry = byWord.get(m.group(1));
      if (seen.add(entry)) {
        TextNode after = text.splitText(m.end());
        TextNode word = text.splitText(m.start());
        Element link =
            new Element("a")
                .attr("href", rootPath + "glossary.html#" + entry.getId())
                .addClass("govuk-link")
                .addClass("kb-abbr");
        link.appendElement("abbr").attr("title", entry.getExpansion()).text(m.group(1));
        word.replaceWith(link);
        return 1 + markIn(after, seen);
      }
    }
    return 0;
  }
}
