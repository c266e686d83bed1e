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
 * "recently", "the past", "every week" ("the day", "the year", "the weekend": {@link
 * TimeDefinites}). Made for one sentence; not shared.
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
    if (a + 1 < to && tw.has(a, TimeWords.FISCAL) && "year".equals(tw.value(a + 1, TimeWords.UNIT))
        && !plural(a + 1) && Character.isLowerCase(t.word(a).charAt(0))) {
      // "the current fiscal year", "last fiscal year": the fiscal year named as the year is
      String v = cal.unitOffset("year", direction(r, -1, 1, 0));
      return new TimeExpr(w, tw.after(a + 1, TimeWords.UNIT), Type.DATE, "FY" + v, Kind.REL, null,
          -1);
    }
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
        && tw.blankAfter(w - 2) && tw.blankAfter(w - 1);
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
    if (t.start(w) > 0
        && Character.getType(t.text().charAt(t.start(w) - 1)) == Character.CURRENCY_SYMBOL) {
      return null; // "the $69 day ticket", "a $5 hour wage": a price, no length of time
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
        && tw.blankAfter(w - 1)
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
        if (tw.gapHas(k, '-')) {
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
      return e < to && tw.joined(e - 1, "-") && !tw.blankAfter(e - 1)
          && !(w - 1 >= from && tw.tight(w - 1, "-"))
          && tw.has(e, TimeWords.LENGTH_ADJECTIVE) && Character.isLowerCase(t.word(w).charAt(0))
          ? new TimeExpr(w, tw.after(e, TimeWords.LENGTH_ADJECTIVE), Type.DURATION,
              duration(unit, 1), Kind.DURATION, null, -1)
          : null;
    }
    if (e < to && e - 1 >= from && !tw.blankAfter(e - 1) && tw.joined(e - 1, "-")
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
            && tw.blankAfter(w - 1) && !tw.any(w - 1))) {
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

  /** "now", "recently", "the future", "soon", "later"; "recent days", "the past decades". */
  TimeExpr ref(int w) {
    if (w >= to) {
      return null;
    }
    String v = tw.value(w, TimeWords.REF);
    if (v == null || v.equals("AHEAD")) {
      return null; // "ahead" is a reference only after "the" and a plural unit
    }
    if (w - 1 >= from && tw.has(w, TimeWords.AGO) && tw.blankAfter(w - 1)
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
