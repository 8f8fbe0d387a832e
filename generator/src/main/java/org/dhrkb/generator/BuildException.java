package org.dhrkb.generator;

/** The build failed for a reason other than the content: a template error, a full disk. */
public final class BuildException extends RuntimeException {
  public BuildException(String message, Throwable cause) {
    super(message, cause);
  }

  public BuildException(String message) {
    super(message);
  }
}
