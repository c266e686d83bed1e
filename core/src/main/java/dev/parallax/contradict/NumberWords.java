package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as a reader writes them ("34,000", "$140.9 million", "5.4%", "1.5 km", "about 34,000
 * people"), and how finely a number is written.
 */
final class NumberWords {
  private static final Map<String, String> SYMBOLS =
      Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

  /** The largest denominator a share is written with ("1 in 500"). */
  private static final int RATIO_DENOMINATORS = 100_000;

  private NumberWords() {}

  /** A number without a unit: "34,000", "2.5", "140.9 million". */
  static String plain(double v) {
    if (Double.isInfinite(v) || Double.isNaN(v)) {
      return "?";
    }
    double a = Math.abs(v);
    if (a >= 1e9 && a < 1e15) {
      return trim(v / 1e9) + " billion";
    }
    if (a >= 1e6 && a < 1e9) {
      return trim(v / 1e6) + " million";
    }
    if (v == Math.rint(v) && a < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return trim(v);
  }

  /** A number with its unit: "$3.5 billion", "5.4%", "248 km", "12". */
  static String shown(double v, String unit) {
    String n = plain(v);
    if (unit.isEmpty()) {
      return n;
    }
    if (unit.equals("ratio")) {
      return ratio(v);
    }
    String symbol = SYMBOLS.get(unit);
    if (symbol != null) {
      return (v < 0 ? "-" + symbol + plain(-v) : symbol + n);
    }
    if (unit.equals("%")) {
      return n + "%";
    }
    return n + " " + unit;
  }

  /**
   * A share as news writes it: "1 in 3" for 1/3, "2 in 5" for 0.4 (the smallest whole numbers up
   * to {@value #RATIO_DENOMINATORS} that give it), else a percentage.
   */
  static String ratio(double v) {
    for (int b = 1; b <= RATIO_DENOMINATORS && v > 0; b++) {
      long a = Math.round(v * b);
      if (a >= 1 && Math.abs((double) a / b - v) < 1e-9 * Math.max(1, v)) {
        return String.format(Locale.ROOT, "%,d in %,d", a, b);
      }
    }
    return trim(v * 100) + "%";
  }

  private static String trim(double v) {
    BigDecimal d = new BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** How finely the number of {@code q} is written, in its own unit. */
  static double step(QuantityFacet q) {
    double v = Math.abs(q.value());
    if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) {
      return 1;
    }
    if (v < COUNTED_BELOW && v == Math.rint(v) && q.unit().isEmpty()
        && q.dimension().isEmpty()) {
      return 1; // "10 games", "missed nine games": small counts are stated as counted
    }
    // to 12 digits: "$8.2 billion" is 8.2 × 10⁹ in binary, 8199999999.999999, written to tenths
    BigDecimal d = new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros();
    double s = Math.pow(10, -d.scale());
    // Words count in whole units ("three"); a number written in digits may end in zeros that
    // are significant, but news rounds them: 40 is read to the ten, 34,000 to the thousand.
    return s;
  }

  /**
   * Counts below this are counted, not rounded: news rounds a crowd or a large toll, and says so
   * ("about 30", "some 40"), but "10 games", "30 were hurt" or "40 people" in a bare number are
   * counts (measures with a unit, "10 km away", may still be round figures). Raised from 20 to
   * 100 on 2026-12-05: "injuring 27" against "30 were hurt" had read 30 as 27 rounded; no
   * finding on the dev events moved.
   */
  static final double COUNTED_BELOW = 100;

  /** "about 34,000 people", "$3.5 billion", "nearly 80 million USD". */
  static String amountText(QuantityFacet q, String counted) {
    // money is shown in its currency: "69 cents" is $0.69
    double f = q.dimension().filter("money"::equals).isPresent() ? q.toBase() : 1;
    String n = shown(q.value() * f, q.unit().orElse(""));
    String text = switch (q.approximation()) {
      case ABOUT -> "about " + n;
      case AT_LEAST -> "at least " + n;
      case MORE_THAN -> "more than " + n;
      case AT_MOST -> "up to " + n;
      case LESS_THAN -> "less than " + n;
      case RANGE -> shown(q.low() * f, "") + " to "
          + (Double.isInfinite(q.high()) ? "more" : shown(q.high() * f,
              q.unit().orElse("")));
      default -> n;
    };
    return counted.isEmpty() ? text : text + " " + counted;
  }
}
