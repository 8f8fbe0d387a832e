package org.dhrkb.generator;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the published site is hosted: {@link #NONE} (the root of whatever host serves it), or a
 * base URL such as {@code https://intranet.example/safeguarding/dhr/}.
 *
 * @param url the base URL, ending in {@code /}; empty for {@link #NONE}
 * @param path its path, e.g. {@code /safeguarding/dhr/}; {@code /} for {@link #NONE}
 */
public record SiteAddress(String url, String path) {
  /** No base URL: the site sits at the root of any host. */
  public static final SiteAddress NONE = new SiteAddress("", "/");

  /**
   * Reads a base URL given by a user.
   *
   * @throws IllegalArgumentException when it is not an absolute http or https URL without a query
   *     or fragment, saying what is expected
   */
  public static SiteAddress of(String baseUrl) {
    String expected =
        "--base-url must be an absolute http or https address without ? or #, such as"
            + " https://intranet.example/safeguarding/dhr/ (got '"
            + baseUrl
            + "')";
    URI uri;
    try {
      uri = new URI(baseUrl.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(expected, e);
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(expected);
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
    return new SiteAddress(origin + path, path);
  }

  /** Whether a base URL was given. */
  public boolean isSet() {
    return !url.isEmpty();
  }
}
