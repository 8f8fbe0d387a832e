package org.dhrkb.generator.content;

import java.util.List;
import org.dhrkb.contract.Kind;

/**
 * One lesson, national action, local suggestion, resource or reference: the unit a practitioner
 * links to and the search server finds.
 */
public class Item {
  private final String id;
  private final Kind kind;
  private final String title;
  private final List<String> audiences;
  private final String text;
  private final String note;
  private final Since since;
  private String html = "";
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

  /** The permalink, relative to the site root: {@code themes/risk-assessment.html#risk-lesson}. */
  public String getUrl() {
    return theme.getUri() + "#" + id;
  }
}
