package org.dhrkb.search.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judged queries: a tab-separated file, one query a line, then its relevant items as {@code
 * id:grade} separated by spaces (2 answers the query, 1 is relevant). Lines starting with {@code #}
 * are comments; {@code # -- name} starts a section (plain questions, acronyms, …), which {@code kb
 * relevance --sections} scores apart.
 */
public record Judgments(List<Judgments.Query> queries) {

  /**
   * One judged query.
   *
   * @param section the name of the section it is in, empty before the first
   */
  public record Query(String text, Map<String, Integer> grades, String section) {
    public Query(String text, Map<String, Integer> grades) {
      this(text, grades, "");
    }
  }

  /** A comment line that starts a section. */
  private static final String SECTION = "# --";

  /** The tuning set: the queries the ranking's weights were fitted on. */
  public static Judgments builtIn() throws IOException {
    return resource("judgments.tsv");
  }

  /**
   * The second part of the tuning set: plain questions and paraphrases in everyday words, written
   * from the content alone for fitting how much closeness in meaning counts.
   */
  public static Judgments questions() throws IOException {
    return resource("questions.tsv");
  }

  /**
   * The third part of the tuning set: misspelt keywords and questions, written from the content
   * alone for fitting spelling correction and its effect on matching by meaning.
   */
  public static Judgments typos() throws IOException {
    return resource("typos.tsv");
  }

  /**
   * The fourth part of the tuning set: questions that name a term (an acronym, a body, a programme)
   * and queries in American English wording, written from the content alone with its plain-words
   * filtered out, for seeing how the ranking treats the two.
   */
  public static Judgments terms() throws IOException {
    return resource("terms.tsv");
  }

  /**
   * The held-out set: queries written from the content alone and committed before the ranking
   * changes they measure. Never tune on these.
   */
  public static Judgments heldOut() throws IOException {
    return resource("heldout.tsv");
  }

  /**
   * The second held-out set: 115 queries written from the content alone on 2026-11-30, after the
   * first held-out set had been measured several times, and committed before it was first run.
   * Never tune on these either.
   */
  public static Judgments heldOutSecond() throws IOException {
    return resource("heldout-2.tsv");
  }

  /**
   * The third held-out set: 100 queries written from the content alone (its plain-words left out)
   * on 2026-11-30, after the ranking's last change had been measured on the first two, and
   * committed before it was first run. Never tune on these either.
   */
  public static Judgments heldOutThird() throws IOException {
    return resource("heldout-3.tsv");
  }

  /** Queries on topics the 2013 paper does not cover, one a line. */
  public static List<String> uncovered() throws IOException {
    try (InputStream in = open("uncovered.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
  }

  private static Judgments resource(String name) throws IOException {
    try (InputStream in = open(name)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = Judgments.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is missing from the search server's resources");
    }
    return in;
  }

  /**
   * The judgments without glossary entries: they are definitions shown beside the results, never
   * ranked among them, so the ranking is scored on the items it can return. (The tuning set was
   * judged before that design and grades glossary entries.)
   */
  public Judgments resultsOnly() {
    List<Query> kept = new ArrayList<>();
    for (Query query : queries) {
      Map<String, Integer> grades = new LinkedHashMap<>(query.grades());
      grades.keySet().removeIf(id -> id.startsWith("glossary-"));
      if (!grades.isEmpty()) {
        kept.add(new Query(query.text(), grades, query.section()));
      }
    }
    return new Judgments(List.copyOf(kept));
  }

  /**
   * The judged ids that are not in {@code known}, each with its query: a judgment of an id that
   * does not exist scores nothing and would hide a renamed item.
   */
  public List<String> unknownIds(java.util.Set<String> known) {
    List<String> unknown = new ArrayList<>();
    for (Query query : queries) {
      for (String id : query.grades().keySet()) {
        if (!known.contains(id)) {
          unknown.add(id + " (judged for '" + query.text() + "')");
        }
      }
    }
    return unknown;
  }

  /**
   * Reads judgments.
   *
   * @throws IOException when the text cannot be read, or a line is malformed (the message names the
   *     line)
   */
  public static Judgments read(Reader source, String name) throws IOException {
    List<Query> queries = new ArrayList<>();
    BufferedReader reader = new BufferedReader(source);
    int lineNumber = 0;
    String section = "";
    for (String line; (line = reader.readLine()) != null; ) {
      lineNumber++;
      if (line.startsWith(SECTION)) {
        section = line.substring(SECTION.length()).trim();
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IOException(
            name
                + ":"
                + lineNumber
                + ":1: error: expected a query, a tab and"
                + " the judged items");
      }
      Map<String, Integer> grades = new LinkedHashMap<>();
      for (String judged : parts[1].trim().split("\\s+")) {
        int colon = judged.lastIndexOf(':');
        try {
          grades.put(judged.substring(0, colon), Integer.parseInt(judged.substring(colon + 1)));
        } catch (RuntimeException e) {
          throw new IOException(
              name + ":" + lineNumber + ": error: '" + judged + "' is not id:grade");
        }
      }
      queries.add(new Query(parts[0].trim(), grades, section));
    }
    return new Judgments(List.copyOf(queries));
  }
}
