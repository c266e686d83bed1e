package dev.parallax.align;

import java.util.Arrays;

/** A growable list of ints, unboxed: the ids and kept pairs the align stage collects. */
final class IntList {
  private int[] items = new int[16];
  private int size;

  void add(int x) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = x;
  }

  int get(int k) {
    return items[k];
  }

  int[] toSorted() {
    int[] out = Arrays.copyOf(items, size);
    Arrays.sort(out);
    return out;
  }
}
