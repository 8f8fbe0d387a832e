package org.dhrkb.generator.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.ConfigUtil;
import org.jsoup.nodes.Element;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Renders the Markdown of item texts exactly as JBake renders the site's {@code .md} pages: the
 * same flexmark options, from the same {@code markdown.extensions} of {@code jbake.properties}, so
 * the site has one Markdown dialect. Footnote marks {@code [^id]} become numbered links to the
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

  /**
   * A renderer with the options JBake uses for {@code siteDir}; a {@code jbake.properties} JBake
   * cannot read is reported and plain CommonMark used, so the other problems still show.
   */
  static ItemMarkdown forSite(Path siteDir, Path shownConfig, LoadedContent content) {
    int extensions = PegdownExtensions.NONE;
    try {
      // JBake's own reading of the configuration, defaults included, as MarkdownEngine does it.
      for (String name : new ConfigUtil().loadConfig(siteDir.toFile()).getMarkdownExtensions()) {
        extensions = apply(extensions, name.strip());
      }
    } catch (ConfigurationException | RuntimeException e) {
      content.problems.add(shownConfig, 1, 1, "JBake cannot read its settings: " + e.getMessage());
    }
    return new ItemMarkdown(PegdownOptionsAdapter.flexmarkOptions(extensions), content);
  }

  /** JBake's rule: a name adds its pegdown flag, {@code -NAME} removes it, unknown names do not. */
  private static int apply(int extensions, String name) {
    boolean remove = name.startsWith("-");
    String field = name.startsWith("-") || name.startsWith("+") ? name.substring(1) : name;
    int flag;
    try {
      flag = PegdownExtensions.class.getField(field).getInt(null);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      flag = PegdownExtensions.NONE;
    }
    return remove ? extensions & ~flag : extensions | flag;
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

  /** {@code <sup class="kb-footnote"><a href="/page#id">[n]</a></sup>}, escaped by jsoup. */
  private static String footnoteMark(String page, Reference ref) {
    Element sup = new Element("sup").addClass("kb-footnote");
    sup.appendElement("a")
        .attr("href", "/" + page + "#" + ref.getId())
        .text("[" + ref.getNumber() + "]");
    return sup.outerHtml();
  }
}
