/**
 * Relevance measurement: judged practitioner queries run through the real search, scored with
 * nDCG@10 and success@1, so ranking changes are measured rather than guessed.
 */
package org.dhrkb.search.relevance;
