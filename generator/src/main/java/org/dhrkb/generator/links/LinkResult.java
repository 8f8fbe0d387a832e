package org.dhrkb.generator.links;

import java.time.LocalDate;
import java.util.List;

/**
 * One link as last checked.
 *
 * @param url the address as the content gives it
 * @param status what became of it
 * @param detail what happened, for a person: {@code 404 Not Found}, {@code 301 to https://…}
 * @param finalUrl where the redirects ended, or null when there were none
 * @param checked the day of the check
 * @param lastWorking the last day the link was seen working, or null if never
 * @param usedBy the ids of the items that give the link
 * @param successor what the publishing organisation is now (from the glossary), or null
 */
public record LinkResult(
    String url,
    LinkStatus status,
    String detail,
    String finalUrl,
    LocalDate checked,
    LocalDate lastWorking,
    List<String> usedBy,
    String successor) {

  public LinkResult {
    usedBy = List.copyOf(usedBy);
  }

  /** The same result with where the link is used and what its publisher is now. */
  public LinkResult usedBy(List<String> ids, String successorText) {
    return new LinkResult(url, status, detail, finalUrl, checked, lastWorking, ids, successorText);
  }

  /** The same result, keeping an earlier last-working day when the link fails now. */
  public LinkResult since(LinkResult previous) {
    if (lastWorking != null || previous == null) {
      return this;
    }
    return new LinkResult(
        url, status, detail, finalUrl, checked, previous.lastWorking, usedBy, successor);
  }

  // Getters for the templates, which read JavaBean properties.

  public String getUrl() {
    return url;
  }

  /**
   * The status as a word ({@code dead}, {@code moved} …). Not {@code getStatus}: Freemarker would
   * read the record's {@code status()} instead.
   */
  public String getStatusId() {
    return status.getId();
  }

  public String getDetail() {
    return detail;
  }

  public String getFinalUrl() {
    return finalUrl;
  }

  public String getChecked() {
    return checked.toString();
  }

  public String getLastWorking() {
    return lastWorking != null ? lastWorking.toString() : null;
  }

  public List<String> getUsedBy() {
    return usedBy;
  }

  public String getSuccessor() {
    return successor;
  }
}
