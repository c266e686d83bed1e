package dev.parallax.facts;

/**
 * The day and the month or quarter of a known year that the text has named last, kept up to
 * date as a sentence is read: "the day" is that day, "the year" and "the first half of the
 * year" are of that period's year. It starts from what the sentences before named. Made for one
 * sentence; not shared.
 */
final class TimeAnchors {
  /** The last day named so far in this sentence or the sentences before it. */
  private String day;
  /** The last month or quarter named so far in this sentence or the sentences before it. */
  private String period;

  TimeAnchors(String day, String period) {
    this.day = day;
    this.period = period;
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
  }
}
