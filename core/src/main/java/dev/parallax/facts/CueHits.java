package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.BitSet;
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
  private final BitSet hitStarts = new BitSet(); // chars where a hit starts: most words have none

  /** The hits of one facet in text order, and their starts (for binary search). */
  private static final class Facet {
    final List<CueHit> hits = new ArrayList<>();
    int[] starts;
  }

  CueHits(AnalyzedText text, List<CueHit> hits) {
    this.text = text;
    this.all = List.copyOf(hits);
    int previous = Integer.MIN_VALUE;
    for (CueHit h : all) {
      if (h.start() < previous) {
        throw new IllegalArgumentException("cue hits are not in text order");
      }
      previous = h.start();
      hitStarts.set(h.start());
      byFacet.computeIfAbsent(h.facet(), k -> new Facet()).hits.add(h);
    }
    for (Facet f : byFacet.values()) {
      f.starts = new int[f.hits.size()];
      for (int i = 0; i < f.starts.length; i++) {
        f.starts[i] = f.hits.get(i).start();
      }
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
    List<CueHit> out = List.of();
    for (int i = firstAtOrAfter(f.starts, start); i < f.starts.length && f.starts[i] == start;
        i++) {
      if (out.isEmpty()) {
        out = new ArrayList<>(2);
      }
      out.add(f.hits.get(i));
    }
    return out;
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
