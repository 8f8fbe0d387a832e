package org.dhrkb.generator.content;

import java.util.List;
import org.dhrkb.contract.Kind;

/** A linked document, course, toolkit or campaign. */
public final class Resource extends Item {
  private final String url;
  private final String publisherId;
  private final String forId;
  private final String format;
  private GlossaryEntry publisher;
  private Item forItem;

  Resource(
      String id,
      String title,
      List<String> audiences,
      String text,
      String note,
      Since since,
      String url,
      String publisherId,
      String forId,
      String format) {
    super(id, Kind.RESOURCE, title, audiences, text, note, since);
    this.url = url;
    this.publisherId = publisherId;
    this.forId = forId;
    this.format = format;
  }

  /** Where the resource lives (as published in 2013). */
  public String getHref() {
    return url;
  }

  public String getPublisherId() {
    return publisherId;
  }

  /** The organisation that published it, with its current name where that changed. */
  public GlossaryEntry getPublisher() {
    return publisher;
  }

  void publisher(GlossaryEntry publisher) {
    this.publisher = publisher;
  }

  String forId() {
    return forId;
  }

  /** The item the publication gives it under, or null. */
  public Item getFor() {
    return forItem;
  }

  void forItem(Item item) {
    this.forItem = item;
  }

  /** PDF, e-learning, web page …, or null. */
  public String getFormat() {
    return format;
  }

  /** Whether the link is an email address rather than a page. */
  public boolean isEmail() {
    return url.startsWith("mailto:");
  }
}
