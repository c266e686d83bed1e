package dev.parallax.contradict;

import dev.parallax.QuantityFacet.Approximation;

/**
 * The values the words of an amount allow, and whether two amounts' values can meet (see
 * {@link NumericCheck}, "By stated precision"). A bound or a band its words set ("up to",
 * "nearly", "about") allows its ends; a number rounded to its last digit does not allow its
 * half-steps ("two hours" is not two and a half).
 */
final class AmountIntervals {
  private AmountIntervals() {}

  /** Whether the values the words of {@code a} and {@code b} allow meet. */
  static boolean meet(Amount a, Amount b) {
    double[] x = interval(a, b);
    double[] y = interval(b, a);
    boolean touch = NumericCheck.same(x[1], y[0]) || NumericCheck.same(y[1], x[0]);
    if (bound(a) && bound(b) && touch) {
      return true; // "up to 3.6 times" and "nearly four times" both allow 3.6
    }
    return x[0] < y[1] && y[0] < x[1];
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
