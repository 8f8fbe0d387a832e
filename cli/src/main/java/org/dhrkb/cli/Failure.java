package org.dhrkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns any exception a command lets through into the one line a maintainer reads: what went wrong
 * and what to do. The stack trace is for developers and comes only with {@code --verbose}.
 */
final class Failure {
  private Failure() {}

  /** Prints the failure of {@code command} to {@code err}; returns the exit code, always 1. */
  static int report(String command, Throwable e, boolean verbose, PrintWriter err) {
    err.println("kb " + command + ": " + explain(e, verbose));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /** One sentence for the exception, naming the file or port concerned and the next step. */
  static String explain(Throwable e, boolean verbose) {
    Throwable cause = unwrap(e);
    if (cause instanceof NoSuchFileException f) {
      return "no such file or folder: " + f.getFile() + "; check the path and try again.";
    }
    if (cause instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile() + "; check who owns it, or choose another folder.";
    }
    if (cause instanceof NotDirectoryException f) {
      return "not a folder: " + f.getFile() + "; give the path of a folder.";
    }
    if (cause instanceof FileAlreadyExistsException f) {
      return "already exists: " + f.getFile() + "; move it away or choose another path.";
    }
    if (cause instanceof BindException) {
      return "cannot listen: " + cause.getMessage() + "; choose another port with --port.";
    }
    if (cause instanceof IOException) {
      return "input/output failed: " + message(cause) + "; check the disk and the paths given.";
    }
    if (cause instanceof OutOfMemoryError) {
      return "out of memory; give Java more with JAVA_TOOL_OPTIONS=-Xmx1g.";
    }
    // Not one we know: say what it said, and how to learn more.
    return message(cause) + (verbose ? "" : " (run again with --verbose to see where it failed)");
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "unexpected " + e.getClass().getSimpleName();
    }
    // A message that spans lines (a template error, say) is cut to its first line: one line each.
    return message.lines().findFirst().orElse(message).strip();
  }
}
