/**
 * Benchmarks only: the scaled corpus and the measurements behind {@code kb bench}. Nothing here is
 * used when the site is built or served.
 */
package org.dhrkb.cli.bench;
