package dev.parallax.facts;

import dev.parallax.TimeFacet.Type;

/**
 * The day, the month or quarter of a known year, and the year that the text has named last, kept
 * up to date as a sentence is read: "the day" is that day, "the year" and "the first half of the
 * year" are of that period's year, "the following year" counts from that year. It starts from
 * what the sentences before named. Made for one sentence; not shared.
 */
final class TimeAnchors {
  /** The last day named so far in this sentence or the sentences before it. */
  private String day;
  /** The last month or quarter named so far in this sentence or the sentences before it. */
  private String period;

  /** The last year named so far ({@code 2019}, of a year, a month, a quarter or a day). */
  private String year;

  TimeAnchors(String day, String period, String year) {
    this.day = day;
    this.period = period;
    this.year = year;
  }

  /** The last year named, or null. */
  String year() {
    return year;
  }

  /** The last day named, or null. */
  String day() {
    return day;
  }

  /** The last month or quarter of a known year named ({@code 2025-Q4}), or null. */
  String period() {
    return period;
  }

  /** Notes the day and the period {@code e} names, for the expressions after it. */
  void named(TimeExpr e) {
    if (e.day() != null && !e.day().startsWith("X")) {
      day = e.day(); // "fell on Monday to end the day": that Monday
    }
    if (e.reportsPeriod()) {
      period = e.value();
    }
    String v = e.value();
    if (e.type() == Type.DATE && v.length() >= 4
        && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(3))
        && (v.length() == 4 || v.charAt(4) == '-')) {
      year = v.substring(0, 4); // "in 2019", "in March 2019", "on May 3, 2019"
    }
  }
}
