package org.dhrkb.generator.content;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in the content in one run, so a maintainer fixes them all at once. */
public final class ContentException extends Exception {
  private final List<ContentError> errors;

  /**
   * @param errors the problems, in the order they were found; not empty
   */
  public ContentException(List<ContentError> errors) {
    super(
        errors.size()
            + " content error(s); fix them and build again:\n"
            + errors.stream().map(ContentError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  /** The problems, each formatted by {@link ContentError#toString()}. */
  public List<ContentError> errors() {
    return errors;
  }
}
