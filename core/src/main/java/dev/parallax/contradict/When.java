package dev.parallax.contradict;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of the calendar and the clock a TIMEX3 value fixes; 0 (or -1 for minutes) where it
 * leaves a part open. A full date also fixes its weekday.
 *
 * @param year the year, or 0
 * @param decade the decade's first year when only a decade is known ({@code 199X}), or 0
 * @param month 1 to 12, or 0
 * @param day 1 to 31, or 0
 * @param weekday 1 (Monday) to 7, or 0
 * @param minuteOfDay minutes since midnight of a clock time, or -1
 * @param partOfDay {@code MO}, {@code AF}, {@code EV} or {@code NI}, or empty
 * @param eitherHalf whether the clock time was written on a 12-hour dial without saying which
 *     half of the day ("at 6:41", not "6:41 p.m." or "18:41"): it may name the moment 12 hours
 *     later as well
 * @param lean how far past the clock time the moment may lie, in minutes: positive after it
 *     ("shortly after 4:30 a.m.": up to 30 minutes later), negative before it ("just before
 *     midnight"), 0 at it
 * @param zone the offset from universal time of the time zone written after the clock time, in
 *     minutes ("6:47 a.m. PDT" is -420, "14:00 GMT" is 0), {@link #LOCAL} for the local time
 *     of a place that is not named ("8:12 p.m. local time"), or {@link #NO_ZONE}
 * @param period the quarter ({@code Q1} to {@code Q4}) or half ({@code H1}, {@code H2}) of the
 *     year it names ("the first quarter of 2026"), or the week of the calendar ({@code 2025-W14}:
 *     "next week", its year and month then left 0), or empty
 */
record When(int year, int decade, int month, int day, int weekday, int minuteOfDay,
    String partOfDay, boolean eitherHalf, int lean, int zone, String period) {

  /** The parts, at the clock time itself. */
  When(int year, int decade, int month, int day, int weekday, int minuteOfDay,
      String partOfDay, boolean eitherHalf) {
    this(year, decade, month, day, weekday, minuteOfDay, partOfDay, eitherHalf, 0, NO_ZONE, "");
  }

  /** The zone of a clock time written without one. */
  static final int NO_ZONE = Integer.MIN_VALUE;
  /**
   * The zone of a clock time written as the local time of the place, whose offset is not
   * written ("8:12 p.m. local time"): a report that says so sets the place's clock apart from
   * another, which a time with a named zone may be read on ("11:12 p.m. Eastern time").
   */
  static final int LOCAL = Integer.MIN_VALUE + 1;

  /** Minutes every time zone's offset is a whole number of. */
  static final int ZONE_STEP = 15;
  /** Minutes in half a day: a 12-hour dial shows one reading twice a day. */
  static final int HALF_DAY = 12 * 60;
  /** Minutes a time on the quarter hour may be rounded by. */
  static final int QUARTER_SLACK = 15;
  /** Minutes a time on five minutes may be rounded by. */
  static final int FIVE_SLACK = 10;
  /** Minutes two times read to the minute may differ by: two clocks, or a minute's rounding. */
  static final int MINUTE_SLACK = 3;

  private static final Pattern VALUE = Pattern.compile(
      "(?:(\\d{4}|XXXX|\\d{3}X?)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?|-(Q[1-4]|H[12]))?"
          + "|(\\d{4}|XXXX)-W(?:\\d{2}|XX)-(\\d))?"
          + "(?:T(?:(\\d{2}):(\\d{2})(Z|[+-]\\d{2}(?::?\\d{2})?)?|(MO|AF|EV|NI)))?");

  /** A week of the calendar ({@code 2025-W14}: "next week"), by its ISO year and number. */
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  /** The parts of {@code value}, or empty when it is not a calendar date or clock time. */
  static Optional<When> of(String value) {
    Matcher wk = WEEK.matcher(value);
    if (wk.matches()) {
      // a week is kept whole as its period: its days may lie in two months or two years
      int n = Integer.parseInt(wk.group(2));
      return n < 1 || n > 53 ? Optional.empty()
          : Optional.of(new When(0, 0, 0, 0, 0, -1, "", false, 0, NO_ZONE, value));
    }
    Matcher m = VALUE.matcher(value);
    if (!m.matches() || value.isEmpty()) {
      return Optional.empty();
    }
    int year = 0;
    int decade = 0;
    int month = 0;
    int day = 0;
    int weekday = 0;
    int minute = -1;
    String part = "";
    int zone = NO_ZONE;
    String period = "";
    if (m.group(1) != null) {
      String y = m.group(1);
      if (y.length() == 3) {
        decade = Integer.parseInt(y) * 10;
      } else if (y.endsWith("X") && !y.equals("XXXX")) {
        decade = Integer.parseInt(y.substring(0, 3)) * 10;
      } else if (!y.equals("XXXX")) {
        year = Integer.parseInt(y);
      }
      if (m.group(2) != null && !m.group(2).equals("XX")) {
        month = Integer.parseInt(m.group(2));
      }
      if (m.group(3) != null && !m.group(3).equals("XX")) {
        day = Integer.parseInt(m.group(3));
      }
      if (m.group(4) != null) {
        period = m.group(4);
      }
    } else if (m.group(6) != null) {
      if (!m.group(5).equals("XXXX")) {
        year = Integer.parseInt(m.group(5));
      }
      weekday = Integer.parseInt(m.group(6));
    }
    if (m.group(7) != null) {
      minute = Integer.parseInt(m.group(7)) * 60 + Integer.parseInt(m.group(8));
      zone = m.group(9) == null ? NO_ZONE : offset(m.group(9));
    } else if (m.group(10) != null) {
      part = m.group(10);
    }
    if (year != 0 && month != 0 && day != 0) {
      try {
        weekday = LocalDate.of(year, month, day).getDayOfWeek().getValue();
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    if (year == 0 && decade == 0 && month == 0 && day == 0 && weekday == 0 && minute < 0
        && part.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new When(year, decade, month, day, weekday, minute, part, false, 0,
        zone, period));
  }

  /** Minutes from universal time of a TIMEX3 zone: "Z", "-07", "+05:30". */
  private static int offset(String zone) {
    if (zone.equals("Z")) {
      return 0;
    }
    String digits = zone.substring(1).replace(":", "");
    int minutes = Integer.parseInt(digits.substring(0, 2)) * 60
        + (digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0);
    return zone.charAt(0) == '-' ? -minutes : minutes;
  }

  /** Whether it fixes a day of the calendar or of the week (not just a year or a month). */
  boolean fixesDay() {
    return day != 0 || weekday != 0;
  }

  /**
   * The first part in which the two cannot name the same moment, or empty when they can: {@code
   * year}, {@code month}, {@code day}, {@code weekday}, {@code time}, {@code part of day}. Clock
   * times differ when they are more than {@code minutes} apart; a clock time whose day is not
   * written ("at 9 p.m.") is read on the other's day ("at 11 p.m. Sunday").
   */
  Optional<String> clash(When o, int minutes) {
    return clash(o, minutes, Map.of());
  }

  /**
   * As {@link #clash(When, int)}, and a clock time against a part of the day ({@code part of
   * day}) that does not cover it by {@code parts}, give or take {@code minutes}: "at about 1:30
   * p.m." is not "late Sunday morning". A clock time in universal time is no local part of a day.
   */
  Optional<String> clash(When o, int minutes, Map<String, TemporalWords.Hours> parts) {
    if (isWeek() || o.isWeek()) {
      return isWeek() ? weekClash(o) : o.weekClash(this);
    }
    if (year != 0 && o.year != 0 && year != o.year) {
      return Optional.of("year");
    }
    int da = year != 0 ? year / 10 * 10 : decade;
    int db = o.year != 0 ? o.year / 10 * 10 : o.decade;
    if (da != 0 && db != 0 && da != db) {
      return Optional.of("year");
    }
    if (month != 0 && o.month != 0 && month != o.month) {
      return Optional.of("month");
    }
    if (!months(o.month, o.period).overlaps(months(month, period))) {
      return Optional.of(period.isEmpty() || o.period.isEmpty() ? "month" : "part of the year");
    }
    boolean shifted = otherClock(o);
    if (month != 0 && o.month != 0 && day != 0 && o.day != 0 && day != o.day
        && !(shifted && Math.abs(day - o.day) == 1)) {
      return Optional.of("day");
    }
    if (weekday != 0 && o.weekday != 0 && weekday != o.weekday
        && !(shifted && (Math.floorMod(weekday - o.weekday, 7) == 1
            || Math.floorMod(o.weekday - weekday, 7) == 1))) {
      return Optional.of("weekday");
    }
    boolean sameDay = (day != 0 && day == o.day) || (weekday != 0 && weekday == o.weekday)
        || (!fixesDay() && !o.fixesDay()) || shifted && fixesDay() && o.fixesDay();
    // a clock time alone ("at 9 p.m.") is on the day of the other clock time: a report writes
    // the day once, and the time of day of the same event without it
    if (minuteOfDay >= 0 && o.minuteOfDay >= 0 && (sameDay || clockOnly() || o.clockOnly())
        && onOneClock(o) && minutesApart(o) > Math.min(minutes, precision(o))) {
      return Optional.of("time");
    }
    // a clock time alone ("at about 1:30 p.m.") is on the day of the part of the day
    if ((sameDay || clockOnly() || o.clockOnly())
        && (outside(o, parts, minutes) || o.outside(this, parts, minutes))) {
      return Optional.of("part of day");
    }
    return Optional.empty();
  }

  /**
   * The first and the last day it may name: a day, a week, a month, a quarter or half of a year,
   * a year or a decade; empty when it names no year (a weekday or a clock time alone).
   */
  Optional<Days> days() {
    if (isWeek()) {
      return Optional.of(new Days(monday(), monday().plusDays(6)));
    }
    if (year == 0 && decade == 0) {
      return Optional.empty();
    }
    if (year == 0) {
      return Optional.of(new Days(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31)));
    }
    if (day != 0 && month != 0) {
      try {
        LocalDate d = LocalDate.of(year, month, day);
        return Optional.of(new Days(d, d));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    Months m = months(month, period);
    LocalDate first = LocalDate.of(year, m.first(), 1);
    LocalDate last = LocalDate.of(year, m.last(), 1);
    return Optional.of(new Days(first, last.withDayOfMonth(last.lengthOfMonth())));
  }

  /**
   * The days a date may name, from the first to the last.
   *
   * @param first the first day
   * @param last the last day
   */
  record Days(LocalDate first, LocalDate last) {}

  /** The same parts in another year, with the weekday of a full date of that year. */
  When inYear(int other) {
    int wd = weekday;
    if (month != 0 && day != 0) {
      try {
        wd = LocalDate.of(other, month, day).getDayOfWeek().getValue();
      } catch (DateTimeException e) {
        wd = 0; // February 29 of a year without it
      }
    }
    return new When(other, decade, month, day, wd, minuteOfDay, partOfDay, eitherHalf, lean,
        zone, period);
  }

  /** Whether it names a week of the calendar ("next week"), and nothing finer. */
  boolean isWeek() {
    return period.contains("W");
  }

  /** The Monday of the week it names; only for a week. */
  private LocalDate monday() {
    Matcher wk = WEEK.matcher(period);
    wk.matches();
    return LocalDate.of(Integer.parseInt(wk.group(1)), 1, 4)
        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
            Integer.parseInt(wk.group(2)))
        .with(java.time.DayOfWeek.MONDAY);
  }

  /**
   * The first part in which this week and {@code o} cannot name one moment: another week, a full
   * date outside its seven days ({@code week}), a month or a year none of its days is in.
   */
  private Optional<String> weekClash(When o) {
    LocalDate first = monday();
    LocalDate last = first.plusDays(6);
    if (o.isWeek()) {
      return first.equals(o.monday()) ? Optional.empty() : Optional.of("week");
    }
    if (o.year != 0 && o.month != 0 && o.day != 0) {
      LocalDate d = LocalDate.of(o.year, o.month, o.day);
      return d.isBefore(first) || d.isAfter(last) ? Optional.of("week") : Optional.empty();
    }
    if (o.year != 0 && o.month != 0) {
      boolean in = o.year * 12 + o.month >= first.getYear() * 12 + first.getMonthValue()
          && o.year * 12 + o.month <= last.getYear() * 12 + last.getMonthValue();
      return in ? Optional.empty() : Optional.of("month");
    }
    if (o.year != 0 && o.period.isEmpty()) {
      return o.year == first.getYear() || o.year == last.getYear() ? Optional.empty()
          : Optional.of("year");
    }
    return Optional.empty();
  }

  /** Whether it is a clock time alone, its day unsaid ("at 2:56", "shortly after 11 a.m."). */
  boolean clockOnly() {
    return minuteOfDay >= 0 && year == 0 && decade == 0 && month == 0 && !fixesDay();
  }

  /**
   * Whether this clock time lies outside the part of the day {@code part} names by more than
   * {@code minutes}, at every reading of it (either half of the day, its lean, the next day's
   * early hours for a night).
   */
  private boolean outside(When part, Map<String, TemporalWords.Hours> parts, int minutes) {
    TemporalWords.Hours h = parts.get(part.partOfDay);
    if (h == null || minuteOfDay < 0 || part.minuteOfDay >= 0 || zone == 0) {
      return false;
    }
    int step = eitherHalf ? HALF_DAY : 2 * HALF_DAY;
    for (int shift = -2 * HALF_DAY; shift <= 4 * HALF_DAY; shift += step) {
      int a0 = minuteOfDay + shift + Math.min(0, lean);
      int a1 = minuteOfDay + shift + Math.max(0, lean);
      if (a1 >= h.from() - minutes && a0 <= h.to() + minutes) {
        return false;
      }
    }
    return true;
  }

  /** The months of a year a month or a quarter or half of the year covers: all when neither. */
  private static Months months(int month, String period) {
    if (month != 0) {
      return new Months(month, month);
    }
    if (period.isEmpty() || period.contains("W")) {
      return new Months(1, 12);
    }
    int size = period.startsWith("Q") ? 3 : 6;
    int n = period.charAt(1) - '0';
    return new Months((n - 1) * size + 1, n * size);
  }

  /** The months from {@code first} to {@code last} of one year. */
  private record Months(int first, int last) {
    boolean overlaps(Months o) {
      return first <= o.last && o.first <= last;
    }
  }

  /**
   * Whether the two clock times can be read on one clock: both written without a zone, or with
   * one (they are then compared in universal time), or only one with the zone of a place, the
   * other being read as that place's local time ("6:47 a.m. PDT" against "8 a.m."). A time
   * written as "local time" against one of a named zone is read on one clock only when they lie
   * apart by more than whole quarter hours, as zones do: the report that says "local time" sets
   * the place's clock apart from another, and the named zone may be the reader's ("8:12 p.m.
   * local time" against "11:12 p.m. Eastern time" is silent, "8 a.m. local time" against "6:47
   * a.m. PDT" is not).
   * A time in universal time against one without a zone is not compared: a report gives
   * universal time for a place whose local time is another ("1400 GMT" against "10 a.m.").
   */
  private boolean onOneClock(When o) {
    if ((zone == LOCAL || o.zone == LOCAL) && (named(zone) || named(o.zone))) {
      // a place's local time against a named zone's: zones lie whole quarter hours apart, so
      // only a difference of minutes past that is no difference of zones
      return Math.floorMod(minuteOfDay - o.minuteOfDay, ZONE_STEP) != 0;
    }
    return zone != 0 && o.zone != 0 || zone != NO_ZONE && o.zone != NO_ZONE;
  }

  /** Whether a zone is written with its offset ("PDT", "GMT", "Eastern time"). */
  private static boolean named(int zone) {
    return zone != NO_ZONE && zone != LOCAL;
  }

  /**
   * Whether the two may be dated on two clocks: each in its own time zone, or one in universal
   * time and the other without a zone. The day in one zone is the day before or after in another
   * ("0241 GMT Friday" is "6:41 p.m. PST Thursday"), so neighbouring days do not clash.
   */
  private boolean otherClock(When o) {
    if (zone == LOCAL || o.zone == LOCAL) {
      return named(zone) || named(o.zone);
    }
    return zone != NO_ZONE && o.zone != NO_ZONE ? zone != o.zone
        : zone == 0 || o.zone == 0;
  }

  /**
   * How far apart two clock times may lie and still name one moment, by how precisely they are
   * written: a time on the quarter hour or the hour ("6:30 p.m.", "6 p.m.") may be rounded by up
   * to {@value #QUARTER_SLACK} minutes, a time on five minutes ("6:40 p.m.") by up to
   * {@value #FIVE_SLACK}, and two times to the minute ("6:31 p.m." and "6:41 p.m.") are
   * read from a clock, and differ by more than {@value #MINUTE_SLACK}.
   */
  int precision(When o) {
    return Math.max(precision(minuteOfDay), precision(o.minuteOfDay));
  }

  private static int precision(int minuteOfDay) {
    int m = Math.floorMod(minuteOfDay, 60);
    return m % 15 == 0 ? QUARTER_SLACK : m % 5 == 0 ? FIVE_SLACK : MINUTE_SLACK;
  }

  /**
   * How many minutes apart two clock times are at the least, round the clock ("just before
   * midnight" and "11:50 p.m." meet): a time that does not say which half of the day it is in
   * is also read 12 hours later ("6:41" with "18:41" is 0 minutes apart).
   */
  int minutesApart(When o) {
    int step = eitherHalf || o.eitherHalf ? HALF_DAY : 2 * HALF_DAY;
    int d = gap(o, 0);
    for (int shift = step; shift <= 2 * HALF_DAY; shift += step) {
      d = Math.min(d, Math.min(gap(o, shift), gap(o, -shift)));
    }
    return d;
  }

  /** The minutes between the two stretches the clock times allow, the other's moved by shift. */
  private int gap(When o, int shift) {
    boolean universal = named(zone) && named(o.zone);
    int a = minuteOfDay - (universal ? zone : 0);
    int b = o.minuteOfDay - (universal ? o.zone : 0);
    int a0 = a + Math.min(0, lean);
    int a1 = a + Math.max(0, lean);
    int b0 = b + shift + Math.min(0, o.lean);
    int b1 = b + shift + Math.max(0, o.lean);
    return Math.max(0, Math.max(b0 - a1, a0 - b1));
  }

  /** The same parts, the clock time in zone {@code z} ({@link #LOCAL}, {@link #NO_ZONE}). */
  When zoned(int z) {
    return new When(year, decade, month, day, weekday, minuteOfDay, partOfDay, eitherHalf, lean,
        z, period);
  }

  /** The same parts, with the clock time read as either half of the day or not. */
  When eitherHalf(boolean open) {
    return new When(year, decade, month, day, weekday, minuteOfDay, partOfDay, open, lean,
        zone, period);
  }

  /** The same parts, the moment lying up to {@code minutes} after (or, negative, before) it. */
  When leaning(int minutes) {
    return new When(year, decade, month, day, weekday, minuteOfDay, partOfDay, eitherHalf,
        minutes, zone, period);
  }

  /** How a reader would write it: "Tuesday 9 December 2008", "a Friday", "10:30", "2009". */
  String human() {
    StringBuilder b = new StringBuilder();
    if (weekday != 0) {
      b.append(java.time.DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    if (day != 0) {
      b.append(b.length() > 0 ? " " : "").append(day);
    }
    if (isWeek()) {
      LocalDate first = monday();
      b.append("the week of ").append(first.getDayOfWeek().getDisplayName(TextStyle.FULL,
          Locale.ENGLISH)).append(' ').append(first.getDayOfMonth()).append(' ')
          .append(first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
          .append(first.getYear());
    } else if (!period.isEmpty()) {
      b.append(b.length() > 0 ? " " : "").append("the ")
          .append(List.of("first", "second", "third", "fourth").get(period.charAt(1) - '1'))
          .append(period.startsWith("Q") ? " quarter of" : " half of");
    }
    if (month != 0) {
      b.append(b.length() > 0 ? " " : "")
          .append(java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    if (year != 0) {
      b.append(b.length() > 0 ? " " : "").append(year);
    } else if (decade != 0) {
      b.append(b.length() > 0 ? " " : "").append("the ").append(decade).append('s');
    }
    if (minuteOfDay >= 0) {
      b.append(b.length() > 0 ? " " : "")
          .append(lean > 0 ? "just after " : lean < 0 ? "just before " : b.length() > 0 ? "at " : "")
          .append(String.format(Locale.ROOT, "%d:%02d", minuteOfDay / 60, minuteOfDay % 60));
    } else if (!partOfDay.isEmpty()) {
      b.append(b.length() > 0 ? " " : "").append(switch (partOfDay) {
        case "MO" -> "morning";
        case "AF" -> "afternoon";
        case "EV" -> "evening";
        default -> "night";
      });
    }
    return b.toString();
  }
}
