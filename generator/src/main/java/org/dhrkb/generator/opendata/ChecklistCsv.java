package org.dhrkb.generator.opendata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhrkb.generator.content.Audience;
import org.dhrkb.generator.content.Item;
import org.dhrkb.generator.content.KnowledgeBase;
import org.dhrkb.generator.content.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The local suggestions as a self-assessment spreadsheet: {@code checklist.csv} with every
 * suggestion, and {@code checklist/<role>.csv} with those for one role. Excel's dialect (CRLF,
 * quotes where needed) after a byte order mark, without which Excel reads UTF-8 as Windows-1252 and
 * garbles every dash and quote.
 */
public final class ChecklistCsv {
  /** The columns: what the publication says, then what an area fills in. */
  public static final List<String> HEADER =
      List.of(
          "theme",
          "id",
          "suggestion",
          "permalink",
          "audiences",
          "status",
          "owner",
          "due date",
          "notes");

  private ChecklistCsv() {}

  /**
   * Writes {@code checklist.csv} and one {@code checklist/<role>.csv} per audience into {@code
   * site}; permalinks are {@code base} followed by the item's site-relative address.
   */
  public static void write(KnowledgeBase kb, Path site, String base) throws IOException {
    write(kb, null, site.resolve("checklist.csv"), base);
    for (Audience audience : kb.getAudiences()) {
      write(
          kb,
          audience.getSlug(),
          site.resolve("checklist").resolve(audience.getSlug() + ".csv"),
          base);
    }
  }

  private static void write(KnowledgeBase kb, String audience, Path file, String base)
      throws IOException {
    Files.createDirectories(file.getParent());
    CSVFormat format = CSVFormat.EXCEL.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF'); // before the printer, which writes the header when it is created
      try (CSVPrinter csv = new CSVPrinter(out, format)) {
        for (Theme theme : kb.getAllThemes()) {
          for (Item item : theme.getLocal()) {
            if (audience != null && !item.getAudiences().contains(audience)) {
              continue;
            }
            csv.printRecord(
                theme.getTitle(),
                item.getId(),
                plainText(item),
                base + item.getUrl(),
                item.getAudiences().stream()
                    .map(slug -> kb.audience(slug).getLabel())
                    .collect(Collectors.joining("; ")),
                "",
                "",
                "",
                "");
          }
        }
        // The licence asks for attribution wherever the text goes: below the table, so the
        // header stays the first row for any tool that reads the file.
        csv.println();
        csv.printRecord("Source: " + Attribution.CITATION);
        csv.printRecord(Attribution.STATEMENT + " " + Attribution.LICENCE_URL);
      }
    }
  }

  /** The item's text as a reader sees it, without markup or footnote markers. */
  static String plainText(Item item) {
    Document doc = Jsoup.parseBodyFragment(item.getHtml());
    doc.select("sup.kb-footnote").remove();
    return doc.body().text();
  }
}
