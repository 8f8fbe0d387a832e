/**
 * Open data: the knowledge base as one JSON document described by a JSON Schema, and the local
 * suggestions as a checklist spreadsheet (CSV), each carrying the licence and the source's citation
 * ({@link org.dhrkb.generator.opendata.Attribution}).
 */
package org.dhrkb.generator.opendata;
