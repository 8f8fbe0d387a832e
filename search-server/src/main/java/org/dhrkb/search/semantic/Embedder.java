package org.dhrkb.search.semantic;

/**
 * A sentence-embedding model that turns text into a vector whose cosine with another says how close
 * their meanings are. Optional: the search works on words alone without one, and the standalone
 * search jar carries none. An implementation is found with {@link Embedders#find()}.
 */
public interface Embedder {
  /** The model's name; part of the index's fingerprint, so a change of model reindexes. */
  String name();

  /** The vector of a query, as the model wants queries phrased. */
  float[] embedQuery(String text);

  /** The vector of an item's text, as the model wants passages phrased. */
  float[] embedPassage(String text);
}
