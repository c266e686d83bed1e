package dev.parallax.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * TIMEX3 values computed against a publication date, or with unknown parts ({@code X}) when there
 * is none. Its values do not change; it remembers the weekdays it has computed (a weekday is read
 * several times at a word), so it is made for one text and read by one thread.
 */
final class TimeCalendar {
  /** The publication date, or null. */
  private final LocalDate dct;
  private final String publicationDay; // dayOffset(0), asked for in most sentences
  /** The weekdays computed so far, by weekday and direction -1 or +1 ({@link #weekday}). */
  private final String[] weekdays = new String[14];

  TimeCalendar(LocalDate dct) {
    this.dct = dct;
    this.publicationDay = dct == null ? null : day(dct);
  }

  boolean known() {
    return dct != null;
  }

  LocalDate dct() {
    return dct;
  }

  static String day(LocalDate d) {
    return month(d.getYear(), d.getMonthValue()) + '-' + pad2(d.getDayOfMonth());
  }

  static String month(int year, int month) {
    return year(year) + '-' + pad2(month);
  }

  /**
   * A decade by its first three digits, as TIMEX3 values write it with the year's last digit
   * unknown: {@code 197X} for the 1970s.
   */
  static String decade(String firstThree) {
    return firstThree + "X";
  }

  static String year(int year) {
    if (year >= 1000 && year <= 9999) {
      return Integer.toString(year); // the usual case, without String.format's parsing
    }
    return String.format(Locale.ROOT, "%04d", year);
  }

  private static String pad2(int n) {
    return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
  }

  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The publication day moved by {@code days}; {@code XXXX-XX-XX} without one. */
  String dayOffset(int days) {
    return dct == null ? "XXXX-XX-XX" : days == 0 ? publicationDay : day(dct.plusDays(days));
  }

  /**
   * A weekday (1 Monday ... 7 Sunday) relative to publication: {@code dir} -1 the most recent one
   * on or before, -2 strictly before, +1 on or after, +2 strictly after.
   */
  String weekday(int dow, int dir) {
    if (dct == null) {
      return "XXXX-WXX-" + dow;
    }
    if ((dir == -1 || dir == 1) && dow >= 1 && dow <= 7) {
      int slot = (dow - 1) * 2 + (dir > 0 ? 1 : 0);
      String v = weekdays[slot];
      if (v == null) {
        v = day(weekdayDate(dow, dir));
        weekdays[slot] = v;
      }
      return v;
    }
    return day(weekdayDate(dow, dir));
  }

  LocalDate weekdayDate(int dow, int dir) {
    DayOfWeek d = DayOfWeek.of(dow);
    return switch (dir) {
      case -1 -> dct.with(TemporalAdjusters.previousOrSame(d));
      case -2 -> dct.with(TemporalAdjusters.previous(d));
      case 1 -> dct.with(TemporalAdjusters.nextOrSame(d));
      default -> dct.with(TemporalAdjusters.next(d));
    };
  }

  /**
   * A month without a year: dir -1 the latest on or before publication, -2 strictly before, 0 of
   * the publication year, +1 on or after, +2 strictly after, 3 the nearest (up to five months
   * ahead, else back).
   */
  String monthRelative(int m, int dir) {
    if (dct == null) {
      return String.format(Locale.ROOT, "XXXX-%02d", m);
    }
    int y = dct.getYear();
    int cur = dct.getMonthValue();
    switch (dir) {
      case -1 -> y = m <= cur ? y : y - 1;
      case -2 -> y = m < cur ? y : y - 1;
      case 1 -> y = m >= cur ? y : y + 1;
      case 2 -> y = m > cur ? y : y + 1;
      case 3 -> {
        int ahead = Math.floorMod(m - cur, 12);
        y = ahead == 0 ? y : ahead <= 5 ? (m > cur ? y : y + 1) : (m < cur ? y : y - 1);
      }
      default -> { }
    }
    return month(y, m);
  }

  /**
   * A month and day without a year: the date nearest the publication date, or with {@code dir}
   * -1 the latest on or before it (the clause tells of the past: "the flood peaked on March 3"),
   * with +1 the earliest on or after it (the clause tells of a plan).
   */
  String monthDay(int m, int d, int dir) {
    if (dct == null) {
      return String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d);
    }
    return nearest(y -> safeDate(y, m, d), dir);
  }

  /**
   * The month and day of {@code day} ({@code YYYY-MM-DD}, its year chosen by tense) in the year
   * from a year before publication to a year after in which it falls on weekday {@code dow} (1
   * Monday), the one nearest publication: a weekday written with its date fixes the year
   * ("Tuesday, February 23" published in February 2016 is 2016-02-23). The day as it is when
   * no such year is near or the publication date is unknown.
   */
  String onWeekday(String day, int dow) {
    if (dct == null || !day.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return day;
    }
    LocalDate given = LocalDate.parse(day);
    if (given.getDayOfWeek().getValue() == dow) {
      return day;
    }
    LocalDate best = null;
    for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
      LocalDate c = safeDate(y, given.getMonthValue(), given.getDayOfMonth());
      if (c != null && c.getDayOfWeek().getValue() == dow && (best == null
          || Math.abs(c.toEpochDay() - dct.toEpochDay())
              < Math.abs(best.toEpochDay() - dct.toEpochDay()))) {
        best = c;
      }
    }
    return best == null ? day : day(best);
  }

  /**
   * A holiday without a year ("Christmas", "Thanksgiving"), placed as {@link #monthDay} places a
   * month and day: by {@code dir}, else nearest the publication date; {@code dir} -2 and +2
   * strictly before and after it ("last Christmas", "next Thanksgiving").
   */
  String holiday(HolidayRule rule, int dir) {
    return dct == null ? rule.unplaced() : nearest(rule::in, dir);
  }

  /** A holiday of the publication year ("this Christmas"). */
  String holidayThisYear(HolidayRule rule) {
    return dct == null ? rule.unplaced() : day(rule.in(dct.getYear()));
  }

  /**
   * Of the days {@code inYear} gives in the years around publication, the nearest to it; with
   * {@code dir} -1 only those on or before it, with +1 only those on or after it, with -2 and +2
   * only those strictly before and after it.
   */
  private String nearest(IntFunction<LocalDate> inYear, int dir) {
    LocalDate best = null;
    for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
      LocalDate c = inYear.apply(y);
      if (c == null || dir < 0 && c.isAfter(dct) || dir > 0 && c.isBefore(dct)
          || Math.abs(dir) == 2 && c.equals(dct)) {
        continue;
      }
      if (best == null || Math.abs(c.toEpochDay() - dct.toEpochDay())
          < Math.abs(best.toEpochDay() - dct.toEpochDay())) {
        best = c;
      }
    }
    return best == null ? null : day(best);
  }

  static LocalDate safeDate(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    YearMonth ym = YearMonth.of(y, m);
    return d <= ym.lengthOfMonth() ? LocalDate.of(y, m, d) : null;
  }

  /**
   * A calendar unit relative to publication ("last week", "this year"): {@code offset} units
   * away. Units: day, week, weekend, month, quarter, year, decade, century.
   */
  String unitOffset(String unit, int offset) {
    if (dct == null) {
      return switch (unit) {
        case "day" -> "XXXX-XX-XX";
        case "week" -> "XXXX-WXX";
        case "weekend" -> "XXXX-WXX-WE";
        case "month" -> "XXXX-XX";
        case "quarter" -> "XXXX-QX";
        case "year" -> "XXXX";
        case "decade" -> "XXXX";
        case "century" -> "XX";
        default -> null;
      };
    }
    return switch (unit) {
      case "day" -> day(dct.plusDays(offset));
      case "week" -> week(dct.plusWeeks(offset));
      case "weekend" -> week(dct.plusWeeks(offset)) + "-WE";
      case "month" -> {
        YearMonth ym = YearMonth.from(dct).plusMonths(offset);
        yield month(ym.getYear(), ym.getMonthValue());
      }
      case "quarter" -> {
        int q = (dct.getMonthValue() - 1) / 3 + offset;
        int y = dct.getYear() + Math.floorDiv(q, 4);
        yield year(y) + "-Q" + (Math.floorMod(q, 4) + 1);
      }
      case "year" -> year(dct.getYear() + offset);
      case "decade" -> decade(String.valueOf(dct.getYear() / 10 + offset));
      case "century" -> String.valueOf(dct.getYear() / 100 + offset);
      default -> null;
    };
  }

  /**
   * Weekday {@code dow} (1 Monday ... 7 Sunday) of the ISO week {@code week} ({@code 2025-W41},
   * as "last week" gives it: "Monday last week"), or null when the week is not known.
   */
  static String weekdayIn(String week, int dow) {
    if (week == null || !week.matches("\\d{4}-W\\d{2}")) {
      return null;
    }
    LocalDate d = LocalDate.of(Integer.parseInt(week.substring(0, 4)), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.substring(6)))
        .with(DayOfWeek.of(dow));
    return day(d);
  }

  /**
   * The day {@code days} days from the day {@code anchor} ({@code YYYY-MM-DD}), or from
   * publication when the anchor is null or not a day.
   */
  String dayFrom(String anchor, int days) {
    if (anchor != null && anchor.length() >= 10) {
      try {
        return day(LocalDate.parse(anchor.substring(0, 10)).plusDays(days));
      } catch (DateTimeParseException e) {
        return dayOffset(days);
      }
    }
    return dayOffset(days);
  }

  /**
   * The ISO week {@code weeks} weeks from that of the day {@code anchor}, or from the
   * publication week when the anchor is null or not a day.
   */
  String weekFrom(String anchor, int weeks) {
    if (anchor != null && anchor.length() >= 10 && Character.isDigit(anchor.charAt(0))) {
      try {
        return week(LocalDate.parse(anchor.substring(0, 10)).plusWeeks(weeks));
      } catch (DateTimeParseException e) {
        return unitOffset("week", weeks);
      }
    }
    return unitOffset("week", weeks);
  }

  /**
   * The month or quarter {@code steps} away from the month or quarter {@code period}
   * ({@code 2025-09}, {@code 2025-Q3}) when it is one of that unit, else from that of
   * publication.
   */
  String periodFrom(String period, String unit, int steps) {
    boolean quarter = unit.equals("quarter");
    if (period != null && period.length() == 7 && period.charAt(5) != 'H'
        && (period.charAt(5) == 'Q') == quarter) {
      int y = Integer.parseInt(period.substring(0, 4));
      int per = quarter ? 4 : 12;
      int n = Integer.parseInt(period.substring(quarter ? 6 : 5)) - 1 + steps;
      int ny = y + Math.floorDiv(n, per);
      int k = Math.floorMod(n, per) + 1;
      return quarter ? year(ny) + "-Q" + k : month(ny, k);
    }
    return unitOffset(unit, steps);
  }

  /**
   * "two years ago": publication minus {@code n} units, at the unit's granularity ("a decade
   * ago" a decade, "a century ago" a century, "half a century ago" the decade 50 years back).
   */
  String ago(String unit, double n) {
    int k = (int) Math.round(n);
    if (dct == null) {
      return switch (unit) {
        case "day", "week", "weekend", "fortnight", "hour", "minute", "second" -> "XXXX-XX-XX";
        case "month" -> "XXXX-XX";
        case "quarter" -> "XXXX-QX";
        default -> "XXXX";
      };
    }
    return switch (unit) {
      case "day" -> day(dct.minusDays(k));
      case "week", "weekend" -> day(dct.minusWeeks(k));
      case "fortnight" -> day(dct.minusWeeks(2L * k));
      case "hour", "minute", "second" -> day(dct);
      case "month" -> {
        YearMonth ym = YearMonth.from(dct).minusMonths(k);
        yield month(ym.getYear(), ym.getMonthValue());
      }
      case "quarter" -> unitOffset("quarter", -k);
      case "year" -> year(dct.getYear() - k);
      // "a decade ago" names a decade ("201X" in 2026), "a century ago" a century ("19"), as
      // "two years ago" names a year
      case "decade" -> decade(year(dct.getYear() - (int) Math.round(10 * n)).substring(0, 3));
      case "century" -> n == k ? year(dct.getYear() - 100 * k).substring(0, 2)
          : decade(year(dct.getYear() - (int) Math.round(100 * n)).substring(0, 3));
      default -> null;
    };
  }

  /**
   * A season (SP, SU, FA, WI): {@code dir} -1 the last one strictly before the current season
   * ("last fall"), +1 the next one strictly after it ("next spring"), -3 the latest one up to the
   * current season (a past tense: "the plant closed in the spring"), +3 the earliest one from the
   * current season on (a plan: "will close in the summer"); 0 = of the publication year.
   */
  String season(String code, int dir) {
    if (dct == null) {
      return "XXXX-" + code;
    }
    int y = dct.getYear();
    if (dir == 0) {
      return year(y) + "-" + code;
    }
    int cur = seasonIndex(dct.getMonthValue());
    int idx = switch (code) {
      case "SP" -> 0;
      case "SU" -> 1;
      case "FA" -> 2;
      default -> 3;
    };
    // winter belongs to the year it starts in (December)
    int curYear = dct.getMonthValue() <= 2 ? y - 1 : y;
    int target;
    if (dir == -3) {
      target = idx <= cur ? curYear : curYear - 1;
    } else if (dir == 3) {
      target = idx >= cur ? curYear : curYear + 1;
    } else if (dir < 0) {
      target = idx < cur ? curYear : curYear - 1;
    } else {
      target = idx > cur ? curYear : curYear + 1;
    }
    return year(target) + "-" + code;
  }

  private static int seasonIndex(int month) {
    if (month >= 3 && month <= 5) {
      return 0;
    } else if (month >= 6 && month <= 8) {
      return 1;
    } else if (month >= 9 && month <= 11) {
      return 2;
    }
    return 3;
  }

  /**
   * Quarter {@code q} of the year: with {@code dir} +1 the next one (or the current), with -1 the
   * last one (or the current), with 0 the one nearest the publication date, the earlier on a tie
   * ("the fourth quarter" in August is the coming one, in January the one just ended).
   */
  String quarter(int q, int dir) {
    return part(q, 3, "-Q", dir);
  }

  /** Half {@code h} of the year ("the second half"), chosen as {@link #quarter} chooses. */
  String half(int h, int dir) {
    return part(h, 6, "-H", dir);
  }

  /** Part {@code q} of the year, of {@code months} months each, written with {@code code}. */
  private String part(int q, int months, String code, int dir) {
    if (dct == null) {
      return "XXXX" + code + q;
    }
    int cur = (dct.getMonthValue() - 1) / months + 1;
    int y = dct.getYear();
    int ahead = q >= cur ? y : y + 1;
    int behind = q <= cur ? y : y - 1;
    if (dir > 0 || dir == 0 && ahead == behind) {
      return year(ahead) + code + q;
    }
    if (dir < 0) {
      return year(behind) + code + q;
    }
    LocalDate start = LocalDate.of(ahead, months * q - months + 1, 1);
    LocalDate end = LocalDate.of(behind, months * q, 1).plusMonths(1).minusDays(1);
    long toStart = start.toEpochDay() - dct.toEpochDay();
    long sinceEnd = dct.toEpochDay() - end.toEpochDay();
    return year(toStart < sinceEnd ? ahead : behind) + code + q;
  }
}
