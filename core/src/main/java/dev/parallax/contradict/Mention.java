package dev.parallax.contradict;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A fact mention of a claim, an amount or a moment, with its frame: the content words around it
 * that say what it is about, the nearest of them (its core) and those that are names.
 */
sealed interface Mention permits Amount, Moment {

  /** The stems of the content words around the mention. */
  Set<String> frame();

  /** The stems of the nearest lower-case content words of the frame, two each way. */
  Set<String> core();

  /** The stems of the frame written only with a capital: who and where, not what happened. */
  Set<String> names();

  /** The frame without its names: what happened. */
  default Set<String> what() {
    Set<String> s = new LinkedHashSet<>(frame());
    s.removeAll(names());
    return s;
  }

  /** The core without names. */
  default Set<String> coreWhat() {
    Set<String> s = new LinkedHashSet<>(core());
    s.removeAll(names());
    return s;
  }

  /**
   * Whether both frames name someone or somewhere and no name is common to both: the same kind
   * of fact about other people or places ("the Orioles offered seven years", "the Red Sox eight").
   */
  default boolean aboutOthersThan(Mention o) {
    return !names().isEmpty() && !o.names().isEmpty()
        && java.util.Collections.disjoint(names(), o.names());
  }

  /** How many elements two sets share. */
  static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n;
  }
}
