package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
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
  private final List<CueHit> hits; // the same hits, read by index
  private final Map<String, Facet> byFacet = new HashMap<>();
  private static final int[] NO_STARTS = {};
  private final BitSet hitStarts; // chars where a hit starts: most words have none
  /** Per word, the index in {@link #all} of the first hit that starts at its first char, or -1. */
  private final int[] firstAtWord;

  /** The hits of one facet in text order, and their starts (for binary search). */
  private static final class Facet {
    final String key;
    int size;
    CueHit[] array;
    List<CueHit> hits;
    int[] starts;

    Facet(String key) {
      this.key = key;
    }
  }

  /** The hits of {@code text}, in text order; this object keeps {@code hits} (not copied). */
  CueHits(AnalyzedText text, List<CueHit> hits) {
    this.text = text;
    this.all = Collections.unmodifiableList(hits);
    this.hits = hits;
    int n = hits.size();
    // in text order: the last hit starts furthest, so the set is sized once
    this.hitStarts = new BitSet(n == 0 ? 0 : hits.get(n - 1).start() + 1);
    int words = text == null ? 0 : text.wordCount();
    this.firstAtWord = new int[words];
    Arrays.fill(firstAtWord, -1);
    int previous = Integer.MIN_VALUE;
    int w = 0; // words and hits both come in text order: one pass over each
    Facet[] recent = new Facet[64]; // by the low bits of a facet's hash, the last one met
    for (int i = 0; i < n; i++) { // counts the hits of each facet first
      CueHit h = hits.get(i);
      int start = h.start();
      if (start < previous) {
        throw new IllegalArgumentException("cue hits are not in text order");
      }
      previous = start;
      hitStarts.set(start);
      while (w < words && text.start(w) < start) {
        w++;
      }
      if (w < words && text.start(w) == start && firstAtWord[w] < 0) {
        firstAtWord[w] = i;
      }
      Facet f = facetOf(h, recent);
      if (f == null) {
        f = new Facet(h.facet());
        byFacet.put(h.facet(), f);
        recent[h.facet().hashCode() & (recent.length - 1)] = f;
      }
      f.size++;
    }
    for (Facet f : byFacet.values()) {
      f.array = new CueHit[f.size];
      f.starts = new int[f.size];
      f.hits = Collections.unmodifiableList(Arrays.asList(f.array));
      f.size = 0;
    }
    for (int i = 0; i < n; i++) {
      CueHit h = hits.get(i);
      Facet f = facetOf(h, recent);
      f.array[f.size] = h;
      f.starts[f.size] = h.start();
      f.size++;
    }
  }

  /**
   * The facet of hit {@code h}, or null when it has none yet. Facets are interned ({@link
   * dev.parallax.rules.Cue}): most hits find theirs among the facets met lately ({@code recent},
   * by the low bits of the facet's hash), by identity, without the map.
   */
  private Facet facetOf(CueHit h, Facet[] recent) {
    int slot = h.facet().hashCode() & (recent.length - 1);
    Facet f = recent[slot];
    if (f == null || f.key != h.facet()) {
      f = byFacet.get(h.facet());
      if (f != null) {
        recent[slot] = f;
      }
    }
    return f;
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

  /**
   * The words at whose first char the hits of {@code facet} start, in the order of {@link
   * #of(String)} (-1 for a hit that starts inside a word).
   */
  int[] words(String facet) {
    Facet f = byFacet.get(facet);
    if (f == null) {
      return NO_STARTS;
    }
    int words = text == null ? 0 : text.wordCount();
    int[] out = new int[f.size];
    int lo = 0; // the starts ascend: each search begins where the one before ended
    for (int i = 0; i < out.length; i++) {
      int start = f.starts[i];
      int hi = words;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (text.start(mid) < start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      out[i] = lo < words && text.start(lo) == start ? lo : -1;
    }
    return out;
  }

  /** The words at whose first char a hit of one of {@code facets} starts. */
  BitSet wordsWithAny(Collection<String> facets) {
    BitSet out = new BitSet(firstAtWord.length);
    for (String facet : facets) {
      for (int w : words(facet)) {
        if (w >= 0) {
          out.set(w);
        }
      }
    }
    return out;
  }

  /**
   * The index, in {@link #all}, of the first hit that starts at the first char of word {@code w},
   * or -1 when none does; the hits that start there follow it ({@link #hit}).
   */
  int firstAtWord(int w) {
    return firstAtWord[w];
  }

  /** Hit {@code i} of {@link #all}. */
  CueHit hit(int i) {
    return hits.get(i);
  }

  /** The number of hits. */
  int size() {
    return hits.size();
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
