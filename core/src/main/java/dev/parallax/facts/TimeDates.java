package dev.parallax.facts;

import static dev.parallax.facts.TimeExpr.longer;
import static dev.parallax.facts.TimeNumbers.digits;
import static dev.parallax.facts.TimeNumbers.intOf;

import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.TimeExpr.Kind;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar names of one sentence: dates ("October 19, 2025", "19 October",
 * "10/19/2025"), a month and day or a month without a year, weekdays, "today" and its kin,
 * years ("2025", "'09", "fiscal 2025", "FY26"), decades ("the 1990s"), centuries ("the 19th
 * century"), quarters named by their months ("the April-June quarter")
 * and seasons ("summer 2024"). A name without a year is placed by the tense of its clause. Made
 * for one sentence; not shared.
 */
final class TimeDates extends TimeClauseReader {
  private static final Pattern DECADE = Pattern.compile("(\\d{3})0s|(\\d)0s");
  /** A fiscal year in its glued notation, "FY2026" or "FY26" (lower-cased term). */
  private static final Pattern FISCAL_GLUED = Pattern.compile("fy(\\d{4}|\\d{2})");
  private static final String CURRENCY = "$€£¥#";

  private final TimeNumbers numbers;
  private final TimeTense tense;
  private final TimeRelatives relatives;

  TimeDates(TimeClause clause, TimeNumbers numbers, TimeTense tense, TimeRelatives relatives) {
    super(clause);
    this.numbers = numbers;
    this.tense = tense;
    this.relatives = relatives;
  }

  /** The longest date at word {@code w}: month first, day first or in figures; or null. */
  TimeExpr date(int w) {
    TimeExpr e = monthFirst(w);
    e = longer(e, dayFirst(w));
    e = longer(e, numeric(w));
    e = longer(e, monthsQuarter(w));
    return e;
  }

  /**
   * "the October-December quarter", "the April-June period": the three months of a calendar
   * quarter joined by a dash before "quarter" or "period" (pack facet {@code time-period}), that
   * quarter, chosen as "the fourth quarter" is.
   */
  private TimeExpr monthsQuarter(int w) {
    String first = tw.value(w, TimeWords.MONTH);
    int b = tw.after(w, TimeWords.MONTH);
    if (first == null || b + 1 >= to || !tw.tight(b - 1, "-") || !tw.has(b, TimeWords.MONTH)) {
      return null;
    }
    int m1 = Integer.parseInt(first);
    int m2 = Integer.parseInt(tw.value(b, TimeWords.MONTH));
    int e = tw.after(b, TimeWords.MONTH);
    if (m1 % 3 != 1 || m2 != m1 + 2 || e >= to || plural(e)
        || !"quarter".equals(tw.value(e, TimeWords.UNIT)) && !tw.has(e, TimeWords.PERIOD)) {
      return null;
    }
    return new TimeExpr(w, e + 1, Type.DATE, cal.quarter((m1 + 2) / 3, tense.tense(w)),
        Kind.QUARTER, null, -1);
  }

  /** "October 19, 2025", "Oct. 19", "August 2024", "August of 2024", "August". */
  private TimeExpr monthFirst(int w) {
    String mv = tw.value(w, TimeWords.MONTH);
    if (mv == null) {
      return null;
    }
    int m = Integer.parseInt(mv);
    int a = tw.after(w, TimeWords.MONTH);
    int d = a < to && tw.joined(a - 1, ".") ? numbers.dayOfMonth(a) : -1;
    if (d > 0) {
      int y = a + 1 < to && tw.joined(a, ",") ? numbers.yearNumber(a + 1) : -1;
      TimeExpr full = y > 0 ? fullDate(w, a + 2, y, m, d) : null;
      if (full != null) {
        return full;
      }
      TimeExpr year = a + 1 < to && tw.blankAfter(a) ? relatives.rel(a + 1) : null;
      if (year != null && year.kind() == Kind.REL && year.value().matches("\\d{4}")) {
        // "August 15 next year", "on March 3 last year": that day of the year named after it
        TimeExpr named = fullDate(w, year.end(), Integer.parseInt(year.value()), m, d);
        if (named != null) {
          return named;
        }
      }
      String v = cal.monthDay(m, d, tense.deadline(w, a + 1) ? 1 : tense.dayTense(w));
      if (v != null) {
        return new TimeExpr(w, a + 1, Type.DATE, v, Kind.DAY, v, -1);
      }
    }
    int y = a < to && tw.joined(a - 1, ",.") ? numbers.yearNumber(a) : -1;
    if (y > 0) {
      return new TimeExpr(w, a + 1, Type.DATE, TimeCalendar.month(y, m), Kind.MONTH_YEAR, null, -1);
    }
    if (a + 1 < to && tw.has(a, TimeWords.OF)) {
      y = numbers.yearNumber(a + 1);
      if (y > 0) {
        return new TimeExpr(w, a + 2, Type.DATE, TimeCalendar.month(y, m), Kind.MONTH_YEAR, null,
            -1);
      }
      TimeExpr year = relatives.rel(a + 1);
      if (year != null && year.kind() == Kind.REL && year.value().matches("\\d{4}")) {
        return new TimeExpr(w, year.end(), Type.DATE,
            TimeCalendar.month(Integer.parseInt(year.value()), m), Kind.MONTH_YEAR, null, -1);
      }
    }
    if (tw.has(w, TimeWords.MONTH_NAME) && !monthContext(w) || surname(w)
        || clause.names().name(from, to, w)) {
      return null; // "Theresa May", "Mrs. May", "March Systems": a name; "Legislators May": a verb
    }
    TimeExpr year = a < to && tw.blankAfter(a - 1) ? relatives.rel(a) : null;
    if (year != null && year.kind() == Kind.REL && year.value().matches("\\d{4}")) {
      // "in March next year", "in May last year": the month of the year named after it
      return new TimeExpr(w, year.end(), Type.DATE,
          TimeCalendar.month(Integer.parseInt(year.value()), m), Kind.MONTH_YEAR, null, -1);
    }
    if (cal.known() && tense.habitual(w)) {
      // "the season typically starts in May": any year's May
      return new TimeExpr(w, a, Type.DATE, String.format(java.util.Locale.ROOT, "XXXX-%02d", m),
          Kind.MONTH, null, -1);
    }
    // a report's month has begun ("December sales figures will be released"); a plan or a
    // deadline reads ahead ("will visit in July", "the February deadline")
    int dir = tense.reported(w, a) ? -1
        : tense.forward(w) || tense.deadline(w, a) || tense.event(w) ? 1
        : tense.scheduled(w) ? 3 : -1; // "originally planned for December": the nearest
    return new TimeExpr(w, a, Type.DATE, cal.monthRelative(m, dir), Kind.MONTH, null, -1);
  }

  /**
   * Whether the month word at {@code w} stands where a month does: right after a word or phrase
   * of the pack facet {@code time-month-context} ("in May", "since June", "planned for May", "as
   * early as June"; not "between May and Juncker", where the other of the pair is a name),
   * between "the" and a plain noun for the months of the pack facet {@code
   * time-month-before-noun} ("the August recess"), or after a comma or one word
   * after a month that does ("in April, May and June").
   */
  private boolean monthContext(int w) {
    if (tw.endsAt(TimeWords.MONTH_CONTEXT, w, from)) {
      // "in May", "planned for May", "as early as June"; but "between May and Juncker": the
      // other of a pair is a name, so this one is too
      return !(w - 1 >= from && tw.has(w - 1, TimeWords.PAIR) && tw.has(w, TimeWords.MONTH_NAME)
          && w + 2 < to && tw.has(w + 1, TimeWords.LENGTH_JOIN) && isCapital(w + 2)
          && !tw.any(w + 2)) && !firstName(w);
    }
    if (tw.has(w, TimeWords.MONTH_BEFORE_NOUN) && w - 1 >= from && tw.has(w - 1, TimeWords.DET)
        && w + 1 < to && tw.blankAfter(w) && isPlainWord(w + 1)) {
      return true; // "before the August recess", "the June election"
    }
    if (w - 1 >= from && tw.has(w - 1, TimeWords.MONTH) && tw.tight(w - 1, ", ")
        && (!tw.has(w - 1, TimeWords.MONTH_NAME) || monthContext(w - 1))) {
      return true;
    }
    return w - 2 >= from && tw.has(w - 2, TimeWords.MONTH)
        && (!tw.has(w - 2, TimeWords.MONTH_NAME) || monthContext(w - 2));
  }

  /**
   * Whether the month word at {@code w} is a given name: a month that is also a name, after a
   * preposition that introduces a person as often as a time (pack facet {@code
   * time-person-preposition}: "by", "to", "with") and right before a word written as a name that
   * is no time word ("a play by August Wilson", "the award went to April Ryan"; not "in June
   * Apple", "by May 2027").
   */
  private boolean firstName(int w) {
    return tw.has(w, TimeWords.MONTH_NAME) && w - 1 >= from
        && tw.has(w - 1, TimeWords.PERSON_PREPOSITION) && w + 1 < to
        && tw.blankAfter(w) && isCapital(w + 1) && !tw.any(w + 1);
  }

  /**
   * Whether the month word at {@code w}, written alone, is a surname: after a title (pack facet
   * {@code time-title}: "Mr. March", "Sen. May"), or after a word written as a name inside the
   * sentence that is no time word and no possessive ("Frederic March"; not "the Fed's March
   * meeting", "Since March", "Monday March").
   */
  private boolean surname(int w) {
    if (w - 1 < from || monthContext(w)) {
      return false;
    }
    if (tw.has(w - 1, TimeWords.TITLE)) {
      return true;
    }
    int p = w - 1;
    return p > from && isCapital(p) && !tw.any(p) && t.endWithoutPossessive(p) == t.end(p)
        && tw.blankAfter(p);
  }

  /** "19 October", "19 October 2025", "the 19th of October", "the Fourth of July". */
  private TimeExpr dayFirst(int w) {
    int d = numbers.dayOfMonth(w);
    int mw = w + 1;
    if (mw + 1 < to && tw.has(mw, TimeWords.OF) && tw.has(mw + 1, TimeWords.MONTH)) {
      mw++; // "the 19th of October": a day in figures with its suffix, or in words
      d = t.isNumber(w) ? (t.term(w).chars().allMatch(Character::isDigit) ? -1 : d)
          : ordinalDay(w);
    }
    if (d < 0 || mw >= to || !tw.has(mw, TimeWords.MONTH) || !tw.joined(w, "")
        || !tw.joined(mw - 1, "")) {
      return null;
    }
    int m = Integer.parseInt(tw.value(mw, TimeWords.MONTH));
    int a = tw.after(mw, TimeWords.MONTH);
    int y = a < to && tw.joined(a - 1, ",.") ? numbers.yearNumber(a) : -1;
    TimeExpr full = y > 0 ? fullDate(w, a + 1, y, m, d) : null;
    if (full != null) {
      return full;
    }
    String v = cal.monthDay(m, d, tense.dayTense(w));
    return v == null ? null : new TimeExpr(w, a, Type.DATE, v, Kind.DAY, v, -1);
  }

  /**
   * The day an ordinal word names before "of" and a month ("the first of May", "the Fourth of
   * July"; pack facet {@code time-ordinal}), or -1; "final" names no day.
   */
  private int ordinalDay(int w) {
    String v = tw.value(w, TimeWords.ORDINAL);
    String word = t.term(w);
    return v != null && (word.endsWith("st") || word.endsWith("nd") || word.endsWith("rd")
        || word.endsWith("th")) ? Integer.parseInt(v) : -1;
  }

  /**
   * "2025-10-19", "2025/10/19", "10/19/2025", "19/10/2025", "10/19/25", "19-10-2025": day first
   * when the first number cannot be a month, else month first (as in American news).
   */
  private TimeExpr numeric(int w) {
    if (w + 2 >= to || !t.isNumber(w) || !t.isNumber(w + 1) || !t.isNumber(w + 2)) {
      return null;
    }
    String sep = tw.gapAfter(w);
    if (!(sep.equals("-") || sep.equals("/")) || !tw.tight(w + 1, sep)) {
      return null;
    }
    int a = intOf(t.term(w));
    int b = intOf(t.term(w + 1));
    int c = intOf(t.term(w + 2));
    if (digits(t.term(w), 4, 4)) {
      return fullDate(w, w + 3, a, b, c);
    } else if (sep.equals("/") && (digits(t.term(w + 2), 4, 4) || digits(t.term(w + 2), 2, 2))
        || sep.equals("-") && digits(t.term(w + 2), 4, 4)) {
      int y = c < 100 ? (c < 50 ? 2000 + c : 1900 + c) : c;
      return a > 12 ? fullDate(w, w + 3, y, b, a) : fullDate(w, w + 3, y, a, b);
    }
    return null;
  }

  /** Words {@code [w, end)} naming day d of month m of year y; null when there is no such day. */
  private static TimeExpr fullDate(int w, int end, int y, int m, int d) {
    LocalDate date = TimeCalendar.safeDate(y, m, d);
    if (date == null) {
      return null;
    }
    String v = TimeCalendar.day(date);
    return new TimeExpr(w, end, Type.DATE, v, Kind.FULL_DATE, v, -1);
  }

  /**
   * "Sunday", before or after publication by the tense of its clause; "Sunday, Oct. 19" is
   * the date after it. A short form ("Sun", "Wed") after "the" or after a word written as a name
   * that does not open the sentence is part of a name ("the Vancouver Sun"), not a day.
   */
  TimeExpr weekday(int w) {
    String dv = tw.value(w, TimeWords.WEEKDAY);
    if (dv == null) {
      return null;
    }
    int a = tw.after(w, TimeWords.WEEKDAY);
    if (!t.term(w).endsWith("day") && w > from
        && (t.term(w - 1).equals("the") || w - 1 > from && isCapital(w - 1))) {
      return null; // "the Vancouver Sun", "The Sun reported": a short form inside a name
    }
    if (clause.names().name(from, to, w)) {
      return null; // "the Friday Bridge depot", "Ms. Monday", "Carla Monday"
    }
    int n = a < to && tw.has(a, TimeWords.PART) ? tw.after(a, TimeWords.PART) : a;
    if (n < to && isCapital(n) && !tw.any(n) && tw.blankAfter(n - 1)
        && (n > a ? Character.isUpperCase(t.word(a).charAt(0))
            : w > from && t.term(w - 1).equals("the"))) {
      return null; // "the Sunday Times", "Saturday Night Live": a day that begins a name
    }
    if (a < to && tw.joined(a - 1, ",")) {
      TimeExpr d = date(a);
      if (d != null && d.day() != null && d.kind() == Kind.DAY) {
        // "Tuesday, February 23" without a year: the year near publication in which that date
        // is a Tuesday
        String v = cal.onWeekday(d.value(), Integer.parseInt(dv));
        return new TimeExpr(w, d.end(), d.type(), v, Kind.DAY, v, d.endChar());
      }
      if (d != null && d.day() != null) {
        return d.from(w);
      }
    }
    String article = w > from ? tw.value(w - 1, TimeWords.NUMBER) : null;
    if (article != null && article.endsWith(" article") && tw.blankAfter(w - 1)
        && (a >= to || !tw.blankAfter(a - 1) || t.isStopWord(a))) {
      // "on a Friday", "Dec. 8, a Friday": any Friday, or the weekday of a date told beside it;
      // "a Friday deadline" names this week's (the article is the noun's)
      String any = "XXXX-WXX-" + dv;
      return new TimeExpr(w, a, Type.DATE, any, Kind.DAY, any, -1);
    }
    TimeExpr week = a < to && tw.blankAfter(a - 1) ? relatives.rel(a) : null;
    String inWeek = week == null ? null : TimeCalendar.weekdayIn(week.value(), Integer.parseInt(dv));
    if (inWeek != null) {
      return new TimeExpr(w, week.end(), Type.DATE, inWeek, Kind.DAY, inWeek, -1); // "Monday last week"
    }
    // "a Friday deadline", "the vote, set for Thursday, could be delayed": ahead; "on Thursday
    // and again on Saturday": as the first of the pair
    int p = tense.paired(w);
    String v = cal.weekday(Integer.parseInt(dv),
        tense.forward(p) || tense.deadline(w, a) || tense.scheduled(p) || tense.aheadOf(p)
            || tense.event(p) ? 1 : -1);
    return new TimeExpr(w, a, Type.DATE, v, Kind.DAY, v, -1);
  }

  /**
   * "today", "yesterday", "tonight": a day, or a part of one, counted from publication; a word
   * with a second offset for a clause in the past tense ("overnight": the coming night, or after
   * a past tense the night before publication, "the storm strengthened overnight") is an adverb
   * only, not after a determiner nor before a plain word ("an overnight stay", "overnight
   * trading").
   */
  TimeExpr dayWord(int w) {
    String dv = tw.value(w, TimeWords.DAY);
    if (dv == null) {
      return null;
    }
    String[] p = dv.split(" ");
    int a = tw.after(w, TimeWords.DAY);
    String offset = p[0];
    if (p.length > 2) {
      boolean noun = a < to && tw.blankAfter(a - 1)
          && (isPlainWord(a) && !tw.has(a, TimeWords.BASE) && !tw.has(a, TimeWords.PAST)
              && !tw.has(a, TimeWords.BE) && !tw.has(a, TimeWords.FUTURE)
              || isCapital(a) && !tw.any(a));
      if (context(w) || noun || w - 1 >= from && tw.has(w - 1, TimeWords.HOLIDAY_DETERMINER)) {
        // "an overnight stay", "overnight trading", "Overnight Fire Destroys Mill"; not
        // "temperatures overnight could fall", "overnight Thursday"
        return null;
      }
      offset = tense.past(w) ? p[2] : p[0];
    }
    String day = cal.dayOffset(Integer.parseInt(offset));
    if (p.length > 1) {
      return new TimeExpr(w, a, Type.TIME, day + "T" + p[1], Kind.PART, null, -1);
    }
    return new TimeExpr(w, a, Type.DATE, day, Kind.DAY, day, -1);
  }

  /**
   * "2025", "'09", "fiscal 2025", "FY26"; not an amount ("$2000", "2000 people", "2000%").
   */
  TimeExpr year(int w) {
    int y = numbers.yearNumber(w);
    if (y < 0 && t.isNumber(w) && digits(t.term(w), 2, 2) && t.start(w) > 0
        && "'\u2019".indexOf(t.text().charAt(t.start(w) - 1)) >= 0
        && (t.start(w) < 2 || !Character.isLetterOrDigit(t.text().charAt(t.start(w) - 2)))) {
      int yy = Integer.parseInt(t.term(w));
      return new TimeExpr(w, w + 1, Type.DATE, TimeCalendar.year(yy < 50 ? 2000 + yy : 1900 + yy),
          Kind.YEAR, null, t.end(w));
    }
    if (y < 0) {
      if (!t.term(w).startsWith("fy")) {
        return null; // most words: no regular expression to run
      }
      Matcher fy = FISCAL_GLUED.matcher(t.term(w));
      if (fy.matches()) {
        int n = Integer.parseInt(fy.group(1));
        return new TimeExpr(w, w + 1, Type.DATE, "FY" + (n < 100 ? 2000 + n : n), Kind.YEAR, null,
            -1); // "FY2026", "FY26"
      }
      return null;
    }
    int start = t.start(w);
    if (start > 0 && CURRENCY.indexOf(t.text().charAt(start - 1)) >= 0) {
      return null;
    }
    int f = w - 1 >= from && tw.has(w - 1, TimeWords.FISCAL) ? w - 1
        : w - 2 >= from && tw.has(w - 2, TimeWords.FISCAL)
            && "year".equals(tw.value(w - 1, TimeWords.UNIT)) ? w - 2 : -1;
    if (f >= 0) {
      // "fiscal 2025", "fiscal year 2024", "FY 2026": the fiscal year that ends in it
      return new TimeExpr(f, w + 1, Type.DATE, "FY" + y, Kind.YEAR, null, -1);
    }
    if (w + 2 < to && tw.has(w + 1, TimeWords.FISCAL)
        && "year".equals(tw.value(w + 2, TimeWords.UNIT)) && !plural(w + 2)) {
      return new TimeExpr(w, w + 3, Type.DATE, "FY" + y, Kind.YEAR, null, -1); // "2026 fiscal year"
    }
    String after = tw.gapAfter(w);
    if (after.contains("%") || after.contains("\u00d7")
        || w + 2 < to && t.term(w + 1).equals("x") && t.isNumber(w + 2)) {
      return null; // "2000%"; "1680 x 1050", "1920×1080": a size, not a year
    }
    boolean linked = w - 1 >= from
        && (tw.has(w - 1, TimeWords.LINK) || tw.has(w - 1, TimeWords.DET)
            || t.endWithoutPossessive(w - 1) != t.end(w - 1)); // "the company's 2024 revenue"
    if (!linked) {
      if (y < 1900 || y > 2099) {
        return null;
      }
      if (w + 1 < to && after.isBlank() && isPlainWord(w + 1)
          && !tw.has(w + 1, TimeWords.MONTH)) {
        return null; // "2000 people"
      }
    } else if (y < 1900 && w + 1 < to && after.isBlank() && isPlainWord(w + 1)
        && plural(w + 1) && !tw.has(w + 1, TimeWords.MONTH) && !tw.has(w + 1, TimeWords.UNIT)) {
      // "for 1098 yards", "over 1500 troops": before 1900, a number that counts a plural noun
      // is a count ("In 2005 voters approved" keeps its year)
      return null;
    }
    return new TimeExpr(w, w + 1, Type.DATE, TimeCalendar.year(y), Kind.YEAR, null, -1);
  }

  /**
   * "the 1990s", "the '90s", "the 1930's": a decade, its first three digits and X ("199X"). A
   * decade in two digits after a possessive is an age ("in her 70s"), and in a sentence about
   * temperature a band of degrees ("highs in the 70s").
   */
  TimeExpr decade(int w) {
    String term = t.term(w);
    if (t.isNumber(w) && digits(term, 4, 4) && term.endsWith("0") && apostropheS(t.end(w))
        && term.compareTo("1000") >= 0 && term.compareTo("2200") < 0) {
      // "the 1930's": a decade, not the possessive of a year ("A380's" is no year at all, "the
      // 8900's screen" a model's)
      return new TimeExpr(w, w + 1, Type.DATE, hundreds(term.substring(0, 3)), Kind.DECADE,
          null, t.end(w) + 2);
    }
    if (!t.isNumber(w) || !term.endsWith("0s")) {
      return null; // cheap test before the pattern
    }
    Matcher m = DECADE.matcher(term);
    if (!m.matches()) {
      return null;
    }
    if (m.group(1) == null && (w - 1 >= from && tw.has(w - 1, TimeWords.ANCHOR)
        || warmth())) {
      return null; // "in her 70s" is an age, "temperatures in the 70s" are degrees
    }
    String v = m.group(1) != null ? hundreds(m.group(1))
        : TimeCalendar.decade("19" + m.group(2));
    return new TimeExpr(w, w + 1, Type.DATE, v, Kind.DECADE, null, -1);
  }

  /**
   * The value of a decade written with its first three digits: a decade ({@code 197X} for "the
   * 1970s", the year's last digit unknown), but the hundreds before 2000 name a century ("the
   * 1800s", "the early 1900s": 18, 19), as English uses them; "the 2000s" stays the decade 200X.
   */
  private static String hundreds(String three) {
    return three.endsWith("0") && three.compareTo("200") < 0 ? three.substring(0, 2)
        : TimeCalendar.decade(three);
  }

  /** Whether the sentence speaks of temperature (pack facet {@code time-temperature}). */
  private boolean warmth() {
    for (int i = from; i < to; i++) {
      if (tw.has(i, TimeWords.TEMPERATURE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "'s" or "’s" is written at char {@code at}. */
  private boolean apostropheS(int at) {
    String text = t.text();
    return at + 2 <= text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019')
        && text.charAt(at + 1) == 's';
  }

  /**
   * "the 19th century", "the nineteenth century", "the 21st century": TIMEX3 writes a century as
   * its first two digits ("18" for the 1800s).
   */
  TimeExpr century(int w) {
    int a = w - 1 >= from && tw.has(w - 1, TimeWords.DET) ? w - 1 : w;
    int digits = TimeNumbers.ordinalFigures(t.term(w), false); // "the 19th century"
    String ordinal = tw.value(w, TimeWords.ORDINAL); // "the nineteenth century"
    if (digits < 0 && ordinal == null) {
      return null;
    }
    int u = digits >= 0 ? w + 1 : tw.after(w, TimeWords.ORDINAL);
    if (u >= to || !"century".equals(tw.value(u, TimeWords.UNIT)) || plural(u)) {
      return null;
    }
    int n = digits >= 0 ? digits : Integer.parseInt(ordinal);
    if (n < 1 || n > 30) {
      return null;
    }
    return new TimeExpr(a, u + 1, Type.DATE, String.format(java.util.Locale.ROOT, "%02d", n - 1),
        Kind.YEAR, null, -1);
  }

  /**
   * "spring", "summer 2024", "the summer of 2024"; "fall" only after a determiner; no season
   * before a noun it classifies (pack facet {@code time-noun}, value kind: "a winter storm").
   */
  TimeExpr season(int w) {
    String sv = tw.value(w, TimeWords.SEASON);
    if (sv == null) {
      return null;
    }
    String[] p = sv.split(" ");
    if (p.length > 1 && !context(w)) {
      return null;
    }
    int a = tw.after(w, TimeWords.SEASON);
    int y = a < to ? numbers.yearNumber(a) : -1;
    if (y > 0) {
      return new TimeExpr(w, a + 1, Type.DATE, TimeCalendar.year(y) + "-" + p[0], Kind.SEASON,
          null, -1);
    }
    if (a + 1 < to && tw.has(a, TimeWords.OF)) {
      y = numbers.yearNumber(a + 1);
      if (y > 0) {
        return new TimeExpr(w, a + 2, Type.DATE, TimeCalendar.year(y) + "-" + p[0], Kind.SEASON,
            null, -1);
      }
      if (p.length > 1) {
        return null; // "the fall of the junta": a noun, no season
      }
    }
    if (seasonName(w, a)) {
      return null; // "the Arab Spring", "the Summer Olympics", "Spring Street": names
    }
    if (a < to && "kind".equals(tw.value(a, TimeWords.NOUN)) && tw.blankAfter(a - 1)
        && !(w - 1 >= from && tw.has(w - 1, TimeWords.REL))) {
      return null; // "a winter storm", "winter tyres": a kind of thing (not "last winter's storm")
    }
    // a plan reads the season ahead ("will close in the summer"), a past tense back ("closed
    // in the spring"); else the season of the publication year
    int dir = tense.forward(w) ? 3 : tense.past(w) ? -3 : 0;
    return new TimeExpr(w, a, Type.DATE, cal.season(p[0], dir), Kind.SEASON, null, -1);
  }

  /**
   * Whether a season written with a capital inside its sentence is part of a name: after a word
   * written as a name ("the Arab Spring", "the Prague Spring") or before one that is no time word
   * ("the Summer Olympics", "Spring Street", "Winter Park"). "Autumn meetings" and "Summer 2024"
   * keep their season.
   */
  private boolean seasonName(int w, int a) {
    if (!Character.isUpperCase(t.word(w).charAt(0))) {
      return false;
    }
    if (w > from && isCapital(w - 1) && !tw.any(w - 1)) {
      return true;
    }
    return a < to && isCapital(a) && !tw.any(a) && tw.blankAfter(a - 1);
  }
}
