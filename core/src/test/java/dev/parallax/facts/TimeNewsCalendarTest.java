package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time expressions that news writes with the calendar's names, schedules and rates rather than
 * with dates, each class read by a rule of English stated in the time pack, in sentences written for
 * it: what must read, and what must read otherwise or not at all.
 */
class TimeNewsCalendarTest {

  static Stream<Case> holidays() {
    // a holiday without a year is placed by the tense of its clause, else nearest publication;
    // "last", "next" and "this" count from publication; a holiday that qualifies a noun (after
    // an article, or before a noun of things), or follows a possessive or a name, is no day
    return Stream.of(
        row("The family will gather on Christmas Eve.", "2025-11-19",
            t("Christmas Eve", 26, "DATE", "2025-12-24", null, null)),
        row("Shoppers crowded the malls on Christmas Eve.", "2025-11-19",
            t("Christmas Eve", 30, "DATE", "2024-12-24", null, null)),
        row("Families will travel for Thanksgiving.", "2025-11-19",
            t("Thanksgiving", 25, "DATE", "2025-11-27", null, null)),
        row("Turnout was low on Thanksgiving Day.", "2025-11-19",
            t("Thanksgiving Day", 19, "DATE", "2024-11-28", null, null)),
        row("The strike ended on Labor Day.", "2025-11-19",
            t("Labor Day", 20, "DATE", "2025-09-01", null, null)),
        row("The pool opens on Memorial Day.", "2025-11-19",
            t("Memorial Day", 18, "DATE", "2026-05-25", null, null)),
        row("Markets are closed on Good Friday.", "2025-11-19",
            t("Good Friday", 22, "DATE", "2026-04-03", null, null)),
        row("The law takes effect on New Year's Day.", "2025-11-19",
            t("New Year's Day", 24, "DATE", "2026-01-01", null, null)),
        row("Crowds filled the square on New Year\u2019s Eve.", "2026-01-02",
            t("New Year\u2019s Eve", 28, "DATE", "2025-12-31", null, null)),
        row("Fireworks lit the sky on Independence Day.", "2025-11-19",
            t("Independence Day", 25, "DATE", "2025-07-04", null, null)),
        row("Stores open early on Black Friday.", "2025-11-19",
            t("Black Friday", 21, "DATE", "2025-11-28", null, null)),
        row("Banks close on Martin Luther King Jr. Day.", "2025-11-19",
            t("Martin Luther King Jr. Day", 15, "DATE", "2026-01-19", null, null)),
        row("Workers marched on May Day.", "2025-11-19",
            t("May Day", 19, "DATE", "2025-05-01", null, null)),
        row("Christmas 2024 was quiet.", "2025-11-19",
            t("Christmas 2024", 0, "DATE", "2024-12-25", null, null)),
        row("On Christmas morning the city was quiet.", "2025-11-19",
            t("Christmas morning", 3, "TIME", "2024-12-25TMO", null, null)),
        row("The attack on Christmas Day killed two.", "2025-12-27",
            t("Christmas Day", 14, "DATE", "2025-12-25", null, null)),
        row("The church was full on Easter Sunday.", "2026-04-06",
            t("Easter Sunday", 23, "DATE", "2026-04-05", null, null)),
        row("Sales were weak last Christmas.", "2025-11-19",
            t("last Christmas", 16, "DATE", "2024-12-25", null, null)),
        row("The show returns next Thanksgiving.", "2025-11-19",
            t("next Thanksgiving", 17, "DATE", "2025-11-27", null, null)),
        row("Stores expect crowds this Christmas.", "2025-11-19",
            t("this Christmas", 21, "DATE", "2025-12-25", null, null)),
        row("We were lucky to find oranges in our Christmas stockings.", "2025-11-19"),
        row("They bought a Christmas tree and Easter eggs.", "2025-11-19"),
        row("The Labor Day weekend was busy.", "2025-11-19"),
        row("Sales rose during the Christmas and New Year sales period.", "2025-11-19"),
        row("Canadian Thanksgiving was quiet.", "2025-11-19"),
        row("Crowds gathered for Orthodox Christmas.", "2025-11-19"),
        row("India's Independence Day was celebrated.", "2025-11-19"),
        row("Merry Christmas, he said.", "2025-11-19"),
        row("Thanksgiving dinner was served.", "2025-11-19"),
        row("Guests came to a Christmas celebration at the office.", "2025-11-19"),
        row("The massive Boxing Day earthquake struck Aceh.", "2025-11-19"),
        row("The shop will not open until Christmas.", "2025-11-19",
            t("Christmas", 29, "DATE", "2025-12-25", null, "2025-12-25")));
  }

  static Stream<Case> namesBeforeMonths() {
    // a month written alone after a title, or after a word written as a name that is neither a
    // time word nor a possessive, is a surname; after a preposition, a possessive or another
    // month it stays a month
    return Stream.of(
        row("Mr. March said the plan was sound.", "2025-11-19"),
        row("Sen. March voted against the bill.", "2025-11-19"),
        row("The actor Fredric March won an Oscar.", "2025-11-19"),
        row("Dr. January examined the patient.", "2025-11-19"),
        row("Rep. June Smith spoke.", "2025-11-19"),
        row("The Fed's March meeting was tense.", "2025-11-19",
            t("March", 10, "DATE", "2025-03", null, null)),
        row("Sales rose in March.", "2025-11-19",
            t("March", 14, "DATE", "2025-03", null, null)),
        row("Prices rose sharply in January and March.", "2025-11-19",
            t("January", 23, "DATE", "2025-01", null, null),
            t("March", 35, "DATE", "2025-03", null, null)),
        row("Apple reported its results in late March.", "2025-11-19",
            t("late March", 30, "DATE", "2025-03", null, null)));
  }

  static Stream<Case> schedules() {
    // published on a Wednesday: the plural present of a verb of schedule after its plural
    // subject, and a present "be" with only a preposition or a time of day before the day, tell
    // when an event is set and read forward; a past tense, a noun ("the lawmakers' return", "a
    // strike") and a number between "be" and the month ("is 3% in January") read back
    return Stream.of(
        row("Lawmakers return on Monday.", "2025-11-19",
            t("Monday", 20, "DATE", "2025-11-24", null, null)),
        row("Nurses strike on Friday.", "2025-11-19",
            t("Friday", 17, "DATE", "2025-11-21", null, null)),
        row("Students return to class on Monday after the holiday.", "2025-11-19",
            t("Monday", 28, "DATE", "2025-11-24", null, null)),
        row("Senators vote Tuesday on the bill.", "2025-11-19",
            t("Tuesday", 14, "DATE", "2025-11-25", null, null)),
        row("Lawmakers return on Monday, officials said.", "2025-11-19",
            t("Monday", 20, "DATE", "2025-11-24", null, null)),
        row("The deadline is midnight Friday.", "2025-11-19",
            t("midnight Friday", 16, "TIME", "2025-11-21T00:00", null, null)),
        row("The vote is on Tuesday.", "2025-11-19",
            t("Tuesday", 15, "DATE", "2025-11-25", null, null)),
        row("The election is in May.", "2025-11-19",
            t("May", 19, "DATE", "2026-05", null, null)),
        row("Lawmakers returned on Monday.", "2025-11-19",
            t("Monday", 22, "DATE", "2025-11-17", null, null)),
        row("The lawmakers' return on Monday was delayed.", "2025-11-19",
            t("Monday", 25, "DATE", "2025-11-17", null, null)),
        row("A strike on Friday closed schools.", "2025-11-19",
            t("Friday", 12, "DATE", "2025-11-14", null, null)),
        row("The tax return on Monday showed a loss.", "2025-11-19",
            t("Monday", 18, "DATE", "2025-11-17", null, null)),
        row("The deadline was midnight Friday.", "2025-11-19",
            t("midnight Friday", 17, "TIME", "2025-11-14T00:00", null, null)),
        row("Inflation is 3% in January.", "2025-11-19",
            t("January", 19, "DATE", "2025-01", null, null)));
  }

  static Stream<Case> rates() {
    // "a" or "an" and a unit of time after a number and the word it counts is the time of a
    // rate, a set, as after a bare number ("15 a year"); a length covered "in an hour" and a
    // count before "a year ago" are no rates
    return Stream.of(
        row("The train ran at 300 kilometers an hour.", "2025-11-19",
            t("an hour", 32, "SET", "PT1H", null, null)),
        row("Winds of 60 miles an hour hit the coast.", "2025-11-19",
            t("an hour", 18, "SET", "PT1H", null, null)),
        row("The plant builds 500 cars a day.", "2025-11-19",
            t("a day", 26, "SET", "P1D", null, null)),
        row("Prices rose 5 percent a year.", "2025-11-19",
            t("a year", 22, "SET", "P1Y", null, null)),
        row("The car reached 200 km per hour.", "2025-11-19",
            t("per hour", 23, "SET", "PT1H", null, null)),
        row("He ran 10 km in an hour.", "2025-11-19",
            t("an hour", 16, "DURATION", "PT1H", null, null)),
        row("She stayed 3 weeks a year ago.", "2025-11-19",
            t("3 weeks", 11, "DURATION", "P3W", null, null),
            t("a year ago", 19, "DATE", "2024", null, null)));
  }

  static Stream<Case> vagueLengthsAndHundreds() {
    // a plural unit before "ago" is some time back, before "after", "before", "later" or
    // "earlier" a vague length counted from another event; the hundreds before 2000 name a
    // century, other decades stay decades
    return Stream.of(
        row("The attack came hours after the vote.", "2025-11-19",
            t("hours", 16, "DURATION", "PTXH", null, null)),
        row("Minutes later, police arrived.", "2025-11-19",
            t("Minutes", 0, "DURATION", "PTXM", null, null)),
        row("The deal collapsed just weeks before the election.", "2025-11-19",
            t("weeks", 24, "DURATION", "PXW", null, null)),
        row("The virus emerged decades ago.", "2025-11-19",
            t("decades ago", 18, "DATE", "PAST_REF", null, null)),
        row("The charges would have been dropped years ago.", "2025-11-19",
            t("years ago", 36, "DATE", "PAST_REF", null, null)),
        row("He spent his declining years after the war in Spain.", "2025-11-19"),
        row("The talks have stalled for months.", "2025-11-19",
            t("months", 27, "DURATION", "PXM", null, null)),
        row("Scientists have studied the disease since the 1800s.", "2025-11-19",
            t("the 1800s", 42, "DATE", "18", "18", null)),
        row("The house dates from the early 1900s.", "2025-11-19",
            t("early 1900s", 25, "DATE", "19", null, null)),
        row("Prices soared in the mid-1990s.", "2025-11-19",
            t("mid-1990s", 21, "DATE", "199X", null, null)),
        row("The firm grew in the early 2000s.", "2025-11-19",
            t("early 2000s", 21, "DATE", "200X", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"holidays", "namesBeforeMonths", "schedules", "rates",
      "vagueLengthsAndHundreds"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
