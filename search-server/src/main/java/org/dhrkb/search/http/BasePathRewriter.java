package org.dhrkb.search.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.dhrkb.contract.DataAttributes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts the site's base path in front of the root-relative addresses of the results page, for a site
 * built for a sub-path ({@code kb build --base-url https://intranet.example/safeguarding/dhr/}) and
 * served behind a reverse proxy that maps that path to this server. The site says its base path in
 * {@code search.html} ({@link DataAttributes#BASE_PATH_META}); a site built for the root says none,
 * and the page is sent untouched.
 */
final class BasePathRewriter {
  private static final List<String> ADDRESS_ATTRIBUTES =
      List.of("href", "src", "action", "data-kb-suggest");

  private final Path shell;
  private FileTime seen;
  private String basePath = "/";

  BasePathRewriter(Path shell) {
    this.shell = shell;
  }

  /** Rewrites the HTML result of {@code ctx} when the site has a base path. */
  void apply(Context ctx) throws IOException {
    String path = basePath();
    String contentType = ctx.res().getContentType();
    if (path.equals("/") || contentType == null || !contentType.startsWith("text/html")) {
      return;
    }
    String html = ctx.result();
    if (html == null) {
      return;
    }
    Document doc = Jsoup.parse(html);
    doc.outputSettings().prettyPrint(false);
    for (String attribute : ADDRESS_ATTRIBUTES) {
      for (Element e : doc.select("[" + attribute + "]")) {
        String value = e.attr(attribute);
        // The shell's own addresses already carry the path (the generator wrote them).
        if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith(path)) {
          e.attr(attribute, path + value.substring(1));
        }
      }
    }
    ctx.result(doc.outerHtml());
  }

  /** The base path search.html declares, read again whenever the file changes. */
  private synchronized String basePath() throws IOException {
    if (!Files.isRegularFile(shell)) {
      return "/";
    }
    FileTime modified = Files.getLastModifiedTime(shell);
    if (!modified.equals(seen)) {
      Element meta =
          Jsoup.parse(shell.toFile(), "UTF-8")
              .selectFirst("meta[name=" + DataAttributes.BASE_PATH_META + "]");
      String declared = meta == null ? "/" : meta.attr("content");
      basePath = declared.startsWith("/") && declared.endsWith("/") ? declared : "/";
      seen = modified;
    }
    return basePath;
  }
}
