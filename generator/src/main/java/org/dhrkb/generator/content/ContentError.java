package org.dhrkb.generator.content;

import java.nio.file.Path;

/**
 * One problem in a content file, located so that an editor can jump to it.
 *
 * @param file the content file, as the maintainer would name it (relative to the working folder
 *     where possible)
 * @param line 1-based line
 * @param column 1-based column
 * @param message what is wrong and, where it helps, what to do
 */
public record ContentError(Path file, int line, int column, String message) {

  /** Formats the error as {@code file:line:col: error: message}, the form compilers use. */
  @Override
  public String toString() {
    return file.toString().replace('\\', '/') + ":" + line + ":" + column + ": error: " + message;
  }
}
