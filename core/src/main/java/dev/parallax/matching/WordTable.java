package dev.parallax.matching;

import java.util.Map;

/**
 * A read-only map from words to values for the lookups a scan makes at every word: open addressing
 * over parallel arrays (each key's hash, the key, its value), at most half full. A key is found by
 * identity first (the scan's stems and terms are the canonical strings the compiled packs hold) and
 * a probe past another key compares the stored hashes, not the strings, so a lookup reads no node
 * and, mostly, no key other than its own. Immutable once built.
 *
 * @param <V> the values
 */
final class WordTable<V> {
  private final int[] hashes;
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  /** The entries of {@code map}. */
  WordTable(Map<String, V> map) {
    int n = 16;
    while (n < 2 * map.size()) {
      n *= 2;
    }
    hashes = new int[n];
    keys = new String[n];
    values = new Object[n];
    mask = n - 1;
    map.forEach((key, value) -> {
      int h = key.hashCode();
      int i = slot(h) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = key;
      values[i] = value;
    });
  }

  /** The value of {@code key}, or null when it has none. */
  @SuppressWarnings("unchecked")
  V get(String key) {
    int h = key.hashCode();
    for (int i = slot(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (k == key || hashes[i] == h && k.equals(key)) {
        return (V) values[i];
      }
    }
  }

  /** Spreads a hash over the slots (the hashes of short words differ mostly in their low bits). */
  private static int slot(int h) {
    int m = h * 0x9E3779B9;
    return m ^ (m >>> 16);
  }
}
