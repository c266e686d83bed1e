package dev.parallax.contradict;

import java.util.List;

/**
 * Sums restated in another currency right after them, in parentheses or after "or" ("12 million
 * euros ($13 million)"): news gives a foreign sum in its readers' currency too, and two reports
 * may each give first the currency the other gives second ("$31 million (28 million euros)").
 * Such a restatement is compared with the other report's sum of its currency; a restatement in
 * the same measure ("248 km (155 miles)") is not, as the amount it restates is.
 */
final class Restatements {
  private Restatements() {}

  /**
   * The sum that the amount at {@code i} of a claim's {@code amounts} restates in another
   * currency (the sum right before it), or null when it restates none, no sum or one of its own
   * currency.
   */
  static Amount original(List<Amount> amounts, int i) {
    Amount a = amounts.get(i);
    if (!a.derived() || i == 0) {
      return null;
    }
    Amount o = amounts.get(i - 1);
    return o.measure().equals(a.measure()) || !o.measure().startsWith("money")
        || !a.measure().startsWith("money") ? null : o;
  }

  /** {@link #original(List, int)} of an amount of the claim, found by its evidence. */
  static Amount original(List<Amount> amounts, Amount a) {
    int i = indexOf(amounts, a);
    return i < 0 ? null : original(amounts, i);
  }

  /**
   * A restatement with the words of the amount it restates ("worth about $31 million (more than
   * 28 million euros)": the euros are worth what the dollars are), which the words after the
   * parenthesis do not tell of.
   */
  static Amount withWordsOf(Amount a, Amount original) {
    return new Amount(a.claim(), a.evidence(), a.measure(), original.noun(), original.frame(),
        original.core(), original.names(), a.value(), a.low(), a.high(), a.step(),
        a.approximation(), a.unit(), a.derived(), a.increment(), original.scope(), a.shown());
  }

  private static int indexOf(List<Amount> amounts, Amount a) {
    for (int i = 0; i < amounts.size(); i++) {
      if (amounts.get(i).evidence().equals(a.evidence())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Why a restatement may not be compared with the other report's amount, or null when it may:
   * two restatements are never compared, and when both reports give one sum in both currencies
   * ("12 million euros ($13 million)", "$31 million (28 million euros)") the sum is compared once,
   * in the currency the left report gives first.
   *
   * @param left the amounts of the left amount's claim
   * @param a the left amount
   * @param right the amounts of the right amount's claim
   * @param b the right amount
   */
  static String rejection(List<Amount> left, Amount a, List<Amount> right, Amount b) {
    if (a.derived() && b.derived()) {
      return "two restatements in another unit";
    }
    if (!a.derived()) {
      return null;
    }
    Amount from = original(left, a);
    int j = indexOf(right, b);
    if (from != null && j >= 0 && j + 1 < right.size() && right.get(j + 1).derived()
        && right.get(j + 1).measure().equals(from.measure())) {
      return "both give the sum in both currencies: compared in the left one's first";
    }
    return null;
  }
}
