package org.dhrkb.generator.content;

/** A group of practitioners with a page of every item that concerns them. */
public final class Audience {
  private final String slug;
  private final String title;
  private final String label;
  private final int order;

  Audience(String slug, String title, String label, int order) {
    this.slug = slug;
    this.title = title;
    this.label = label;
    this.order = order;
  }

  public String getSlug() {
    return slug;
  }

  /** The page heading: {@code For GPs and health professionals}. */
  public String getTitle() {
    return title;
  }

  /** The short name: {@code GPs and health professionals}. */
  public String getLabel() {
    return label;
  }

  public int getOrder() {
    return order;
  }

  public String getUri() {
    return "audiences/" + slug + ".html";
  }
}
