package dev.parallax.facts;

import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.TimeExpr.Kind;
import java.time.LocalDate;

/**
 * Reads the holidays of one sentence whose date the calendar gives ("Christmas", "New Year's
 * Day", "Thanksgiving", "Labor Day"; pack facet {@code time-holiday}, whose value is a {@link
 * HolidayRule}). Without a year a holiday is placed as a month and day is, by the tense of its
 * clause ("shoppers crowded the malls before Christmas" the last one, "will gather on Christmas
 * Eve" the next one, else the nearest); "Christmas 2024" is that year's. A holiday name that
 * qualifies a noun (facet {@code time-holiday-noun}: "Christmas tree", "Thanksgiving dinner",
 * "Easter eggs", and one after an article, "a Christmas celebration") names a kind of thing or
 * a season, not the day, and one after a possessive or a name ("India's Independence Day", "Orthodox Christmas", "Canadian Thanksgiving") is a day of
 * another calendar: neither is read. Made for one sentence; not shared.
 */
final class TimeHolidays extends TimeClauseReader {
  private final TimeNumbers numbers;
  private final TimeTense tense;

  TimeHolidays(TimeClause clause, TimeNumbers numbers, TimeTense tense) {
    super(clause);
    this.numbers = numbers;
    this.tense = tense;
  }

  /** The holiday named at word {@code w}, or null. */
  TimeExpr holiday(int w) {
    String v = tw.value(w, TimeWords.HOLIDAY);
    if (v == null) {
      return null;
    }
    int a = tw.after(w, TimeWords.HOLIDAY);
    if (qualifies(a) || afterArticle(w)) {
      return null; // "the Christmas tree", "Thanksgiving dinner": a kind of thing
    }
    if (w > from && (possessive(w) || name(w - 1))) {
      return null; // "India's Independence Day", "Orthodox Christmas": another calendar
    }
    HolidayRule rule = HolidayRule.parse(v);
    int y = a < to && tw.joined(a - 1, ",") ? numbers.yearNumber(a) : -1;
    if (y > 0) {
      LocalDate d = rule.in(y);
      String day = TimeCalendar.day(d);
      return new TimeExpr(w, a + 1, Type.DATE, day, Kind.DAY, day, -1); // "Christmas 2024"
    }
    String rel = w > from ? tw.value(w - 1, TimeWords.REL) : null;
    if (rel != null && !rel.equals("past")) {
      // "last Christmas", "next Thanksgiving", "this Christmas": counted from publication
      String day = rel.equals("this") ? cal.holidayThisYear(rule)
          : cal.holiday(rule, rel.equals("last") ? -2 : 2);
      return day == null ? null : new TimeExpr(w - 1, a, Type.DATE, day, Kind.DAY, day, -1);
    }
    // "will meet weekly until Christmas", "shops stay open until Christmas": ahead
    String day = cal.holiday(rule, tense.forward(w) ? 1 : tense.tense(w));
    return day == null ? null : new TimeExpr(w, a, Type.DATE, day, Kind.DAY, day, -1);
  }

  /**
   * Whether the words from {@code a}, right after a holiday name, are a noun it qualifies
   * ("Christmas tree"), or "and" or "or", at most three words written as names, and such a noun:
   * names joined share the noun after the last ("the Christmas and New Year sales period").
   */
  private boolean qualifies(int a) {
    if (a < to && tw.has(a, TimeWords.HOLIDAY_NOUN) && tw.blankAfter(a - 1)) {
      return true;
    }
    if (a + 1 >= to || !(t.term(a).equals("and") || t.term(a).equals("or"))) {
      return false;
    }
    for (int k = a + 1; k < to && k <= a + 4; k++) {
      if (tw.has(k, TimeWords.HOLIDAY_NOUN)) {
        return k > a + 1;
      }
      String x = t.word(k);
      if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether an article or a possessive determiner (facet {@code time-holiday-determiner})
   * stands before the holiday name at {@code w},
   * with at most two lower-case words between ("a Christmas celebration", "the massive Boxing Day
   * earthquake", "our Christmas stockings"): a holiday's name takes neither, so the name
   * qualifies the noun after it.
   */
  private boolean afterArticle(int w) {
    for (int k = w - 1; k >= from && k >= w - 3; k--) {
      if (tw.has(k, TimeWords.HOLIDAY_DETERMINER)) {
        return true;
      }
      if (!isPlainWord(k) || !t.word(k).equals(t.term(k))) {
        return false; // "until Christmas", "this Christmas": no noun phrase runs on before it
      }
    }
    return false;
  }

  /** Whether a possessive ("India's", "the nation's") stands right before word {@code w}. */
  private boolean possessive(int w) {
    String before = t.text().substring(t.start(w - 1), t.start(w)).strip();
    return before.endsWith("'s") || before.endsWith("\u2019s") || before.endsWith("s'")
        || before.endsWith("s\u2019");
  }

  /**
   * Whether word {@code i} is written as a name ("Orthodox", "Canadian") and is no time word
   * ("On", "Until", "Last" open sentences) and, opening the sentence, no function word ("The").
   */
  private boolean name(int i) {
    String x = t.word(i);
    return !x.isEmpty() && Character.isUpperCase(x.charAt(0))
        && x.chars().anyMatch(Character::isLowerCase) && !tw.any(i)
        && (i > from || !t.isStopWord(i));
  }
}
