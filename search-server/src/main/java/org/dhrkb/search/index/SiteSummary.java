package org.dhrkb.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the queries need of a published site beside its documents: the glossary entries (for the
 * acronym synonyms), the audience and theme labels (for the facets) and the number of content
 * pages.
 *
 * @param glossary the glossary entries, in page order
 * @param audienceLabels audience slug to its label, from the audience pages
 * @param themeTitles theme slug to its title, from the items
 * @param pages pages whose page-level text is indexed
 * @param digest the site's {@link PublishedSite#fingerprint} when it was asked for, else null
 */
public record SiteSummary(
    List<GlossaryEntry> glossary,
    Map<String, String> audienceLabels,
    Map<String, String> themeTitles,
    int pages,
    String digest) {
  public SiteSummary {
    glossary = List.copyOf(glossary);
    audienceLabels = Map.copyOf(audienceLabels);
    themeTitles = Map.copyOf(themeTitles);
  }

  /**
   * Reads the summary of a site folder without keeping its items.
   *
   * @throws IOException when the folder or a page cannot be read
   */
  static SiteSummary read(Path folder) throws IOException {
    Builder summary = new Builder();
    String digest = SitePages.read(folder, false, summary::add);
    return summary.build(digest);
  }

  /** Gathers the summary from the pages, in page order. */
  static final class Builder {
    private final List<GlossaryEntry> glossary = new ArrayList<>();
    private final Map<String, String> audiences = new LinkedHashMap<>();
    private final Map<String, String> themes = new LinkedHashMap<>();
    private int pages;

    void add(PublishedSite.Page page) {
      pages++;
      if (page.audience() != null) {
        audiences.put(page.audience(), page.audienceLabel());
      }
      for (SiteItem item : page.items()) {
        if (!item.theme().isEmpty()) {
          themes.putIfAbsent(item.theme(), item.themeTitle());
        }
      }
      glossary.addAll(page.glossary());
    }

    /** The labels of the audiences read so far; live, not a copy. */
    Map<String, String> audienceLabels() {
      return audiences;
    }

    /** Whether every one of {@code slugs} has a label yet. */
    boolean labelled(List<String> slugs) {
      for (String slug : slugs) {
        if (!audiences.containsKey(slug)) {
          return false;
        }
      }
      return true;
    }

    SiteSummary build(String digest) {
      return new SiteSummary(glossary, audiences, themes, pages, digest);
    }
  }
}
