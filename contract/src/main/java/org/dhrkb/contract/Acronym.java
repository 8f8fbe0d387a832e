package org.dhrkb.contract;

import java.util.regex.Pattern;

/**
 * What counts as an acronym: a word of two or more capitals, digits allowed after the first ({@code
 * MARAC}, {@code QS116}, {@code CAADA}), optionally with a plural {@code s} ({@code MARACs}). The
 * generator refuses any such word that the glossary does not define; the search server never
 * fuzzy-matches one.
 */
public final class Acronym {
  /** The capitals of an acronym, as a regular expression without anchors. */
  public static final String CAPITALS = "[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*";

  private static final Pattern WORD = Pattern.compile(CAPITALS + "s?");

  private Acronym() {}

  /**
   * Whether {@code word} is written as an acronym: {@code MARAC} or {@code MARACs}, not SafeLives.
   */
  public static boolean isAcronym(String word) {
    return word != null && WORD.matcher(word).matches();
  }
}
