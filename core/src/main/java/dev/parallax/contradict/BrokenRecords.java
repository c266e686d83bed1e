package dev.parallax.contradict;

import java.util.Set;

/**
 * Amounts that give a record the claim tells was broken: "McDermott broke Rodney Buford's school
 * scoring record of 2,116 points", "Luck broke Newton's record of 4,051 yards". The value is the
 * earlier holder's, not the new one of whoever broke it ("the school's all-time scoring leader
 * with 2,117 points"), so it is compared only with another broken record. An amount is one when
 * "of" and a record noun (pack facet {@code record-noun}: "record", "mark") stand right before it
 * and a verb of breaking (facet {@code record-breaking}: "broke", "surpassing", "eclipsed") stands
 * before them in its claim. Immutable and thread-safe.
 */
final class BrokenRecords {
  private final Set<String> nouns;
  private final Set<String> verbs;

  /**
   * @param nouns lower-case nouns of a record (facet {@code record-noun})
   * @param verbs lower-case forms of the verbs of breaking one (facet {@code record-breaking})
   */
  BrokenRecords(Set<String> nouns, Set<String> verbs) {
    this.nouns = Set.copyOf(nouns);
    this.verbs = Set.copyOf(verbs);
  }

  /** Whether amount {@code a} of the claim gives a record the claim tells was broken. */
  boolean broken(ClaimView claim, Amount a) {
    ClaimWords w = claim.words();
    int of = w.lastWordBefore(a.evidence().start());
    if (of < 1 || !w.lower(of).equals("of") || !nouns.contains(w.lower(of - 1))) {
      return false;
    }
    for (int i = of - 2; i >= 0; i--) {
      if (verbs.contains(w.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why two amounts state no one fact because one gives a broken record and the other does not,
   * or null.
   */
  String rejection(ClaimView x, Amount a, ClaimView y, Amount b) {
    return broken(x, a) != broken(y, b) ? "a broken record against another value" : null;
  }
}
