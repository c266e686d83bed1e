package dev.parallax.matching;

import java.util.Arrays;

/**
 * The raw matches of one scan, before {@link PackMatcher} orders and prunes them: a rule index,
 * a start and an end per match, held in parallel growable arrays, so that a scan that finds a
 * match at nearly every word makes no object per match. The start and the end (both offsets, never
 * negative) are one {@code long}, the start in its high half, so that one comparison orders two
 * matches by start, then end. Cleared and filled again sentence by
 * sentence, its arrays (and the order's) are sized by the longest sentence, not by the text. Not
 * thread-safe: one per scan.
 */
final class FoundSpans {
  private int[] rules = new int[64];
  private long[] spans = new long[64]; // start << 32 | end
  private int[] order = new int[64];
  private int[] scratch = new int[64];
  private int size;
  private int maxStart = Integer.MIN_VALUE;

  /** Adds that rule {@code rule} matched at {@code [start, end)}. */
  void add(int rule, int start, int end) {
    if (size == rules.length) {
      int n = size * 2;
      rules = Arrays.copyOf(rules, n);
      spans = Arrays.copyOf(spans, n);
    }
    rules[size] = rule;
    spans[size] = (long) start << 32 | (end & 0xFFFF_FFFFL);
    size++;
    maxStart = Math.max(maxStart, start);
  }

  /** Drops every match (the arrays stay, for the next ones). */
  void clear() {
    size = 0;
    maxStart = Integer.MIN_VALUE;
  }

  /** The latest start of a match, or {@link Integer#MIN_VALUE} when there is none. */
  int maxStart() {
    return maxStart;
  }

  /** The number of matches added. */
  int size() {
    return size;
  }

  /** The rule of match {@code i}, in the order added. */
  int rule(int i) {
    return rules[i];
  }

  /** The first char of match {@code i}. */
  int start(int i) {
    return (int) (spans[i] >>> 32);
  }

  /** The end (exclusive) of match {@code i}. */
  int end(int i) {
    return (int) spans[i];
  }

  /**
   * The indices of the matches ordered by start, then end, then rule, in the first {@link #size}
   * slots of an array this object reuses (valid until the next call of {@code add}, {@code clear}
   * or {@code order}); equal matches keep the order they were added in. Matches come nearly in
   * order, as a scan finds them (a few ends out of order at one word, a sentence's shapes after
   * its words): an insertion sort puts them in order with about one comparison each and a move per
   * step out of place. Past a budget of moves linear in the size it gives up for a merge sort, so
   * no input costs more than {@code n log n}; both are stable, so the order is the same.
   */
  int[] order() {
    if (order.length < size) {
      order = new int[rules.length];
      scratch = new int[rules.length];
    }
    int[] a = order;
    long budget = 8L * size + 64; // moves before the merge sort takes over
    for (int i = 0; i < size; i++) {
      int j = i;
      while (j > 0 && compare(a[j - 1], i) > 0) {
        a[j] = a[j - 1];
        j--;
      }
      a[j] = i;
      budget -= i - j;
      if (budget < 0) {
        return mergeSorted();
      }
    }
    return a;
  }

  /**
   * {@link #order} by a merge sort that merges two runs only when they are out of order, for the
   * rare batch too far out of order for the insertion sort.
   */
  private int[] mergeSorted() {
    int[] a = order;
    for (int i = 0; i < size; i++) {
      a[i] = i;
    }
    int[] b = scratch;
    for (int width = 1; width < size; width *= 2) {
      for (int lo = 0; lo < size; lo += 2 * width) {
        int mid = Math.min(lo + width, size);
        int hi = Math.min(lo + 2 * width, size);
        if (mid >= hi || compare(a[mid - 1], a[mid]) <= 0) {
          System.arraycopy(a, lo, b, lo, hi - lo); // the two runs are in order already
          continue;
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          b[k++] = compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        }
        System.arraycopy(a, i, b, k, mid - i);
        System.arraycopy(a, j, b, k + mid - i, hi - j);
      }
      int[] swap = a;
      a = b;
      b = swap;
    }
    order = a;
    scratch = b;
    return a;
  }

  private int compare(int i, int j) {
    long a = spans[i];
    long b = spans[j];
    if (a != b) {
      return a < b ? -1 : 1; // by start, then end: both are never negative
    }
    return Integer.compare(rules[i], rules[j]);
  }
}
