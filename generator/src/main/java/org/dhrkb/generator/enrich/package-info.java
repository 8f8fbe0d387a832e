/**
 * Changes made to the baked HTML, page by page, with jsoup: acronyms marked up on first use, and
 * every root-relative address moved under the base path when the site is hosted under one.
 */
package org.dhrkb.generator.enrich;
