package org.dhrkb.generator.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A theme of the publication: its lesson, what is done nationally, what can be done locally. */
public final class Theme {
  private final Path file;
  private final String slug;
  private final String uri;
  private final String title;
  private final String status;
  private final int order;
  private final boolean numbered;
  private final String summary;
  private final Item lesson;
  private final List<Item> national;
  private final List<Item> local;
  private final List<Resource> resources;
  private final List<Reference> references;
  private final Map<String, String> moved;
  Theme previous;
  Theme next;
  int number;

  Theme(
      Path file,
      String slug,
      String uri,
      String title,
      String status,
      int order,
      boolean numbered,
      String summary,
      Item lesson,
      List<Item> national,
      List<Item> local,
      List<Resource> resources,
      List<Reference> references,
      Map<String, String> moved) {
    this.file = file;
    this.slug = slug;
    this.uri = uri;
    this.title = title;
    this.status = status;
    this.order = order;
    this.numbered = numbered;
    this.summary = summary;
    this.lesson = lesson;
    this.national = List.copyOf(national);
    this.local = List.copyOf(local);
    this.resources = List.copyOf(resources);
    this.references = List.copyOf(references);
    this.moved = Map.copyOf(moved);
  }

  Path file() {
    return file;
  }

  public String getSlug() {
    return slug;
  }

  /** The page, relative to the site root: {@code themes/risk-assessment.html}. */
  public String getUri() {
    return uri;
  }

  public String getTitle() {
    return title;
  }

  /** The file's {@code status:} as written ({@code published}, {@code draft}), or null. */
  public String getStatus() {
    return status;
  }

  public int getOrder() {
    return order;
  }

  public String getSummary() {
    return summary;
  }

  /**
   * Whether it is one of the publication's numbered themes, not a list such as the further advice
   * ({@code numbered: false} in its file).
   */
  public boolean isNumbered() {
    return numbered;
  }

  public Item getLesson() {
    return lesson;
  }

  public List<Item> getNational() {
    return national;
  }

  public List<Item> getLocal() {
    return local;
  }

  public List<Resource> getResources() {
    return resources;
  }

  public List<Reference> getReferences() {
    return references;
  }

  /** Old ids that must keep resolving, to the id that replaced them. */
  public Map<String, String> getMoved() {
    return moved;
  }

  /** Its place among the numbered themes, from 1; 0 when it is not numbered. */
  public int getNumber() {
    return number;
  }

  public Theme getPrevious() {
    return previous;
  }

  public Theme getNext() {
    return next;
  }

  /** Every item of the theme with its own permalink, in page order. */
  public List<Item> getItems() {
    List<Item> all = new ArrayList<>();
    if (lesson != null) {
      all.add(lesson);
    }
    all.addAll(national);
    all.addAll(local);
    all.addAll(resources);
    all.addAll(references);
    return all;
  }
}
