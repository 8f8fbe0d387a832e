package org.dhrkb.search.semantic;

import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link Embedder} on the class path, if any: {@code kb serve} and the release bundle
 * carry one (the {@code semantic} module), the standalone search jar does not. The system property
 * {@value #SWITCH} set to {@code off} turns semantic matching off wherever it is present.
 */
public final class Embedders {
  /** The switch: {@code -Dkb.semantic=off}. */
  public static final String SWITCH = "kb.semantic";

  private Embedders() {}

  /**
   * The embedder to use, remembering the vectors of recent queries, or empty when none is on the
   * class path or the switch is off.
   *
   * @throws IllegalStateException saying what to do when the one on the class path cannot start
   */
  public static Optional<Embedder> find() {
    return model().map(QueryVectorCache::new);
  }

  /**
   * The embedder on the class path as it is, every query embedded afresh: what a benchmark of the
   * cost of a new query measures. Empty when none is there or the switch is off.
   *
   * @throws IllegalStateException saying what to do when the one on the class path cannot start
   */
  public static Optional<Embedder> model() {
    if ("off".equals(System.getProperty(SWITCH, "").toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    try {
      return ServiceLoader.load(Embedder.class).findFirst();
    } catch (ServiceConfigurationError e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException(
          "the matching by meaning on the class path could not start ("
              + cause
              + "); give Java more memory (-Xmx256m) or pass --no-semantic",
          e);
    }
  }
}
