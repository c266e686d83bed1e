package dev.parallax.contradict;

import dev.parallax.rules.Cue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word forms that put their subject in one of two states that exclude each other, read after a
 * copula or a state verb only (pack facet {@code state-form}): "locked" and "unlocked", "closed"
 * and "open", "alive" and "dead". Each form maps to the forms of the opposite state, both ways
 * round. Unlike the stems of {@code opposite-state}, the forms are exact: "opened an inquiry" is
 * a deed, not the state "open".
 *
 * @param opposite lower-case word forms, each with its opposites
 */
record StateForms(Map<String, Set<String>> opposite) {
  /** Checks arguments. */
  StateForms {
    opposite = Map.copyOf(opposite);
  }

  /** The forms of the pack: each cue's words against the words of its value. */
  static StateForms of(PackCues pack) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Cue cue : pack.cues()) {
      if (!cue.facet().equals("state-form")) {
        continue;
      }
      for (String s : pack.lower(cue)) {
        for (String o : pack.value(cue).split(" ")) {
          out.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(o);
          out.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(s);
        }
      }
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new StateForms(frozen);
  }
}
