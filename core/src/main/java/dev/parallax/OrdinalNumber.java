package dev.parallax;

import static java.util.Objects.requireNonNull;

/**
 * An ordinal number read from the text, with the position it names: "the third" (3), "21st"
 * (21), "one hundred and twenty-fifth" (125), "three trillionth" (3,000,000,000,000). Read by
 * {@link Parallax#ordinalNumbers} where no quantity takes the words ("a third" is the quantity
 * 1/3); unlike {@link OrdinalFacet} it states no event, only the number.
 *
 * @param span the words of the ordinal
 * @param value the position, 1 or more
 */
public record OrdinalNumber(TextSpan span, long value) {

  /** Checks the arguments. */
  public OrdinalNumber {
    requireNonNull(span, "span");
    if (value < 1) {
      throw new IllegalArgumentException("an ordinal names a position of 1 or more: " + value);
    }
  }
}
