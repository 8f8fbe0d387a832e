package org.dhrkb.generator.content;

import java.util.List;
import org.dhrkb.contract.Acronym;

/** An acronym or organisation named in the text, with its expansion and what it is called today. */
public final class GlossaryEntry {
  private final String id;
  private final String term;
  private final String expansion;
  private final String kind;
  private final List<String> aliases;
  private final String description;
  private final Since today;

  /** An entry as the glossary file gives it; {@code today} may be null. */
  public GlossaryEntry(
      String id,
      String term,
      String expansion,
      String kind,
      List<String> aliases,
      String description,
      Since today) {
    this.id = id;
    this.term = term;
    this.expansion = expansion;
    this.kind = kind;
    this.aliases = List.copyOf(aliases);
    this.description = description;
    this.today = today;
  }

  public String getId() {
    return id;
  }

  public String getTerm() {
    return term;
  }

  public String getExpansion() {
    return expansion;
  }

  /** {@code acronym} or {@code organisation}. */
  public String getKind() {
    return kind;
  }

  public List<String> getAliases() {
    return aliases;
  }

  /** The value of {@code data-kb-aliases}. */
  public String getAliasesAttribute() {
    return String.join("|", aliases);
  }

  public String getDescription() {
    return description;
  }

  /** What it is called or became since 2013, or null. */
  public Since getToday() {
    return today;
  }

  /** The name to show for grouping: {@code CAADA (Co-ordinated Action Against Domestic Abuse)}. */
  public String getDisplayName() {
    return expansion == null || expansion.equals(term) ? term : term + " (" + expansion + ")";
  }

  /** Whether the term is written in capitals (HMIC, CAADA), not as words (Home Office). */
  public boolean isAbbreviation() {
    return term.matches(Acronym.CAPITALS);
  }

  /** The permalink, relative to the site root. */
  public String getUrl() {
    return "glossary.html#" + id;
  }
}
