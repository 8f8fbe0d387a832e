package org.dhrkb.generator.opendata;

/** The publication the content reproduces and the licence it is reused under, named once. */
public final class Attribution {
  /** The source, as a reader would cite it. */
  public static final String CITATION =
      "Home Office (2013). Domestic Homicide Reviews: Common Themes Identified as Lessons to be"
          + " Learned. London: Home Office, November 2013.";

  public static final String LICENCE = "Open Government Licence v3.0";

  public static final String LICENCE_URL =
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

  /** The attribution statement the licence asks for. */
  public static final String STATEMENT =
      "Contains public sector information licensed under the Open Government Licence v3.0.";

  private Attribution() {}
}
