package dev.parallax.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How the calendar places a holiday in a year, as the value of a {@code time-holiday} cue of the
 * time pack gives it: {@code 12-25} a fixed month and day (Christmas); {@code 11 4 4} the
 * fourth Thursday of November, {@code 5 1 -1} the last Monday of May, with an optional number
 * of days after it ({@code 11 4 4 1}, Black Friday); {@code easter -2} a number of days from
 * Easter Sunday (Good Friday).
 */
sealed interface HolidayRule {
  /** The holiday in year {@code y}. */
  LocalDate in(int y);

  /** The value without a year to place it in ({@code XXXX-12-25}, {@code XXXX-11-XX}). */
  String unplaced();

  /** The rule a pack value states; an unreadable value fails the pack's tests. */
  static HolidayRule parse(String value) {
    String[] p = value.trim().split("\\s+");
    if (p.length == 1) {
      String[] md = p[0].split("-");
      return new Fixed(Integer.parseInt(md[0]), Integer.parseInt(md[1]));
    }
    if (p[0].equals("easter")) {
      return new FromEaster(Integer.parseInt(p[1]));
    }
    return new NthWeekday(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
        p.length > 3 ? Integer.parseInt(p[3]) : 0);
  }

  /** A fixed month and day. */
  record Fixed(int month, int day) implements HolidayRule {
    @Override
    public LocalDate in(int y) {
      return TimeCalendar.safeDate(y, month, day);
    }

    @Override
    public String unplaced() {
      return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
    }
  }

  /**
   * The {@code nth} weekday (1 Monday ... 7 Sunday) of a month, -1 the last; {@code plus} days
   * after it.
   */
  record NthWeekday(int month, int weekday, int nth, int plus) implements HolidayRule {
    @Override
    public LocalDate in(int y) {
      DayOfWeek d = DayOfWeek.of(weekday);
      LocalDate first = LocalDate.of(y, month, 1);
      LocalDate day = nth < 0 ? first.with(TemporalAdjusters.lastInMonth(d))
          : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, d));
      return day.plusDays(plus);
    }

    @Override
    public String unplaced() {
      return String.format(Locale.ROOT, "XXXX-%02d-XX", month);
    }
  }

  /** A number of days from Easter Sunday of the Western churches. */
  record FromEaster(int days) implements HolidayRule {
    @Override
    public LocalDate in(int y) {
      // the anonymous Gregorian computus (Meeus/Jones/Butcher)
      int a = y % 19;
      int b = y / 100;
      int c = y % 100;
      int d = b / 4;
      int e = b % 4;
      int f = (b + 8) / 25;
      int g = (b - f + 1) / 3;
      int h = (19 * a + b - d - g + 15) % 30;
      int i = c / 4;
      int k = c % 4;
      int l = (32 + 2 * e + 2 * i - h - k) % 7;
      int m = (a + 11 * h + 22 * l) / 451;
      int month = (h + l - 7 * m + 114) / 31;
      int day = (h + l - 7 * m + 114) % 31 + 1;
      return LocalDate.of(y, month, day).plusDays(days);
    }

    @Override
    public String unplaced() {
      return "XXXX-XX-XX";
    }
  }
}
