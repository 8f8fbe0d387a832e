/**
 * Optional semantic matching: the interface a sentence-embedding model implements to add, beside
 * the words, the items whose meaning is close to a query's. The model itself lives in the {@code
 * semantic} module.
 */
package org.dhrkb.search.semantic;
