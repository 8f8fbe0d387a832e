package org.dhrkb.generator.links;

/** What became of a link when it was checked. */
public enum LinkStatus {
  /** Answered 2xx at its own address. */
  FINE("fine"),
  /** Answered 2xx after one or more redirects: update the address to where it went. */
  MOVED("moved"),
  /** Answered 4xx or 5xx (404 Not Found, 410 Gone …), or redirected in circles. */
  DEAD("dead"),
  /** No answer in time: the host may be down or overloaded; check again later. */
  TIMEOUT("timeout"),
  /** The host name does not exist any more (or the network has no DNS). */
  DNS("dns"),
  /** The secure connection failed: an expired, self-signed or wrong-host certificate. */
  TLS("tls"),
  /** The connection was refused or dropped. */
  UNREACHABLE("unreachable"),
  /** Not a web address (an email address): not checked. */
  SKIPPED("skipped");

  private final String id;

  LinkStatus(String id) {
    this.id = id;
  }

  /** The word used in the report file and on the maintainers' page. */
  public String getId() {
    return id;
  }

  /** Whether the link worked when checked (a redirect that ends in a page counts). */
  public boolean isWorking() {
    return this == FINE || this == MOVED;
  }

  static LinkStatus of(String id) {
    for (LinkStatus s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown link status '" + id + "'");
  }
}
