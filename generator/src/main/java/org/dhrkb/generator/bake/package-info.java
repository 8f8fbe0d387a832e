/**
 * Rendering: JBake bakes the content through the Freemarker templates with the knowledge base in
 * the model, and GOV.UK Frontend is compiled from Sass into the site's stylesheet.
 */
package org.dhrkb.generator.bake;
