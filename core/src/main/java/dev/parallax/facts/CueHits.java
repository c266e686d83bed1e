package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.rules.Cue;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cues found in one analysed text, looked up by facet and by word. The hits are held in
 * parallel arrays (the cue, its start and its end); a {@link CueHit} is made only for the facets
 * read as lists ({@link #of}, {@link #at}), on their first read. Made for one text and read by
 * one thread; not changed once built.
 */
public final class CueHits {
  private static final int[] NO_INTS = {};

  private final AnalyzedText text;
  private final int size;
  private final Cue[] cues;
  private final String[] facetOf; // per hit: its cue's facet (read at every hit, the cue not)
  private final int[] starts;
  private final int[] ends;
  private final Facets byFacet = new Facets();
  private final BitSet hitStarts; // chars where a hit starts: most words have none
  /** Per word, the index of the first hit that starts at its first char, or -1. */
  private final int[] firstAtWord;
  /** Per hit, the word at whose first char it starts, or -1 (a hit inside a word). */
  private final int[] wordOf;
  private List<CueHit> all; // made on first use

  /** The hits of one facet in text order: their indices (searched by their starts). */
  private static final class Facet {
    final String key;
    int size;
    int[] hits;
    List<CueHit> list; // made on first use

    Facet(String key) {
      this.key = key;
    }
  }

  /**
   * Cues as a scan finds them, in text order, gathered into growing arrays (no object a hit):
   * {@link FactCues#gatherInto} adds to it, {@link FactCues#gathered} reads it. For one scan.
   */
  public static final class Gathered {
    private Cue[] cues;
    private String[] facets; // of the cues, read here while the cue is at hand
    private int[] starts;
    private int[] ends;
    private int size;

    /** Room for about {@code expected} hits (it grows past them). */
    public Gathered(int expected) {
      int n = Math.max(expected, 8);
      cues = new Cue[n];
      facets = new String[n];
      starts = new int[n];
      ends = new int[n];
    }

    void add(Cue cue, int start, int end) {
      if (size == cues.length) {
        int n = size + (size >> 1) + 1;
        cues = Arrays.copyOf(cues, n);
        facets = Arrays.copyOf(facets, n);
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
      }
      cues[size] = cue;
      facets[size] = cue.facet();
      starts[size] = start;
      ends[size] = end;
      size++;
    }
  }

  /** The hits of {@code text}, in text order (for tests and {@link FactCues#hits}). */
  CueHits(AnalyzedText text, List<CueHit> hits) {
    this(text, gather(hits));
  }

  private static Gathered gather(List<CueHit> hits) {
    Gathered g = new Gathered(hits.size());
    for (CueHit h : hits) {
      g.add(new Cue(h.cue(), h.facet(), h.value().isEmpty() ? Optional.empty()
          : Optional.of(h.value()), List.of(), List.of(), false, Optional.empty(), List.of(), 0),
          h.start(), h.end());
    }
    return g;
  }

  /** The hits of {@code text} that {@code g} gathered, in text order; keeps g's arrays. */
  CueHits(AnalyzedText text, Gathered g) {
    this.text = text;
    this.size = g.size;
    this.cues = g.cues;
    this.facetOf = g.facets;
    this.starts = g.starts;
    this.ends = g.ends;
    int n = size;
    // in text order: the last hit starts furthest, so the set is sized once
    this.hitStarts = new BitSet(n == 0 ? 0 : starts[n - 1] + 1);
    int words = text == null ? 0 : text.wordCount();
    this.firstAtWord = new int[words];
    Arrays.fill(firstAtWord, -1);
    this.wordOf = new int[n];
    int previous = Integer.MIN_VALUE;
    int w = 0; // words and hits both come in text order: one pass over each
    Facets facets = byFacet;
    for (int i = 0; i < n; i++) { // counts the hits of each facet first
      int start = starts[i];
      if (start < previous) {
        throw new IllegalArgumentException("cue hits are not in text order");
      }
      previous = start;
      hitStarts.set(start);
      while (w < words && text.start(w) < start) {
        w++;
      }
      if (w < words && text.start(w) == start) {
        wordOf[i] = w;
        if (firstAtWord[w] < 0) {
          firstAtWord[w] = i;
        }
      } else {
        wordOf[i] = -1;
      }
      String facet = facetOf[i];
      Facet f = facets.get(facet);
      if (f == null) {
        f = new Facet(facet);
        facets.add(f);
      }
      f.size++;
    }
    for (Facet f : facets.slots) {
      if (f != null) {
        f.hits = new int[f.size];
        f.size = 0;
      }
    }
    for (int i = 0; i < n; i++) {
      Facet f = facets.get(facetOf[i]);
      f.hits[f.size] = i;
      f.size++;
    }
  }

  /**
   * The facets of the hits: facets are interned ({@link dev.parallax.rules.Cue}), so a hit finds
   * its facet by its hash and a few identity checks (open addressing, at most half full), without
   * a map's {@code equals}; the extractors ask with literals (interned too) and are answered by
   * identity as well, by {@code equals} only for a facet named by a string of their own. Filled
   * by the construction, read only afterwards.
   */
  private static final class Facets {
    private Facet[] slots = new Facet[256];
    private int count;

    /** The facet {@code key}, an interned string, or null. */
    Facet get(String key) {
      int mask = slots.length - 1;
      for (int i = mix(key.hashCode()) & mask; ; i = (i + 1) & mask) {
        Facet f = slots[i];
        if (f == null || f.key == key) {
          return f;
        }
      }
    }

    /** The facet named {@code key}, any string equal to it, or null. */
    Facet find(String key) {
      int mask = slots.length - 1;
      for (int i = mix(key.hashCode()) & mask; ; i = (i + 1) & mask) {
        Facet f = slots[i];
        if (f == null || f.key == key || f.key.equals(key)) {
          return f;
        }
      }
    }

    void add(Facet f) {
      if (2 * (count + 1) > slots.length) {
        Facet[] old = slots;
        slots = new Facet[old.length * 2];
        for (Facet o : old) {
          if (o != null) {
            put(o);
          }
        }
      }
      put(f);
      count++;
    }

    private void put(Facet f) {
      int mask = slots.length - 1;
      int i = mix(f.key.hashCode()) & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = f;
    }

    private static int mix(int h) {
      return h ^ (h >>> 16);
    }
  }

  /** The analysed text. */
  public AnalyzedText text() {
    return text;
  }

  /** Every hit, in text order. */
  public List<CueHit> all() {
    List<CueHit> a = all;
    if (a == null) {
      List<CueHit> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(make(i));
      }
      a = Collections.unmodifiableList(out);
      all = a;
    }
    return a;
  }

  private CueHit make(int i) {
    return new CueHit(facetOf[i], value(i), cues[i].id(), starts[i], ends[i]);
  }

  private static List<CueHit> list(Facet f, CueHits owner) {
    List<CueHit> l = f.list;
    if (l == null) {
      CueHit[] made = new CueHit[f.size];
      for (int k = 0; k < made.length; k++) {
        made[k] = owner.make(f.hits[k]);
      }
      l = Collections.unmodifiableList(Arrays.asList(made));
      f.list = l;
    }
    return l;
  }

  /** The hits of one facet, in text order. */
  public List<CueHit> of(String facet) {
    Facet f = byFacet.find(facet);
    return f == null ? List.of() : list(f, this);
  }

  /**
   * The hits of one facet that start in {@code [from, to)}, in text order: found by binary search,
   * so reading a text's sentences one by one costs no more than reading the hits once.
   */
  public List<CueHit> of(String facet, int from, int to) {
    Facet f = byFacet.find(facet);
    if (f == null || to <= from) {
      return List.of();
    }
    int lo = firstAtOrAfter(f.hits, from);
    int hi = firstAtOrAfter(f.hits, to);
    return lo == hi ? List.of() : list(f, this).subList(lo, hi);
  }

  /**
   * The indices of the hits of {@code facet} ({@link #start}, {@link #end}, {@link #value},
   * {@link #word}), in text order; the array is this object's own and must not be changed.
   */
  int[] indices(String facet) {
    Facet f = byFacet.find(facet);
    return f == null ? NO_INTS : f.hits;
  }

  /** The words at whose first char a hit of one of {@code facets} starts. */
  BitSet wordsWithAny(Collection<String> facets) {
    BitSet out = new BitSet(firstAtWord.length);
    for (String facet : facets) {
      for (int i : indices(facet)) {
        if (wordOf[i] >= 0) {
          out.set(wordOf[i]);
        }
      }
    }
    return out;
  }

  /** The word at whose first char hit {@code i} starts, or -1 when it starts inside a word. */
  int word(int i) {
    return wordOf[i];
  }

  /**
   * The index of the first hit that starts at the first char of word {@code w}, or -1 when none
   * does; the hits that start there follow it.
   */
  int firstAtWord(int w) {
    return firstAtWord[w];
  }

  /** The facet of hit {@code i} (interned). */
  String facet(int i) {
    return facetOf[i];
  }

  /** The value of hit {@code i}, or "" when its cue gives none. */
  String value(int i) {
    Optional<String> v = cues[i].value();
    return v.isPresent() ? v.get() : "";
  }

  /** The first char of hit {@code i}. */
  int start(int i) {
    return starts[i];
  }

  /** The end (exclusive) of hit {@code i}. */
  int end(int i) {
    return ends[i];
  }

  /** The number of hits. */
  int size() {
    return size;
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
    Facet f = byFacet.find(facet);
    if (f == null) {
      return List.of();
    }
    int first = firstAtOrAfter(f.hits, start);
    int end = first;
    while (end < f.hits.length && starts[f.hits[end]] == start) {
      end++;
    }
    return first == end ? List.of() : list(f, this).subList(first, end);
  }

  /** Whether a hit of {@code facet} starts at char {@code start} (a word's first char). */
  boolean anyAt(int start, String facet) {
    if (start < 0 || !hitStarts.get(start)) {
      return false;
    }
    Facet f = byFacet.find(facet);
    if (f == null) {
      return false;
    }
    return startsAt(f.hits, start);
  }

  /**
   * Whether one of {@code hits} (the indices of a facet's hits, {@link #indices}) starts at char
   * {@code start}.
   */
  boolean startsAt(int[] hits, int start) {
    int first = firstAtOrAfter(hits, start);
    return first < hits.length && starts[hits[first]] == start;
  }

  /** The first of {@code hits} (indices, in text order) that starts at or after {@code start}. */
  private int firstAtOrAfter(int[] hits, int start) {
    int lo = 0;
    int hi = hits.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[hits[mid]] < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    Set<String> named = new HashSet<>(); // the facets, in the order a hash set gives them
    for (int i = 0; i < size; i++) {
      named.add(facetOf[i]);
    }
    return "CueHits[" + size + " hits, facets " + named + "]";
  }
}
