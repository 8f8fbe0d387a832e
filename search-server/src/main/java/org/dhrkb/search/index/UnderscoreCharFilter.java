package org.dhrkb.search.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads underscores as spaces, so that words joined in addresses and file names (MASH_Product.pdf)
 * are split. One character for one: offsets need no correction, and unlike a {@code
 * MappingCharFilter} nothing is set up for each field of each document indexed.
 */
final class UnderscoreCharFilter extends CharFilter {
  UnderscoreCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    for (int i = offset; i < offset + read; i++) {
      if (buffer[i] == '_') {
        buffer[i] = ' ';
      }
    }
    return read;
  }

  @Override
  protected int correct(int offset) {
    return offset;
  }
}
