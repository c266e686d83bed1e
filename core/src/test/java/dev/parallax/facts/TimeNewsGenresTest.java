package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time expressions of sports, court, weather and obituary news, with sentences of their own: a
 * comma ends the phrase of a number, so the verb after it tells the tense ("first elected in 2018,
 * faces a primary in August"); "expect" points ahead; the date a defendant is held or freed until
 * is the coming hearing; "overnight" is the night of publication, or the night before after a past
 * tense, and an adjective before a noun; "until further notice"; two counted lengths joined by
 * "and" are one; "every weekend"; "N years ago" takes no month named after it; "a decade ago" is a
 * decade; a season before a noun it classifies is no time; a day of the month written alone beside
 * a date of that month ("June 5 to 8", "20 and 21 May"); a season label ("the 2026-27 season") is
 * no count before a verb; "the first Tuesday in November", "the last week of March"; "the day
 * before yesterday"; "the following morning", "the previous night" next to the day named last
 * ("two weeks from now" stays a length and a reference, as TIMEX3 keeps "from" a signal). A half
 * after a report has named its quarter is of the year. Each class has cases that must not read.
 */
class TimeNewsGenresTest {

  static Stream<Case> clauseVerbs() {
    return Stream.of(
        row("The senator, first elected in 2018, faces a primary in August.", "2026-03-10",
            t("2018", 30, "DATE", "2018", null, null),
            t("August", 55, "DATE", "2026-08", null, null)),
        row("Hospital staff logged 310 patient visits in August.", "2026-03-10",
            t("August", 44, "DATE", "2025-08", null, null)),
        row("Forecasters expect heavy snow on Friday.", "2026-03-10",
            t("Friday", 33, "DATE", "2026-03-13", null, null)),
        row("Sales fell more than analysts had expected in January.", "2026-03-10",
            t("January", 46, "DATE", "2026-01", null, null)),
        row("He was released on bail until April 2.", "2026-03-10",
            t("April 2", 30, "DATE", "2026-04-02", null, "2026-04-02")),
        row("The suspect was remanded in custody until Friday.", "2026-03-10",
            t("Friday", 42, "DATE", "2026-03-13", null, "2026-03-13")),
        row("He was released on bail in February.", "2026-03-10",
            t("February", 27, "DATE", "2026-02", null, null)),
        row("The shop stayed open until Friday.", "2026-03-10",
            t("Friday", 27, "DATE", "2026-03-06", null, "2026-03-06")));
  }

  static Stream<Case> nightsAndNotices() {
    return Stream.of(
        row("The storm strengthened overnight.", "2026-09-14",
            t("overnight", 23, "TIME", "2026-09-13TNI", null, null)),
        row("First results are expected overnight.", "2026-09-14",
            t("overnight", 27, "TIME", "2026-09-14TNI", null, null)),
        row("Temperatures overnight could fall below zero.", "2026-09-14",
            t("overnight", 13, "TIME", "2026-09-14TNI", null, null)),
        row("A quake shook the city overnight Thursday.", "2026-09-14",
            t("overnight Thursday", 23, "TIME", "2026-09-10TNI", null, null)),
        row("Guests paid for an overnight stay.", "2026-09-14"),
        row("The actor was unveiled on tonight's (August 4) show.", "2025-10-20",
            t("tonight", 26, "TIME", "2025-10-20TNI", null, null),
            t("August 4", 37, "DATE", "2025-08-04", null, null)),
        row("Overnight trading was thin.", "2026-09-14"),
        row("Overnight Fire Destroys Old Mill", "2026-09-14"),
        row("The road is closed until further notice.", "2026-09-14",
            t("further notice", 25, "DATE", "FUTURE_REF", null, "FUTURE_REF")),
        row("He asked for further details.", "2026-09-14"));
  }

  static Stream<Case> lengthsAndSets() {
    return Stream.of(
        row("The final lasted three hours and 12 minutes.", "2026-05-02",
            t("three hours and 12 minutes", 17, "DURATION", "PT3H12M", null, null)),
        row("He served two years and six months in prison.", "2026-05-02",
            t("two years and six months", 10, "DURATION", "P2Y6M", null, null)),
        row("The crossing takes a day and six hours.", "2026-05-02",
            t("a day and six hours", 19, "DURATION", "P1DT6H", null, null)),
        row("The job took three hours and 300 workers.", "2026-05-02",
            t("three hours", 13, "DURATION", "PT3H", null, null)),
        row("She spent six months and two years abroad.", "2026-05-02",
            t("six months", 10, "DURATION", "P6M", null, null),
            t("two years", 25, "DURATION", "P2Y", null, null)),
        row("The market opens every weekend.", "2026-05-02",
            t("every weekend", 17, "SET", "XXXX-WXX-WE", null, null)),
        row("The market opens every week.", "2026-05-02",
            t("every week", 17, "SET", "P1W", null, null)));
  }

  static Stream<Case> agoAndSeasons() {
    return Stream.of(
        row("She took up the sport three years ago and will race in September.", "2026-08-03",
            t("three years ago", 22, "DATE", "2023", null, null),
            t("September", 55, "DATE", "2026-09", null, null)),
        row("Sales in July rose 4 percent from a year ago.", "2026-08-03",
            t("July", 9, "DATE", "2026-07", null, null),
            t("a year ago", 34, "DATE", "2025-07", null, null)),
        row("The law was passed a decade ago.", "2026-08-03",
            t("a decade ago", 19, "DATE", "201X", null, null)),
        row("The mill closed half a century ago.", "2026-08-03",
            t("half a century ago", 16, "DATE", "197X", null, null)),
        row("The church was built a century ago.", "2026-08-03",
            t("a century ago", 21, "DATE", "19", null, null)),
        row("The company left two years ago.", "2026-08-03",
            t("two years ago", 17, "DATE", "2024", null, null)),
        row("A winter storm closed schools.", "2026-02-26"),
        row("Drivers must fit winter tyres.", "2026-02-26"),
        row("Schools closed last winter.", "2026-02-26",
            t("last winter", 15, "DATE", "2024-WI", null, null)),
        row("The plant will reopen in the summer.", "2026-02-26",
            t("the summer", 25, "DATE", "2026-SU", null, null)));
  }

  static Stream<Case> daysOfAMonth() {
    return Stream.of(
        row("Voting will take place on March 20-21.", "2026-03-10",
            t("March 20", 26, "DATE", "2026-03-20", null, null),
            t("21", 35, "DATE", "2026-03-21", null, null)),
        row("The festival runs from June 5 to 8.", "2026-03-10",
            t("June 5", 23, "DATE", "2026-06-05", null, null),
            t("8", 33, "DATE", "2026-06-08", null, null)),
        row("The summit will be held on 20 and 21 May.", "2026-03-10",
            t("20", 27, "DATE", "2026-05-20", null, null),
            t("21 May", 34, "DATE", "2026-05-21", null, null)),
        row("Talks were held on March 2 and 3 in Geneva.", "2026-03-10",
            t("March 2", 19, "DATE", "2026-03-02", null, null),
            t("3", 31, "DATE", "2026-03-03", null, null)),
        row("Shares fell on March 3 and 4 percent on March 5.", "2026-03-10",
            t("March 3", 15, "DATE", "2026-03-03", null, null),
            t("March 5", 40, "DATE", "2026-03-05", null, null)),
        row("Turnout on March 5 rose to 8%.", "2026-03-10",
            t("March 5", 11, "DATE", "2026-03-05", null, null)),
        row("The vote on March 9 and 3 others failed.", "2026-03-10",
            t("March 9", 12, "DATE", "2026-03-09", null, null)),
        row("The 2026-27 season starts in August.", "2026-03-10",
            t("2026", 4, "DATE", "2026", null, null),
            t("August", 29, "DATE", "2026-08", null, null)));
  }

  static Stream<Case> weekdaysOfAMonth() {
    return Stream.of(
        row("The final will be played on the last Sunday of the month.", "2026-03-10",
            t("the last Sunday of the month", 28, "DATE", "2026-03-29", null, null)),
        row("Elections will be held on the first Tuesday in November.", "2026-03-10",
            t("the first Tuesday in November", 26, "DATE", "2026-11-03", null, null)),
        row("The parade is on the second Saturday of June 2027.", "2026-03-10",
            t("the second Saturday of June 2027", 17, "DATE", "2027-06-12", null, null)),
        row("Sales rose in the last week of March.", "2009-04-01",
            t("the last week of March", 14, "DATE", "2009-W13", null, null)),
        row("Talks will resume in the first week of May.", "2009-04-01",
            t("the first week of May", 21, "DATE", "2009-W19", null, null)),
        row("The first Tuesday of the trial was calm.", "2026-03-10",
            t("Tuesday", 10, "DATE", "2026-03-10", null, null)),
        row("It rained on the fifth Monday of February.", "2026-03-10",
            t("Monday", 23, "DATE", "2026-03-09", null, null),
            t("February", 33, "DATE", "2026-02", null, null)));
  }

  static Stream<Case> daysAround() {
    return Stream.of(
        row("They met the day before yesterday.", "2026-03-10",
            t("the day before yesterday", 9, "DATE", "2026-03-08", null, null)),
        row("Talks resume the day after tomorrow.", "2026-03-10",
            t("the day after tomorrow", 13, "DATE", "2026-03-12", null, null)),
        row("The fire broke out on Monday. He died the following morning.", "2026-03-10",
            t("Monday", 22, "DATE", "2026-03-09", null, null),
            t("the following morning", 38, "TIME", "2026-03-10TMO", null, null)),
        row("The plane crashed on Sunday; the pilot had slept badly the previous night.", "2026-03-10",
            t("Sunday", 21, "DATE", "2026-03-08", null, null),
            t("the previous night", 55, "TIME", "2026-03-07TNI", null, null)),
        row("The next evenings were cold.", "2026-03-10"),
        row("The vote is two weeks from now.", "2026-03-10",
            t("two weeks", 12, "DURATION", "P2W", null, null),
            t("now", 27, "DATE", "PRESENT_REF", null, null)));
  }

  static Stream<Case> halvesAfterAReport() {
    return Stream.of(
        row("Brightline said its profit fell in the first quarter. The chief executive said conditions should improve in the second half.", "2026-04-15",
            t("the first quarter", 35, "DATE", "2026-Q1", null, null),
            t("the second half", 108, "DATE", "2026-H2", null, null)),
        row("City led 2-0 at the break. United scored twice in the second half.", "2026-04-15"),
        row("Sales rose in March. Rain fell in the second half.", "2026-04-15",
            t("March", 14, "DATE", "2026-03", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"clauseVerbs", "nightsAndNotices", "lengthsAndSets", "agoAndSeasons",
      "daysOfAMonth", "weekdaysOfAMonth", "daysAround", "halvesAfterAReport"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
