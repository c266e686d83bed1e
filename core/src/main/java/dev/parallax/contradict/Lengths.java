package dev.parallax.contradict;

import java.util.Set;

/**
 * How long something went on, as news states a length of time: the complement of a verb of
 * lasting ("the session lasted about three hours", "the evacuation took less than two hours"), a
 * length after "for" ("the motorway was closed for 19 hours", "a meeting that stretched for more
 * than six hours"), a length joined by a hyphen to the noun it measures ("after a four-hour
 * session") or followed by "of" and that noun ("after eight hours of talks"). A length says how
 * long the event or state its claim tells of lasted, whichever verb or noun names it; a distance in
 * time does not ("about 40 hours after the collapse", "within two hours of the quake", "in about
 * 35 minutes"): it places another moment.
 *
 * <p>Two lengths of related claims are read as sharing the word of what happened, as two counts of
 * one fate are: "the meeting stretched for more than six hours" and "the session lasted about three
 * hours" give the length of one sitting in other words. The words are read from the pack (facets
 * {@code length-verb}, {@code length-preposition}, {@code distance-preposition}).
 */
final class Lengths {
  private Lengths() {}

  /** Whether both amounts are lengths of time, each stated as how long something went on. */
  static boolean both(Amount a, Amount b, AmountWords words) {
    return of(a, words) && of(b, words);
  }

  /** Whether the amount is a length of time stated as how long something went on. */
  static boolean of(Amount a, AmountWords words) {
    if (!a.measure().equals("duration")) {
      return false;
    }
    ClaimWords w = a.claim();
    int before = w.firstWordFrom(a.evidence().start()) - 1;
    if (before >= 0 && words.distancePrepositions().contains(w.lower(before))) {
      return false; // "within two hours of the quake": a bound on another moment
    }
    if (Stops.isModifier(w, a.evidence())) {
      return true; // "a four-hour session"
    }
    int after = w.lastWordBefore(a.evidence().end()) + 1;
    if (after + 1 < w.size() && w.lower(after).equals("of") && w.isContent(after + 1)
        && !w.isCapitalised(after + 1)
        && w.gapIsSpace(a.evidence().end(), w.start(after))) {
      return true; // "eight hours of talks"
    }
    if (before >= 0 && words.lengthPrepositions().contains(w.lower(before))) {
      return true; // "closed for 19 hours"
    }
    return before >= 0 && lasting(w, before, words.lengthVerbs());
  }

  /** Whether word {@code i} is a lower-case verb of lasting of {@code verbs} ("lasted"). */
  static boolean lasting(ClaimWords w, int i, Set<String> verbs) {
    return verbs.contains(w.rawStem(i)) && !w.isCapitalised(i);
  }
}
