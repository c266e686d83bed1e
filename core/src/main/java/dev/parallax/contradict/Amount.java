package dev.parallax.contradict;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import java.util.List;
import java.util.Set;

/**
 * A quantity as a fact mention: what it measures and the interval its words allow, in base units.
 *
 * @param claim the claim's words
 * @param evidence the words of the amount, with the noun it counts when it has no unit
 * @param measure what it measures: a dimension ({@code length}, {@code duration}), a unit without
 *     a dimension, {@code money:EUR} for money (currencies are not converted), or {@code count}
 * @param noun the stems of the counted noun (up to three words after the number; a number without
 *     a noun borrows the noun of an earlier number of its claim); empty for a measure with a unit
 * @param frame the stems of the content words around the amount, up to the next number or date
 * @param core the stems of the nearest content words of the frame, two each way
 * @param names the stems of the frame written only with a capital: who and where, not what
 * @param value the number as stated, in base units
 * @param low the least value the words allow, base units
 * @param high the greatest value the words allow, base units
 * @param step how finely the number is written (1 for "248", 1,000 for "34,000"), base units
 * @param approximation how exact the words are
 * @param unit the unit as written, if any ({@code km}, {@code USD})
 * @param derived whether it restates another amount of its claim in another unit ("(155 miles)")
 * @param increment whether it counts a part, not a total: what was added to an earlier amount
 *     ("another 20 people", "two additional life sentences", "20 more troops") or a stretch of a
 *     sequence ("the first two games"), or the difference between two levels ("salaries 400
 *     euros higher"); it is compared only with another such part
 * @param scope the stems of a place phrase right after what it counts ("in the province",
 *     "across Asia") or of an adverb of place alone ("worldwide"): where the count holds, empty
 *     when none is given
 * @param shown how a reader would write it ("about 34,000 people", "$3.5 billion", "3 weeks")
 * @param per what it is counted for each of, when it is a rate ("season" for "$22 million per
 *     season": {@link Rates}); empty for a total. A rate is compared only with a rate of the same
 *     thing.
 */
record Amount(
    ClaimWords claim,
    TextSpan evidence,
    String measure,
    List<String> noun,
    Set<String> frame,
    Set<String> core,
    Set<String> names,
    double value,
    double low,
    double high,
    double step,
    Approximation approximation,
    String unit,
    boolean derived,
    boolean increment,
    Set<String> scope,
    String shown,
    String per) implements Mention {

  /** An amount that is no rate. */
  Amount(ClaimWords claim, TextSpan evidence, String measure, List<String> noun,
      Set<String> frame, Set<String> core, Set<String> names, double value, double low,
      double high, double step, Approximation approximation, String unit, boolean derived,
      boolean increment, Set<String> scope, String shown) {
    this(claim, evidence, measure, noun, frame, core, names, value, low, high, step,
        approximation, unit, derived, increment, scope, shown, "");
  }

  /**
   * The same amount counted for each of {@code unit} ("per season"): a measure of its own, never
   * compared with the total or with a rate for each of another thing.
   */
  Amount per(String unit) {
    return new Amount(claim, evidence, measure, noun, frame, core, names, value, low, high, step,
        approximation, this.unit, derived, increment, scope, shown + " per " + unit, unit);
  }

  /**
   * The frame without names; for a count or a measure without its noun, for a sum of money with
   * the noun it is the value of.
   */
  @Override
  public Set<String> what() {
    Set<String> s = Mention.super.what();
    if (measure.startsWith("money")) {
      s.addAll(noun); // what a sum is the value of is what happened: "the $3.6 billion fund"
    } else {
      s.removeAll(noun); // what a count counts is compared as its noun
    }
    return s;
  }

  /** The core without names, and for a count without the noun it counts. */
  @Override
  public Set<String> coreWhat() {
    Set<String> s = Mention.super.coreWhat();
    s.removeAll(noun);
    return s;
  }
}
