package dev.parallax.contradict;

import dev.parallax.QuantityFacet.Approximation;

/**
 * The values the words of an amount allow, and whether two amounts' values can meet or
 * disagree (see {@link NumericCheck}, "By stated precision"). A bound or a band its words set
 * ("up to", "nearly", "about") allows its ends; a number rounded to its last digit does not allow
 * its half-steps ("two hours" is not two and a half); two numbers written to one precision
 * disagree when they differ, loosened by "about" or not ("700 meters" and "about 600 meters").
 */
final class AmountIntervals {
  private AmountIntervals() {}

  /** Whether the values the words of {@code a} and {@code b} allow meet. */
  static boolean meet(Amount a, Amount b) {
    double[] x = interval(a, b);
    double[] y = interval(b, a);
    boolean touch = same(x[1], y[0]) || same(y[1], x[0]);
    if (bound(a) && bound(b) && touch) {
      return true; // "up to 3.6 times" and "nearly four times" both allow 3.6
    }
    return x[0] < y[1] && y[0] < x[1];
  }

  /** Whether no reading of the two amounts' words lets them state one value. */
  static boolean disagree(Amount a, Amount b) {
    if (same(a.value(), b.value())) {
      return false; // "69 cents" and "$0.69": one value, whatever the rounding of the conversion
    }
    if (a.approximation() == Approximation.RANGE && b.approximation() == Approximation.RANGE
        && a.unit().equals(b.unit()) && !a.derived() && !b.derived()) {
      // a range states both its ends: "from six to 75 years" and "from 7 to 75 years" differ
      double h = Math.max(a.step(), b.step()) / 2;
      return Math.abs(a.low() - b.low()) > h + 1e-9 || Math.abs(a.high() - b.high()) > h + 1e-9;
    }
    if (a.approximation() == b.approximation() && a.approximation() != Approximation.RANGE
        && a.step() == b.step() && a.unit().equals(b.unit()) && !a.derived() && !b.derived()) {
      return true; // one form, one precision, two values: "more than 26,000" and "more than 31,000"
    }
    if (plainOrAbout(a) && plainOrAbout(b) && a.step() == b.step() && lastDigitAtStep(a)
        && lastDigitAtStep(b) && a.unit().equals(b.unit()) && !a.derived() && !b.derived()) {
      // one precision, two values, one of them loose: "fell 700 meters" and "fell about 600
      // meters" name two round figures, each the other's writer would have written if it were
      // his; "about" loosens its number within its own step, not to the next one
      return true;
    }
    if (a.approximation() == Approximation.EXACT && b.approximation() == Approximation.EXACT
        && a.unit().equals(b.unit()) && !a.derived() && !b.derived() && a.step() != b.step()) {
      // a round number agrees with a finer one only when it is that number rounded: "2,000"
      // with "1,987", but "130 pounds" not with "135 pounds" (135 rounds to 140)
      Amount coarse = a.step() > b.step() ? a : b;
      Amount fine = coarse == a ? b : a;
      double rounded = Math.floor(fine.value() / coarse.step() + 0.5 + 1e-9) * coarse.step();
      return Math.abs(rounded - coarse.value()) > coarse.step() * 1e-6;
    }
    return !AmountIntervals.meet(a, b);
  }

  /** Whether two values are one, up to the rounding of a conversion between units. */
  static boolean same(double x, double y) {
    return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  }

  /** Whether an amount is a plain number or one that "about" loosens: no bound, no range. */
  private static boolean plainOrAbout(Amount a) {
    return a.approximation() == Approximation.EXACT || a.approximation() == Approximation.ABOUT;
  }

  /**
   * Whether the last digit the number writes is the one its step counts: "700" read to the
   * hundred, "36" to the one, but not "about 40" read as a count to the one, whose writer rounded
   * to the ten.
   */
  private static boolean lastDigitAtStep(Amount a) {
    double k = Math.abs(a.value()) / a.step();
    double units = Math.rint(k);
    return Math.abs(k - units) < 1e-6 * Math.max(1, k) && units % 10 != 0;
  }

  /** Whether an amount is a bound or a band its words set, which allows its ends. */
  private static boolean bound(Amount a) {
    return a.approximation() != Approximation.EXACT && a.approximation() != Approximation.RANGE;
  }

  /** The values the words of {@code a} allow, widened when {@code other} uses another unit. */
  static double[] interval(Amount a, Amount other) {
    double v = a.value();
    double h = a.step() / 2;
    double lo;
    double hi;
    switch (a.approximation()) {
      case ABOUT -> {
        // "about" says how loose its number is (the band its cue gives in the quantities
        // pack): a round number after it is not read as rounded as well ("about 20 miles" is
        // not "about 26 miles", "approximately 1,000" is not "about 800")
        boolean banded = a.low() < v || a.high() > v;
        lo = banded ? Math.min(a.low(), v) : v - h;
        hi = banded ? Math.max(a.high(), v) : v + h;
      }
      case RANGE -> {
        lo = a.low() - h;
        hi = a.high() + h;
      }
      case MORE_THAN, AT_LEAST -> {
        lo = v;
        // "just over 38,000" is close above its number (its cue's tolerance, and no further
        // than the next round number: 39,000), "more than" may be far above it
        hi = Double.isInfinite(a.high()) || a.high() <= v
            ? v + Math.max(a.step(), 0.5 * Math.abs(v)) : Math.min(a.high(), v + a.step());
      }
      case AT_MOST -> {
        lo = v - Math.max(a.step(), 0.5 * Math.abs(v));
        hi = v;
      }
      case LESS_THAN -> {
        lo = Math.max(a.low(), v - Math.max(a.step(), 0.5 * Math.abs(v)));
        hi = v;
      }
      default -> {
        lo = v - h;
        hi = v + h;
      }
    }
    double slack = 0;
    if (a.derived()) {
      slack = 0.05;
    } else if (!a.unit().equals(other.unit())) {
      slack = 0.01;
    }
    return new double[] {lo - Math.abs(lo) * slack, hi + Math.abs(hi) * slack};
  }
}
