package dev.parallax.facts;

import dev.parallax.TimeFacet.Type;
import java.util.regex.Pattern;

/**
 * One time expression the grammar found: words {@code [first, end)}, its TIMEX3 type and value,
 * and what it is ({@link Kind}), which decides how it combines with the words around it. {@code
 * day} is the day it names when it names one, which a clock time next to it is anchored to;
 * {@code endChar} overrides the end of the span when not -1 (the period of "p.m." is kept).
 */
record TimeExpr(int first, int end, Type type, String value, Kind kind, String day,
    int endChar) {
  /** A month, a quarter or a half of a known year: the period a report is about. */
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-(?:\\d{2}|Q[1-4]|H[12])");

  /** What an expression is, for the grammar that combines expressions. */
  enum Kind {
    FULL_DATE, DAY, MONTH, MONTH_YEAR, YEAR, DECADE, REL, REL_DURATION, DURATION, CLOCK, REF,
    SEASON, PART, SET, QUARTER, WEEKEND, PLURAL
  }

  /** The same expression, begun at word {@code w} (a determiner or modifier before it). */
  TimeExpr from(int w) {
    return new TimeExpr(w, end, type, value, kind, day, endChar);
  }

  /** Whether it names a month, quarter or half of a known year: a period a report is about. */
  boolean reportsPeriod() {
    return (kind == Kind.MONTH || kind == Kind.MONTH_YEAR || kind == Kind.QUARTER)
        && PERIOD.matcher(value).matches();
  }

  /**
   * Of two readings, the one that ends later; on a tie, the one that starts earlier, else
   * {@code a}. Either may be null.
   */
  static TimeExpr longer(TimeExpr a, TimeExpr b) {
    if (b == null) {
      return a;
    }
    if (a == null) {
      return b;
    }
    return b.end() > a.end() || (b.end() == a.end() && b.first() < a.first()) ? b : a;
  }
}
