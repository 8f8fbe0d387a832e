/**
 * Indexing: reads the published site with jsoup, turns every item into a Lucene document through
 * the analysis chain made for this content, and keeps the index on disk in generations that are
 * swapped in atomically when the site changes.
 */
package org.dhrkb.search.index;
