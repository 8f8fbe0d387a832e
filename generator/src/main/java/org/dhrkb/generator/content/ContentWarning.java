package org.dhrkb.generator.content;

import java.nio.file.Path;

/**
 * A point of style in a content file: worth fixing, never a reason to refuse a build.
 *
 * @param file the content file, as the maintainer would name it
 * @param line 1-based line
 * @param column 1-based column
 * @param message what to change
 */
public record ContentWarning(Path file, int line, int column, String message) {

  /** Formats the warning as {@code file:line:col: warning: message}, the form compilers use. */
  @Override
  public String toString() {
    return file.toString().replace('\\', '/') + ":" + line + ":" + column + ": warning: " + message;
  }
}
