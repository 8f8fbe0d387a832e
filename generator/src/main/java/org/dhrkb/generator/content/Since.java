package org.dhrkb.generator.content;

/** A dated note of what changed after the 2013 publication; never rewrites the 2013 text. */
public final class Since {
  private final String asOf;
  private final String text;
  private final String url;

  Since(String asOf, String text, String url) {
    this.asOf = asOf;
    this.text = text;
    this.url = url;
  }

  /** When the note was last checked, as written in the content ({@code 2026-11}). */
  public String getAsOf() {
    return asOf;
  }

  public String getText() {
    return text;
  }

  /** Where to read more, or null. */
  public String getUrl() {
    return url;
  }
}
