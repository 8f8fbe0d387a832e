package org.dhrkb.contract;

import java.util.regex.Pattern;

/**
 * What a valid id or slug is: lower-case letters and digits in words joined by single hyphens
 * ({@code risk-local-caada-materials}). Item ids are permalinks, and theme and audience slugs are
 * file names and filter values, so both sides of the HTML contract hold them to this one rule.
 */
public final class Slug {
  /** The rule as a regular expression. */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The rule in words, for error messages. */
  public static final String RULE = "lower-case letters and digits, words joined by single hyphens";

  private Slug() {}

  /** Whether {@code value} is a valid id or slug. */
  public static boolean isValid(String value) {
    return value != null && PATTERN.matcher(value).matches();
  }
}
