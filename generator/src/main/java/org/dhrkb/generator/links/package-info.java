/**
 * External links: checking them over HTTP ({@link org.dhrkb.generator.links.LinkChecker}) and the
 * record of the last check ({@link org.dhrkb.generator.links.LinkReport}, {@code site/links.tsv})
 * from which the site prints when each link was last seen working and builds the maintainers' link
 * page.
 */
package org.dhrkb.generator.links;
