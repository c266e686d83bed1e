package dev.parallax.facts;

import static dev.parallax.facts.TimeNumbers.duration;

import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.TimeExpr.Kind;
import dev.parallax.facts.TimeNumbers.Num;
import java.util.Locale;

/**
 * Reads the time expressions of one sentence that are relative to the publication date or to
 * what the text named before, or that count time: "last week", "next Sunday", "this August",
 * "the coming months", "three days", "two years ago", "between 60 and 90 days", "for years",
 * "the day", "the end of the year", "the weekend", "recently", "the past", "every week". Made
 * for one sentence; not shared.
 */
final class TimeRelatives extends TimeClauseReader {
  private final TimeNumbers numbers;
  private final TimeTense tense;

  TimeRelatives(TimeClause clause, TimeNumbers numbers, TimeTense tense) {
    super(clause);
    this.numbers = numbers;
    this.tense = tense;
  }

  /** "last week", "next Sunday", "this August", "the past nine days", "coming weeks". */
  TimeExpr rel(int w) {
    TimeExpr seq = sequel(w);
    if (seq != null) {
      return seq;
    }
    String r = tw.value(w, TimeWords.REL);
    if (r == null) {
      return null;
    }
    boolean coming = r.equals("coming"); // "the coming months": like "next", but vague
    if (coming) {
      r = "next";
    }
    int a = tw.after(w, TimeWords.REL);
    if (a >= to) {
      return null;
    }
    boolean the = w - 1 >= from && tw.has(w - 1, TimeWords.DET);
    Num n = numbers.number(a);
    if (n != null && !n.article()) {
      int u = numbers.unitAfter(n);
      if (u >= 0) {
        String unit = tw.value(u, TimeWords.UNIT);
        return new TimeExpr(w, u + 1, Type.DURATION, duration(unit, n.value()), Kind.REL_DURATION,
            null, -1);
      }
    }
    String unit = tw.value(a, TimeWords.UNIT);
    if (unit != null) {
      int e = tw.after(a, TimeWords.UNIT);
      if (plural(a) && coming) {
        return new TimeExpr(w, e, Type.DATE, "FUTURE_REF", Kind.REL, null, -1); // "coming weeks"
      }
      if (plural(a)) {
        return new TimeExpr(w, e, Type.DURATION, duration(unit, Double.NaN), Kind.REL_DURATION,
            null, -1);
      }
      if ((r.equals("past") || r.equals("last") && ("decade".equals(unit)
          || "century".equals(unit)) && stretch(w - 2)) && the) {
        // "the past year", "over the last decade": a length up to publication ("in the early
        // part of the last decade" names the decade)
        return new TimeExpr(w, e, Type.DURATION, duration(unit, 1), Kind.REL_DURATION, null, -1);
      }
      int off = direction(r, -1, 1, 0);
      if (unit.equals("day") || unit.equals("hour") || unit.equals("minute")
          || unit.equals("second") || unit.equals("fortnight")) {
        return null;
      }
      if (unit.equals("quarter") && a + 1 < to && tw.has(a + 1, TimeWords.OF)) {
        return null;
      }
      String v = cal.unitOffset(unit, off);
      return v == null ? null : new TimeExpr(w, e, Type.DATE, v, Kind.REL, null, -1);
    }
    String mv = tw.value(a, TimeWords.MONTH);
    if (mv != null) {
      int dir = direction(r, -2, 2, 0);
      return new TimeExpr(w, tw.after(a, TimeWords.MONTH), Type.DATE,
          cal.monthRelative(Integer.parseInt(mv), dir), Kind.MONTH, null, -1);
    }
    String dv = tw.value(a, TimeWords.WEEKDAY);
    if (dv != null) {
      int dir = direction(r, -2, 2, 1);
      String v = cal.weekday(Integer.parseInt(dv), dir);
      return new TimeExpr(w, tw.after(a, TimeWords.WEEKDAY), Type.DATE, v, Kind.DAY, v, -1);
    }
    String sv = tw.value(a, TimeWords.SEASON);
    if (sv != null) {
      int dir = direction(r, -1, 1, 0);
      return new TimeExpr(w, tw.after(a, TimeWords.SEASON), Type.DATE,
          cal.season(sv.split(" ")[0], dir), Kind.SEASON, null, -1);
    }
    String pv = tw.value(a, TimeWords.PART);
    if (pv != null && !r.equals("next")) {
      int off = r.equals("this") ? 0 : -1;
      return new TimeExpr(w, tw.after(a, TimeWords.PART), Type.TIME,
          cal.dayOffset(off) + "T" + pv, Kind.PART, null, -1);
    }
    return null;
  }

  /**
   * "the next day", "the following day", "the previous year", "the prior quarter" (pack facet
   * {@code time-sequel}, after "the"): the day, week, month, quarter or year next to the one the
   * text named last, as narrative counts from the day it tells of ("the plane crashed on Monday;
   * the pilot had reported a fault the previous day": Sunday); from publication when the text
   * has named none. A word whose value names a unit ("next": "1 day") reads only that unit
   * ("over the next year" is a length).
   */
  private TimeExpr sequel(int w) {
    String sv = tw.value(w, TimeWords.SEQUEL);
    if (sv == null || w - 1 < from || !tw.has(w - 1, TimeWords.DET)) {
      return null;
    }
    int a = tw.after(w, TimeWords.SEQUEL);
    String unit = a < to ? tw.value(a, TimeWords.UNIT) : null;
    String[] p = sv.split(" ");
    if (unit == null || plural(a) || p.length > 1 && !p[1].equals(unit)
        || !Character.isLowerCase(t.word(a).charAt(0))) {
      return null;
    }
    if (a + 1 < to && tw.has(a + 1, TimeWords.ALTERNATIVE)) {
      return null; // "over the next day or two": a length
    }
    int step = Integer.parseInt(p[0]);
    String v = switch (unit) {
      case "day" -> cal.dayFrom(anchors.day(), step);
      case "week" -> cal.weekFrom(anchors.day(), step);
      case "month", "quarter" -> cal.periodFrom(anchors.period(), unit, step);
      case "year" -> anchors.year() != null
          ? TimeCalendar.year(Integer.parseInt(anchors.year()) + step)
          : cal.unitOffset("year", step);
      default -> null;
    };
    if (v == null) {
      return null;
    }
    return new TimeExpr(w, a + 1, Type.DATE, v, Kind.REL,
        unit.equals("day") ? v : null, -1);
  }

  /**
   * Whether word {@code k} brings in a stretch of time: a preposition of pack facet {@code
   * time-link} other than "of" ("over the last decade", "during the last century") or a verb of
   * spending time, facet {@code time-span-verb} ("spent the last decade").
   */
  private boolean stretch(int k) {
    return k >= from && ("preposition".equals(tw.value(k, TimeWords.LINK))
        && !tw.has(k, TimeWords.OF) || tw.has(k, TimeWords.SPAN_VERB));
  }

  /** A relative word's direction: {@code back} for "last", "past", {@code ahead} for "next". */
  private static int direction(String r, int back, int ahead, int otherwise) {
    return switch (r) {
      case "last", "past" -> back;
      case "next" -> ahead;
      default -> otherwise;
    };
  }

  /**
   * Whether "a" or "an" at {@code w} follows a number and the word it counts ("60 miles an
   * hour", "500 cars a day", "100 km an hour"): the unit of time after it is that of a rate, as
   * in "15 a year"; "two houses a year later" counts from another event.
   */
  private boolean rateOfMeasure(int w) {
    return w - 2 >= from && t.isNumber(w - 2) && isPlainWord(w - 1)
        && tw.gapAfter(w - 2).isBlank() && tw.gapAfter(w - 1).isBlank();
  }

  /**
   * "three days", "12-year", "a year", "two years ago", "15 a year" and "60 miles an hour" (a
   * set).
   */
  TimeExpr count(int w) {
    Num n = numbers.number(w);
    if (n == null || w - 1 >= from && t.isNumber(w - 1) && tw.tight(w - 1, ":")) {
      return null; // the seconds of "6:00 minutes remaining" count nothing
    }
    int u = numbers.unitAfter(n);
    if (u < 0) {
      return rangeStart(w, n);
    }
    String unit = tw.value(u, TimeWords.UNIT);
    int e = tw.after(u, TimeWords.UNIT);
    if (n.article() && unit.equals("quarter") && !(e < to && tw.has(e, TimeWords.AGO))) {
      return null; // "a quarter of the staff"; "a quarter earlier" counts time
    }
    if (unit.equals("quarter") && (n.value() == 1 || n.value() == 3) && u == n.end()
        && e < to && tw.has(e, TimeWords.OF)) {
      // "three quarters of the staff", "one quarter of a billion": a fraction, not a time
      // ("two consecutive quarters of growth" is one)
      return null;
    }
    if (e < to && "before".equals(tw.value(e, TimeWords.AGO))) {
      String v = n.vague() ? "PAST_REF" : cal.ago(unit, n.value());
      return new TimeExpr(w, e + 1, Type.DATE, v, Kind.REL, null, -1);
    }
    if (n.article() && w - 1 >= from && ((t.isNumber(w - 1) || tw.has(w - 1, TimeWords.NUMBER))
        && tw.gapAfter(w - 1).isBlank()
        || rateOfMeasure(w) && (e >= to || !tw.has(e, TimeWords.AGO)))) {
      return new TimeExpr(w, e, Type.SET, duration(unit, 1), Kind.SET, null, -1);
    }
    if (n.digits() && n.value() >= 1000 && !tw.tight(w, "-")) {
      return null;
    }
    double[] share = n.vague() ? null : numbers.shareAfter(e);
    if (share != null) {
      // "an hour and a half", "a decade and a half"
      return new TimeExpr(w, (int) share[1], Type.DURATION, duration(unit, n.value() + share[0]),
          Kind.DURATION, null, -1);
    }
    return new TimeExpr(w, e, Type.DURATION, duration(unit, n.value()), Kind.DURATION, null, -1);
  }

  /**
   * The first number of a range of lengths of time, which takes the unit of the second
   * ("between 60 and 90 days": 60 days); null when no range follows.
   */
  private TimeExpr rangeStart(int w, Num n) {
    int j = n.end();
    if (n.vague() || n.article() || j >= to || !tw.has(j, TimeWords.RANGE)) {
      return null;
    }
    Num second = numbers.number(j + 1);
    if (second == null || second.vague() || second.article() || second.value() <= n.value()) {
      return null;
    }
    int u = numbers.unitAfter(second);
    if (u < 0 || u != second.end()) {
      return null;
    }
    String unit = tw.value(u, TimeWords.UNIT);
    return new TimeExpr(w, n.end(), Type.DURATION, duration(unit, n.value()), Kind.DURATION, null,
        -1);
  }

  /**
   * "years" after "for", "in", "over the", "recent", or before "of" and a plain noun ("days of
   * repairs", "months of talks": not "days of the week"), or joined by a hyphen to a word of the
   * pack facet {@code time-length-adjective} ("a decades-long fight", "a weeks-old truce").
   */
  TimeExpr pluralUnit(int w) {
    String closed = tw.value(w, TimeWords.LENGTH_WORD);
    if (closed != null) {
      // "a weeklong strike", "the yearlong inquiry": one unit, written as one word; "for a
      // while", "some time": a length with no count; not "a long-time fan", an adjective
      int e = tw.after(w, TimeWords.LENGTH_WORD);
      for (int k = w; k + 1 < e; k++) {
        if (tw.gapAfter(k).indexOf('-') >= 0) {
          return null;
        }
      }
      return new TimeExpr(w, e, Type.DURATION, closed, Kind.DURATION, null, -1);
    }
    String unit = tw.value(w, TimeWords.UNIT);
    if (unit == null) {
      return null;
    }
    int e = tw.after(w, TimeWords.UNIT);
    if (!plural(w)) {
      // "the year-long inquiry", "a decade-long war": one unit joined to "long" or "old"
      // ("a thousand-year-old child" counts its years before)
      return e < to && tw.joined(e - 1, "-") && !tw.gapAfter(e - 1).isBlank()
          && !(w - 1 >= from && tw.tight(w - 1, "-"))
          && tw.has(e, TimeWords.LENGTH_ADJECTIVE) && Character.isLowerCase(t.word(w).charAt(0))
          ? new TimeExpr(w, tw.after(e, TimeWords.LENGTH_ADJECTIVE), Type.DURATION,
              duration(unit, 1), Kind.DURATION, null, -1)
          : null;
    }
    if (e < to && e - 1 >= from && !tw.gapAfter(e - 1).isBlank() && tw.joined(e - 1, "-")
        && tw.has(e, TimeWords.LENGTH_ADJECTIVE)) {
      return new TimeExpr(w, tw.after(e, TimeWords.LENGTH_ADJECTIVE), Type.DURATION,
          duration(unit, Double.NaN), Kind.PLURAL, null, -1);
    }
    if (e < to && "AHEAD".equals(tw.value(e, TimeWords.REF)) && w - 1 >= from
        && tw.has(w - 1, TimeWords.DET)) {
      // "in the days ahead", "the months to come": a stretch after publication, as "the
      // coming days"
      return new TimeExpr(w, tw.after(e, TimeWords.REF), Type.DATE, "FUTURE_REF", Kind.PLURAL,
          null, -1);
    }
    if (e < to && "before".equals(tw.value(e, TimeWords.AGO))) {
      // "decades ago", "years ago": some time back, as "several years ago"
      return new TimeExpr(w, e + 1, Type.DATE, "PAST_REF", Kind.REL, null, -1);
    }
    if (e < to && (tw.has(e, TimeWords.AGO) || tw.has(e, TimeWords.LINK)
        && tw.has(e, TimeWords.ANCHOR))
        && !(w - 1 >= from && isPlainWord(w - 1) && t.term(w - 1).endsWith("ing")
            && tw.gapAfter(w - 1).isBlank() && !tw.any(w - 1))) {
      // "hours after the vote", "days later", "weeks before the election": a vague length
      // counted from another event ("his declining years after" is a time of life)
      return new TimeExpr(w, e, Type.DURATION, duration(unit, Double.NaN), Kind.PLURAL, null,
          -1);
    }
    boolean ofNoun = e + 1 < to && tw.has(e, TimeWords.OF) && isPlainWord(e + 1);
    if (ofNoun || w - 1 >= from && (tw.has(w - 1, TimeWords.LINK)
        || tw.has(w - 1, TimeWords.DET) || tw.endsAt(TimeWords.SPAN_VERB, w, from)
        || w - 2 >= from && tw.has(w - 1, TimeWords.LIMITER) && tw.has(w - 2, TimeWords.LINK))) {
      // "for days", "the weeks", "took minutes", "in just minutes", "then days of repairs"
      return new TimeExpr(w, tw.after(w, TimeWords.UNIT), Type.DURATION, duration(unit, Double.NaN),
          Kind.PLURAL, null, -1);
    }
    return joinedToLength(w)
        // "days or weeks", "hours, not minutes", "months or even years": as the first, a length
        ? new TimeExpr(w, e, Type.DURATION, duration(unit, Double.NaN), Kind.PLURAL, null, -1)
        : null;
  }

  /**
   * Whether the plural unit at {@code w} follows another bare plural unit, with only words of
   * the pack facet {@code time-length-join} between ("days or weeks", "months or even years").
   */
  private boolean joinedToLength(int w) {
    int k = w - 1;
    while (k >= from && k >= w - 3 && tw.has(k, TimeWords.LENGTH_JOIN)) {
      k--;
    }
    return k < w - 1 && k >= from && tw.has(k, TimeWords.UNIT) && plural(k)
        && tw.after(k, TimeWords.UNIT) == k + 1 && Character.isLowerCase(t.word(k).charAt(0))
        && (k - 1 < from || !t.isNumber(k - 1));
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
    if (side != null && w == a && (a + 2 >= to || !tw.gapAfter(a + 1).isBlank())) {
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
    if (!end && w + 1 < to && (tw.gapAfter(w).isBlank() && (tw.has(w + 1, TimeWords.OF)
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
   * celebrations") or a name, nor with a possessive ("the New Year's Day").
   */
  private TimeExpr newYear(int w) {
    if (w - 2 < from || !tw.has(w - 1, TimeWords.NEW) || !tw.has(w - 2, TimeWords.DET)
        || !cal.known() || t.endWithoutPossessive(w) != t.end(w)
        || w + 1 < to && tw.gapAfter(w).isBlank()
            && (tw.has(w + 1, TimeWords.HOLIDAY_NOUN) || isCapital(w + 1))) {
      return null;
    }
    int off = cal.dct().getMonthValue() > 6 ? 1 : 0;
    return new TimeExpr(w - 2, w + 1, Type.DATE, cal.unitOffset("year", off), Kind.REL, null, -1);
  }

  /**
   * "the year before", "the year after", "the year previous" with nothing after it (pack facet
   * {@code time-sequel}): the year next to the one the text named last, else to publication
   * ("revenue for 2024 rose 10 percent from the year before": 2023); "the year before the war"
   * sets it against an event.
   */
  private TimeExpr yearBeside(int w) {
    if (w - 1 < from || !tw.has(w - 1, TimeWords.DET) || w + 1 >= to
        || !tw.has(w + 1, TimeWords.SEQUEL) || w + 2 < to && tw.gapAfter(w + 1).isBlank()) {
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

  /** "the weekend", "this weekend": the weekend of the publication week. */
  TimeExpr weekend(int w) {
    if (!"weekend".equals(tw.value(w, TimeWords.UNIT)) || plural(w) || !context(w)) {
      return null;
    }
    return new TimeExpr(w, w + 1, Type.DATE, cal.unitOffset("weekend", 0), Kind.WEEKEND, null, -1);
  }

  /** "now", "recently", "the future", "soon", "later"; "recent days", "the past decades". */
  TimeExpr ref(int w) {
    if (w >= to) {
      return null;
    }
    String v = tw.value(w, TimeWords.REF);
    if (v == null || v.equals("AHEAD")) {
      return null; // "ahead" is a reference only after "the" and a plural unit
    }
    if (w - 1 >= from && tw.has(w, TimeWords.AGO) && tw.gapAfter(w - 1).isBlank()
        && (tw.any(w - 1) || t.isNumber(w - 1))) {
      return null; // "three days later", "two Mondays later": a distance, no reference
    }
    int a = tw.after(w, TimeWords.REF);
    boolean recent = v.equals("RECENT");
    if ((recent || v.equals("PAST_REF")) && a < to && tw.has(a, TimeWords.UNIT)
        && plural(a)) {
      int e = tw.after(a, TimeWords.UNIT);
      return recent
          // "recent days", "in recent years": a stretch just before publication
          ? new TimeExpr(w, e, Type.DATE, "PAST_REF", Kind.PLURAL, null, -1)
          // "the past decades": a vague length of time
          : new TimeExpr(w, e, Type.DURATION, duration(tw.value(a, TimeWords.UNIT), Double.NaN),
              Kind.PLURAL, null, -1);
    }
    if (recent) {
      v = "PAST_REF";
    }
    return new TimeExpr(w, a, Type.DATE, v, Kind.REF, null, -1);
  }

  /**
   * "every week", "every two years", "every Sunday", "every weekend" (XXXX-WXX-WE), "daily": a
   * recurring time (SET); not a word
   * such as "daily" written with a capital after the first word of its sentence, which is part of
   * a name ("Us Weekly", "the New York Daily News").
   */
  TimeExpr set(int w) {
    String sv = tw.value(w, TimeWords.SET);
    if (sv == null) {
      return null;
    }
    int a = tw.after(w, TimeWords.SET);
    if (!sv.equals("every")) {
      if (w > from && Character.isUpperCase(t.word(w).charAt(0))) {
        return null; // "Us Weekly", "the Daily Mail": a capital inside a sentence makes a name
      }
      return new TimeExpr(w, a, Type.SET, sv, Kind.SET, null, -1);
    }
    if (a >= to) {
      return null;
    }
    Num n = numbers.number(a);
    if (n != null && !n.vague()) {
      int u = numbers.unitAfter(n);
      if (u >= 0) {
        return new TimeExpr(w, u + 1, Type.SET, duration(tw.value(u, TimeWords.UNIT), n.value()),
            Kind.SET, null, -1);
      }
    }
    String unit = tw.value(a, TimeWords.UNIT);
    if (unit != null) {
      // "every weekend" recurs as "every Sunday" does: a part of each week, no length
      String v = unit.equals("weekend") ? "XXXX-WXX-WE" : duration(unit, 1);
      return new TimeExpr(w, tw.after(a, TimeWords.UNIT), Type.SET, v, Kind.SET, null, -1);
    }
    String dv = tw.value(a, TimeWords.WEEKDAY);
    if (dv != null) {
      return new TimeExpr(w, tw.after(a, TimeWords.WEEKDAY), Type.SET, "XXXX-WXX-" + dv, Kind.SET,
          null, -1);
    }
    String pv = tw.value(a, TimeWords.PART);
    if (pv != null) {
      return new TimeExpr(w, tw.after(a, TimeWords.PART), Type.SET, "XXXX-XX-XXT" + pv, Kind.SET,
          null, -1);
    }
    String mv = tw.value(a, TimeWords.MONTH);
    if (mv != null) {
      return new TimeExpr(w, tw.after(a, TimeWords.MONTH), Type.SET,
          String.format(Locale.ROOT, "XXXX-%02d", Integer.parseInt(mv)), Kind.SET, null, -1);
    }
    return null;
  }
}
