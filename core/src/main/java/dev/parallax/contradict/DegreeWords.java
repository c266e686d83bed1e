package dev.parallax.contradict;

import dev.parallax.rules.Cue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Adverbs of degree that put one quality in opposite states (pack facet {@code degree-opposite}):
 * "well equipped" and "poorly equipped", "adequately staffed" and "inadequately staffed". Each
 * adverb maps to the adverbs of the opposite side, both ways round.
 *
 * @param opposite lower-case adverbs, each with its opposites
 */
record DegreeWords(Map<String, Set<String>> opposite) {
  /** Checks arguments. */
  DegreeWords {
    opposite = Map.copyOf(opposite);
  }

  /** The adverbs of the pack: each cue's words against the words of its value. */
  static DegreeWords of(PackCues pack) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Cue cue : pack.cues()) {
      if (!cue.facet().equals("degree-opposite")) {
        continue;
      }
      Set<String> side = pack.lower(cue);
      Set<String> other = Set.of(pack.value(cue).split(" "));
      for (String s : side) {
        for (String o : other) {
          out.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(o);
          out.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(s);
        }
      }
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new DegreeWords(frozen);
  }
}
