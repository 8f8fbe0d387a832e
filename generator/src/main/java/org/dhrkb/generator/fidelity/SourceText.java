package org.dhrkb.generator.fidelity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a piece of Markdown as a reader sees them, so the publication and the content can be
 * compared word for word whatever their markup.
 */
public final class SourceText {
  private SourceText() {}

  private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]+\\]");
  static final Pattern MD_LINK =
      Pattern.compile(
          "\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*<?((?:[^()\\s<>]|\\([^()\\s]*\\))+)>?\\s*\\)");
  static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
  static final Pattern BARE_URL =
      Pattern.compile("(?:https?://|mailto:)[^\\s<>()\\[\\]*]+[^\\s<>()\\[\\]*.,;:]");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

  /**
   * The text a reader sees of a piece of Markdown: links as their text, bold, escapes and footnote
   * markers dropped. {@code \\_} is the source's double escape of a plain underscore.
   */
  public static String plainText(String markdown) {
    String s = markdown.replace("\\\\_", "_");
    s = FOOTNOTE_REF.matcher(s).replaceAll("");
    s = s.replaceAll("<sup>[^<]*</sup>", "");
    s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = s.replace("**", "");
    s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    return normalise(s);
  }

  /** Every link target in a piece of Markdown, unescaped, in order. */
  public static List<String> links(String markdown) {
    String s = markdown.replace("\\\\_", "_");
    List<String> urls = new ArrayList<>();
    Matcher m = MD_LINK.matcher(s);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      urls.add(ESCAPE.matcher(m.group(2)).replaceAll(e -> Matcher.quoteReplacement(e.group(1))));
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    m = AUTOLINK.matcher(rest.toString());
    StringBuilder bare = new StringBuilder();
    while (m.find()) {
      urls.add(m.group(1));
      m.appendReplacement(bare, " ");
    }
    m.appendTail(bare);
    m = BARE_URL.matcher(bare.toString());
    while (m.find()) {
      urls.add(m.group());
    }
    return urls;
  }

  /**
   * Text compared as words: typography (curly quotes, no-break spaces) and layout (runs of white
   * space) set aside. A space before punctuation is dropped on both sides, which admits the
   * recorded erratum "domestic homicide ." where the footnote marker was lost.
   */
  public static String normalise(String text) {
    String s =
        text.replace('\u00a0', ' ')
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"');
    s = s.replaceAll("\\s+", " ").trim();
    return s.replaceAll(" ([.,;:!?])", "$1");
  }

  /** Percent-escapes decoded, so {@code %20} and a space, {@code (} and {@code %28}, match. */
  public static String decodePercent(String url) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%'
          && i + 2 < bytes.length
          && Character.digit(bytes[i + 1], 16) >= 0
          && Character.digit(bytes[i + 2], 16) >= 0) {
        out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
