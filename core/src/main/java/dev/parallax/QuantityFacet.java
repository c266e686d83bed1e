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
 * @param toBase factor from {@code unit} to the base unit of its dimension (1 without a unit);
 *     the base units are listed in {@code dev/parallax/facts/en/quantities.rules} (metre, kilogram,
 *     litre, ...; money in the main unit of its currency; affine scales such as Fahrenheit are not
 *     converted and form a dimension of their own)
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
    /** Around the value ("about", "approximately", "estimated", "some"): ±10 % in the bundled pack. */
    ABOUT,
    /** The value or more ("at least"). */
    AT_LEAST,
    /** Above the value ("more than", "over"). */
    MORE_THAN,
    /** The value or less ("at most", "up to"). */
    AT_MOST,
    /**
     * Below the value ("less than", "fewer than", "under": down to 0; "nearly", "almost": from a
     * tolerance below the value, 10 % in the bundled pack, up to it).
     */
    LESS_THAN,
    /**
     * Between two values ("30 to 40", "between 30 and 40", "more than 10 and less than 20"), or a
     * vague plural ("millions of": 2 million up to a billion); {@code value} is the lower end.
     */
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

  /** {@code value} in the base unit of its dimension (metres, kilograms, litres, ...). */
  public double baseValue() {
    return value * toBase;
  }

  /** {@code low} in the base unit of its dimension. */
  public double baseLow() {
    return low * toBase;
  }

  /** {@code high} in the base unit of its dimension. */
  public double baseHigh() {
    return high * toBase;
  }

  /**
   * Whether the two quantities measure the same thing: both without a unit, or both with units of
   * one dimension ("248 kilometers" and "155 miles"; money only in one currency).
   */
  public boolean comparableWith(QuantityFacet other) {
    return dimension.equals(other.dimension)
        && (dimension.isPresent() || unit.equals(other.unit));
  }

  /**
   * Whether the two quantities can state the same amount: they are comparable and their
   * intervals, in base units, overlap once each exact end is widened for rounding, by half a unit
   * of its last stated digit or by 1 %, whichever is more ("34,000" is read as 33,500..34,500;
   * "248 kilometers" as 245.5..250.5 km, which meets "155 miles", 249.4 km: news rounds
   * conversions loosely).
   */
  public boolean agreesWith(QuantityFacet other) {
    if (!comparableWith(other)) {
      return false;
    }
    double[] a = widened(this);
    double[] b = widened(other);
    return a[0] <= b[1] && b[0] <= a[1];
  }

  private static double[] widened(QuantityFacet q) {
    double lo = q.low;
    double hi = q.high;
    if (q.approximation == Approximation.EXACT || q.approximation == Approximation.RANGE) {
      lo -= Math.max(halfStep(q.low), Math.abs(q.low) * ROUNDING);
      hi += Math.max(halfStep(q.high), Math.abs(q.high) * ROUNDING);
    }
    double f = q.toBase;
    return f >= 0 ? new double[] {lo * f, hi * f} : new double[] {hi * f, lo * f};
  }

  /** The relative slack allowed for rounding in {@link #agreesWith}. */
  static final double ROUNDING = 0.01;

  /** Half a unit of the last significant digit of {@code v} (0.5 for 248, 500 for 34,000). */
  static double halfStep(double v) {
    if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) {
      return 0;
    }
    java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(Math.abs(v)))
        .stripTrailingZeros();
    return 0.5 * Math.pow(10, -d.scale());
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
