/**
 * The {@code kb} command line: build, check, index and serve the knowledge base. Commands take the
 * output and error writers and return an exit code; only {@link org.dhrkb.cli.Main#main} exits the
 * JVM.
 */
package org.dhrkb.cli;
