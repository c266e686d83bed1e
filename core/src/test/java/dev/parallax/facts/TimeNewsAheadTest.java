package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Times placed by their clause and their day, with sentences of their own: a bare weekday, month
 * or holiday in a clause about the future (a headline's "to" before a verb of schedule, "could",
 * a plan "agreed to", a plural pronoun before a verb of schedule, a verb of putting off with its
 * object before "to", an event held on the date), with an adjective in "-ed" no past tense; a
 * future word far back in the clause of a month and day; a weekday paired with one before it; a
 * weekday written with its date fixes the year; "the weekend" of a clause in the past tense
 * published on a weekday is the one before; a clock time takes the day it is attached to (the day
 * right after it, else the day named last before it in its sentence, else that of the sentence
 * before). Each class has cases that must keep the old reading.
 */
class TimeNewsAheadTest {

  static Stream<Case> clausesAhead() {
    return Stream.of(
        // a headline's "to" before a verb of schedule
        row("Nurses to strike Monday and Friday over pay", "2025-11-05",
            t("Monday", 17, "DATE", "2025-11-10", null, null),
            t("Friday", 28, "DATE", "2025-11-07", null, null)),
        // "could" points ahead; "could not" tells of the past
        row("Forecasters said the front could bring snow on Friday.", "2025-11-05",
            t("Friday", 47, "DATE", "2025-11-07", null, null)),
        row("He could not be reached on Friday.", "2025-11-05",
            t("Friday", 27, "DATE", "2025-10-31", null, null)),
        // a form in "-ed" after an article is an adjective, no past tense
        row("The operator said it would run a reduced service on Saturday.", "2025-11-05",
            t("Saturday", 52, "DATE", "2025-11-08", null, null)),
        row("The operator reduced services on Saturday.", "2025-11-05",
            t("Saturday", 33, "DATE", "2025-11-01", null, null)),
        // nor one joined by a hyphen to the word before ("top-seeded")
        row("The club will visit the top-seeded Rovers on January 11.", "2026-01-04",
            t("January 11", 45, "DATE", "2026-01-11", null, null)),
        // a plural pronoun before the present of a verb of schedule
        row("They travel to Leeds on Saturday.", "2025-11-05",
            t("Saturday", 24, "DATE", "2025-11-08", null, null)),
        row("They traveled to Leeds on Saturday.", "2025-11-05",
            t("Saturday", 26, "DATE", "2025-11-01", null, null)),
        // a plan agreed to; a stretch "until" a holiday with no past before it
        row("Both unions have agreed to hold talks weekly until Christmas.", "2025-11-05",
            t("weekly", 38, "SET", "P1W", null, null),
            t("Christmas", 51, "DATE", "2025-12-25", null, "2025-12-25")),
        row("Markets remain closed until Christmas.", "2025-06-01",
            t("Christmas", 28, "DATE", "2025-12-25", null, "2025-12-25")),
        row("The shops stayed open until Christmas.", "2026-01-08",
            t("Christmas", 28, "DATE", "2025-12-25", null, "2025-12-25")),
        // a verb of putting off, its object, then "to" and the date
        row("The maker delays the launch of its phone to October.", "2025-06-10",
            t("October", 44, "DATE", "2025-10", null, null)),
        row("The maker postponed the vote, citing the weather, on Friday.", "2025-06-10",
            t("Friday", 53, "DATE", "2025-06-06", null, null)),
        // to warn of an event is to forecast it; "warned of" keeps the day of the warning
        row("Forecasters have issued an alert, warning of heavy rain on Thursday.", "2025-11-05",
            t("Thursday", 59, "DATE", "2025-11-06", null, null)),
        row("Officials warned of delays on Monday.", "2025-11-05",
            t("Monday", 30, "DATE", "2025-11-03", null, null)),
        // an event held on the date, no past tense before it
        row("The summit in Lima in November is the last before the vote.", "2025-06-10",
            t("November", 22, "DATE", "2025-11", null, null)),
        row("The group held its annual meeting in May.", "2025-11-05",
            t("annual", 19, "SET", "P1Y", null, null),
            t("May", 37, "DATE", "2025-05", null, null)));
  }

  static Stream<Case> farClauses() {
    return Stream.of(
        // a future word far back in the clause of a month and day
        row("Voters will choose a new mayor and eleven council members in the city's election on"
            + " October 28.", "2025-03-20",
            t("October 28", 84, "DATE", "2025-10-28", null, null)),
        row("Voters chose a new mayor and eleven council members in the city's election on"
            + " October 28.", "2025-03-20",
            t("October 28", 78, "DATE", "2024-10-28", null, null)),
        // a weekday paired by "and" with one before it takes its direction; not across a comma
        // or a verb
        row("The union will hold a rally outside the transport ministry in the capital at noon"
            + " on Tuesday and again on Friday.", "2025-11-02",
            t("noon on Tuesday", 77, "TIME", "2025-11-04T12:00", null, null),
            t("Friday", 106, "DATE", "2025-11-07", null, null)),
        row("Police broke up a rally outside the transport ministry in the capital on Tuesday"
            + " and again on Friday.", "2025-11-02",
            t("Tuesday", 73, "DATE", "2025-10-28", null, null),
            t("Friday", 94, "DATE", "2025-10-31", null, null)),
        row("The museum was closed Wednesday and Thursday and will reopen Saturday.", "2025-11-05",
            t("Wednesday", 22, "DATE", "2025-11-05", null, null),
            t("Thursday", 36, "DATE", "2025-10-30", null, null),
            t("Saturday", 61, "DATE", "2025-11-08", null, null)),
        row("The union will march on Tuesday, and the police said they made arrests on"
            + " Friday.", "2025-11-05",
            t("Tuesday", 24, "DATE", "2025-11-11", null, null),
            t("Friday", 74, "DATE", "2025-10-31", null, null)));
  }

  static Stream<Case> weekdaysWithDates() {
    return Stream.of(
        row("The vote is on Wednesday, March 9, at noon.", "2021-02-19",
            t("Wednesday, March 9", 15, "DATE", "2022-03-09", null, null),
            t("noon", 38, "TIME", "2022-03-09T12:00", null, null)),
        row("Voters went to the polls on Sunday, Jan. 3.", "2021-01-05",
            t("Sunday, Jan. 3", 28, "DATE", "2021-01-03", null, null)));
  }

  static Stream<Case> weekends() {
    return Stream.of(
        row("The storm hit the coast over the weekend.", "2025-11-03",
            t("the weekend", 29, "DATE", "2025-W44-WE", null, null)),
        row("The fair opens over the weekend.", "2025-11-03",
            t("the weekend", 20, "DATE", "2025-W45-WE", null, null)),
        row("Fans celebrated over the weekend.", "2025-11-09",
            t("the weekend", 21, "DATE", "2025-W45-WE", null, null)));
  }

  static Stream<Case> clocksOnTheirDay() {
    return Stream.of(
        row("The team plays away on Wednesday and at home next Saturday, with kick-off at 3"
            + " p.m.", "2025-11-04",
            t("Wednesday", 23, "DATE", "2025-11-05", null, null),
            t("next Saturday", 45, "DATE", "2025-11-08", null, null),
            t("3 p.m.", 77, "TIME", "2025-11-08T15:00", null, null)),
        row("Polls opened on Sunday. Counting began at 8 p.m., with results due on"
            + " Monday.", "2025-11-05",
            t("Sunday", 16, "DATE", "2025-11-02", null, null),
            t("8 p.m.", 42, "TIME", "2025-11-02T20:00", null, null),
            t("Monday", 70, "DATE", "2025-11-10", null, null)),
        row("The ferry docked at 6:40 a.m. on Monday after a night at sea.", "2025-11-05",
            t("6:40 a.m.", 20, "TIME", "2025-11-03T06:40", null, null),
            t("Monday", 33, "DATE", "2025-11-03", null, null)),
        row("The council will vote on Tuesday. Polls close at 9 p.m.", "2025-11-05",
            t("Tuesday", 25, "DATE", "2025-11-11", null, null),
            t("9 p.m.", 49, "TIME", "2025-11-11T21:00", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"clausesAhead", "farClauses", "weekdaysWithDates", "weekends",
      "clocksOnTheirDay"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
