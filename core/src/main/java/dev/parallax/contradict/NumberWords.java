package dev.parallax.contradict;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Numbers as a reader writes them: "34,000", "$140.9 million", "5.4%", "1.5 km". */
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
}
