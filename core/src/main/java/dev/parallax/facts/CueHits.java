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
 * parallel arrays (the index of the cue in its {@link CueTable}, its start and its end); a {@link
 * CueHit} is made only for the facets read as lists ({@link #of}, {@link #at}), on their first
 * read. Made for one text and read by one thread; not changed once built.
 */
public final class CueHits {
  private static final int[] NO_INTS = {};

  private final AnalyzedText text;
  private final CueTable table;
  private final int size;
  private final int[] cueOf; // per hit: the index of its cue in the table
  private final int[] starts;
  private final int[] ends;
  private final Facet[] byFacet; // by the table's number of the facet, or null when no hit has it
  private final BitSet hitStarts; // chars where a hit starts: most words have none
  /** Per word, the index of the first hit that starts at its first char, or -1. */
  private final int[] firstAtWord;
  /** Per hit, the word at whose first char it starts, or -1 (a hit inside a word). */
  private final int[] wordOf;
  private List<CueHit> all; // made on first use

  /** The hits of one facet in text order: their indices (searched by their starts). */
  private static final class Facet {
    final int[] hits;
    int size;
    List<CueHit> list; // made on first use

    Facet(int count) {
      this.hits = new int[count];
    }
  }

  /**
   * Cues as a scan finds them, in text order, gathered into growing arrays (no object a hit), with
   * the hits of each facet counted as they come: {@link FactCues#gatherInto} adds to it, {@link
   * FactCues#gathered} reads it. For one scan.
   */
  public static final class Gathered {
    private final CueTable table;
    private final int[] perFacet; // by the table's number of the facet: its hits so far
    private int[] cues; // the index of each hit's cue in the table
    private int[] starts;
    private int[] ends;
    private int size;

    /** Room for about {@code expected} hits of the cues of {@code table} (it grows past them). */
    Gathered(CueTable table, int expected) {
      int n = Math.max(expected, 8);
      this.table = table;
      this.perFacet = new int[table.facetCount()];
      cues = new int[n];
      starts = new int[n];
      ends = new int[n];
    }

    /** Adds a hit of cue {@code cue} (its index in the table, a cue's, not a rule's). */
    void add(int cue, int start, int end) {
      add(cue, table.facetOf(cue), start, end);
    }

    /** {@link #add(int, int, int)} with the cue's facet number {@code facet} already read. */
    void add(int cue, int facet, int start, int end) {
      if (size == cues.length) {
        int n = size + (size >> 1) + 1;
        cues = Arrays.copyOf(cues, n);
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
      }
      cues[size] = cue;
      starts[size] = start;
      ends[size] = end;
      size++;
      perFacet[facet]++;
    }

    /** The table whose cues this gathers. */
    CueTable table() {
      return table;
    }
  }

  /** The hits of {@code text}, in text order (for tests). */
  CueHits(AnalyzedText text, List<CueHit> hits) {
    this(text, gather(hits));
  }

  private static Gathered gather(List<CueHit> hits) {
    List<Cue> cues = new ArrayList<>(hits.size());
    for (CueHit h : hits) {
      cues.add(new Cue(h.cue(), h.facet(), h.value().isEmpty() ? Optional.empty()
          : Optional.of(h.value()), List.of(), List.of(), false, Optional.empty(), List.of(), 0));
    }
    Gathered g = new Gathered(CueTable.of(cues), hits.size());
    for (int i = 0; i < hits.size(); i++) {
      g.add(i, hits.get(i).start(), hits.get(i).end());
    }
    return g;
  }

  /** The hits of {@code text} that {@code g} gathered, in text order; keeps g's arrays. */
  CueHits(AnalyzedText text, Gathered g) {
    this.text = text;
    this.table = g.table;
    this.size = g.size;
    this.cueOf = g.cues;
    this.starts = g.starts;
    this.ends = g.ends;
    int n = size;
    // in text order: the last hit starts furthest, so the set is sized once
    this.hitStarts = new BitSet(n == 0 ? 0 : starts[n - 1] + 1);
    int words = text == null ? 0 : text.wordCount();
    this.firstAtWord = new int[words];
    Arrays.fill(firstAtWord, -1);
    this.wordOf = new int[n];
    this.byFacet = new Facet[g.perFacet.length];
    for (int f = 0; f < byFacet.length; f++) { // counted as gathered: each sized at once
      if (g.perFacet[f] > 0) {
        byFacet[f] = new Facet(g.perFacet[f]);
      }
    }
    int previous = Integer.MIN_VALUE;
    int w = 0; // words and hits both come in text order: one pass over each
    for (int i = 0; i < n; i++) {
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
      Facet f = byFacet[table.facetOf(cueOf[i])];
      f.hits[f.size++] = i;
    }
  }

  /** The hits of facet {@code facet}, or null when none has it. */
  private Facet find(String facet) {
    int f = table.number(facet);
    return f < 0 ? null : byFacet[f];
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
    return new CueHit(facet(i), value(i), table.cue(cueOf[i]).id(), starts[i], ends[i]);
  }

  private static List<CueHit> list(Facet f, CueHits owner) {
    List<CueHit> l = f.list;
    if (l == null) {
      CueHit[] made = new CueHit[f.hits.length];
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
    Facet f = find(facet);
    return f == null ? List.of() : list(f, this);
  }

  /**
   * The hits of one facet that start in {@code [from, to)}, in text order: found by binary search,
   * so reading a text's sentences one by one costs no more than reading the hits once.
   */
  public List<CueHit> of(String facet, int from, int to) {
    Facet f = find(facet);
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
    Facet f = find(facet);
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

  /**
   * The number of facet {@code facet} among the cues these hits come from, or -1 when no cue
   * signals it: compared with {@link #facetNumber(int)}, it tells a hit's facet by one int.
   */
  int facetNumber(String facet) {
    return table.number(facet);
  }

  /** The number of the facet of hit {@code i} ({@link #facetNumber(String)}). */
  int facetNumber(int i) {
    return table.facetOf(cueOf[i]);
  }

  /** The facet of hit {@code i} (interned). */
  String facet(int i) {
    return table.facet(table.facetOf(cueOf[i]));
  }

  /** The value of hit {@code i}, or "" when its cue gives none. */
  String value(int i) {
    Optional<String> v = table.cue(cueOf[i]).value();
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
    Facet f = find(facet);
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
    Facet f = find(facet);
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
      named.add(facet(i));
    }
    return "CueHits[" + size + " hits, facets " + named + "]";
  }
}
