/**
 * The generator: content in {@code site/} and templates in {@code templates/} to the static site.
 * {@link org.dhrkb.generator.Generator} is the one entry point; the steps live in {@code content}
 * (load and validate), {@code bake} (JBake and the stylesheet), {@code enrich} (changes to the
 * baked HTML) and {@code publish} (the atomic swap).
 */
package org.dhrkb.generator;
