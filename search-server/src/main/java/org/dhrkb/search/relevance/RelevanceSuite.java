package org.dhrkb.search.relevance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dhrkb.search.query.SearchRequest;
import org.dhrkb.search.query.SearchResults;
import org.dhrkb.search.query.SearchService;

/**
 * Runs judged queries through a {@link SearchService} and scores the rankings: nDCG@10 with gains
 * {@code 2^grade - 1}, and success@1 (the first result is judged relevant).
 */
public final class RelevanceSuite {
  static final int DEPTH = 10;

  /**
   * The score of one query, with the ids it returned.
   *
   * @param section the section of the judged set it is in ({@link Judgments.Query#section()})
   */
  public record QueryScore(
      String query, double ndcg, boolean success, List<String> returned, String section) {}

  /** The scores of a whole run. */
  public record Report(List<QueryScore> queries) {
    /** Mean nDCG@10 over the queries. */
    public double ndcg() {
      return queries.stream().mapToDouble(QueryScore::ndcg).average().orElse(0);
    }

    /**
     * The scores of each section, in the order the sections come (one entry, "", when the set has
     * none).
     */
    public Map<String, Report> sections() {
      Map<String, List<QueryScore>> bySection = new LinkedHashMap<>();
      for (QueryScore score : queries) {
        bySection.computeIfAbsent(score.section(), s -> new ArrayList<>()).add(score);
      }
      Map<String, Report> sections = new LinkedHashMap<>();
      bySection.forEach((name, scores) -> sections.put(name, new Report(List.copyOf(scores))));
      return sections;
    }

    /** Share of queries whose first result is relevant. */
    public double successAt1() {
      return queries.stream().filter(QueryScore::success).count() / (double) queries.size();
    }

    /**
     * One line for a test's message or log: {@code name: nDCG@10 …, success@1 … over N queries}.
     */
    public String summary(String name) {
      return String.format(
          java.util.Locale.ROOT,
          "%s: nDCG@10 %.3f, success@1 %.3f over %d queries",
          name,
          ndcg(),
          successAt1(),
          queries.size());
    }
  }

  private RelevanceSuite() {}

  /** Runs every judged query through the search service's first page of results. */
  public static Report run(SearchService service, Judgments judgments) {
    return run(
        text ->
            service
                .search(new SearchRequest(text, DEPTH, 0, List.of(), List.of(), List.of()))
                .hits()
                .stream()
                .flatMap(
                    // A collapsed result shows where else it is: the reader has those places too.
                    hit ->
                        Stream.concat(
                            Stream.of(hit.id()),
                            hit.alsoIn().stream().map(SearchResults.Place::id)))
                .limit(DEPTH)
                .toList(),
        judgments);
  }

  /**
   * Runs every judged query through any ranking: a query's text to the ids it ranks, best first.
   */
  public static Report run(Function<String, List<String>> ranking, Judgments judgments) {
    List<QueryScore> scores = new ArrayList<>();
    for (Judgments.Query query : judgments.queries()) {
      List<String> ids = ranking.apply(query.text());
      scores.add(
          new QueryScore(
              query.text(),
              ndcg(ids, query),
              !ids.isEmpty() && query.grades().getOrDefault(ids.get(0), 0) > 0,
              ids,
              query.section()));
    }
    return new Report(List.copyOf(scores));
  }

  static double ndcg(List<String> returned, Judgments.Query query) {
    double dcg = 0;
    for (int i = 0; i < Math.min(DEPTH, returned.size()); i++) {
      dcg += gain(query.grades().getOrDefault(returned.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal =
        query.grades().values().stream().sorted(Comparator.reverseOrder()).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
