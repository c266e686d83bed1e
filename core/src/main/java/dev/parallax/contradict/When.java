package dev.parallax.contradict;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
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
 */
record When(int year, int decade, int month, int day, int weekday, int minuteOfDay,
    String partOfDay, boolean eitherHalf, int lean) {

  /** The parts, at the clock time itself. */
  When(int year, int decade, int month, int day, int weekday, int minuteOfDay,
      String partOfDay, boolean eitherHalf) {
    this(year, decade, month, day, weekday, minuteOfDay, partOfDay, eitherHalf, 0);
  }

  /** Minutes in half a day: a 12-hour dial shows one reading twice a day. */
  static final int HALF_DAY = 12 * 60;

  private static final Pattern VALUE = Pattern.compile(
      "(?:(\\d{4}|XXXX|\\d{3}X?)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?"
          + "|(\\d{4}|XXXX)-W(?:\\d{2}|XX)-(\\d))?"
          + "(?:T(?:(\\d{2}):(\\d{2})|(MO|AF|EV|NI)))?");

  /** The parts of {@code value}, or empty when it is not a calendar date or clock time. */
  static Optional<When> of(String value) {
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
    } else if (m.group(5) != null) {
      if (!m.group(4).equals("XXXX")) {
        year = Integer.parseInt(m.group(4));
      }
      weekday = Integer.parseInt(m.group(5));
    }
    if (m.group(6) != null) {
      minute = Integer.parseInt(m.group(6)) * 60 + Integer.parseInt(m.group(7));
    } else if (m.group(8) != null) {
      part = m.group(8);
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
    return Optional.of(new When(year, decade, month, day, weekday, minute, part, false));
  }

  /** Whether it fixes a day of the calendar or of the week (not just a year or a month). */
  boolean fixesDay() {
    return day != 0 || weekday != 0;
  }

  /**
   * The first part in which the two cannot name the same moment, or empty when they can: {@code
   * year}, {@code month}, {@code day}, {@code weekday}, {@code time}, {@code part of day}. Clock
   * times differ when they are more than {@code minutes} apart.
   */
  Optional<String> clash(When o, int minutes) {
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
    if (month != 0 && o.month != 0 && day != 0 && o.day != 0 && day != o.day) {
      return Optional.of("day");
    }
    if (weekday != 0 && o.weekday != 0 && weekday != o.weekday) {
      return Optional.of("weekday");
    }
    boolean sameDay = (day != 0 && day == o.day) || (weekday != 0 && weekday == o.weekday)
        || (!fixesDay() && !o.fixesDay());
    if (minuteOfDay >= 0 && o.minuteOfDay >= 0 && sameDay && minutesApart(o) > minutes) {
      return Optional.of("time");
    }
    return Optional.empty();
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
    int a0 = minuteOfDay + Math.min(0, lean);
    int a1 = minuteOfDay + Math.max(0, lean);
    int b0 = o.minuteOfDay + shift + Math.min(0, o.lean);
    int b1 = o.minuteOfDay + shift + Math.max(0, o.lean);
    return Math.max(0, Math.max(b0 - a1, a0 - b1));
  }

  /** The same parts, with the clock time read as either half of the day or not. */
  When eitherHalf(boolean open) {
    return new When(year, decade, month, day, weekday, minuteOfDay, partOfDay, open, lean);
  }

  /** The same parts, the moment lying up to {@code minutes} after (or, negative, before) it. */
  When leaning(int minutes) {
    return new When(year, decade, month, day, weekday, minuteOfDay, partOfDay, eitherHalf,
        minutes);
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
