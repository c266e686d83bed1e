package dev.parallax.facts;

import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.TimeExpr.Kind;

/**
 * Reads the time expressions of one sentence that a definite article or a demonstrative ties to
 * the day, year or weekend the text speaks of: "the day", "the same day", "the year", "the end of
 * the year", "the new year", "a year earlier", "the weekend". Made for one sentence; not shared.
 */
final class TimeDefinites extends TimeClauseReader {
  private final TimeTense tense;

  TimeDefinites(TimeClause clause, TimeTense tense) {
    super(clause);
    this.tense = tense;
  }

  /**
   * "the day", "the same day", "to end the day at 7,114": the day last named, else the
   * publication date; not a day set against another event (pack facet {@code time-anchor}).
   */
  TimeExpr theDay(int w) {
    if (w - 1 < from || !tw.has(w - 1, TimeWords.DET)) {
      return null;
    }
    int a = tw.has(w, TimeWords.SAME) ? w + 1 : w;
    if (a >= to || !"day".equals(tw.value(a, TimeWords.UNIT)) || plural(a)) {
      return null;
    }
    String side = a + 1 < to ? tw.value(a + 1, TimeWords.SEQUEL) : null;
    if (side != null && w == a && (a + 2 >= to || !tw.blankAfter(a + 1))) {
      // "the rebels broke it the day after.": a day next to the day last named, nothing after
      String v = cal.dayFrom(anchors.day(), Integer.parseInt(side.split(" ")[0]));
      return new TimeExpr(w, a + 2, Type.DATE, v, Kind.REL, v, -1);
    }
    if (a + 1 < to && (tw.has(a + 1, TimeWords.OF) || tw.has(a + 1, TimeWords.ANCHOR))) {
      return null; // "the day of the vote", "the day after" the vote, "the day that changed it"
    }
    String day = anchors.day() != null ? anchors.day() : cal.dayOffset(0);
    return new TimeExpr(w, a + 1, Type.DATE, day, Kind.REL, null, -1);
  }

  /**
   * "the end of the year", "by year-end", "for the entire year" (pack facet {@code time-whole}):
   * the year of the month or quarter last named ("a loss in the fourth quarter of 2005 and for
   * the entire year"), else of publication; "the end of the month", "month-end": the month last
   * named, else that of publication; not a year set against another event ("the year before",
   * pack facet {@code time-anchor}), of something ("the year of the flood") or named by its
   * number ("the year 2000").
   */
  TimeExpr theYear(int w) {
    String unit = tw.value(w, TimeWords.UNIT);
    if (("decade".equals(unit) || "century".equals(unit) || "week".equals(unit)) && !plural(w)) {
      return edgeOf(w, unit);
    }
    if (!("year".equals(unit) || "month".equals(unit)) || plural(w)) {
      return null;
    }
    String word = t.word(w);
    if ("year".equals(unit)) {
      TimeExpr special = newYear(w);
      special = special != null ? special : yearBeside(w);
      special = special != null ? special : yearEarlierPeriod(w);
      if (special != null) {
        return special;
      }
    }
    boolean end = w + 1 < to && "end".equalsIgnoreCase(t.word(w + 1)) && (tw.tight(w, "-")
        || word.endsWith("'s") || word.endsWith("\u2019s")); // "by year-end", "at year's end"
    if (!Character.isLowerCase(word.charAt(0)) && !(end && w == from)) {
      return null; // a name ("Year of the Dragon"), unless it opens the sentence
    }
    int d = w - 2 >= from && tw.has(w - 1, TimeWords.WHOLE) ? w - 2 : w - 1; // "the entire"
    if (!end && (d < from || !tw.has(d, TimeWords.DET))) {
      return null;
    }
    if (!end && w + 1 < to && (tw.blankAfter(w) && (tw.has(w + 1, TimeWords.OF)
        || tw.has(w + 1, TimeWords.ANCHOR) || t.isNumber(w + 1))
        || tw.tight(w, "-") && tw.has(w + 1, TimeWords.LENGTH_ADJECTIVE))) {
      // "the year of the flood", "the month before", "the year-long strike"; but "a profit for
      // the year, its first": a comma ends the phrase
      return null;
    }
    String period = anchors.period();
    String value = "year".equals(unit) ? yearAbout()
        : period != null && period.length() == 7 && period.charAt(4) == '-'
            && Character.isDigit(period.charAt(5)) ? period : cal.unitOffset("month", 0);
    if ("year".equals(unit) && period == null && yearPast(d == w - 1 ? w - 1 : d, w)) {
      value = cal.unitOffset("year", -1); // "sales jumped at the end of the year", in January
    }
    if (end) {
      return new TimeExpr(w, w + 2, Type.DATE, value, Kind.REL, null, -1);
    }
    return new TimeExpr(d == w - 1 ? w : d, w + 1, Type.DATE, value, Kind.REL, null, -1);
  }

  /**
   * Whether a year told as past, with publication in the first two months of a year, is the
   * year before: "the end of the year" (the words before the determiner at {@code d}) or "the
   * year", "the full year" in a clause in the past tense, before or after it ("sales jumped at
   * the end of the year", "net income for the year was $4 billion", published in February).
   */
  private boolean yearPast(int d, int w) {
    if (!cal.known() || cal.dct().getMonthValue() > 2) {
      return false;
    }
    for (int k = d - 1; k >= from && k >= d - 4; k--) {
      if ("END".equals(tw.value(k, TimeWords.MOD)) && tw.after(k, TimeWords.MOD) == d) {
        return tense.tense(k) < 0;
      }
    }
    return tense.tense(d) < 0;
  }

  /**
   * "the new year", "in the New Year" (pack facet {@code time-new}): the year about to begin, or
   * just begun: in the second half of the publication year the next one, else that year. Not
   * before a noun of the holiday (pack facet {@code time-holiday-noun}: "the new year
   * celebrations") or a name, nor with a possessive ("the New Year's Day"). "The new fiscal
   * year" likewise, as a fiscal year (FY2027 in November 2026).
   */
  private TimeExpr newYear(int w) {
    boolean fiscal = w - 3 >= from && tw.has(w - 1, TimeWords.FISCAL)
        && Character.isLowerCase(t.word(w - 1).charAt(0));
    int n = fiscal ? w - 1 : w; // "the new fiscal year": the fiscal year about to begin
    if (n - 2 < from || !tw.has(n - 1, TimeWords.NEW) || !tw.has(n - 2, TimeWords.DET)
        || !cal.known() || t.endWithoutPossessive(w) != t.end(w)
        || w + 1 < to && tw.blankAfter(w)
            && (tw.has(w + 1, TimeWords.HOLIDAY_NOUN) || isCapital(w + 1))) {
      return null;
    }
    int off = cal.dct().getMonthValue() > 6 ? 1 : 0;
    return new TimeExpr(n - 2, w + 1, Type.DATE, (fiscal ? "FY" : "") + cal.unitOffset("year", off),
        Kind.REL, null, -1);
  }

  /**
   * "the year before", "the year after", "the year previous" with nothing after it (pack facet
   * {@code time-sequel}): the year next to the one the text named last, else to publication
   * ("revenue for 2024 rose 10 percent from the year before": 2023); "the year before the war"
   * sets it against an event.
   */
  private TimeExpr yearBeside(int w) {
    if (w - 1 < from || !tw.has(w - 1, TimeWords.DET) || w + 1 >= to
        || !tw.has(w + 1, TimeWords.SEQUEL) || w + 2 < to && tw.blankAfter(w + 1)) {
      return null;
    }
    int step = Integer.parseInt(tw.value(w + 1, TimeWords.SEQUEL).split(" ")[0]);
    String v = anchors.year() != null
        ? TimeCalendar.year(Integer.parseInt(anchors.year()) + step)
        : cal.unitOffset("year", step);
    return v == null ? null : new TimeExpr(w - 1, w + 2, Type.DATE, v, Kind.REL, null, -1);
  }

  /**
   * "the year-earlier period", "the year-ago quarter": the month or quarter the report named, one
   * year back; null when none was named.
   */
  private TimeExpr yearEarlierPeriod(int w) {
    String period = anchors.period();
    if (period == null || w - 1 < from || !tw.has(w - 1, TimeWords.DET) || w + 2 >= to
        || !tw.tight(w, "-") || !tw.has(w + 1, TimeWords.AGO) || !tw.has(w + 2, TimeWords.PERIOD)
        || "after".equals(tw.value(w + 1, TimeWords.AGO))) {
      return null;
    }
    int year = Integer.parseInt(period.substring(0, 4));
    return new TimeExpr(w - 1, w + 3, Type.DATE, TimeCalendar.year(year - 1) + period.substring(4),
        Kind.REL, null, -1);
  }

  /**
   * "the decade", "the century" after "the end of", "the start of" (pack facet {@code
   * time-mod}): the decade or century of the year the text is about (and "the week" the week of
   * the day last named, else of publication: "by the end of the week") ("by the end of the decade"
   * in 2025: 202X; after "in March 2009", 200X); null elsewhere ("over the decade" is a length,
   * "the decade of reform" a name).
   */
  private TimeExpr edgeOf(int w, String unit) {
    int d = w - 1;
    if (d - 1 < from || !tw.has(d, TimeWords.DET)
        || w + 1 < to && (tw.has(w + 1, TimeWords.OF) || tw.has(w + 1, TimeWords.ANCHOR))) {
      return null;
    }
    boolean edge = false;
    for (int k = d - 1; k >= from && k >= d - 4 && !edge; k--) {
      edge = tw.has(k, TimeWords.MOD) && tw.after(k, TimeWords.MOD) == d;
    }
    if (edge && unit.equals("week")) {
      // "by the end of the week": the week of the day last named, else of publication
      return new TimeExpr(d, w + 1, Type.DATE, cal.weekFrom(anchors.day(), 0), Kind.REL, null,
          -1);
    }
    String year = yearAbout(); // as "the end of the year": of the period last named
    if (!edge || !Character.isDigit(year.charAt(0))) {
      return null;
    }
    return new TimeExpr(d, w + 1, Type.DATE, unit.equals("decade")
        ? TimeCalendar.decade(year.substring(0, 3)) : year.substring(0, 2), Kind.REL, null, -1);
  }

  /**
   * "the weekend", "this weekend": the weekend of the publication week; "the weekend" in a clause
   * in the past tense published on a weekday is the weekend just before ("the storm hit over
   * the weekend" published on a Monday: the two days before it).
   */
  TimeExpr weekend(int w) {
    if (!"weekend".equals(tw.value(w, TimeWords.UNIT)) || plural(w) || !context(w)) {
      return null;
    }
    int offset = tw.has(w - 1, TimeWords.DET) && cal.known()
        && cal.dct().getDayOfWeek().getValue() <= 5 && tense.past(w) ? -1 : 0;
    return new TimeExpr(w, w + 1, Type.DATE, cal.unitOffset("weekend", offset), Kind.WEEKEND,
        null, -1);
  }
}
