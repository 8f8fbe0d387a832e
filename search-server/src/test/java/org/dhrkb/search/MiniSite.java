package org.dhrkb.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small published site following docs/contracts.md, for unit tests. */
public final class MiniSite {
  private MiniSite() {}

  static String page(String kind, String extraMain, String body) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head><title>T – Lessons</title></head><body>"
        + "<form action=\"/search\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\"></form>"
        + "<main id=\"main-content\" data-kb-page=\""
        + kind
        + "\""
        + extraMain
        + ">"
        + body
        + "</main></body></html>";
  }

  static String item(
      String id,
      String kind,
      String title,
      String theme,
      String themeTitle,
      String audiences,
      String text) {
    return "<li class=\"kb-item\" id=\""
        + id
        + "\" data-kb-kind=\""
        + kind
        + "\" data-kb-title=\""
        + title
        + "\" data-kb-theme=\""
        + theme
        + "\" data-kb-theme-title=\""
        + themeTitle
        + "\" data-kb-audiences=\""
        + audiences
        + "\"><h3>"
        + title
        + "</h3>"
        + "<div class=\"kb-item__text\"><p>"
        + text
        + "</p></div>"
        + "<p class=\"kb-item__meta\"><a class=\"kb-item__permalink\" href=\"#"
        + id
        + "\">Link to this</a></p></li>";
  }

  /** Writes the site into {@code dir} and returns it. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("themes"));
    Files.createDirectories(dir.resolve("audiences"));
    Files.writeString(
        dir.resolve("themes/risk-assessment.html"),
        page(
            "theme",
            "",
            "<h1>Risk assessment</h1><ol>"
                + item(
                    "risk-lesson",
                    "lesson",
                    "Risk assessment is inconsistent",
                    "risk-assessment",
                    "Risk assessment",
                    "police marac",
                    "The Domestic Abuse, Stalking and Honour Based Violence (DASH) risk assessment"
                        + " tool is used by police. Behaviour was not reviewed.")
                + item(
                    "risk-national-perpetrator-programmes",
                    "national-action",
                    "Programmes for perpetrators",
                    "risk-assessment",
                    "Risk assessment",
                    "probation",
                    "Courts may set conditions for a perpetrator to attend a programme.")
                + item(
                    "risk-local-marac",
                    "local-suggestion",
                    "Make sure agencies attend your MARAC",
                    "risk-assessment",
                    "Risk assessment",
                    "marac",
                    "Ensure that the appropriate agencies are attending your MARAC meeting.")
                + item(
                    "risk-national-organisations",
                    "national-action",
                    "Organisations specialising in abuse",
                    "risk-assessment",
                    "Risk assessment",
                    "health",
                    "Third sector organisations specialising in domestic violence programme.")
                + "</ol>"));
    Files.writeString(
        dir.resolve("themes/perpetrators-and-bail.html"),
        page(
            "theme",
            "",
            "<h1>Perpetrators and bail</h1><ol>"
                + item(
                    "bail-local-conditions",
                    "local-suggestion",
                    "Share bail conditions",
                    "perpetrators-and-bail",
                    "Perpetrators and bail",
                    "police marac",
                    "Ensure bail conditions are shared with agencies at your MARAC meeting.")
                + item(
                    "bail-lesson",
                    "lesson",
                    "Release from prison was not managed",
                    "perpetrators-and-bail",
                    "Perpetrators and bail",
                    "police",
                    "A perpetrator released on bail or from prison returned to the victim's home.")
                + "</ol>"));
    Files.writeString(
        dir.resolve("glossary.html"),
        page(
            "glossary",
            "",
            "<h1>Glossary</h1><dl>"
                + "<div class=\"kb-item\" id=\"glossary-marac\" data-kb-kind=\"glossary-entry\""
                + " data-kb-title=\"MARAC\" data-kb-term=\"MARAC\""
                + " data-kb-expansion=\"Multi-Agency Risk Assessment Conference\""
                + " data-kb-aliases=\"MARACs\" data-kb-audiences=\"\"><dt>MARAC</dt>"
                + "<dd class=\"kb-item__text\"><p>Multi-Agency Risk Assessment Conference</p>"
                + "<p>A regular local meeting about high-risk victims.</p></dd></div>"
                + "<div class=\"kb-item\" id=\"glossary-dash\" data-kb-kind=\"glossary-entry\""
                + " data-kb-title=\"DASH\" data-kb-term=\"DASH\""
                + " data-kb-expansion=\"Domestic Abuse, Stalking and Honour Based Violence\""
                + " data-kb-aliases=\"Dash\" data-kb-audiences=\"\"><dt>DASH</dt>"
                + "<dd class=\"kb-item__text\"><p>Domestic Abuse, Stalking and Honour Based"
                + " Violence</p></dd></div></dl>"));
    Files.writeString(
        dir.resolve("audiences/police.html"),
        page(
            "audience",
            " data-kb-audience=\"police\" data-kb-audience-label=\"Police\"",
            "<h1>For police</h1><p>Items for police officers.</p>"));
    Files.writeString(
        dir.resolve("audiences/marac.html"),
        page(
            "audience",
            " data-kb-audience=\"marac\" data-kb-audience-label=\"MARAC members\"",
            "<h1>For MARAC members</h1>"));
    Files.writeString(
        dir.resolve("audiences/health.html"),
        page(
            "audience",
            " data-kb-audience=\"health\" data-kb-audience-label=\"Health\"",
            "<h1>For health</h1>"));
    Files.writeString(
        dir.resolve("search.html"),
        page(
            "search", "", "<h1>Search</h1><div id=\"kb-search-results\"><p>Type words.</p></div>"));
    Files.writeString(dir.resolve("404.html"), page("404", "", "<h1>Page not found</h1>"));
    return dir;
  }
}
