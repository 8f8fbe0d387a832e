package org.dhrkb.generator.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last link check, as kept in {@code site/links.tsv}: one line per link with its status, the
 * day it was checked and the last day it was seen working. {@code kb links} writes it; the build
 * reads it to print those days beside the links and to make the maintainers' link page.
 *
 * <p>Tab-separated text, so a maintainer can read it and a diff shows what changed.
 */
public final class LinkReport {
  /** Where the report lives in a JBake source folder. */
  public static final String FILE = "links.tsv";

  private static final String HEADER =
      "url\tstatus\tdetail\tfinal-url\tchecked\tlast-working\tused-by\tsuccessor";

  private final Map<String, LinkResult> byUrl = new LinkedHashMap<>();

  private LinkReport(List<LinkResult> results) {
    results.forEach(r -> byUrl.put(r.url(), r));
  }

  /** A report of these results. */
  public static LinkReport of(List<LinkResult> results) {
    return new LinkReport(results);
  }

  /** The report of {@code siteDir}, or an empty one when no check has been run. */
  public static LinkReport read(Path siteDir) throws IOException {
    Path file = siteDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new LinkReport(List.of());
    }
    List<LinkResult> results = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
        continue;
      }
      String[] f = Arrays.copyOf(line.split("\t", -1), 8);
      try {
        results.add(
            new LinkResult(
                f[0],
                LinkStatus.of(f[1]),
                blankToNull(f[2]),
                blankToNull(f[3]),
                LocalDate.parse(f[4]),
                f[5] == null || f[5].isBlank() ? null : LocalDate.parse(f[5]),
                f[6] == null || f[6].isBlank() ? List.of() : List.of(f[6].split(" ")),
                blankToNull(f[7])));
      } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
        throw new DamagedLine(file, i + 1, e);
      }
    }
    return new LinkReport(results);
  }

  /** A line of the report that kb links did not write: edited by hand, or cut short. */
  public static final class DamagedLine extends IOException {
    private final int line;

    DamagedLine(Path file, int line, Exception cause) {
      super(
          file + ":" + line + ": not a line of kb links' report (" + cause.getMessage() + ")",
          cause);
      this.line = line;
    }

    /** The 1-based line. */
    public int line() {
      return line;
    }
  }

  /** Writes the report into {@code siteDir}, replacing the last one. */
  public void write(Path siteDir) throws IOException {
    Path file = siteDir.resolve(FILE);
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>();
    lines.add(
        "# Written by ./kb links: when each external link was checked and last seen working.");
    lines.add(HEADER);
    for (LinkResult r : byUrl.values()) {
      lines.add(
          String.join(
              "\t",
              r.url(),
              r.status().getId(),
              clean(r.detail()),
              clean(r.finalUrl()),
              r.checked().toString(),
              r.lastWorking() != null ? r.lastWorking().toString() : "",
              String.join(" ", r.usedBy()),
              clean(r.successor())));
    }
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temporary, lines, StandardCharsets.UTF_8);
    Files.move(
        temporary,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The result for a link, or null when it was not checked. */
  public LinkResult get(String url) {
    return url == null ? null : byUrl.get(url);
  }

  /** The last day {@code url} was seen working ({@code 2026-11-29}), or null if unknown. */
  public String lastSeenWorking(String url) {
    LinkResult r = get(url);
    return r != null && r.lastWorking() != null ? r.lastWorking().toString() : null;
  }

  /** Every link checked, in the order of the content. */
  public List<LinkResult> getAll() {
    return List.copyOf(byUrl.values());
  }

  /** Whether a check has been run. */
  public boolean isEmpty() {
    return byUrl.isEmpty();
  }

  /** The day of the check (the latest, if links were checked on different days), or null. */
  public String getChecked() {
    return byUrl.values().stream()
        .map(LinkResult::checked)
        .max(LocalDate::compareTo)
        .map(LocalDate::toString)
        .orElse(null);
  }

  /** The links with this status ({@code dead}, {@code moved}, {@code fine} …). */
  public List<LinkResult> withStatus(String status) {
    LinkStatus wanted = LinkStatus.of(status);
    return byUrl.values().stream().filter(r -> r.status() == wanted).toList();
  }

  /** The links that did not answer (timeouts, unknown hosts, certificates, refused connections). */
  public List<LinkResult> getUnreachable() {
    return byUrl.values().stream()
        .filter(r -> !r.status().isWorking() && r.status() != LinkStatus.DEAD)
        .filter(r -> r.status() != LinkStatus.SKIPPED)
        .toList();
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
