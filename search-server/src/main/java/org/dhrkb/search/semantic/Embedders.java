package org.dhrkb.search.semantic;

import java.util.Locale;
import java.util.Optional;
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

  /** The embedder to use, or empty when none is on the class path or the switch is off. */
  public static Optional<Embedder> find() {
    if ("off".equals(System.getProperty(SWITCH, "").toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return ServiceLoader.load(Embedder.class).findFirst();
  }
}
