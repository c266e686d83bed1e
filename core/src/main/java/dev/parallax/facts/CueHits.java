package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
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
  private final Map<Integer, List<CueHit>> byStart = new HashMap<>();

  CueHits(AnalyzedText text, List<CueHit> hits) {
    this.text = text;
    this.all = List.copyOf(hits);
    for (CueHit h : all) {
      byFacet.computeIfAbsent(h.facet(), k -> new ArrayList<>()).add(h);
      byStart.computeIfAbsent(h.start(), k -> new ArrayList<>()).add(h);
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
    List<CueHit> out = new ArrayList<>();
    for (CueHit h : byStart.getOrDefault(start, List.of())) {
      if (h.facet().equals(facet)) {
        out.add(h);
      }
    }
    return out;
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
