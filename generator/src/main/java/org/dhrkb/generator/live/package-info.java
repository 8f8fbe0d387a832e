/**
 * What a site built for {@code kb serve --watch} has on top of the published one: a script that
 * reloads an open page when the site is rebuilt. Never in a site built for publishing.
 */
package org.dhrkb.generator.live;
