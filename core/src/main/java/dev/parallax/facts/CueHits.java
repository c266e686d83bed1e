package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cues found in one analysed text, looked up by facet and by word. Immutable once built.
 */
public final class CueHits {
  private final AnalyzedText text;
  private final List<CueHit> all;
  private final Map<String, List<CueHit>> byFacet = new HashMap<>();
  private final int[] starts; // of all, in order: hits at one start are found by binary search
  private final BitSet hitStarts = new BitSet(); // chars where a hit starts: most words have none

  CueHits(AnalyzedText text, List<CueHit> hits) {
    this.text = text;
    this.all = List.copyOf(hits);
    this.starts = new int[all.size()];
    for (int i = 0; i < starts.length; i++) {
      CueHit h = all.get(i);
      starts[i] = h.start();
      hitStarts.set(h.start());
      if (i > 0 && starts[i] < starts[i - 1]) {
        throw new IllegalArgumentException("cue hits are not in text order");
      }
      byFacet.computeIfAbsent(h.facet(), k -> new ArrayList<>()).add(h);
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
    return byFacet.getOrDefault(facet, List.of());
  }

  /** The hits of {@code facet} that start at char {@code start} (a word's first char). */
  public List<CueHit> at(int start, String facet) {
    List<CueHit> out = List.of();
    if (start < 0 || !hitStarts.get(start)) {
      return out;
    }
    for (int i = firstAtOrAfter(start); i < starts.length && starts[i] == start; i++) {
      CueHit h = all.get(i);
      if (h.facet().equals(facet)) {
        if (out.isEmpty()) {
          out = new ArrayList<>(2);
        }
        out.add(h);
      }
    }
    return out;
  }

  private int firstAtOrAfter(int start) {
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

  /** The longest hit of {@code facet} starting at word {@code w}, if any. */
  public Optional<CueHit> longestAt(int w, String facet) {
    CueHit best = null;
    for (CueHit h : at(text.start(w), facet)) {
      if (best == null || h.end() > best.end()) {
        best = h;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public String toString() {
    return "CueHits[" + all.size() + " hits, facets " + byFacet.keySet() + "]";
  }
}
