package org.dhrkb.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import org.dhrkb.search.relevance.Judgments;
import org.dhrkb.search.relevance.RelevanceSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kb relevance}: scores the search on the judged practitioner queries. */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    description = {
      "Run the judged practitioner queries through the search and report nDCG@10 and"
          + " success@1, with each query's score.",
      "Builds the site and the index first when they are missing or stale."
    })
final class RelevanceCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Mixin SiteOptions options;

  @Option(
      names = "--judgments",
      paramLabel = "FILE",
      description = "Judged queries (query<TAB>id:grade ...); default: the built-in set.")
  Path judgmentsFile;

  @Override
  public Integer call() throws IOException {
    Path site = options.siteFolder(main, "relevance");
    if (site == null) {
      return 1;
    }
    Judgments judgments;
    if (judgmentsFile != null) {
      try (Reader reader = Files.newBufferedReader(judgmentsFile, StandardCharsets.UTF_8)) {
        judgments = Judgments.read(reader, judgmentsFile.toString());
      }
    } else {
      judgments = Judgments.builtIn();
    }
    try (SearchIndex index = SearchIndex.open(site, options.indexFolder(main))) {
      RelevanceSuite.Report report = RelevanceSuite.run(new SearchService(index), judgments);
      for (RelevanceSuite.QueryScore score : report.queries()) {
        main.out.printf(
            "%.3f %s  %-45s  %s%n",
            score.ndcg(),
            score.success() ? "+" : "-",
            score.query(),
            String.join(" ", score.returned().subList(0, Math.min(3, score.returned().size()))));
      }
      main.out.printf(
          "%d queries: nDCG@10 %.3f, success@1 %.3f%n",
          report.queries().size(), report.ndcg(), report.successAt1());
    }
    return 0;
  }
}
