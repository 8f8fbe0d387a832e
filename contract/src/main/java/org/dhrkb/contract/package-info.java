/**
 * The HTML contract between the generator, which writes the site, and the search server, which
 * reads it: item kinds, data attributes, and what a valid id, slug or acronym is. Named once here
 * so that neither side can drift from the other.
 */
package org.dhrkb.contract;
