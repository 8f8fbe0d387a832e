package org.dhrkb.generator.content;

import java.util.List;
import java.util.regex.Pattern;
import org.dhrkb.contract.Kind;

/**
 * One lesson, national action, local suggestion, resource or reference: the unit a practitioner
 * links to and the search server finds.
 */
public class Item {
  /**
   * Words by which a 2013 national action speaks of its own future ("will be republished",
   * "expected to be launched in 2015", "due to be"): a reader acting today must see that these were
   * plans in 2013, not facts now.
   */
  private static final Pattern FUTURE =
      Pattern.compile("\\b(will|expected|planned|due to|intends? to)\\b", Pattern.CASE_INSENSITIVE);

  private final String id;
  private final Kind kind;
  private final String title;
  private final List<String> audiences;
  private final String text;
  private final String note;
  private final Since since;
  private String html = "";
  private List<String> plainWords = List.of();
  private Theme theme;

  Item(
      String id,
      Kind kind,
      String title,
      List<String> audiences,
      String text,
      String note,
      Since since) {
    this.id = id;
    this.kind = kind;
    this.title = title;
    this.audiences = List.copyOf(audiences);
    this.text = text;
    this.note = note;
    this.since = since;
  }

  public String getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  /** Audience slugs, in the order the content gives them. */
  public List<String> getAudiences() {
    return audiences;
  }

  /** The value of {@code data-kb-audiences}. */
  public String getAudiencesAttribute() {
    return String.join(" ", audiences);
  }

  /** The text as written in the content file (Markdown). */
  public String getText() {
    return text;
  }

  /** The text rendered to HTML, footnotes linked. */
  public String getHtml() {
    return html;
  }

  /**
   * The everyday phrasings people search for this item with, which its own words may not use
   * ("abuser let out of jail"): written by an editor, searched, not shown.
   */
  public List<String> getPlainWords() {
    return plainWords;
  }

  /** The value of {@code data-kb-plain-words}: the phrases separated by {@code |}. */
  public String getPlainWordsAttribute() {
    return String.join("|", plainWords);
  }

  void plainWords(List<String> phrases) {
    this.plainWords = List.copyOf(phrases);
  }

  void html(String html) {
    this.html = html;
  }

  /** An editorial note shown beside the 2013 text, or null. */
  public String getNote() {
    return note;
  }

  /** What changed since 2013, or null. */
  public Since getSince() {
    return since;
  }

  public Theme getTheme() {
    return theme;
  }

  void theme(Theme theme) {
    this.theme = theme;
  }

  /**
   * Whether this is a national action whose 2013 text speaks of the future, so the page marks it
   * "Planned in 2013".
   */
  public boolean isPlanned() {
    return kind == Kind.NATIONAL_ACTION && FUTURE.matcher(text).find();
  }

  /**
   * The permalink, relative to the site root: {@code themes/risk-assessment.html#risk-lesson}, or
   * {@code #intro-statutory-basis} for the home page's introduction, which belongs to no theme.
   */
  public String getUrl() {
    return (theme != null ? theme.getUri() : "") + "#" + id;
  }
}
