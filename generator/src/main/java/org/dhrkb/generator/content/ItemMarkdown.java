package org.dhrkb.generator.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Renders the Markdown of item texts. Footnote marks {@code [^id]} become numbered links to the
 * theme's references.
 */
final class ItemMarkdown {
  private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^([^\\]]+)\\]");

  /** A link written in Markdown or as an HTML {@code href}: what the link checks read. */
  static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\s]+)\\)|href=\"([^\"]+)\"");

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final LoadedContent content;

  private ItemMarkdown(DataHolder options, LoadedContent content) {
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.content = content;
  }

  /** A renderer of plain CommonMark. */
  static ItemMarkdown forSite(Path siteDir, Path shownConfig, LoadedContent content) {
    return new ItemMarkdown(new MutableDataSet(), content);
  }

  /** A theme's references and the page they are on, so footnote links work from any page. */
  record Footnotes(String page, List<Reference> references) {
    static final Footnotes NONE = new Footnotes("index.html", List.of());
  }

  /**
   * The HTML of an item's text; reports footnotes that name no reference and records its links for
   * the second pass.
   */
  String render(YamlFile yaml, Node textNode, String text, Footnotes footnotes) {
    Matcher m = FOOTNOTE.matcher(text);
    StringBuilder withNotes = new StringBuilder();
    while (m.find()) {
      String refId = m.group(1);
      Reference ref =
          footnotes.references().stream()
              .filter(r -> r.getId().equals(refId))
              .findFirst()
              .orElse(null);
      String replacement = "";
      if (ref == null) {
        yaml.errorAtWord(
            textNode,
            "[^" + refId + "]",
            "footnote [^" + refId + "] names no reference of this theme");
      } else {
        replacement = footnoteMark(footnotes.page(), ref);
      }
      m.appendReplacement(withNotes, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(withNotes);
    Matcher links = LINK_TARGET.matcher(text);
    while (links.find()) {
      String target = links.group(1) != null ? links.group(1) : links.group(2);
      content.links.add(new LoadedContent.YamlLink(yaml, textNode, target));
    }
    return renderer.render(parser.parse(withNotes.toString())).strip();
  }

  private static String footnoteMark(String page, Reference ref) {
    return "<sup class=\"kb-footnote\"><a href=\"/"
        + page
        + "#"
        + ref.getId()
        + "\">["
        + ref.getNumber()
        + "]</a></sup>";
  }
}
