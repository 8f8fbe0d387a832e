package org.dhrkb.generator.content;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * One dated editorial change ({@code site/content/updates/*.md}): the latest is shown as "Last
 * updated" on every theme, role and glossary page, as GOV.UK guidance pages show theirs.
 */
public final class Update {
  private final LocalDate date;
  private final String title;
  private final String uri;

  Update(LocalDate date, String title, String uri) {
    this.date = date;
    this.title = title;
    this.uri = uri;
  }

  /** The date in ISO form ({@code 2026-11-29}), for {@code <time datetime>}. */
  public String getIsoDate() {
    return date.toString();
  }

  /** The date as GOV.UK writes it: {@code 29 November 2026}. */
  public String getDisplayDate() {
    return date.getDayOfMonth()
        + " "
        + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
        + " "
        + date.getYear();
  }

  LocalDate date() {
    return date;
  }

  /** The one-line summary of the change: the update's title. */
  public String getTitle() {
    return title;
  }

  /** The update's page, relative to the site root. */
  public String getUri() {
    return uri;
  }
}
