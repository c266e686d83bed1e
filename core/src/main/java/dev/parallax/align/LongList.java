package dev.parallax.align;

import java.util.Arrays;

/** A growable list of longs, unboxed: the candidate pairs the index proposes, as keys. */
final class LongList {
  private long[] items = new long[64];
  private int size;

  void add(long x) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = x;
  }

  long[] toSortedDistinct() {
    long[] out = Arrays.copyOf(items, size);
    Arrays.sort(out);
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      if (k == 0 || out[i] != out[k - 1]) {
        out[k++] = out[i];
      }
    }
    return Arrays.copyOf(out, k);
  }
}
