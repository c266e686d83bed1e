package dev.parallax.facts;

import static dev.parallax.facts.TimeExpr.longer;

import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.TimeExpr.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar that combines the expressions of one sentence: at a word it tries every reading
 * (a date, a weekday, a relative or counted time, a year, a clock time, a season, a quarter...)
 * and keeps the longest; it takes in a determiner, a modifier or a degree word before it when
 * the reading allows one ("the past decade", "early 2009", "very recently"), and a part of the
 * day or a clock time after a day, or a day after a clock time ("Sunday morning", "3 p.m.
 * Friday"). Made for one sentence; not shared.
 */
final class TimeGrammar extends TimeClauseReader {
  /** A length of one counted unit ("three hours", "P3Y", "PT12M"): T, the count, the unit. */
  private static final Pattern ONE_UNIT = Pattern.compile("P(T?)(\\d+)([YMWDHS])");

  /** Units from the longest to the shortest, the time units after "T". */
  private static final List<String> UNITS = List.of("Y", "M", "W", "D", "TH", "TM", "TS");

  private final TimeDates dates;
  private final TimeRelatives relatives;
  private final TimeDefinites definites;
  private final TimeClocks clocks;
  private final TimeHolidays holidays;
  private final TimeQuarters quarters;

  TimeGrammar(TimeClause clause) {
    super(clause);
    TimeNumbers numbers = new TimeNumbers(clause);
    TimeTense tense = new TimeTense(clause, numbers);
    this.relatives = new TimeRelatives(clause, numbers, tense);
    this.definites = new TimeDefinites(clause, tense);
    this.clocks = new TimeClocks(clause, numbers);
    this.dates = new TimeDates(clause, numbers, tense, relatives);
    this.holidays = new TimeHolidays(clause, numbers, tense);
    this.quarters = new TimeQuarters(clause, numbers, tense, relatives);
  }

  /** The longest expression that starts at word {@code w}, or null. */
  TimeExpr parse(int w) {
    TimeExpr best = longer(core(w), quarterEnding(w));
    best = longer(best, weekdayOfMonth(w));
    best = longer(best, sequelPart(w));
    if (tw.has(w, TimeWords.DET) && w + 1 < to) {
      TimeExpr in = core(w + 1);
      if (in != null && takesDeterminer(in)) {
        best = longer(best, in.from(w));
      }
    }
    if (tw.has(w, TimeWords.MOD)) {
      String mod = tw.value(w, TimeWords.MOD);
      int a = tw.after(w, TimeWords.MOD);
      if (a < to && tw.joined(a - 1, "-")) {
        TimeExpr in = core(a);
        if (in == null && tw.has(a, TimeWords.DET)) {
          TimeExpr inner = core(a + 1);
          in = inner != null && takesDeterminer(inner) ? inner.from(a) : null;
        }
        if (in != null && takesModifier(mod, in)) {
          best = longer(best, in.from(w));
        }
      }
    }
    if (tw.has(w, TimeWords.DEGREE)) {
      int a = w + 1;
      while (a < to && a < w + 3 && tw.has(a, TimeWords.DEGREE)) {
        a++;
      }
      TimeExpr in = relatives.ref(a);
      if (in != null) {
        best = longer(best, in.from(w));
      }
    }
    if (best != null && best.kind() == Kind.PART && best.first() == w && tw.has(w, TimeWords.DAY)
        && best.end() < to && tw.blankAfter(best.end() - 1)
        && !t.word(best.end() - 1).endsWith("'s")) {
      // "overnight Thursday": that part of the day named right after it (not "tonight's
      // (August 4) show")
      TimeExpr day = dayNamed(best.end());
      if (day != null && day.day() != null && day.type() == Type.DATE) {
        String part = best.value().substring(best.value().indexOf('T'));
        return new TimeExpr(w, day.end(), Type.TIME, day.day() + part, Kind.DAY, day.day(), -1);
      }
    }
    if (best != null && best.kind() == Kind.PART && best.end() + 1 < to
        && tw.has(best.end(), TimeWords.OF)) {
      // "the night of Oct. 10", "the early hours of Sunday": that part of the day named after
      TimeExpr day = dayNamed(best.end() + 1);
      if (day != null && day.day() != null && day.type() == Type.DATE) {
        String part = best.value().substring(best.value().indexOf('T'));
        return new TimeExpr(best.first(), day.end(), Type.TIME, day.day() + part, Kind.DAY,
            day.day(), -1);
      }
    }
    if (best == null) {
      best = dayBeside(w);
    }
    return best == null ? null : ofYear(suffix(joinedLength(best)));
  }

  /**
   * "the next morning", "the following night", "the previous evening" (pack facets {@code
   * time-sequel} and {@code time-part}, after "the"): that part of the day next to the one the
   * text named last, else to publication, as "the next day" is.
   */
  private TimeExpr sequelPart(int w) {
    String sv = tw.has(w, TimeWords.DET) && w + 2 < to ? tw.value(w + 1, TimeWords.SEQUEL) : null;
    int a = sv == null ? to : tw.after(w + 1, TimeWords.SEQUEL);
    String pv = a < to && !plural(a) ? tw.value(a, TimeWords.PART) : null;
    String[] p = sv == null ? null : sv.split(" ");
    if (pv == null || p.length > 1 && !p[1].equals("day")) {
      return null;
    }
    String day = cal.dayFrom(anchors.day(), Integer.parseInt(p[0]));
    return new TimeExpr(w, tw.after(a, TimeWords.PART), Type.TIME, day + "T" + pv, Kind.DAY, day,
        -1);
  }

  /**
   * "the first Tuesday in November", "the last Sunday of the month", "the second Saturday of
   * June 2027": that weekday of the month named after it, the month placed as it is alone; "the
   * last week of March": that whole week; not "the first Tuesday of the trial".
   */
  private TimeExpr weekdayOfMonth(int w) {
    if (!tw.has(w, TimeWords.DET) || w + 4 >= to) {
      return null;
    }
    int o = w + 1;
    int n;
    if (tw.has(o, TimeWords.ORDINAL)) {
      n = Integer.parseInt(tw.value(o, TimeWords.ORDINAL));
    } else if ("last".equals(tw.value(o, TimeWords.REL))) {
      n = -1;
    } else {
      return null;
    }
    int d = Math.max(tw.after(o, TimeWords.ORDINAL), tw.after(o, TimeWords.REL));
    String dv = d < to ? tw.value(d, TimeWords.WEEKDAY) : null;
    boolean week = dv == null && d < to && "week".equals(tw.value(d, TimeWords.UNIT))
        && !plural(d);
    int p = week ? d + 1 : dv == null ? to : tw.after(d, TimeWords.WEEKDAY);
    if (p + 1 >= to || n > 5 || !tw.has(p, TimeWords.OF) && !tw.has(p, TimeWords.LINK)) {
      return null;
    }
    TimeExpr m = core(p + 1);
    if (m == null && tw.has(p + 1, TimeWords.DET)) {
      m = core(p + 2);
    }
    if (m == null || !m.value().matches("\\d{4}-\\d{2}")) {
      return null;
    }
    YearMonth ym = YearMonth.parse(m.value());
    // a week of a month is a whole week: the first holds its first Monday, the last its last
    // Sunday ("the last week of March" 2009 is 2009-W13, March 30 and 31 open W14)
    DayOfWeek dow = week ? n < 0 ? DayOfWeek.SUNDAY : DayOfWeek.MONDAY
        : DayOfWeek.of(Integer.parseInt(dv));
    LocalDate day = n < 0 ? ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(dow))
        : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    if (!YearMonth.from(day).equals(ym)) {
      return null; // "the fifth Monday" of a month with four
    }
    if (week) {
      return new TimeExpr(w, m.end(), Type.DATE, TimeCalendar.week(day), Kind.REL, null, -1);
    }
    String v = day.toString();
    return new TimeExpr(w, m.end(), Type.DATE, v, Kind.DAY, v, -1);
  }

  /**
   * A day of the month written as a number alone beside a date of that month, joined to it by
   * "to", "and", "through" or a dash: the second day of "June 5 to 8", "March 20 and 21",
   * "March 20-21", the first of "20 and 21 May"; the days in order, and not a number that counts
   * something ("March 3 and 4 percent").
   */
  /** Whether {@code s} is one or two ASCII digits (the regex {@code \\d{1,2}}, tested in place). */
  static boolean oneOrTwoDigits(String s) {
    int n = s.length();
    if (n < 1 || n > 2) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private TimeExpr dayBeside(int w) {
    if (!t.isNumber(w) || !oneOrTwoDigits(t.term(w))) {
      return null;
    }
    int d = Integer.parseInt(t.term(w));
    int after = t.end(w);
    char mark = after < t.text().length() ? t.text().charAt(after) : ' ';
    if (d < 1 || d > 31 || mark == '%' || mark == ':' || w + 1 < to
        && tw.blankAfter(w) && (isPlainWord(w + 1) || tw.has(w + 1, TimeWords.UNIT))) {
      return null; // "4 percent", "8%", "5 days"
    }
    boolean dashBefore = w - 1 >= from && tw.tight(w - 1, "-");
    int end = dashBefore ? w : w - 1; // where the date before it ends
    if (end - 1 >= from && (dashBefore || joins(end))) {
      for (int s = end - 1; s >= from && s >= end - 3; s--) {
        TimeExpr a = dates.date(s);
        if (a != null && a.end() == end) {
          return sameMonth(w, a, d, d > dayOf(a));
        }
      }
    }
    boolean dashAfter = tw.tight(w, "-");
    int next = dashAfter ? w + 1 : w + 2;
    if (next < to && (dashAfter || joins(w + 1))) {
      TimeExpr b = dates.date(next);
      if (b != null && b.first() == next) {
        return sameMonth(w, b, d, d < dayOf(b));
      }
    }
    return null;
  }

  /** Whether the word at {@code j} joins two days: "and", "to", "through", "until". */
  private boolean joins(int j) {
    return j >= from && j < to
        && (tw.has(j, TimeWords.RANGE) || "to".equals(tw.value(j, TimeWords.BOUND)));
  }

  /** The day of month of a date written in full, or -1. */
  private static int dayOf(TimeExpr e) {
    return e.value().matches("\\d{4}-\\d{2}-\\d{2}")
        ? Integer.parseInt(e.value().substring(8)) : -1;
  }

  /** Day {@code d} of the month of {@code e} at word {@code w}, when {@code ordered}; else null. */
  private static TimeExpr sameMonth(int w, TimeExpr e, int d, boolean ordered) {
    if (!ordered || dayOf(e) < 0) {
      return null;
    }
    String v = e.value().substring(0, 8) + (d < 10 ? "0" : "") + d;
    return new TimeExpr(w, w + 1, Type.DATE, v, Kind.DAY, v, -1);
  }

  /**
   * Counted lengths of falling units told one after another are one length: joined by "and"
   * ("three hours and 12 minutes" PT3H12M, "two years and three months" P2Y3M, "a day and six
   * hours" P1DT6H), by a comma ("2 hours, 5 minutes and 31 seconds" PT2H5M31S) or by nothing
   * ("7 hours 48 minutes" PT7H48M, as a race time is told); not "three hours and 3,000 people",
   * nor "two years and two years", nor two lengths in a list of rising units ("five minutes,
   * two hours").
   */
  private TimeExpr joinedLength(TimeExpr e) {
    TimeExpr cur = e;
    for (TimeExpr next = nextLength(cur); next != null; next = nextLength(cur)) {
      cur = next;
    }
    return cur;
  }

  /** {@code e} and the length of a shorter unit right after it, as one length; null if none. */
  private TimeExpr nextLength(TimeExpr e) {
    int at = e.end();
    if (e.type() != Type.DURATION || at >= to) {
      return null;
    }
    String gap = tw.gapAfter(at - 1);
    boolean comma = gap.strip().equals(",");
    if (!comma && !tw.blankAfter(at - 1)) {
      return null;
    }
    if ("and".equals(t.term(at))) {
      if (at + 1 >= to || !tw.blankAfter(at)) {
        return null;
      }
      at++; // "2 hours, 5 minutes and 31 seconds", "three hours and 12 minutes"
    } else if (!comma && !t.isNumber(at)) {
      return null; // nothing between: only a number opens the next length ("7 hours 48 minutes")
    }
    int last = smallestUnit(e.value());
    TimeExpr next = last < 0 ? null : relatives.count(at);
    Matcher b = next == null || next.type() != Type.DURATION ? null
        : ONE_UNIT.matcher(next.value());
    if (b == null || !b.matches()) {
      return null;
    }
    int ub = UNITS.indexOf(b.group(1) + b.group(3));
    if (ub <= last) {
      return null;
    }
    String body = e.value().substring(1);
    int ti = body.indexOf('T');
    StringBuilder date = new StringBuilder(ti < 0 ? body : body.substring(0, ti));
    StringBuilder time = new StringBuilder(ti < 0 ? "" : body.substring(ti + 1));
    (ub >= 4 ? time : date).append(b.group(2)).append(b.group(3));
    String v = "P" + date + (time.length() == 0 ? "" : "T" + time);
    return new TimeExpr(e.first(), next.end(), Type.DURATION, v, e.kind(), null, next.endChar());
  }

  /**
   * The index in {@link #UNITS} of the shortest unit of a length's value made of whole counts
   * ("PT2H5M": TM), or -1 when it is no such value ("PXY", "P1.5Y").
   */
  private static int smallestUnit(String value) {
    if (!value.matches("P(\\d+[YMWD])*(T(\\d+[HMS])+)?") || value.equals("P")) {
      return -1;
    }
    int t = value.indexOf('T');
    char u = value.charAt(value.length() - 1);
    return UNITS.indexOf((t >= 0 ? "T" : "") + u);
  }

  /**
   * A length of part of a year with the year after "of" ("the first nine months of the year",
   * "the last three months of 2024"): one expression, the length's value.
   */
  private TimeExpr ofYear(TimeExpr e) {
    if (e.type() != Type.DURATION || e.end() + 1 >= to || !tw.has(e.end(), TimeWords.OF)) {
      return e;
    }
    int first = e.first();
    if (!tw.has(first, TimeWords.DET)) {
      if (first - 2 < from || !tw.has(first - 1, TimeWords.ORDINAL)
          || !tw.has(first - 2, TimeWords.DET)) {
        return e;
      }
      first -= 2; // "the first nine months of the year"
    }
    int j = e.end() + 1;
    TimeExpr year = tw.has(j, TimeWords.DET) && j + 1 < to ? core(j + 1) : core(j);
    if (year == null || year.type() != Type.DATE || !year.value().matches("\\d{4}")
        || year.kind() != Kind.YEAR && year.kind() != Kind.REL) {
      return e;
    }
    return new TimeExpr(first, year.end(), e.type(), e.value(), e.kind(), null, -1);
  }

  /**
   * "the quarter ended Sept. 30", "the three months to June" (pack facet {@code
   * time-period-end}): the calendar quarter that ends in the month named, which must end one; a
   * quarter of a fiscal year ending in another month is no calendar quarter ("the quarter ended
   * Oct. 31"). Null elsewhere.
   */
  private TimeExpr quarterEnding(int w) {
    int u = tw.has(w, TimeWords.DET) ? w + 1 : w;
    if (u + 1 < to && tw.has(u, TimeWords.FISCAL)) {
      u++; // "the fiscal year ended June 30"
    }
    int a;
    boolean year = false;
    if (u < to && ("quarter".equals(tw.value(u, TimeWords.UNIT))
        || "year".equals(tw.value(u, TimeWords.UNIT))) && !plural(u)
        && Character.isLowerCase(t.word(u).charAt(0))) {
      a = u + 1; // "the quarter ended", "the year ended"
      year = "year".equals(tw.value(u, TimeWords.UNIT));
      if (year && (u == w || a >= to || !"end".equals(tw.value(a, TimeWords.PERIOD_END)))) {
        return null; // only "the year ended", "the year ending": "the year to June" is a length
      }
    } else {
      TimeExpr three = u < to && (t.isNumber(u) || tw.has(u, TimeWords.NUMBER))
          ? relatives.count(u) : null;
      if (three == null || !"P3M".equals(three.value()) || u == w) {
        return null; // "the three months to June", after "the"
      }
      a = three.end();
    }
    if (a + 1 >= to || !tw.has(a, TimeWords.PERIOD_END)) {
      return null;
    }
    int p = tw.after(a, TimeWords.PERIOD_END);
    if (p + 1 < to && "preposition".equals(tw.value(p, TimeWords.LINK))
        && tw.has(p + 1, TimeWords.MONTH)) {
      p++; // "ending in June"
    }
    TimeExpr d = p < to ? dates.date(p) : null;
    if (d == null || d.value().length() < 7 || !Character.isDigit(d.value().charAt(0))) {
      return null;
    }
    if (year) {
      // "the year ended June 30", "the fiscal year ending in March 2026": the fiscal year that
      // ends then
      return new TimeExpr(w, d.end(), Type.DATE, "FY" + d.value().substring(0, 4), Kind.YEAR,
          null, -1);
    }
    int m = Integer.parseInt(d.value().substring(5, 7));
    if (m % 3 != 0) {
      return null;
    }
    return new TimeExpr(w, d.end(), Type.DATE, d.value().substring(0, 4) + "-Q" + m / 3,
        Kind.QUARTER, null, -1);
  }

  private static boolean takesDeterminer(TimeExpr e) {
    return switch (e.kind()) {
      case REL, REL_DURATION, QUARTER, DECADE, PART, SEASON, WEEKEND, PLURAL -> true;
      default -> false;
    };
  }

  private static boolean takesModifier(String mod, TimeExpr e) {
    if (mod.equals("EARLIER")) {
      return e.kind() == Kind.DAY || e.kind() == Kind.REL;
    }
    return switch (e.kind()) {
      case YEAR, MONTH, MONTH_YEAR, REL, QUARTER, SEASON, DECADE, DAY, FULL_DATE, WEEKEND -> true;
      default -> false;
    };
  }

  /** A part of the day or a clock time after a day; a day after a clock time. */
  private TimeExpr suffix(TimeExpr e) {
    if (e.day() != null && e.type() == Type.DATE && e.end() < to) {
      String part = tw.value(e.end(), TimeWords.PART);
      if (part != null) {
        // the day stays named: a clock time later in the text takes it ("on Tuesday evening
        // ... when it derailed at 6:52 p.m.")
        return new TimeExpr(e.first(), tw.after(e.end(), TimeWords.PART), Type.TIME,
            e.day() + "T" + part, Kind.DAY, e.day(), -1);
      }
      for (int c = e.end(); c <= e.end() + 1 && c < to; c++) {
        if (!tw.blankAfter(c - 1)
            || (c > e.end() && !tw.has(e.end(), TimeWords.LINK))) {
          break;
        }
        TimeExpr clock = clocks.clock(c);
        if (clock != null) {
          return new TimeExpr(e.first(), clock.end(), Type.TIME, e.day() + clock.value(), Kind.DAY,
              e.day(), clock.endChar());
        }
      }
    }
    if (e.kind() == Kind.CLOCK) {
      // "2:30 p.m. Tuesday", "12:00 UTC Monday", "3:15 a.m. JST on Tuesday": the day after the
      // clock time (the period of "p.m." before it, measured from its end; after that period
      // "on" is not bridged)
      for (int c = e.end(); c <= e.end() + 1 && c < to; c++) {
        String gap = c == e.end() && e.endChar() >= 0
            ? t.text().substring(Math.min(e.endChar(), t.start(c)), t.start(c))
            : tw.gapAfter(c - 1);
        boolean blank = gap.isBlank() && gap.indexOf('\n') < 0; // not across a line break
        if (!blank || (c > e.end() && (!tw.has(e.end(), TimeWords.LINK) || e.endChar() >= 0))) {
          break; // "3:30 a.m. on Sunday" stays two expressions, as it always was
        }
        TimeExpr day = dayNamed(c);
        if (day != null && day.day() != null && day.type() == Type.DATE) {
          // the day stays named: a clock time after it takes that day ("10:30 p.m. April 8 ...
          // at 10:46 p.m."); an afternoon or evening after the day is the clock's half of the
          // day when nothing else told it ("a quarter past two on Sunday afternoon": T14:15)
          String part = day.end() < to ? tw.value(day.end(), TimeWords.PART) : null;
          if (part != null && (part.equals("AF") || part.equals("EV")) && !halfTold(e)) {
            return new TimeExpr(e.first(), tw.after(day.end(), TimeWords.PART), Type.TIME,
                day.day() + afternoon(e.value()), Kind.DAY, day.day(), -1);
          }
          return new TimeExpr(e.first(), day.end(), Type.TIME, day.day() + e.value(), Kind.DAY,
              day.day(), -1);
        }
      }
    }
    return e;
  }

  /** Whether a clock time's own words tell its half of the day ("p.m.", "in the morning"). */
  private boolean halfTold(TimeExpr e) {
    for (int k = e.first(); k < e.end(); k++) {
      String v = tw.value(k, TimeWords.CLOCK);
      if (v != null && (v.startsWith("am") || v.startsWith("pm"))) {
        return true;
      }
    }
    return false;
  }

  /** A clock value ("T02:15") of an hour from 1 to 12 read in the afternoon ("T14:15"). */
  private static String afternoon(String clock) {
    int h = TimeClocks.hour12(Integer.parseInt(clock.substring(1, 3)), "pm");
    return h < 0 ? clock : String.format(java.util.Locale.ROOT, "T%02d", h) + clock.substring(3);
  }

  /** A date, a weekday, a day word ("today") or a holiday at word {@code w}, or null. */
  private TimeExpr dayNamed(int w) {
    TimeExpr best = dates.date(w);
    best = longer(best, dates.weekday(w));
    best = longer(best, dates.dayWord(w));
    best = longer(best, holidays.holiday(w));
    return best;
  }

  /** The longest reading at word {@code w} without the words around it, or null. */
  private TimeExpr core(int w) {
    if (w >= to || (!tw.begins(w) && !t.isNumber(w))) {
      return null;
    }
    TimeExpr best = dayNamed(w);
    best = longer(best, relatives.rel(w));
    best = longer(best, relatives.count(w));
    best = longer(best, dates.decade(w));
    best = longer(best, clocks.clock(w));
    best = longer(best, dates.year(w));
    best = longer(best, relatives.ref(w));
    best = longer(best, dates.season(w));
    best = longer(best, clocks.part(w));
    best = longer(best, relatives.set(w));
    best = longer(best, quarters.quarter(w));
    best = longer(best, quarters.bare(w));
    best = longer(best, dates.century(w));
    best = longer(best, relatives.pluralUnit(w));
    best = longer(best, definites.weekend(w));
    best = longer(best, definites.theDay(w));
    best = longer(best, definites.theYear(w));
    return best;
  }
}
