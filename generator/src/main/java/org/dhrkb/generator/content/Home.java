package org.dhrkb.generator.content;

import java.util.List;

/**
 * The home page ({@code site/content/index.yaml}): the one-line purpose shown on the first screen,
 * and the 2013 introduction below the themes, one item per paragraph.
 */
public final class Home {
  private final String purpose;
  private final String lead;
  private final List<Item> introduction;

  Home(String purpose, String lead, List<Item> introduction) {
    this.purpose = purpose;
    this.lead = lead;
    this.introduction = List.copyOf(introduction);
  }

  /** One line: what the site is for. */
  public String getPurpose() {
    return purpose;
  }

  /** What the publication is, shown above its introduction; may be null. */
  public String getLead() {
    return lead;
  }

  /** The 2013 introduction's paragraphs, in order, each an item of kind introduction. */
  public List<Item> getIntroduction() {
    return introduction;
  }
}
