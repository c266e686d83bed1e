package dev.parallax.facts;

import dev.parallax.rules.Cue;
import dev.parallax.rules.PackEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues of a group of packs by their index in the group, as a scan numbers them (the packs'
 * entries one after another, {@link dev.parallax.matching.PackMatcher.Sink}), each with a small
 * number for its facet: a hit is filed under its facet by reading two arrays, where it took a hash
 * lookup of the facet's name at every hit before. Built once with the packs; immutable and
 * thread-safe.
 */
final class CueTable {
  private final Cue[] cues; // by index in the group: the cue, or null for a rule
  private final int[] facetOf; // by index in the group: its facet's number, or -1 for a rule
  private final String[] facets; // by number: the facet (interned, as Cue interns it)
  private final Map<String, Integer> numbers; // facet -> number; not changed once built

  private CueTable(List<? extends PackEntry> entries) {
    int n = entries.size();
    this.cues = new Cue[n];
    this.facetOf = new int[n];
    List<String> names = new ArrayList<>();
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (entries.get(i) instanceof Cue c) {
        cues[i] = c;
        Integer f = byName.get(c.facet());
        if (f == null) {
          f = names.size();
          names.add(c.facet());
          byName.put(c.facet(), f);
        }
        facetOf[i] = f;
      } else {
        facetOf[i] = -1;
      }
    }
    this.facets = names.toArray(String[]::new);
    // a HashMap, not Map.copyOf: its lookup (asked many times a word) masks the hash where the
    // immutable map divides it
    this.numbers = new HashMap<>(byName);
  }

  /** The entries of {@code packs}, numbered one pack after another as a scan numbers them. */
  static CueTable ofPacks(List<List<PackEntry>> packs) {
    List<PackEntry> all = new ArrayList<>();
    for (List<PackEntry> pack : packs) {
      all.addAll(pack);
    }
    return new CueTable(all);
  }

  /** {@code cues}, numbered in their order. */
  static CueTable of(List<Cue> cues) {
    return new CueTable(cues);
  }

  /** The number of entries (cues and rules) in the group. */
  int size() {
    return cues.length;
  }

  /** Entry {@code index} of the group when it is a cue, else null. */
  Cue cue(int index) {
    return cues[index];
  }

  /** The number of the facet of entry {@code index}, or -1 when it is no cue. */
  int facetOf(int index) {
    return facetOf[index];
  }

  /** The number of facets. */
  int facetCount() {
    return facets.length;
  }

  /** Facet number {@code f} (an interned string). */
  String facet(int f) {
    return facets[f];
  }

  /** The number of facet {@code facet}, or -1 when no cue of the group signals it. */
  int number(String facet) {
    Integer f = numbers.get(facet);
    return f == null ? -1 : f;
  }

  @Override
  public String toString() {
    return "CueTable[" + cues.length + " entries, " + facets.length + " facets]";
  }
}
