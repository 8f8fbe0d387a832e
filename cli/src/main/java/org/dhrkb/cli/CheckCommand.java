package org.dhrkb.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dhrkb.generator.Generator;
import org.dhrkb.generator.content.ContentException;
import org.dhrkb.generator.content.ContentWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kb check}: validates the content without building anything. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Validate site/ without building, the 2013 text word for word against docs/source/"
            + " included: prints every problem as file:line:col: error: ... and exits 1 if there"
            + " is any; points of style as file:line:col: warning: ...")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Override
  public Integer call() {
    try {
      List<ContentWarning> warnings = Generator.create(c -> c.root(main.root())).check();
      warnings.forEach(main.err::println);
      main.out.println(
          "Content OK"
              + (warnings.isEmpty() ? "" : " (" + warnings.size() + " warning(s))")
              + ": "
              + main.root().resolve("site"));
      return 0;
    } catch (ContentException e) {
      e.errors().forEach(main.err::println);
      main.err.println(e.errors().size() + " error(s): fix them and run ./kb check again.");
      return 1;
    }
  }
}
