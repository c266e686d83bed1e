package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which way a time without a year points, and what a report's period is, with sentences of their
 * own: a month or quarter that names the period of a report ("fourth-quarter results", "figures
 * for December") has begun whatever the tense; "in the quarter" of an earnings report is the
 * quarter reported, and "the year-earlier period" and "the same period last year" count back
 * from it (a half too); "the new year", "the year before", "August 15 next year"; a past tense far
 * before a season, a past perfect before a plan, a participle of schedule with no verb before
 * it, a verb joined by "and" after a date, a deadline noun, a habitual adverb, a stretch "from
 * June to November", a headline's "to"; a weekday set for or coming "ahead of" an event; "the
 * year" of a report published early in the next; a clock time and the day right after it. Each
 * class has cases that must not read.
 */
class TimeNewsDirectionsTest {

  static Stream<Case> reportedPeriods() {
    return Stream.of(
        row("The company will report fourth-quarter results on January 29.", "2026-01-08",
            t("fourth-quarter", 24, "DATE", "2025-Q4", null, null),
            t("January 29", 50, "DATE", "2026-01-29", null, null)),
        row("The bank will release its third-quarter figures later this month.", "2026-01-08",
            t("third-quarter", 26, "DATE", "2025-Q3", null, null),
            t("later this month", 48, "DATE", "2026-01", null, null)),
        row("Retail sales figures for December will be released next Thursday.", "2026-01-08",
            t("December", 25, "DATE", "2025-12", null, null),
            t("next Thursday", 51, "DATE", "2026-01-15", null, null)),
        row("Data for December are due next week.", "2026-01-08",
            t("December", 9, "DATE", "2025-12", null, null),
            t("next week", 26, "DATE", "2026-W03", null, null)),
        row("Analysts expect fourth-quarter sales to rise.", "2025-08-10",
            t("fourth-quarter", 16, "DATE", "2025-Q4", null, null)),
        row("The company will open a store in December.", "2026-01-08",
            t("December", 33, "DATE", "2026-12", null, null)));
  }

  static Stream<Case> quartersAndHalves() {
    return Stream.of(
        row("Net income was $3 billion in the quarter, compared with $2.5 billion a year earlier.", "2025-11-05",
            t("the quarter", 29, "DATE", "2025-Q3", null, null),
            t("a year earlier", 69, "DATE", "2024-Q3", null, null)),
        row("Third-quarter profit fell to $1 billion from $1.3 billion in the year-earlier period.", "2025-11-05",
            t("Third-quarter", 0, "DATE", "2025-Q3", null, null),
            t("the year-earlier period", 61, "DATE", "2024-Q3", null, null)),
        row("The airline carried 5 million passengers in the first half, up 8 percent from the same period last year.", "2025-11-05",
            t("the first half", 44, "DATE", "2025-H1", null, null),
            t("the same period last year", 78, "DATE", "2024-H1", null, null)),
        row("He scored 12 points in the quarter.", "2025-11-05"),
        row("Residents of the quarter fled the fighting.", "2025-11-05"),
        row("The company reported its results for the year ended June 30.", "2025-11-05",
            t("the year ended June 30", 37, "DATE", "FY2025", null, null)),
        row("Revenue for the fiscal year ending in March 2026 is forecast at $8 billion.", "2025-11-05",
            t("the fiscal year ending in March 2026", 12, "DATE", "FY2026", null, null)),
        row("Exports rose 6 percent in the first nine months of the year.", "2025-11-05",
            t("the first nine months of the year", 26, "DURATION", "P9M", null, null)));
  }

  static Stream<Case> yearsNamedBeside() {
    return Stream.of(
        row("Talks will resume in the new year.", "2025-11-05",
            t("the new year", 21, "DATE", "2026", null, null)),
        row("The new year began quietly.", "2026-01-08",
            t("The new year", 0, "DATE", "2026", null, null)),
        row("The new year celebrations were cancelled.", "2025-11-05"),
        row("Revenue for 2024 rose 10 percent from the year before.", "2025-03-12",
            t("2024", 12, "DATE", "2024", null, null),
            t("the year before", 38, "DATE", "2023", null, null)),
        row("Revenue fell in the year before the war.", "2025-03-12"),
        row("The season opener is scheduled for August 15 next year.", "2025-11-05",
            t("August 15 next year", 35, "DATE", "2026-08-15", null, null)),
        row("Sales jumped at the end of the year.", "2026-01-08",
            t("the end of the year", 16, "DATE", "2025", null, null)),
        row("Sales will jump at the end of the year.", "2026-01-08",
            t("the end of the year", 19, "DATE", "2026", null, null)),
        row("Sales of the drug have tripled over the last decade.", "2025-11-05",
            t("the last decade", 36, "DURATION", "P10Y", null, null)),
        row("The servers ran in the early part of the last decade.", "2025-11-05",
            t("the last decade", 37, "DATE", "201X", null, null)));
  }

  static Stream<Case> clauseDirections() {
    return Stream.of(
        row("The region was hit by floods last month and by a drought in the summer.", "2025-01-03",
            t("last month", 29, "DATE", "2024-12", null, null),
            t("the summer", 60, "DATE", "2024-SU", null, null)),
        row("Storm warnings remain in place until midday Thursday.", "2025-11-05",
            t("midday Thursday", 37, "TIME", "2025-11-06T12:00", null, "2025-11-06T12:00")),
        row("The company had planned to open the store in August but delayed it.", "2025-11-05",
            t("August", 45, "DATE", "2025-08", null, null)),
        row("The company plans to open the store in August.", "2025-11-05",
            t("August", 39, "DATE", "2026-08", null, null)),
        row("The elections, originally planned for December, have been pushed back to March.", "2025-11-05",
            t("December", 38, "DATE", "2025-12", null, null),
            t("March", 73, "DATE", "2026-03", null, null)),
        row("The team beat Chicago on December 29 and plays Boston on Sunday.", "2025-01-10",
            t("December 29", 25, "DATE", "2024-12-29", null, null),
            t("Sunday", 57, "DATE", "2025-01-12", null, null)),
        row("Lawmakers are racing to meet the February deadline.", "2025-11-05",
            t("February", 33, "DATE", "2026-02", null, null)),
        row("Lawmakers missed the February deadline.", "2025-11-05",
            t("February", 21, "DATE", "2025-02", null, null)),
        row("The wildfire season typically starts in May and lasts until October.", "2024-04-26",
            t("May", 40, "DATE", "XXXX-05", null, null),
            t("October", 60, "DATE", "XXXX-10", null, "XXXX-10")),
        row("This year's hurricane season runs from June to November.", "2025-09-04",
            t("This year", 0, "DATE", "2025", null, null),
            t("June", 39, "DATE", "2025-06", null, null),
            t("November", 47, "DATE", "2025-11", null, null)),
        row("Boeing to deliver first 787 in May", "2025-11-05",
            t("May", 31, "DATE", "2026-05", null, null)),
        row("He went to Paris to meet the president in May.", "2025-11-05",
            t("May", 42, "DATE", "2025-05", null, null)),
        row("Speaking to reporters on Monday, the minister said talks would resume.", "2025-11-05",
            t("Monday", 25, "DATE", "2025-11-03", null, null)),
        row("The court is expected to rule on the appeal, which was filed by the company's lawyers last month, on Friday.", "2025-11-05",
            t("last month", 86, "DATE", "2025-10", null, null),
            t("Friday", 101, "DATE", "2025-11-07", null, null)),
        row("Police arrested the man, who had fled, on Friday.", "2025-11-05",
            t("Friday", 42, "DATE", "2025-10-31", null, null)));
  }

  static Stream<Case> weekdaysAndYears() {
    return Stream.of(
        row("The vote, set for Thursday, could be delayed.", "2025-11-05",
            t("Thursday", 18, "DATE", "2025-11-06", null, null)),
        row("The talks continue Thursday.", "2025-11-05",
            t("Thursday", 19, "DATE", "2025-11-06", null, null)),
        row("The talks continued Thursday.", "2025-11-05",
            t("Thursday", 20, "DATE", "2025-10-30", null, null)),
        row("Markets rallied ahead of Friday's jobs report.", "2025-11-05",
            t("Friday", 25, "DATE", "2025-11-07", null, null)),
        row("Shares fell in March ahead of the April vote.", "2025-11-05",
            t("March", 15, "DATE", "2025-03", null, null),
            t("April", 34, "DATE", "2025-04", null, null)),
        row("Net income for the year was $4 billion, compared with $3.5 billion a year earlier.", "2026-02-10",
            t("the year", 15, "DATE", "2025", null, null),
            t("a year earlier", 67, "DATE", "2024", null, null)),
        row("The company expects net income for the year to rise.", "2026-02-10",
            t("the year", 35, "DATE", "2026", null, null)),
        row("Ford said Monday that it made a profit for the year, its first since 2005.", "2010-01-12",
            t("Monday", 10, "DATE", "2010-01-11", null, null),
            t("the year", 43, "DATE", "2009", null, null),
            t("2005", 69, "DATE", "2005", "2005", null)),
        row("The year-long strike ended.", "2010-01-12",
            t("year-long", 4, "DURATION", "P1Y", null, null)));
  }

  static Stream<Case> clocksAndLengths() {
    return Stream.of(
        row("The rains will continue for another week.", "2010-08-09",
            t("another week", 28, "DURATION", "P1W", null, null)),
        row("The trial is expected to last another two months.", "2010-08-09",
            t("two months", 38, "DURATION", "P2M", null, null)),
        row("The president signed the order on Monday evening, hours before the deadline.", "2025-11-05",
            t("Monday evening", 34, "TIME", "2025-11-03TEV", null, null),
            t("hours", 50, "DURATION", "PTXH", null, null)),
        row("The blast occurred at 2:30 p.m. Tuesday near the port.", "2025-11-05",
            t("2:30 p.m. Tuesday", 22, "TIME", "2025-11-04T14:30", null, null)),
        row("Flynn left around 10:30 p.m. April 8. The trooper stopped him at 10:46 p.m. for speeding.", "2012-06-15",
            t("10:30 p.m. April 8", 18, "TIME", "2012-04-08T22:30", null, null),
            t("10:46 p.m.", 65, "TIME", "2012-04-08T22:46", null, null)),
        // a word a number counts is a noun, not a verb of schedule ("visits", "returns")
        row("Hospitals reported 310 emergency room visits for heat illness on Tuesday.",
            "2025-07-23", t("Tuesday", 65, "DATE", "2025-07-22", null, null)),
        row("The minister visits China on Tuesday.", "2025-07-23",
            t("Tuesday", 29, "DATE", "2025-07-29", null, null)),
        // a day with its part of the day stays named: a clock time later takes that day
        row("The train left the tracks on Tuesday evening. It derailed at 6:52 p.m., police said.",
            "2025-02-19",
            t("Tuesday evening", 29, "TIME", "2025-02-18TEV", null, null),
            t("6:52 p.m.", 61, "TIME", "2025-02-18T18:52", null, null)),
        row("The blast occurred at 2:30 p.m. Tuesday. A second one followed at 3:10 p.m.",
            "2025-11-05",
            t("2:30 p.m. Tuesday", 22, "TIME", "2025-11-04T14:30", null, null),
            t("3:10 p.m.", 66, "TIME", "2025-11-04T15:10", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"reportedPeriods", "quartersAndHalves", "yearsNamedBeside", "clauseDirections",
      "weekdaysAndYears", "clocksAndLengths"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
