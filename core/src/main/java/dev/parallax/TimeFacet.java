package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A time expression, TIMEX3-like: its type and its value normalised against the article's
 * publication date ("Sunday" → {@code 2025-10-19}, "August 2024" → {@code 2024-08}, "this year" →
 * {@code 2025}; without a publication date unknown parts stay unknown: {@code XXXX-08}).
 * An interval has a {@code from}, a {@code to} or both: "since August 2024" is {@code 2024-08} with
 * {@code from} 2024-08 and no {@code to} (open at the end); "until very recently" is
 * {@code PAST_REF} with {@code to} PAST_REF and no {@code from}. Other expressions have neither.
 *
 * @param span the words
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ({@code 2025-10-19}, {@code 2024-08}, {@code P2Y}, {@code PAST_REF})
 * @param from where an interval starts, if the expression is one with a known start
 * @param to where an interval ends, if the expression is one with a known end
 */
public record TimeFacet(
    TextSpan span, Type type, String value, Optional<String> from, Optional<String> to)
    implements Facet {

  /** TIMEX3 types. */
  public enum Type {
    /** A calendar date or a part of one (a day, a month, a year, a decade). */
    DATE,
    /** A time of day, with its date when known. */
    TIME,
    /** A length of time ("two years": {@code P2Y}). */
    DURATION,
    /** A recurrence ("every week"). */
    SET
  }

  /** Checks arguments. */
  public TimeFacet {
    requireNonNull(span, "span");
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
  }

  /** {@code TimeFacet[DATE 2024-08 "August 2024" (wire 1:290)]}. */
  @Override
  public String toString() {
    return "TimeFacet[" + type + " " + value
        + from.map(f -> " from " + f).orElse("") + to.map(t -> " to " + t).orElse("") + " "
        + span + "]";
  }
}
