package org.dhrkb.generator.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * The words by their first character, longest first. Why not one regular expression of every word
   * as alternatives: it tries each alternative at each position of the text, so marking took time
   * in pages times glossary entries (30% of a 1,000-page build, growing with the glossary). Here a
   * position costs a lookup and the few words that start with its character.
   */
  private final Map<Character, String[]> byFirstChar = new HashMap<>();

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
    Map<Character, List<String>> groups = new HashMap<>();
    for (String word : sorted) {
      if (!word.isEmpty()) {
        groups.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
      }
    }
    groups.forEach((c, list) -> byFirstChar.put(c, list.toArray(String[]::new)));
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
    int from = 0;
    for (int start = find(value, from); start >= 0; start = find(value, from)) {
      String found = wordAt(value, start);
      int end = start + found.length();
      GlossaryEntry entry = byWord.get(found);
      if (seen.add(entry)) {
        // jsoup cannot split a text at its very end: a word there has nothing after it.
        TextNode after = end < value.length() ? text.splitText(end) : null;
        TextNode word = text.splitText(start);
        Element link =
            new Element("a")
                .attr("href", rootPath + "glossary.html#" + entry.getId())
                .addClass("govuk-link")
                .addClass("kb-abbr");
        link.appendElement("abbr").attr("title", entry.getExpansion()).text(found);
        word.replaceWith(link);
        return 1 + (after == null ? 0 : markIn(after, seen));
      }
      from = end;
    }
    return 0;
  }

  /**
   * Where the next glossary word in {@code text} starts, at or after {@code from}, or -1: a word
   * not preceded by a letter, digit, underscore, dot, at sign, slash or hyphen, nor followed by a
   * letter, digit, underscore or at sign (so no part of a word, address or file name).
   */
  private int find(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (byFirstChar.containsKey(text.charAt(i))
          && (i == 0 || !isWordBefore(text.charAt(i - 1)))
          && wordAt(text, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The longest glossary word at {@code at} followed by no word character, or null. */
  private String wordAt(String text, int at) {
    for (String word : byFirstChar.get(text.charAt(at))) {
      int end = at + word.length();
      if (text.startsWith(word, at) && (end == text.length() || !isWordAfter(text.charAt(end)))) {
        return word;
      }
    }
    return null;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isWordBefore(char c) {
    return isWordChar(c) || c == '.' || c == '@' || c == '/' || c == '-';
  }

  private static boolean isWordAfter(char c) {
    return isWordChar(c) || c == '@';
  }
}
