/**
 * The content model and its loader: themes, items, the glossary and audiences read from the content
 * files, validated with {@code file:line:col} errors. Owns the content contract of {@code
 * docs/contracts.md}. {@link org.dhrkb.generator.content.ContentLoader} is the entry: one reader
 * per kind of file fills a model of what was read and where, then one pass of cross-checks looks at
 * what spans files.
 */
package org.dhrkb.generator.content;
