package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * A quantity: a number with its unit, as an interval that says how exact the text is
 * ("about 34,000" → around 34,000; "more than 40" → above 40; "248 kilometers (155 miles)" → one
 * length). {@code value} is the number as stated; {@code low} and {@code high} bound what the
 * words allow, in the same unit.
 *
 * @param span the words
 * @param value the number as stated, in {@code unit}
 * @param low the least value the words allow
 * @param high the greatest value the words allow
 * @param unit the unit as a short name ({@code km}, {@code mi}, {@code USD}, {@code %}), if any
 * @param dimension what the unit measures ({@code length}, {@code money}, ...), if known
 * @param toBase factor from {@code unit} to the base unit of its dimension (1 without a unit)
 * @param approximation how exact the words are
 */
public record QuantityFacet(
    TextSpan span,
    double value,
    double low,
    double high,
    Optional<String> unit,
    Optional<String> dimension,
    double toBase,
    Approximation approximation)
    implements Facet {

  /** How exact a quantity's words are. */
  public enum Approximation {
    /** As stated ("248 kilometers"). */
    EXACT,
    /** Around the value ("about", "approximately", "estimated", "some"). */
    ABOUT,
    /** The value or more ("at least"). */
    AT_LEAST,
    /** Above the value ("more than", "over"). */
    MORE_THAN,
    /** The value or less ("at most", "up to"). */
    AT_MOST,
    /** Below the value ("less than", "nearly", "almost"). */
    LESS_THAN,
    /** Between two values ("30 to 40"). */
    RANGE
  }

  /** Checks arguments. */
  public QuantityFacet {
    requireNonNull(span, "span");
    requireNonNull(unit, "unit");
    requireNonNull(dimension, "dimension");
    requireNonNull(approximation, "approximation");
    if (!(low <= high)) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
  }

  /** {@code QuantityFacet[ABOUT 34000 (30600..37400) "about 34,000" (wire 3:220)]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "QuantityFacet[%s %s%s (%s..%s) %s]", approximation,
        num(value), unit.map(u -> " " + u).orElse(""), num(low), num(high), span);
  }

  private static String num(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
