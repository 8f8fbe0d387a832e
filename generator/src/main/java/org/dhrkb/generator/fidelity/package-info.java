/**
 * The 2013 publication as the measure of the content: a parser of its Markdown ({@link
 * org.dhrkb.generator.fidelity.SourcePublication}) and the check that every lesson, national
 * action, local suggestion, footnote and link of it is in the content word for word ({@link
 * org.dhrkb.generator.fidelity.FidelityCheck}). {@code kb check} and the FidelityIT test share
 * them.
 */
package org.dhrkb.generator.fidelity;
