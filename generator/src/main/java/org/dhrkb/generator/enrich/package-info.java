/** Changes made to the baked HTML, page by page, with jsoup: acronyms marked up on first use. */
package org.dhrkb.generator.enrich;
