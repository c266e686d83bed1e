package dev.parallax.contradict;

import dev.parallax.TimeFacet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of days, both ends included; {@code end} null when it runs on to an unknown "now".
 *
 * @param start the first day
 * @param end the last day, or null
 */
record Window(LocalDate start, LocalDate end) {
  private static final Pattern ABSOLUTE_DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern SIMPLE_PERIOD = Pattern.compile("P(\\d+(?:\\.\\d+)?)([DWMY])");

  boolean contains(Window o) {
    if (o.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return o.end != null && !o.end.isAfter(end);
  }

  /**
   * The period of a duration of one unit ({@code P3M}, {@code P1.5Y}), or null. A fraction of a
   * year is whole months when it can be ("a year and a half" is the 18 months it says), and
   * other fractions are days.
   */
  static Period period(String value) {
    Matcher m = SIMPLE_PERIOD.matcher(value);
    if (!m.matches()) {
      return null;
    }
    double n = Double.parseDouble(m.group(1));
    char unit = m.group(2).charAt(0);
    if (n == Math.rint(n)) {
      return Period.parse(value.substring(0, value.length() - 1).replaceFirst("\\.0+$", "")
          + unit);
    }
    double months = unit == 'Y' ? n * 12 : unit == 'M' ? n : Double.NaN;
    if (months == Math.rint(months)) {
      return Period.ofMonths((int) months);
    }
    double days = switch (unit) {
      case 'Y' -> n * 365.25;
      case 'M' -> n * 30.44;
      case 'W' -> n * 7;
      default -> n;
    };
    return Period.ofDays((int) Math.round(days));
  }

  /** Whether {@code value} is a calendar year, month or day ({@code 2025}, {@code 2025-08}). */
  static boolean absolute(String value) {
    return ABSOLUTE_DATE.matcher(value).matches();
  }

  /**
   * The days a time expression covers, ending by {@code published} when known: a year that has
   * not ended stops there, a {@code from} without a {@code to} ends there. Empty when the
   * expression is not a calendar window.
   */
  static Optional<Window> of(TimeFacet t, LocalDate published) {
    LocalDate start;
    LocalDate end;
    if (t.type() == TimeFacet.Type.DURATION) {
      Period back = published == null ? null : period(t.value());
      return back == null ? Optional.empty()
          : Optional.of(new Window(published.minus(back), published));
    }
    if (t.from().isPresent()) {
      LocalDate[] f = days(t.from().get());
      if (f == null) {
        return Optional.empty();
      }
      start = f[0];
      if (t.to().isPresent()) {
        LocalDate[] e = days(t.to().get());
        if (e == null) {
          return Optional.empty();
        }
        end = e[1];
      } else {
        end = null;
      }
    } else if (t.to().isPresent()) {
      return Optional.empty();
    } else {
      LocalDate[] v = days(t.value());
      if (v == null) {
        return Optional.empty();
      }
      start = v[0];
      end = v[1];
    }
    if (published != null) {
      end = end == null || end.isAfter(published) ? published : end;
      if (end.isBefore(start)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Window(start, end));
  }

  /** The first and last day of a TIMEX3 calendar value, or null. */
  static LocalDate[] days(String value) {
    Matcher m = ABSOLUTE_DATE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
      return new LocalDate[] {d, d};
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
