package org.dhrkb.generator.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every content error of a run, so one build reports them all. */
final class Problems {
  private final List<ContentError> errors = new ArrayList<>();

  void add(Path file, int line, int column, String message) {
    errors.add(new ContentError(file, line, column, message));
  }

  /** Throws with every error, sorted by file and position, when there is any. */
  void throwIfAny() throws ContentException {
    if (!errors.isEmpty()) {
      List<ContentError> sorted = new ArrayList<>(errors);
      sorted.sort(
          Comparator.comparing((ContentError e) -> e.file().toString())
              .thenComparingInt(ContentError::line)
              .thenComparingInt(ContentError::column));
      throw new ContentException(sorted);
    }
  }
}
