package dev.parallax.contradict;

import java.util.Set;

/**
 * Counts that a coordination makes a part of a larger count: news often gives a total in one
 * report and its parts side by side in the other. Two readings, each a way English coordinates
 * counted things:
 *
 * <ul>
 *   <li>a count joined by a conjunction of the list (pack facet {@code list-conjunction}) to a
 *       thing of another noun after it ("Two surveillance planes and a helicopter", "six engines
 *       and an aerial platform") is one kind of thing beside another: against a count of the same
 *       counted kind under another noun ("three aircraft") it is a part, not the total;
 *   <li>a count right after a name and "and" ("a state of emergency in Linton and two neighboring
 *       counties") leaves the named one out: it is one less than the count of all of them ("three
 *       counties, including Linton").
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class CoordinatedCounts {
  private final Set<String> conjunctions;
  private final Set<String> articles;

  /**
   * A reader.
   *
   * @param conjunctions the conjunctions of a list (pack facet {@code list-conjunction})
   * @param articles the articles that count one thing ("a", "an"; pack facet {@code
   *     apposition-article})
   */
  CoordinatedCounts(Set<String> conjunctions, Set<String> articles) {
    this.conjunctions = Set.copyOf(conjunctions);
    this.articles = Set.copyOf(articles);
  }

  /**
   * Whether count {@code a} is followed, past a conjunction of the list, by an article or a
   * number and a content word: a thing of another noun counted beside it ("Two surveillance
   * planes and a helicopter").
   */
  boolean besideAnother(Amount a) {
    ClaimWords w = a.claim();
    int k = w.lastWordBefore(a.evidence().end()) + 1;
    if (k + 2 >= w.size() || !conjunctions.contains(w.lower(k))
        || !w.between(a.evidence().end(), w.start(k)).isBlank()) {
      return false;
    }
    int n = k + 1;
    boolean counted = w.isNumber(n) || articles.contains(w.lower(n)) && !w.lower(n).equals("the");
    return counted && w.isContent(n + 1) && w.gapIsSpace(w.end(k), w.start(n))
        && w.gapIsSpace(w.end(n), w.start(n + 1));
  }

  /**
   * Whether count {@code a} stands right after a name and a conjunction of the list ("Linton
   * and two neighboring counties"): the count leaves the named one out.
   */
  boolean afterName(Amount a) {
    ClaimWords w = a.claim();
    int first = w.firstWordFrom(a.evidence().start());
    return first >= 2 && conjunctions.contains(w.lower(first - 1))
        && w.gapIsSpace(w.end(first - 1), a.evidence().start())
        && w.gapIsSpace(w.end(first - 2), w.start(first - 1))
        && w.isCapitalised(first - 2) && !w.isStopWord(first - 2) && !w.isNumber(first - 2);
  }

  @Override
  public String toString() {
    return "CoordinatedCounts";
  }
}
