package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues found in one analysed text, looked up by facet and by word. Immutable once built.
 */
public final class CueHits {
  private final AnalyzedText text;
  private final List<CueHit> all;
  private final Map<String, Facet> byFacet = new HashMap<>();
  private static final int[] NO_STARTS = {};
  private final BitSet hitStarts; // chars where a hit starts: most words have none

  /** The hits of one facet in text order, and their starts (for binary search). */
  private static final class Facet {
    int size;
    CueHit[] array;
    List<CueHit> hits;
    int[] starts;
  }

  /** The hits of {@code text}, in text order; this object keeps {@code hits} (not copied). */
  CueHits(AnalyzedText text, List<CueHit> hits) {
    this.text = text;
    this.all = Collections.unmodifiableList(hits);
    // in text order: the last hit starts furthest, so the set is sized once
    this.hitStarts = new BitSet(hits.isEmpty() ? 0 : hits.get(hits.size() - 1).start() + 1);
    int previous = Integer.MIN_VALUE;
    for (int i = 0; i < hits.size(); i++) { // counts the hits of each facet first
      CueHit h = hits.get(i);
      if (h.start() < previous) {
        throw new IllegalArgumentException("cue hits are not in text order");
      }
      previous = h.start();
      hitStarts.set(h.start());
      Facet f = byFacet.get(h.facet());
      if (f == null) {
        f = new Facet();
        byFacet.put(h.facet(), f);
      }
      f.size++;
    }
    for (Facet f : byFacet.values()) {
      f.array = new CueHit[f.size];
      f.starts = new int[f.size];
      f.hits = Collections.unmodifiableList(Arrays.asList(f.array));
      f.size = 0;
    }
    for (int i = 0; i < hits.size(); i++) {
      CueHit h = hits.get(i);
      Facet f = byFacet.get(h.facet());
      f.array[f.size] = h;
      f.starts[f.size] = h.start();
      f.size++;
    }
  }

  /** The analysed text. */
  public AnalyzedText text() {
    return text;
  }

  /** Every hit, in text order. */
  public List<CueHit> all() {
    return all;
  }

  /** The hits of one facet, in text order. */
  public List<CueHit> of(String facet) {
    Facet f = byFacet.get(facet);
    return f == null ? List.of() : f.hits;
  }

  /**
   * The hits of one facet that start in {@code [from, to)}, in text order: found by binary search,
   * so reading a text's sentences one by one costs no more than reading the hits once.
   */
  public List<CueHit> of(String facet, int from, int to) {
    Facet f = byFacet.get(facet);
    if (f == null || to <= from) {
      return List.of();
    }
    int lo = firstAtOrAfter(f.starts, from);
    int hi = firstAtOrAfter(f.starts, to);
    return f.hits.subList(lo, hi);
  }

  /**
   * The chars where the hits of {@code facet} start, ascending (a char twice where two hits
   * start there); the array is this object's own and must not be changed.
   */
  int[] starts(String facet) {
    Facet f = byFacet.get(facet);
    return f == null ? NO_STARTS : f.starts;
  }

  /** Whether any hit starts at char {@code start}. */
  boolean anyAt(int start) {
    return start >= 0 && hitStarts.get(start);
  }

  /** The hits of {@code facet} that start at char {@code start} (a word's first char). */
  public List<CueHit> at(int start, String facet) {
    if (start < 0 || !hitStarts.get(start)) {
      return List.of();
    }
    Facet f = byFacet.get(facet);
    if (f == null) {
      return List.of();
    }
    int first = firstAtOrAfter(f.starts, start);
    int end = first;
    while (end < f.starts.length && f.starts[end] == start) {
      end++;
    }
    return first == end ? List.of() : f.hits.subList(first, end);
  }

  private static int firstAtOrAfter(int[] starts, int start) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "CueHits[" + all.size() + " hits, facets " + byFacet.keySet() + "]";
  }
}
