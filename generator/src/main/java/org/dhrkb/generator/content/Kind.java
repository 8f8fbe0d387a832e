package org.dhrkb.generator.content;

/** The kinds of item the knowledge base publishes; {@link #id()} is the value in the HTML. */
public enum Kind {
  LESSON("lesson", "Lesson"),
  NATIONAL_ACTION("national-action", "National action"),
  LOCAL_SUGGESTION("local-suggestion", "Local suggestion"),
  RESOURCE("resource", "Resource"),
  REFERENCE("reference", "Reference"),
  GLOSSARY_ENTRY("glossary-entry", "Glossary entry");

  private final String id;
  private final String label;

  Kind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The value of {@code data-kb-kind}. */
  public String getId() {
    return id;
  }

  /** The name a reader sees. */
  public String getLabel() {
    return label;
  }
}
