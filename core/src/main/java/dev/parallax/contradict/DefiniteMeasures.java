package dev.parallax.contradict;

import java.util.Set;

/**
 * Two measures of one dimension of one definite thing: "the 540-kilogram lander" and "the 450 kg
 * (990 lb) lander" measure the one lander the story names. Immutable and thread-safe.
 */
final class DefiniteMeasures {
  private final Set<String> definites;

  /**
   * @param definites determiners that point to a thing the story names (pack facet {@code
   *     definite-determiner}), lower case
   */
  DefiniteMeasures(Set<String> definites) {
    this.definites = Set.copyOf(definites);
  }

  /** The confidence of two measures of one definite thing ({@link #oneThing}). */
  static final double PROPERTY = 0.6;

  /**
   * Whether two measures of one dimension (a length, a mass, an area, a volume, a speed or a
   * length of time; not counts, ages, sums or shares) each stand right after a definite
   * determiner and right before the same noun, a conversion in parentheses allowed between ("the
   * 540-kilogram lander", "the 450 kg (990 lb) lander"): the one thing the story names by that
   * noun has one such measure.
   */
  boolean oneThing(ClaimWords wa, Amount x, ClaimWords wb, Amount y) {
    String head = measuredNoun(wa, x);
    return head != null && head.equals(measuredNoun(wb, y));
  }

  /** The stem of the noun a dimensioned measure after a definite determiner describes, or null. */
  private String measuredNoun(ClaimWords w, Amount a) {
    String m = a.measure();
    if (m.equals("count") || m.equals("age") || m.startsWith("money") || m.equals("ratio")
        || m.equals(QuantityAmounts.BARE) || a.derived()) {
      return null;
    }
    int first = w.firstWordFrom(a.evidence().start());
    if (first < 1 || !definites.contains(w.lower(first - 1))
        || !w.gapIsSpace(w.end(first - 1), a.evidence().start())) {
      return null;
    }
    int after = MeasuredThings.pastConversion(w, a.evidence().end());
    int next = w.firstWordFrom(after);
    return next < w.size() && w.between(after, w.start(next)).matches("[\\s-]*")
        && w.isContent(next) && !w.isCapitalised(next) && !w.isNumber(next)
        ? w.stem(next) : null;
  }
}
