package dev.parallax.contradict;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Numbers as a reader writes them: "34,000", "$140.9 million", "5.4%", "1.5 km". */
final class NumberWords {
  private static final Map<String, String> SYMBOLS =
      Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

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
    String symbol = SYMBOLS.get(unit);
    if (symbol != null) {
      return (v < 0 ? "-" + symbol + plain(-v) : symbol + n);
    }
    if (unit.equals("%")) {
      return n + "%";
    }
    return n + " " + unit;
  }

  private static String trim(double v) {
    BigDecimal d = new BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
