package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhrkb.generator.opendata.ChecklistCsv;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The checklist spreadsheet and the open data document, read as their users read them: the CSV as
 * Excel would (UTF-8 with BOM, the agreed columns), the JSON through its published schema.
 */
class OpenDataIT {
  private static final Path SITE = BuiltSite.get().dir();

  @Test
  void theChecklistCsvHasABomTheAgreedColumnsAndEveryLocalSuggestion() throws IOException {
    byte[] bytes = Files.readAllBytes(SITE.resolve("checklist.csv"));
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {bytes[0], bytes[1], bytes[2]},
        "Excel reads UTF-8 only after a byte order mark");
    List<CSVRecord> rows = csv(SITE.resolve("checklist.csv"));
    assertEquals(ChecklistCsv.HEADER, rows.get(0).toList());
    List<CSVRecord> suggestions = suggestionRows(rows);
    assertEquals(idsOfKind("local-suggestion"), ids(suggestions));
    for (CSVRecord row : suggestions) {
      assertPermalinkResolves(row.get(3));
      assertEquals(publishedText(row.get(3)), row.get(2), "the 2013 wording, as the page shows it");
      for (int blank = 5; blank < 9; blank++) {
        assertEquals("", row.get(blank), "an area fills in " + ChecklistCsv.HEADER.get(blank));
      }
    }
    String text = Files.readString(SITE.resolve("checklist.csv"), StandardCharsets.UTF_8);
    assertTrue(text.contains("Open Government Licence v3.0"), "the licence");
    assertTrue(
        text.contains(
            "Domestic Homicide Reviews: Common Themes Identified as Lessons to be Learned"),
        "the citation");
  }

  @Test
  void eachRolesCsvHoldsThatRolesSuggestionsOnly() throws IOException {
    Document police = BuiltSite.get().page("audiences/police.html");
    String label = police.expectFirst("main").attr("data-kb-audience-label");
    List<CSVRecord> rows = suggestionRows(csv(SITE.resolve("checklist/police.csv")));
    assertFalse(rows.isEmpty());
    for (CSVRecord row : rows) {
      assertTrue(List.of(row.get(4).split("; ")).contains(label), row.toString());
    }
    List<CSVRecord> all = suggestionRows(csv(SITE.resolve("checklist.csv")));
    long forPolice =
        all.stream().filter(r -> List.of(r.get(4).split("; ")).contains(label)).count();
    assertEquals(forPolice, rows.size());
  }

  @Test
  void theOpenDataValidatesAgainstItsPublishedSchemaAndHoldsEveryItem() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode data = json.readTree(SITE.resolve("data/knowledge-base.json").toFile());
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(SITE.resolve("data/knowledge-base.schema.json")));
    assertEquals(List.of(), messages(schema.validate(data)));

    // The schema is no formality: a document without its licence fails it.
    ObjectNode unlicensed = data.deepCopy();
    unlicensed.remove("licence");
    assertFalse(schema.validate(unlicensed).isEmpty(), "the schema must require the licence");

    assertEquals("Open Government Licence v3.0", data.at("/licence/name").asText());
    assertTrue(data.at("/source/citation").asText().contains("Home Office (2013)"));
    Set<String> published = new LinkedHashSet<>();
    for (String kind :
        List.of("lesson", "national-action", "local-suggestion", "resource", "reference")) {
      published.addAll(idsOfKind(kind));
    }
    Set<String> inJson = new LinkedHashSet<>();
    for (JsonNode item : data.get("items")) {
      inJson.add(item.get("id").asText());
      assertPermalinkResolves(item.get("permalink").asText());
    }
    assertEquals(published, inJson, "every published item, and nothing else");
    Set<String> glossary = new LinkedHashSet<>();
    data.get("glossary").forEach(g -> glossary.add(g.get("id").asText()));
    assertEquals(idsOfKind("glossary-entry"), glossary);
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(Error::toString).toList();
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.skip(1); // the byte order mark
      return CSVFormat.EXCEL.parse(in).getRecords();
    }
  }

  /** The rows between the header and the blank row before the attribution. */
  static List<CSVRecord> suggestionRows(List<CSVRecord> rows) {
    List<CSVRecord> out = new ArrayList<>();
    for (CSVRecord row : rows.subList(1, rows.size())) {
      if (row.size() < ChecklistCsv.HEADER.size()) {
        break;
      }
      out.add(row);
    }
    return out;
  }

  private static Set<String> ids(List<CSVRecord> rows) {
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(r.get(1)));
    return ids;
  }

  /** The ids of every item of a kind in the published HTML, in page order. */
  static Set<String> idsOfKind(String kind) {
    Set<String> ids = new LinkedHashSet<>();
    for (String page : BuiltSite.get().htmlPages()) {
      for (Element e : BuiltSite.get().page(page).select("[id][data-kb-kind=" + kind + "]")) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  /** The text of the item a permalink names, as the page shows it, footnote markers aside. */
  static String publishedText(String permalink) {
    int hash = permalink.indexOf('#');
    Element item =
        BuiltSite.get()
            .page(permalink.substring(0, hash))
            .getElementById(permalink.substring(hash + 1))
            .clone();
    item.select("sup.kb-footnote").remove();
    return item.expectFirst(".kb-item__text").text();
  }

  /** A site-relative permalink names a published page that has the id. */
  static void assertPermalinkResolves(String permalink) {
    int hash = permalink.indexOf('#');
    String page = hash < 0 ? permalink : permalink.substring(0, hash);
    assertTrue(Files.isRegularFile(SITE.resolve(page)), permalink + ": no such page");
    if (hash >= 0) {
      String id = permalink.substring(hash + 1);
      assertTrue(BuiltSite.get().page(page).getElementById(id) != null, permalink + ": no such id");
    }
  }
}
