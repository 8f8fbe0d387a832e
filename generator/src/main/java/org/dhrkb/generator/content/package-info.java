/**
 * The content model and its loader: themes, items, the glossary and audiences read from the content
 * files, validated with {@code file:line:col} errors. Owns the content contract of {@code
 * docs/contracts.md}.
 */
package org.dhrkb.generator.content;
