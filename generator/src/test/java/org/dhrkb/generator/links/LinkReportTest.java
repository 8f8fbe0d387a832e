package org.dhrkb.generator.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site/links.tsv: what kb links writes and the build reads back. */
class LinkReportTest {
  private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
  private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 29);

  @Test
  void readsBackWhatItWrote(@TempDir Path site) throws IOException {
    LinkResult dead =
        new LinkResult(
            "http://www.caada.org.uk/marac/RIC_for_MARAC.html",
            LinkStatus.DEAD,
            "404 Not Found",
            null,
            NOVEMBER,
            OCTOBER,
            List.of("risk-resource-caada-ric", "risk-local-caada-materials"),
            "CAADA: Renamed SafeLives");
    LinkResult moved =
        new LinkResult(
            "https://www.gov.uk/hmpps",
            LinkStatus.MOVED,
            "301 to https://www.gov.uk/x",
            "https://www.gov.uk/x",
            NOVEMBER,
            NOVEMBER,
            List.of("glossary-noms"),
            null);
    LinkReport.of(List.of(dead, moved)).write(site);

    LinkReport read = LinkReport.read(site);
    assertEquals(List.of(dead, moved), read.getAll());
    assertEquals("2026-10-01", read.lastSeenWorking(dead.url()));
    assertEquals("2026-11-29", read.getChecked());
    assertEquals(List.of(dead), read.withStatus("dead"));
    assertTrue(
        Files.readString(site.resolve(LinkReport.FILE)).startsWith("# Written by ./kb links"));
  }

  @Test
  void aLinkThatFailsNowKeepsTheLastDayItWorked() {
    LinkResult before =
        new LinkResult(
            "https://a.example/",
            LinkStatus.FINE,
            "200 OK",
            null,
            OCTOBER,
            OCTOBER,
            List.of(),
            null);
    LinkResult now =
        new LinkResult(
            "https://a.example/",
            LinkStatus.TIMEOUT,
            "no answer within 10 s",
            null,
            NOVEMBER,
            null,
            List.of(),
            null);
    assertEquals(OCTOBER, now.since(before).lastWorking());
    assertNull(now.since(null).lastWorking());
  }

  @Test
  void noReportYetIsAnEmptyOne(@TempDir Path site) throws IOException {
    assertTrue(LinkReport.read(site).isEmpty());
    assertNull(LinkReport.read(site).lastSeenWorking("https://a.example/"));
  }

  @Test
  void aDamagedLineIsReportedWithItsNumber(@TempDir Path site) throws IOException {
    Files.writeString(
        site.resolve(LinkReport.FILE),
        "# header\nhttps://a.example/\tbroken\t\t\t2026-11-29\t\t\t\n",
        StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> LinkReport.read(site));
    assertTrue(e.getMessage().contains("links.tsv:2: "), e.getMessage());
  }
}
