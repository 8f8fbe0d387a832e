package org.dhrkb.cli;

import java.util.concurrent.Callable;
import org.dhrkb.generator.Generator;
import org.dhrkb.generator.content.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kb check}: validates the content without building anything. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Validate site/ without building: prints every problem as"
            + " file:line:col: error: ... and exits 1 if there is any.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Override
  public Integer call() {
    try {
      Generator.create(c -> c.root(main.root())).check();
      main.out.println("Content OK: " + main.root().resolve("site"));
      return 0;
    } catch (ContentException e) {
      BuildCommand.printErrors(e, main);
      return 1;
    }
  }
}
