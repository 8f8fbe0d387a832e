package org.dhrkb.search.index;

import java.util.List;

/**
 * A glossary entry as published ({@code data-kb-term}, {@code data-kb-expansion}, {@code
 * data-kb-aliases}): the source of the acronym synonyms.
 *
 * @param id the entry's anchor on the glossary page
 * @param term the acronym or name, e.g. {@code MARAC}
 * @param expansion what it stands for, may be empty
 * @param aliases other written forms, e.g. {@code MARACs}
 * @param description what it is, in the entry's own words, without the expansion (may be empty)
 */
public record GlossaryEntry(
    String id, String term, String expansion, List<String> aliases, String description) {
  public GlossaryEntry {
    aliases = List.copyOf(aliases);
  }
}
