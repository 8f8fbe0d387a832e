/**
 * Querying: turns what a practitioner typed into a Lucene query (text, not syntax), runs it over
 * the current index generation, and returns ranked, highlighted, faceted results with a "did you
 * mean" when the results are poor.
 */
package org.dhrkb.search.query;
