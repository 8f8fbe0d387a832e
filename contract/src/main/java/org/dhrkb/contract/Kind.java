package org.dhrkb.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of searchable unit. Every kind but {@link #PAGE} is an item in the published HTML: one
 * element with an {@code id} and {@code data-kb-kind="}{@link #getId()}{@code "}. {@code PAGE} is
 * the search server's name for the text of a page that no item holds.
 */
public enum Kind {
  INTRODUCTION("introduction", "Introduction"),
  LESSON("lesson", "Lesson"),
  NATIONAL_ACTION("national-action", "National action"),
  LOCAL_SUGGESTION("local-suggestion", "Local suggestion"),
  RESOURCE("resource", "Resource"),
  REFERENCE("reference", "Reference"),
  GLOSSARY_ENTRY("glossary-entry", "Glossary entry"),
  PAGE("page", "Page");

  private static final List<String> IDS = Arrays.stream(values()).map(Kind::getId).toList();

  private final String id;
  private final String label;

  Kind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The value of {@code data-kb-kind}, and of the search API's {@code type}. */
  public String getId() {
    return id;
  }

  /** The name a reader sees. */
  public String getLabel() {
    return label;
  }

  /** Every kind's id, in the order readers see them. */
  public static List<String> ids() {
    return IDS;
  }

  /** The kind with this id, if there is one. */
  public static Optional<Kind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
