package org.dhrkb.generator.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Entities;

/**
 * {@code opensearch.xml} for a site built with a base URL. The search server also answers {@code
 * /opensearch.xml}, but only with the host it was asked on and no sub-path; behind a reverse proxy
 * under {@code /safeguarding/dhr/} only the build knows the public address, so the static host
 * serves this file instead.
 */
public final class OpenSearchDescription {
  private OpenSearchDescription() {}

  /** Writes {@code opensearch.xml} into {@code site} for the site at {@code baseUrl}. */
  public static void write(Path site, String baseUrl) throws IOException {
    String base = Entities.escape(baseUrl);
    Files.writeString(
        site.resolve("opensearch.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
            + "  <ShortName>DHR lessons</ShortName>\n"
            + "  <Description>Search Lessons from domestic homicide reviews</Description>\n"
            + "  <InputEncoding>UTF-8</InputEncoding>\n"
            + "  <Url type=\"text/html\" method=\"get\" template=\""
            + base
            + "search?q={searchTerms}\"/>\n"
            + "  <Url type=\"application/x-suggestions+json\" method=\"get\" template=\""
            + base
            + "api/suggest?format=opensearch&amp;q={searchTerms}\"/>\n"
            + "  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\""
            + base
            + "opensearch.xml\"/>\n"
            + "</OpenSearchDescription>\n",
        StandardCharsets.UTF_8);
  }
}
