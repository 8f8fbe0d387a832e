package org.dhrkb.generator.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dhrkb.contract.Kind;
import org.dhrkb.generator.links.LinkReport;

/** Everything the content says, validated: what the templates render. */
public final class KnowledgeBase {
  private final List<Theme> themes;
  private final List<Theme> numbered;
  private final Map<String, Theme> themesByUri = new HashMap<>();
  private final List<Audience> audiences;
  private final List<GlossaryEntry> glossary;
  private final Map<String, Item> itemsById = new LinkedHashMap<>();

  /** Filled on first use: a resource's item is set by the cross-checks, after construction. */
  private Map<Item, List<Resource>> resourcesByItem;

  private final Home home;
  private final List<Update> updates;

  /** The last link check ({@code site/links.tsv}); set by the loader, empty if none. */
  LinkReport links = LinkReport.of(List.of());

  KnowledgeBase(
      List<Theme> themes,
      List<Audience> audiences,
      List<GlossaryEntry> glossary,
      Home home,
      List<Update> updates) {
    this.home = home;
    // Newest first; on the same day the file named last is the later change.
    this.updates =
        updates.stream()
            .sorted(Comparator.comparing(Update::date).thenComparing(Update::getUri).reversed())
            .toList();
    this.themes = themes.stream().sorted(Comparator.comparingInt(Theme::getOrder)).toList();
    this.audiences =
        audiences.stream().sorted(Comparator.comparingInt(Audience::getOrder)).toList();
    this.glossary =
        glossary.stream()
            .sorted(Comparator.comparing(GlossaryEntry::getTerm, String.CASE_INSENSITIVE_ORDER))
            .toList();
    for (Theme theme : this.themes) {
      theme.getItems().forEach(item -> itemsById.put(item.getId(), item));
    }
    // Looked up once per page rendered: a scan here would make the build quadratic in themes.
    this.themes.forEach(t -> themesByUri.putIfAbsent(t.getUri(), t));
    this.numbered = this.themes.stream().filter(Theme::isNumbered).toList();
    for (int i = 0; i < numbered.size(); i++) {
      numbered.get(i).number = i + 1;
      numbered.get(i).previous = i > 0 ? numbered.get(i - 1) : null;
      numbered.get(i).next = i + 1 < numbered.size() ? numbered.get(i + 1) : null;
    }
  }

  /** The home page's purpose line and the 2013 introduction; null when there is no index.yaml. */
  public Home getHome() {
    return home;
  }

  /** The editorial updates, newest first. */
  public List<Update> getUpdates() {
    return updates;
  }

  /** The latest editorial change, shown as "Last updated"; null when there is none. */
  public Update getLatestUpdate() {
    return updates.isEmpty() ? null : updates.get(0);
  }

  /** The last check of the external links, for the dates beside them and the maintainers' page. */
  public LinkReport getLinks() {
    return links;
  }

  /** The publication's themes, in order. */
  public List<Theme> getThemes() {
    return numbered;
  }

  /** The themes and the further-advice list. */
  public List<Theme> getAllThemes() {
    return themes;
  }

  /** The theme published at {@code uri} ({@code themes/risk-assessment.html}), or null. */
  public Theme themeByUri(String uri) {
    return themesByUri.get(uri);
  }

  public List<Audience> getAudiences() {
    return audiences;
  }

  /** The audience with this slug, or null. */
  public Audience audience(String slug) {
    return audiences.stream().filter(a -> a.getSlug().equals(slug)).findFirst().orElse(null);
  }

  /** Every lesson, action and suggestion for an audience, in site order. */
  public List<Item> itemsFor(String audience) {
    return itemsById.values().stream()
        .filter(i -> i.getKind() != Kind.REFERENCE && i.getAudiences().contains(audience))
        .toList();
  }

  /** {@link #itemsFor} grouped by theme, themes in order. */
  public Map<Theme, List<Item>> itemsByThemeFor(String audience) {
    return itemsFor(audience).stream()
        .collect(Collectors.groupingBy(Item::getTheme, LinkedHashMap::new, Collectors.toList()));
  }

  /**
   * {@link #itemsFor} grouped by kind, in the order a reader acts on them: what went wrong
   * (lessons), what is done nationally, what you can do locally, resources. Kinds with no items are
   * left out.
   */
  public Map<Kind, List<Item>> itemsByKindFor(String audience) {
    Map<Kind, List<Item>> groups = new LinkedHashMap<>();
    for (Kind kind :
        List.of(Kind.LESSON, Kind.NATIONAL_ACTION, Kind.LOCAL_SUGGESTION, Kind.RESOURCE)) {
      List<Item> items = itemsFor(audience).stream().filter(i -> i.getKind() == kind).toList();
      if (!items.isEmpty()) {
        groups.put(kind, items);
      }
    }
    return groups;
  }

  /**
   * The local suggestions, for one audience or (when {@code audience} is null or empty) all,
   * grouped by theme, themes in order: the checklist.
   */
  public Map<Theme, List<Item>> localSuggestionsFor(String audience) {
    Map<Theme, List<Item>> groups = new LinkedHashMap<>();
    for (Theme theme : themes) {
      List<Item> local =
          theme.getLocal().stream()
              .filter(
                  i ->
                      audience == null || audience.isEmpty() || i.getAudiences().contains(audience))
              .toList();
      if (!local.isEmpty()) {
        groups.put(theme, local);
      }
    }
    return groups;
  }

  /** Glossary entries sorted by term. */
  public List<GlossaryEntry> getGlossary() {
    return glossary;
  }

  /** The glossary entry with this id, or null. */
  public GlossaryEntry glossaryEntry(String id) {
    return glossary.stream().filter(g -> g.getId().equals(id)).findFirst().orElse(null);
  }

  /** Every resource, in site order. */
  public List<Resource> getResources() {
    return itemsById.values().stream()
        .filter(Resource.class::isInstance)
        .map(Resource.class::cast)
        .toList();
  }

  /**
   * The resources given for {@code item} (their {@code for:}), in site order. Why a map: the open
   * data asks this of every item, and a scan of every resource each time made it quadratic.
   */
  public synchronized List<Resource> resourcesFor(Item item) {
    if (resourcesByItem == null) {
      resourcesByItem = new IdentityHashMap<>();
      for (Resource r : getResources()) {
        if (r.getFor() != null) {
          resourcesByItem.computeIfAbsent(r.getFor(), i -> new ArrayList<>()).add(r);
        }
      }
    }
    return resourcesByItem.getOrDefault(item, List.of());
  }

  /** Resources grouped by publisher, publishers sorted by name. */
  public List<PublisherGroup> getResourcesByPublisher() {
    Map<GlossaryEntry, List<Resource>> groups =
        getResources().stream()
            .filter(r -> r.getPublisher() != null)
            .collect(
                Collectors.groupingBy(
                    Resource::getPublisher, LinkedHashMap::new, Collectors.toList()));
    List<PublisherGroup> result = new ArrayList<>();
    groups.forEach((publisher, resources) -> result.add(new PublisherGroup(publisher, resources)));
    result.sort(
        Comparator.comparing(g -> g.getPublisher().getTerm(), String.CASE_INSENSITIVE_ORDER));
    return result;
  }

  /** The item with this id, or null. */
  public Item item(String id) {
    return itemsById.get(id);
  }

  /** Every item with a permalink, in site order. */
  public List<Item> getItems() {
    return List.copyOf(itemsById.values());
  }

  /** The resources of one publisher. */
  public static final class PublisherGroup {
    private final GlossaryEntry publisher;
    private final List<Resource> resources;

    PublisherGroup(GlossaryEntry publisher, List<Resource> resources) {
      this.publisher = Objects.requireNonNull(publisher);
      this.resources = List.copyOf(resources);
    }

    public GlossaryEntry getPublisher() {
      return publisher;
    }

    public List<Resource> getResources() {
      return resources;
    }
  }
}
