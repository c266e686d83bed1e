package dev.parallax.facts;

import static dev.parallax.facts.TimeNumbers.digits;

import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.TimeExpr.Kind;
import dev.parallax.facts.TimeNumbers.Num;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times of day of one sentence: a clock time ("3 p.m.", "3pm", "3.45pm", "15:30 GMT",
 * "1400 GMT", "three o'clock") with the time zone after it, and a part of the day after a
 * determiner ("the morning", of the publication day). A game clock ("with 7:41 to go") is no
 * time of day. Made for one sentence; not shared.
 */
final class TimeClocks extends TimeClauseReader {
  private static final Pattern CLOCK_TOKEN = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?(am|pm)");

  /**
   * The end of the value of a part of the day told after a clock time (pack values "am day-part",
   * "pm day-part": "in the morning", "in the afternoon").
   */
  private static final String DAY_PART = " day-part";

  private final TimeNumbers numbers;

  TimeClocks(TimeClause clause, TimeNumbers numbers) {
    super(clause);
    this.numbers = numbers;
  }

  /** The clock time at word {@code w}, or null. */
  TimeExpr clock(int w) {
    String cv = tw.value(w, TimeWords.CLOCK);
    if (cv != null && cv.startsWith("T")) {
      return zoned(w, tw.after(w, TimeWords.CLOCK), cv);
    }
    if (cv != null && (cv.startsWith("past ") || cv.startsWith("to "))) {
      // "half past eight", "a quarter to ten": the minutes the words give, then the hour
      return spoken(w, tw.after(w, TimeWords.CLOCK), cv.startsWith("to "),
          Integer.parseInt(cv.substring(cv.indexOf(' ') + 1)));
    }
    boolean digits = t.isNumber(w);
    if (!digits && !tw.has(w, TimeWords.NUMBER)) {
      return null;
    }
    String term = t.term(w);
    Matcher tok = term.endsWith("m") ? CLOCK_TOKEN.matcher(term) : null;
    if (tok != null && tok.matches()) {
      // "3pm", "3.45pm" (minutes after a point, as British papers write them)
      int h = hour12(Integer.parseInt(tok.group(1)), tok.group(3));
      int min = tok.group(2) == null ? 0 : Integer.parseInt(tok.group(2));
      return h < 0 || min > 59 ? null : zoned(w, w + 1, hhmm(h, min));
    }
    if (digits(term, 4, 4) && w + 1 < to && tw.has(w + 1, TimeWords.ZONE)) {
      int h = Integer.parseInt(term.substring(0, 2));
      int min = Integer.parseInt(term.substring(2));
      return h < 24 && min < 60 ? zoned(w, w + 1, hhmm(h, min)) : null;
    }
    int h;
    if (digits) {
      if (!digits(term, 1, 2)) {
        return null;
      }
      h = Integer.parseInt(term);
    } else {
      Num n = numbers.number(w);
      if (n == null || n.article() || n.vague() || n.end() != w + 1) {
        return null;
      }
      h = (int) n.value();
    }
    int c = w + 1;
    int after = c < to && tw.has(c, TimeWords.UNIT) ? tw.after(c, TimeWords.UNIT) : c;
    if (after < to && "past".equals(tw.value(after, TimeWords.CLOCK)) && h >= 1 && h < 60) {
      // "ten past six", "twenty minutes past nine": minutes, then the hour
      TimeExpr spoken = spoken(w, tw.after(after, TimeWords.CLOCK), false, h);
      if (spoken != null) {
        return spoken;
      }
    }
    if (after < to && t.term(after).equals("to") && h >= 1 && h < 60
        && (after > c ? "minute".equals(tw.value(c, TimeWords.UNIT)) : clockLead(w))) {
      // "ten minutes to nine", "at twenty to two in the morning": minutes before the hour; not
      // "the vote was ten to nine"
      TimeExpr spoken = spoken(w, after + 1, true, h);
      if (spoken != null) {
        return spoken;
      }
    }
    int min = 0;
    boolean explicit = false;
    int sec = -1;
    if (digits && c < to && tw.tight(w, ":") && digits(t.term(c), 2, 2)) {
      min = Integer.parseInt(t.term(c));
      c++;
      explicit = true;
      if (c < to && tw.tight(c - 1, ":") && digits(t.term(c), 2, 2)) {
        sec = Integer.parseInt(t.term(c)); // "10:41:03 a.m.", "ran 2:05:31"
        c++;
      }
    }
    String ampm = c < to ? tw.value(c, TimeWords.CLOCK) : null;
    if (ampm != null && ampm.endsWith(DAY_PART)) {
      // "8:30 in the morning": the part of the day tells the half of the day after minutes
      // (or "o'clock", below), or after a bare hour that a preposition leads ("at six in the
      // morning", "shortly after five in the afternoon"); not "killed three in the morning
      // attack"
      ampm = explicit || clockLead(w) && !beforeNoun(tw.after(c, TimeWords.CLOCK))
          ? half(h, ampm) : null;
      if (h > 12 && ampm != null) {
        ampm = null; // "16:20 in the afternoon": a 24-hour clock needs no half of the day
        c = tw.after(c, TimeWords.CLOCK);
      }
    }
    if (ampm != null && (ampm.equals("am") || ampm.equals("pm"))) {
      h = hour12(h, ampm);
      c = tw.after(c, TimeWords.CLOCK);
      explicit = true;
    } else if ("oclock".equals(ampm)) {
      c = tw.after(c, TimeWords.CLOCK);
      explicit = true;
      String part = c < to ? tw.value(c, TimeWords.CLOCK) : null;
      if (part != null && part.endsWith(DAY_PART)) {
        h = hour12(h, half(h, part)); // "nine o'clock in the evening"
        c = tw.after(c, TimeWords.CLOCK);
      }
    }
    if (!explicit || h < 0 || h > 24 || min > 59 || sec > 59) {
      return null;
    }
    if (sec >= 0) {
      boolean clock = ampm != null && (ampm.equals("am") || ampm.equals("pm"))
          || c < to && tw.has(c, TimeWords.ZONE);
      if (!clock) {
        // hours, minutes and seconds with no "a.m." or zone tell how long something took ("ran
        // 2:05:31", "won in 2:21:09"), as news gives race and elapsed times: a length
        return new TimeExpr(w, c, Type.DURATION, "PT" + (h > 0 ? h + "H" : "")
            + (min > 0 ? min + "M" : "") + (sec > 0 || h == 0 && min == 0 ? sec + "S" : ""),
            Kind.DURATION, null, -1);
      }
      return zoned(w, c, hhmm(h, min) + ":" + (sec < 10 ? "0" : "") + sec);
    }
    int left = c < to && tw.has(c, TimeWords.UNIT) ? tw.after(c, TimeWords.UNIT) : c;
    if (ampm == null && left < to && tw.has(left, TimeWords.COUNTDOWN)) {
      return null; // "with 7:41 to go", "6:00 minutes remaining": a game clock, no time of day
    }
    return zoned(w, c, hhmm(h, min));
  }

  /**
   * Whether word {@code k} is a content word right after the word before it, with no
   * punctuation between: the part of the day before it modifies it ("in the evening session").
   */
  private boolean beforeNoun(int k) {
    return k < to && !t.isStopWord(k) && !t.isNumber(k) && tw.gapAfter(k - 1).isBlank();
  }

  /**
   * Whether a preposition of time (pack facet {@code time-link}: "at", "after", "around") stands
   * one or two words before word {@code w} ("at six", "at roughly twenty to two", "just after
   * 3"): a bare number there may be an hour.
   */
  private boolean clockLead(int w) {
    for (int k = w - 1; k >= from && k >= w - 2; k--) {
      if ("preposition".equals(tw.value(k, TimeWords.LINK))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clock time told in words from word {@code w}: {@code minutes} past the hour (or to it,
   * {@code to}) that the number at word {@code h} gives, 1 to 12, with "a.m." or "o'clock"
   * after it if any ("half past eight" T08:30, "a quarter to ten" T09:45, "ten past six p.m."
   * T18:10); null when no such hour follows ("half past the deadline", "two past winners").
   */
  private TimeExpr spoken(int w, int h, boolean toHour, int minutes) {
    if (h >= to) {
      return null;
    }
    int hour;
    int e;
    if (t.isNumber(h) && digits(t.term(h), 1, 2)) {
      hour = Integer.parseInt(t.term(h));
      e = h + 1;
    } else {
      Num n = numbers.number(h);
      if (n == null || n.article() || n.vague()) {
        return null;
      }
      hour = (int) n.value();
      e = n.end();
    }
    if (hour < 1 || hour > 12 || e < to && tw.has(e, TimeWords.UNIT)) {
      return null; // "past 12 months": a length, not an hour
    }
    String ampm = e < to ? tw.value(e, TimeWords.CLOCK) : null;
    if (ampm != null && ampm.endsWith(DAY_PART)) {
      ampm = half(hour, ampm); // "half past eight in the morning", "twenty to ten that night"
    }
    if (ampm != null && (ampm.equals("am") || ampm.equals("pm") || ampm.equals("oclock"))) {
      hour = ampm.equals("oclock") ? hour : hour12(hour, ampm);
      e = tw.after(e, TimeWords.CLOCK);
    }
    int total = hour * 60 + (toHour ? -minutes : minutes);
    return zoned(w, e, hhmm((total / 60 + 24) % 24, (total % 60 + 60) % 60));
  }

  /**
   * A clock value with a time zone after it (pack facet {@code time-zone}: "18:00 UTC" is
   * {@code T18:00Z}, "10:30 a.m. EDT" {@code T10:30-04}; "8 p.m. ET" takes the summer offset
   * when the publication date falls in American daylight saving time), and the period of "a.m."
   * kept in the span.
   */
  private TimeExpr zoned(int w, int e, String value) {
    String v = value;
    int end = e;
    String gap = end < to ? tw.gapAfter(end - 1) : "";
    boolean period = gap.startsWith(".") && gap.substring(1).isBlank() && !gap.equals(".")
        && (t.term(end - 1).equals("a.m") || t.term(end - 1).equals("p.m"));
    if (end < to && tw.has(end, TimeWords.ZONE) && (gap.isBlank() || period)) {
      v = v + offset(tw.value(end, TimeWords.ZONE));
      end = tw.after(end, TimeWords.ZONE);
    }
    int endChar = -1;
    String last = t.term(end - 1);
    if ((last.equals("a.m") || last.equals("p.m") || last.equals("m"))
        && t.end(end - 1) < t.text().length()
        && t.text().charAt(t.end(end - 1)) == '.') {
      endChar = t.end(end - 1) + 1;
    }
    return new TimeExpr(w, end, Type.TIME, v, Kind.CLOCK, null, endChar);
  }

  /**
   * The TIMEX3 zone of a zone word's value: "Z", an offset ("-04"), or for an offset in standard
   * time followed by "us-dst" (an American zone named without its season, "ET") that offset
   * marked {@code ?}, which {@link #settled} resolves once the day of the time is known.
   */
  private static String offset(String zone) {
    String[] p = zone.split(" ");
    return p.length < 2 ? p[0] : p[0] + "?";
  }

  /**
   * A value whose zone is marked {@code ?} with the offset of its day: an hour later in American
   * daylight saving time (from the second Sunday of March to the first Sunday of November), the
   * day being the one the value names, else the publication date; unmarked values as they are.
   */
  static String settled(String value, TimeCalendar cal) {
    if (!value.endsWith("?")) {
      return value;
    }
    String v = value.substring(0, value.length() - 1);
    LocalDate d = value.length() > 10 && Character.isDigit(value.charAt(0))
        && value.charAt(10) == 'T' ? TimeCalendar.safeDate(Integer.parseInt(value.substring(0, 4)),
            Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10)))
        : cal.dct();
    if (d == null) {
      return v;
    }
    LocalDate start = LocalDate.of(d.getYear(), 3, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
    LocalDate stop = LocalDate.of(d.getYear(), 11, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.SUNDAY));
    if (d.isBefore(start) || !d.isBefore(stop)) {
      return v;
    }
    int cut = v.length() - 3;
    int h = Integer.parseInt(v.substring(cut)) + 1;
    return v.substring(0, cut) + String.format(Locale.ROOT, "%s%02d", h < 0 ? "-" : "+",
        Math.abs(h));
  }

  /** The hour of the day of hour {@code h} (1 to 12) in the half {@code ampm}, or -1. */
  /**
   * The half of the day ("am" or "pm") that a part of the day told after a clock time gives hour
   * {@code h} of a 12-hour dial: its pack value's first two letters, or for a night ("ni
   * day-part": "that night", "at night") the evening from five to eleven and the small hours
   * from twelve to four ("ten at night" is T22:00, "two that night" T02:00).
   */
  static String half(int h, String dayPart) {
    if (dayPart.startsWith("ni")) {
      return h >= 5 && h <= 11 ? "pm" : "am";
    }
    return dayPart.substring(0, 2);
  }

  static int hour12(int h, String ampm) {
    if (h < 1 || h > 12) {
      return -1;
    }
    if (ampm.startsWith("p") || ampm.startsWith("P")) {
      return h == 12 ? 12 : h + 12;
    }
    return h == 12 ? 0 : h;
  }

  private static String hhmm(int h, int m) {
    return String.format(Locale.ROOT, "T%02d:%02d", h, m);
  }

  /** "the morning" (after a determiner; "Sunday morning" is read with the day before it). */
  TimeExpr part(int w) {
    String pv = tw.value(w, TimeWords.PART);
    if (pv == null || !(w - 1 >= from && tw.has(w - 1, TimeWords.DET))) {
      return null;
    }
    return new TimeExpr(w, tw.after(w, TimeWords.PART), Type.TIME, cal.dayOffset(0) + "T" + pv,
        Kind.PART, null, -1);
  }
}
