package org.dhrkb.search.query;

/**
 * A request that breaks a rule its sender can fix (a limit out of range, an unknown theme): the
 * message states the rule and is safe to show. Only the reading and checking of a request throws
 * it; any other exception is the server's own fault and is never shown as the caller's.
 */
public final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A request that breaks the rule {@code message} states. */
  public BadRequest(String message) {
    super(message, null, false, false);
  }
}
