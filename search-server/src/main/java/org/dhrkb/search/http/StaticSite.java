package org.dhrkb.search.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the published site folder. Every request path is decoded, checked segment by segment and
 * resolved to a real path inside the folder, so no encoding trick, {@code ..} segment or symbolic
 * link can reach a file outside it. The folder is looked up on every request: when the generator
 * swaps a new site in, the next request sees it.
 */
final class StaticSite {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("atom", "application/atom+xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("webmanifest", "application/manifest+json"));

  /** Request attribute set once this class has answered, so the 404 handler leaves it be. */
  static final String ANSWERED = "kb.static.answered";

  private final Path folder;

  StaticSite(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** Serves the file for the request path, or the site's 404 page with status 404. */
  void serve(Context ctx) throws IOException {
    Optional<Path> file = resolve(ctx.path());
    if (file.isEmpty()) {
      notFound(ctx);
      return;
    }
    send(ctx, file.get(), 200);
  }

  /** Answers 404 with the site's own {@code 404.html} when it has one. */
  void notFound(Context ctx) throws IOException {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    Path page = folder.resolve("404.html");
    if (Files.isRegularFile(page)) {
      send(ctx, page, 404);
    } else {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
    }
  }

  /** The site's {@code search.html} shell, if the site has one. */
  Optional<Path> page(String name) {
    return resolve("/" + name);
  }

  Path folder() {
    return folder;
  }

  private void send(Context ctx, Path file, int status) throws IOException {
    ctx.contentType(type(file));
    // Browsers keep the file and ask again each time (no-cache); the validators below let this
    // answer 304 with no body, so a reader does not download the site on every page.
    ctx.header("Cache-Control", "no-cache");
    if (status == 200) {
      long size = Files.size(file);
      Instant modified =
          Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
      String etag =
          "W/\"" + Long.toHexString(size) + "-" + Long.toHexString(modified.toEpochMilli()) + "\"";
      ctx.header("ETag", etag);
      ctx.header(
          "Last-Modified",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
      if (notModified(ctx, etag, modified)) {
        ctx.status(304);
        return;
      }
    }
    ctx.status(status);
    if (ctx.method().name().equals("HEAD")) {
      ctx.header("Content-Length", Long.toString(Files.size(file)));
      return;
    }
    InputStream in = Files.newInputStream(file);
    ctx.result(in);
  }

  /** Whether the client's copy is current: its ETag matches, or (without one) its date does. */
  private static boolean notModified(Context ctx, String etag, Instant modified) {
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.trim();
        if (t.equals("*") || t.equals(etag) || ("W/" + t).equals(etag)) {
          return true;
        }
      }
      return false;
    }
    String ifModifiedSince = ctx.header("If-Modified-Since");
    if (ifModifiedSince != null) {
      try {
        Instant since =
            ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !modified.isAfter(since);
      } catch (DateTimeParseException e) {
        return false; // a date we cannot read is no date: send the file
      }
    }
    return false;
  }

  /**
   * The file a request path names: decoded, without empty, dot, dot-dot or hidden segments, inside
   * the folder after symbolic links are followed; a folder means its {@code index.html}.
   */
  Optional<Path> resolve(String requestPath) {
    String decoded = decode(requestPath);
    if (decoded == null
        || !decoded.startsWith("/")
        || decoded.indexOf('\0') >= 0
        || decoded.indexOf('\\') >= 0
        || decoded.indexOf(':') >= 0) {
      return Optional.empty();
    }
    Path candidate = folder;
    for (String segment : decoded.substring(1).split("/", -1)) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.startsWith(".")) {
        return Optional.empty();
      }
      candidate = candidate.resolve(segment);
    }
    candidate = candidate.normalize();
    if (!candidate.startsWith(folder)) {
      return Optional.empty();
    }
    if (Files.isDirectory(candidate)) {
      candidate = candidate.resolve("index.html");
    }
    if (!Files.isRegularFile(candidate)) {
      return Optional.empty();
    }
    try {
      Path real = candidate.toRealPath();
      if (!real.startsWith(folder.toRealPath())) {
        return Optional.empty();
      }
      return Optional.of(real);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  /** Percent-decodes a path ('+' stays '+'); null when the encoding is malformed. */
  static String decode(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    byte[] bytes = new byte[path.length()];
    int n = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%') {
        if (i + 2 >= path.length()) {
          return null;
        }
        int hi = Character.digit(path.charAt(i + 1), 16);
        int lo = Character.digit(path.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes[n++] = (byte) (hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else {
        return null; // a raw non-ASCII character cannot be in a valid request path
      }
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }
}
