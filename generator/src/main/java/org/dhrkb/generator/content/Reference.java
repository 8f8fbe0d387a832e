package org.dhrkb.generator.content;

import java.util.List;
import org.dhrkb.contract.Kind;

/** A footnote of the publication, cited in item text as {@code [^id]}. */
public final class Reference extends Item {
  private int number;

  Reference(String id, String text) {
    super(id, Kind.REFERENCE, text, List.of(), text, null, null);
  }

  /** 1-based number on its page. */
  public int getNumber() {
    return number;
  }

  void number(int number) {
    this.number = number;
  }
}
