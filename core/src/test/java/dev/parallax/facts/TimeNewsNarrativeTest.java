package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time expressions a news narrative places by what it has told before or by the words around
 * them: seasons by the tense of their clause, the day next to the day last named, a month of the
 * year named after it, clock times with their zones and parts of a named day; and the names that
 * begin with a time word. Each class is a rule of English stated in the time pack, tested on
 * sentences written for it, with the cases that must read otherwise or not at all.
 */
class TimeNewsNarrativeTest {

  static Stream<Case> seasonsByTense() {
    // a season by the tense of its clause; a season inside a name
    return Stream.of(
        // a plan reads a season ahead, a past tense back (the current season counts either way); a season with neither tense is of the publication year
        row("The store will close for good in the summer.", "2025-10-15",
            t("the summer", 33, "DATE", "2026-SU", null, null)),
        row("The park reopens in spring.", "2025-10-15",
            t("spring", 20, "DATE", "2026-SP", null, null)),
        row("The park closed in the spring.", "2025-10-15",
            t("the spring", 19, "DATE", "2025-SP", null, null)),
        row("Exports slumped over the winter.", "2025-03-10",
            t("the winter", 21, "DATE", "2024-WI", null, null)),
        row("Leaves turned red this fall.", "2025-10-15",
            t("this fall", 18, "DATE", "2025-FA", null, null)),
        row("Summer tourism is a big business.", "2025-10-15",
            t("Summer", 0, "DATE", "2025-SU", null, null)),
        row("The firm will hire more staff in the fall.", "2025-10-15",
            t("the fall", 33, "DATE", "2025-FA", null, null)),
        // a season written with a capital inside a name is no season
        row("The Prague Spring was crushed by tanks.", "2025-10-15"),
        row("Protesters recalled the Arab Spring.", "2025-10-15"),
        row("The shop is on Spring Street.", "2025-10-15"),
        row("The 2024 Summer Olympics were held in Paris.", "2025-10-15",
            t("2024", 4, "DATE", "2024", null, null)),
        row("The fall of the junta came in 1974.", "2025-10-15",
            t("1974", 30, "DATE", "1974", null, null)));
  }

  static Stream<Case> daysThatBeginNames() {
    // a weekday that begins a name
    return Stream.of(
        // a weekday after "the" before a word written as a name, or before a part of the day written with a capital and a name, begins a name
        row("He was interviewed by the Sunday Times.", "2025-10-15"),
        row("She hosted Saturday Night Live.", "2025-10-15"),
        row("The Sunday Telegraph reported the deal on Monday.", "2025-10-15",
            t("Monday", 42, "DATE", "2025-10-13", null, null)),
        row("The vote is on Sunday.", "2025-10-15",
            t("Sunday", 15, "DATE", "2025-10-19", null, null)),
        row("On Saturday night President Ruto spoke.", "2025-10-15",
            t("Saturday night", 3, "TIME", "2025-10-11TNI", null, null)),
        row("The attack happened on the Sunday before the vote.", "2025-10-15",
            t("Sunday", 27, "DATE", "2025-10-12", null, null)));
  }

  static Stream<Case> monthsAndDaysOfANamedYearOrWeek() {
    // a month of the year named after it, a weekday of the week named after it
    return Stream.of(
        // a month before "next year", "last year" or "this year" is in that year; a weekday before "last week" or "next week" is in that week
        row("The bridge will reopen in March next year.", "2025-10-15",
            t("March next year", 26, "DATE", "2026-03", null, null)),
        row("The bridge was closed in March last year.", "2025-10-15",
            t("March last year", 25, "DATE", "2024-03", null, null)),
        row("The plant opened in May this year.", "2025-10-15",
            t("May this year", 20, "DATE", "2025-05", null, null)),
        row("The vote took place Monday last week.", "2025-10-15",
            t("Monday last week", 20, "DATE", "2025-10-06", null, null)),
        row("The hearing will take place on Thursday next week.", "2025-10-15",
            t("Thursday next week", 31, "DATE", "2025-10-23", null, null)),
        row("Prices rose in March, last year's figures show.", "2025-10-15",
            t("March", 15, "DATE", "2025-03", null, null),
            t("last year", 22, "DATE", "2024", null, null)),
        row("Theresa May last year said no.", "2025-10-15",
            t("last year", 12, "DATE", "2024", null, null)));
  }

  static Stream<Case> daysNextToTheDayNamed() {
    // days, years and quarters next to the one the text named last
    return Stream.of(
        // "the next day", "the following day", "the previous day", "the day before/after" with nothing after it: next to the day the text named last; "the following year", "the prior quarter" likewise
        row("The fire broke out on Monday and was contained the next day.", "2025-10-15",
            t("Monday", 22, "DATE", "2025-10-13", null, null),
            t("the next day", 47, "DATE", "2025-10-14", null, null)),
        row("The plane crashed on Monday; the pilot had reported a fault the previous day.", "2025-10-15",
            t("Monday", 21, "DATE", "2025-10-13", null, null),
            t("the previous day", 60, "DATE", "2025-10-12", null, null)),
        row("The protest began on Oct. 3 and police moved in the following day.", "2025-10-15",
            t("Oct. 3", 21, "DATE", "2025-10-03", null, null),
            t("the following day", 48, "DATE", "2025-10-04", null, null)),
        row("The pact was signed on Tuesday, and the rebels broke it the day after.", "2025-10-15",
            t("Tuesday", 23, "DATE", "2025-10-14", null, null),
            t("the day after", 56, "DATE", "2025-10-15", null, null)),
        row("The talks collapsed on Friday; they had resumed the day before.", "2025-10-15",
            t("Friday", 23, "DATE", "2025-10-10", null, null),
            t("the day before", 48, "DATE", "2025-10-09", null, null)),
        row("The law passed in 2019 and took effect the following year.", "2025-10-15",
            t("2019", 18, "DATE", "2019", null, null),
            t("the following year", 39, "DATE", "2020", null, null)),
        row("Sales rose in the third quarter, up 4 percent from the prior quarter.", "2025-10-15",
            t("the third quarter", 14, "DATE", "2025-Q3", null, null),
            t("the prior quarter", 51, "DATE", "2025-Q2", null, null)),
        row("Profits rose from the previous year.", "2025-10-15",
            t("the previous year", 18, "DATE", "2024", null, null)),
        row("Crowds gathered the next day.", "2025-10-15",
            t("the next day", 16, "DATE", "2025-10-16", null, null)),
        // not after a verb or before an object: "following the vote", "the day after the vote", "over the next year"
        row("Following the vote, the minister resigned.", "2025-10-15"),
        row("The minister resigned the day after the vote.", "2025-10-15"),
        row("Crews will restore power over the next day or two.", "2025-10-15"));
  }

  static Stream<Case> clockTimesWithZones() {
    // clock times with their zones
    return Stream.of(
        // a zone after a clock time is written as its offset from UTC; an American zone without its season takes the season of the publication date
        row("The blast happened at 10:30 a.m. EDT.", "2025-10-15",
            t("10:30 a.m. EDT", 22, "TIME", "2025-10-15T10:30-04", null, null)),
        row("Polls close at 8 p.m. ET.", "2025-10-15",
            t("8 p.m. ET", 15, "TIME", "2025-10-15T20:00-04", null, null)),
        row("Polls close at 8 p.m. ET.", "2025-12-15",
            t("8 p.m. ET", 15, "TIME", "2025-12-15T20:00-05", null, null)),
        // the zone named in words, as its letters
        row("The pick was announced at 11:12 p.m. Eastern time.", "2025-10-15",
            t("11:12 p.m. Eastern time", 26, "TIME", "2025-10-15T23:12-04", null, null)),
        row("Voting ends at 7 p.m. Pacific Time.", "2025-12-15",
            t("7 p.m. Pacific Time", 15, "TIME", "2025-12-15T19:00-08", null, null)),
        row("The market opens at 9 a.m. CET.", "2025-10-15",
            t("9 a.m. CET", 20, "TIME", "2025-10-15T09:00+01", null, null)),
        row("The rocket lifted off at 18:00 GMT.", "2025-10-15",
            t("18:00 GMT", 25, "TIME", "2025-10-15T18:00Z", null, null)),
        row("The quake hit at 3:15 a.m. JST on Tuesday.", "2025-10-15",
            t("3:15 a.m. JST on Tuesday", 17, "TIME", "2025-10-14T03:15+09", null, null)),
        row("The quake struck at 1852 HKT (1052 GMT), on Oct. 12.", "2025-10-15",
            t("1852 HKT", 20, "TIME", "2025-10-12T18:52+08", null, null),
            t("1052 GMT", 30, "TIME", "2025-10-12T10:52Z", null, null),
            t("Oct. 12", 44, "DATE", "2025-10-12", null, null)),
        row("The polls will close at 8 p.m. ET on June 10.", "2026-01-15",
            t("8 p.m. ET on June 10", 24, "TIME", "2026-06-10T20:00-04", null, null)));
  }

  static Stream<Case> partsOfANamedDay() {
    // a part of a named day
    return Stream.of(
        // a part of the day before "of" and a day is that part of that day; "the early hours" are no length of hours
        row("Firefighters arrived in the early hours of Sunday.", "2025-10-15",
            t("the early hours of Sunday", 24, "TIME", "2025-10-12TNI", null, null)),
        row("The match was played on the night of Oct. 10.", "2025-10-15",
            t("the night of Oct. 10", 24, "TIME", "2025-10-10TNI", null, null)),
        row("The storm hit on the morning of March 3.", "2025-10-15",
            t("the morning of March 3", 17, "TIME", "2025-03-03TMO", null, null)),
        row("The vote came hours after the debate.", "2025-10-15",
            t("hours", 14, "DURATION", "PTXH", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"seasonsByTense", "daysThatBeginNames", "monthsAndDaysOfANamedYearOrWeek", "daysNextToTheDayNamed", "clockTimesWithZones", "partsOfANamedDay"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
