/**
 * The search server's own runnable jar: {@link org.dhrkb.search.Main} reads the command line and
 * starts the server over a published site folder. Everything else lives in the packages below.
 */
package org.dhrkb.search;
