package org.dhrkb.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of {@code kb}. {@link #run} parses the arguments and returns the exit code, so tests
 * run the real command line without touching {@code System.out} or exiting the JVM.
 */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Build, check, index and serve the DHR lessons knowledge base.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      IndexCommand.class,
      ServeCommand.class,
      LinksCommand.class,
      RelevanceCommand.class,
      DistCommand.class,
      BenchCommand.class
    })
public final class Main implements Runnable {

  @Option(
      names = "--root",
      description =
          "The checkout (with site/ and templates/). Default: -Dkb.root, else the"
              + " nearest folder above the working folder that has site/.",
      scope = CommandLine.ScopeType.INHERIT)
  Path root;

  @Option(
      names = "--verbose",
      description = "On a failure, print the stack trace after the one-line explanation.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  PrintWriter out;
  PrintWriter err;

  @Override
  public void run() {
    // `kb` alone prints the usage: there is no default action.
    new CommandLine(this).usage(out);
  }

  /** The checkout the commands work on. */
  Path root() {
    if (root != null) {
      return root.toAbsolutePath().normalize();
    }
    String configured = System.getProperty("kb.root");
    Path start =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("site"))) {
        return p;
      }
    }
    return start.toAbsolutePath().normalize();
  }

  /**
   * Runs {@code kb} with the given arguments.
   *
   * @return the exit code: 0 on success, 1 on bad content or a failed command, 2 on bad usage
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    main.out = out;
    main.err = err;
    CommandLine commandLine =
        new CommandLine(main)
            .setOut(out)
            .setErr(err)
            .setExecutionExceptionHandler(
                (e, cmd, parsed) -> Failure.report(cmd.getCommandName(), e, main.verbose, err));
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * OrientDB (JBake's in-memory store) logs through java.util.logging at INFO; held here because
   * java.util.logging keeps loggers only weakly.
   */
  private static final java.util.logging.Logger ORIENT_LOG =
      java.util.logging.Logger.getLogger("com.orientechnologies");

  /** Runs {@code kb} and exits the JVM with its exit code. */
  public static void main(String[] args) {
    ORIENT_LOG.setLevel(java.util.logging.Level.WARNING);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"kb " + (version != null ? version : "(development build)")};
    }
  }
}
