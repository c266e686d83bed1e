package dev.parallax.contradict;

import java.util.Set;

/**
 * A count told of two deeds joined by "or" ("nearly 280 flights had been delayed or cancelled",
 * "delayed or cancelled 280 flights") counts everything that met either of them, so it holds a
 * count of the things that met one ("240 flights had been delayed"): the two are a whole and its
 * part, not two values of one fact, unless the part is the larger. The deeds stand right after
 * the count and its auxiliaries or right before it; fates of people told together ("killed or
 * injured") are {@link CountFates}'.
 */
final class EitherDeeds {
  /** The most auxiliaries ("had been") between a count and its first deed. */
  static final int AUXILIARIES = 3;

  private EitherDeeds() {}

  /**
   * Whether one of two counts is told of two deeds joined by "or" and the other of exactly one of
   * them, and the first is at least as large: then the first holds the second.
   *
   * @param auxiliaries words that may stand between a count and its verb (pack facet {@code
   *     clause-auxiliary}), lower case
   */
  static boolean holds(Amount a, Amount b, Set<String> auxiliaries) {
    Set<String> da = deeds(a, auxiliaries);
    Set<String> db = deeds(b, auxiliaries);
    if (da.isEmpty() == db.isEmpty()) {
      return false;
    }
    Amount union = da.isEmpty() ? b : a;
    Amount part = union == a ? b : a;
    int told = 0;
    for (String d : da.isEmpty() ? db : da) {
      told += part.core().contains(d) ? 1 : 0;
    }
    return told == 1 && union.high() >= part.low();
  }

  /** The stems of two deeds joined by "or" that count {@code a} is told of, or none. */
  static Set<String> deeds(Amount a, Set<String> auxiliaries) {
    ClaimWords w = a.claim();
    int last = w.lastWordBefore(a.evidence().end());
    int i = last + 1;
    while (i < w.size() && i - last <= AUXILIARIES && !w.isContent(i)
        && auxiliaries.contains(w.lower(i))) {
      i++;
    }
    if (joined(w, i)) {
      return Set.of(w.stem(i), w.stem(i + 2));
    }
    int first = w.firstWordFrom(a.evidence().start());
    return first >= 3 && joined(w, first - 3) ? Set.of(w.stem(first - 3), w.stem(first - 1))
        : Set.of();
  }

  /** Whether words {@code i} and {@code i + 2} are two deeds in lower case joined by "or". */
  private static boolean joined(ClaimWords w, int i) {
    return i >= 0 && i + 2 < w.size() && w.lower(i + 1).equals("or") && w.isContent(i)
        && w.isContent(i + 2) && !w.isCapitalised(i) && !w.isCapitalised(i + 2)
        && w.gapIsSpace(w.end(i), w.start(i + 1)) && w.gapIsSpace(w.end(i + 1), w.start(i + 2))
        && !w.stem(i).equals(w.stem(i + 2));
  }
}
