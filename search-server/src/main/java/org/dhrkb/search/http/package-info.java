/**
 * HTTP: the Javalin server that serves the published site as static files and the search API and
 * results page, with the security headers every response carries.
 */
package org.dhrkb.search.http;
