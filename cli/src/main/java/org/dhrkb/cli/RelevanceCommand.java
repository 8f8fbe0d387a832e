package org.dhrkb.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dhrkb.search.index.PublishedSite;
import org.dhrkb.search.index.SearchIndex;
import org.dhrkb.search.query.SearchService;
import org.dhrkb.search.relevance.Judgments;
import org.dhrkb.search.relevance.PlainBm25;
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
      "Run the judged practitioner queries through the search and report nDCG@10 and success@1:"
          + " on the tuning sets (the ranking's weights were fitted on them) and on the three"
          + " held-out sets (never tuned on).",
      "Builds the site and the index first when they are missing or stale."
    })
final class RelevanceCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Mixin SiteOptions options;

  @Option(
      names = "--judgments",
      paramLabel = "FILE",
      description =
          "Score these judged queries (query<TAB>id:grade ...) instead of the built-in sets;"
              + " repeat for several files.")
  List<Path> judgmentsFiles;

  @Option(
      names = "--compare",
      description = "Also score plain Lucene BM25 over the same items, in the same run.")
  boolean compare;

  @Option(names = "--queries", description = "Print each query's score and its first three ids.")
  boolean queries;

  @Option(
      names = "--sections",
      description =
          "Also score each section of a set apart (plain questions, acronyms, misspellings, …:"
              + " the '# -- name' lines of its file).")
  boolean sections;

  @Override
  public Integer call() throws IOException {
    Path site = options.siteFolder(main, "relevance");
    if (site == null) {
      return 1;
    }
    Map<String, Judgments> sets = new LinkedHashMap<>();
    if (judgmentsFiles != null) {
      for (Path file : judgmentsFiles) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          sets.put(
              file.getFileName().toString(), Judgments.read(reader, file.toString()).resultsOnly());
        }
      }
    } else {
      sets.put("tuning", Judgments.builtIn().resultsOnly());
      sets.put("questions", Judgments.questions().resultsOnly());
      sets.put("typos", Judgments.typos().resultsOnly());
      sets.put("terms", Judgments.terms().resultsOnly());
      sets.put("held-out", Judgments.heldOut().resultsOnly());
      sets.put("held-out 2", Judgments.heldOutSecond().resultsOnly());
      sets.put("held-out 3", Judgments.heldOutThird().resultsOnly());
    }
    try (SearchIndex index = SearchIndex.open(site, options.indexFolder(main), options.embedder());
        PlainBm25 plain = compare ? new PlainBm25(PublishedSite.read(site)) : null) {
      SearchService service = new SearchService(index);
      SearchService words = compare && service.semantic() ? new SearchService(index, false) : null;
      main.out.printf("%-10s %-12s %8s %10s%n", "set", "ranking", "nDCG@10", "success@1");
      for (Map.Entry<String, Judgments> set : sets.entrySet()) {
        Map<String, RelevanceSuite.Report> reports = new LinkedHashMap<>();
        reports.put("this search", RelevanceSuite.run(service, set.getValue()));
        if (words != null) {
          reports.put("words only", RelevanceSuite.run(words, set.getValue()));
        }
        if (plain != null) {
          reports.put(
              "plain BM25", RelevanceSuite.run(text -> plain.rank(text, 10), set.getValue()));
        }
        reports.forEach((ranking, report) -> print(set.getKey(), ranking, report));
        RelevanceSuite.Report report = reports.get("this search");
        Set<String> names = report.sections().keySet();
        if (sections && !names.equals(Set.of(""))) {
          for (String section : names) {
            main.out.printf(
                "    %-40s %s%n",
                section.isEmpty() ? "(no section)" : section, sectionScores(section, reports));
          }
        }
        if (queries) {
          for (RelevanceSuite.QueryScore score : report.queries()) {
            main.out.printf(
                "    %.3f %s  %-45s  %s%n",
                score.ndcg(),
                score.success() ? "+" : "-",
                score.query(),
                String.join(
                    " ", score.returned().subList(0, Math.min(3, score.returned().size()))));
          }
        }
      }
    }
    return 0;
  }

  /** A section's nDCG@10 by each ranking that ran, from the scores of the whole set. */
  private static String sectionScores(String section, Map<String, RelevanceSuite.Report> reports) {
    List<String> parts = new ArrayList<>();
    int count = 0;
    for (Map.Entry<String, RelevanceSuite.Report> ranking : reports.entrySet()) {
      RelevanceSuite.Report part = ranking.getValue().sections().get(section);
      parts.add(String.format(Locale.ROOT, "%.3f %s", part.ndcg(), ranking.getKey()));
      count = part.queries().size();
    }
    return String.join(", ", parts) + String.format(Locale.ROOT, " (%d queries)", count);
  }

  private void print(String set, String ranking, RelevanceSuite.Report report) {
    main.out.printf(
        "%-10s %-12s %8.3f %10.3f  (%d queries)%n",
        set, ranking, report.ndcg(), report.successAt1(), report.queries().size());
  }
}
