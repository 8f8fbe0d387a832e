package org.dhrkb.cli;

import java.util.concurrent.Callable;
import org.dhrkb.generator.Generator;
import org.dhrkb.generator.content.ContentError;
import org.dhrkb.generator.content.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kb build}: content and templates to the static site in {@code target/site/}. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build the static site from site/ and templates/ into target/site/.",
      "On bad content, prints every problem as file:line:col: error: ... and exits 1,"
          + " leaving the last good site as it was."
    })
final class BuildCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Where the site will be hosted, e.g. https://intranet.example/safeguarding/dhr/: links,"
              + " assets and forms then work under that path, and the sitemap, feed and"
              + " OpenSearch description give full addresses. Without it there is no sitemap.")
  String baseUrl;

  @Override
  public Integer call() {
    Generator generator = Generator.create(c -> c.root(main.root()).baseUrl(baseUrl));
    return build(generator, main) ? 0 : 1;
  }

  /** Builds, reporting to the command's writers; false when the content is bad. */
  static boolean build(Generator generator, Main main) {
    try {
      Generator.Report report = generator.build();
      main.out.printf(
          "Built %d pages, %d items in %.1f s: %s%n",
          report.pages(), report.items(), report.elapsed().toMillis() / 1000.0, report.output());
      return true;
    } catch (ContentException e) {
      printErrors(e, main);
      return false;
    }
  }

  static void printErrors(ContentException e, Main main) {
    for (ContentError error : e.errors()) {
      main.err.println(error);
    }
    main.err.println(e.errors().size() + " error(s); nothing was published.");
  }
}
