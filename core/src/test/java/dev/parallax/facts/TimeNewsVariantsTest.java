package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time expressions in news sentences written apart from {@link TimeNewsClassesTest}, with other
 * verbs, months, publication dates and layouts, so that each class is read by its rule of
 * English and not by the sentences that first showed it. Each class has cases that must read one
 * way and cases that must read the other, or not at all.
 */
class TimeNewsVariantsTest {

  static Stream<Case> modality() {
    // published on a Wednesday: the progressive of a scheduled event, "likely", "possible",
    // "as soon as" and a negated plan read forward; a negated past and an activity read back
    return Stream.of(
        row("The minister is visiting China in July.", "2025-11-19",
            t("July", 34, "DATE", "2026-07", null, null)),
        row("The prime minister is traveling to Japan in May.", "2025-11-19",
            t("May", 44, "DATE", "2026-05", null, null)),
        row("The band is playing Madison Square Garden on Saturday.", "2025-11-19",
            t("Saturday", 45, "DATE", "2025-11-22", null, null)),
        row("Police are investigating a shooting on Tuesday.", "2025-11-19",
            t("Tuesday", 39, "DATE", "2025-11-18", null, null)),
        row("The company is holding its annual meeting in June.", "2025-11-19",
            t("annual", 27, "SET", "P1Y", null, null),
            t("June", 45, "DATE", "2026-06", null, null)),
        row("The Pope is visiting Kenya on Sunday.", "2025-11-19",
            t("Sunday", 30, "DATE", "2025-11-23", null, null)),
        row("An announcement is likely on Monday.", "2025-11-19",
            t("Monday", 29, "DATE", "2025-11-24", null, null)),
        row("A strike is unlikely before February.", "2025-11-19",
            t("February", 28, "DATE", "2026-02", null, null)),
        row("A vote is possible as soon as Thursday.", "2025-11-19",
            t("Thursday", 30, "DATE", "2025-11-20", null, null)),
        row("The ruling could arrive as early as Friday.", "2025-11-19",
            t("Friday", 36, "DATE", "2025-11-21", null, null)),
        row("Police knew as early as Monday that the man had fled.", "2025-11-19",
            t("Monday", 24, "DATE", "2025-11-17", null, null)),
        row("A decision is not expected until October.", "2025-11-19",
            t("October", 33, "DATE", "2026-10", null, "2026-10")),
        row("The plant didn't reopen until Friday.", "2025-11-19",
            t("Friday", 30, "DATE", "2025-11-14", null, "2025-11-14")),
        row("The bill isn't expected to pass until May.", "2025-11-19",
            t("May", 38, "DATE", "2026-05", null, "2026-05")),
        row("The bill wasn't signed until May.", "2025-11-19",
            t("May", 29, "DATE", "2025-05", null, "2025-05")),
        row("Results won't be known until Friday.", "2025-11-19",
            t("Friday", 29, "DATE", "2025-11-21", null, "2025-11-21")),
        row("The ruling came down Tuesday, and an appeal is likely by Friday.", "2025-11-19",
            t("Tuesday", 21, "DATE", "2025-11-18", null, null),
            t("Friday", 57, "DATE", "2025-11-21", null, null)),
        row("The suspect likely fled on Tuesday.", "2025-11-19",
            t("Tuesday", 27, "DATE", "2025-11-18", null, null)));
  }

  static Stream<Case> stretchesAndReportedPlans() {
    // "until" and "through" govern a month under "the end of" as they govern a bare one; a plan
    // reported with "would" reads forward, while a verb of saying right before a day reads back
    return Stream.of(
        row("The store stays open until the end of June.", "2025-11-19",
            t("the end of June", 27, "DATE", "2026-06", null, "2026-06")),
        row("The offer runs through the end of April.", "2025-11-19",
            t("the end of April", 23, "DATE", "2026-04", null, "2026-04")),
        row("Congress has until the end of September to pass a budget.", "2025-11-19",
            t("the end of September", 19, "DATE", "2026-09", null, "2026-09")),
        row("The museum was closed until the end of March.", "2025-11-19",
            t("the end of March", 28, "DATE", "2025-03", null, "2025-03")),
        row("Protests lasted through the end of February.", "2025-11-19",
            t("the end of February", 24, "DATE", "2025-02", null, "2025-02")),
        row("The company must repay the loan by the end of January.", "2025-11-19",
            t("the end of January", 35, "DATE", "2026-01", null, null)),
        row("Sales had doubled by the end of June.", "2025-11-19",
            t("the end of June", 21, "DATE", "2025-06", null, null)),
        row("Troops will stay up until early August.", "2025-11-19",
            t("early August", 26, "DATE", "2026-08", null, null)),
        row("Officials said the plane would land in Paris on Friday.", "2025-11-19",
            t("Friday", 48, "DATE", "2025-11-21", null, null)),
        row("The union said its members would strike in January.", "2025-11-19",
            t("January", 43, "DATE", "2026-01", null, null)),
        row("He said Monday that the plant would close.", "2025-11-19",
            t("Monday", 8, "DATE", "2025-11-17", null, null)));
  }

  static Stream<Case> reportsAndYears() {
    // a quarter the clause looks ahead to is not one already past, whatever year the report
    // named; "a year earlier" counts back from a year the sentence named, as from a quarter,
    // but "earlier than" compares with another event and stays a length
    return Stream.of(
        row("The economy shrank in the fourth quarter, and the bank expects growth in the second "
            + "quarter.", "2026-03-04",
            t("the fourth quarter", 22, "DATE", "2025-Q4", null, null),
            t("the second quarter", 73, "DATE", "2026-Q2", null, null)),
        row("Profit fell in the second quarter of 2026; the company expects a rebound in the "
            + "first quarter.", "2026-08-12",
            t("the second quarter of 2026", 15, "DATE", "2026-Q2", null, null),
            t("the first quarter", 76, "DATE", "2027-Q1", null, null)),
        row("Profit fell in the second quarter of 2026, after a gain in the first quarter.",
            "2026-08-12",
            t("the second quarter of 2026", 15, "DATE", "2026-Q2", null, null),
            t("the first quarter", 59, "DATE", "2026-Q1", null, null)),
        row("The company posted a loss in 2025 after a profit a year earlier.", "2026-03-04",
            t("2025", 29, "DATE", "2025", null, null),
            t("a year earlier", 49, "DATE", "2024", null, null)),
        row("Exports rose 6 percent in 2024 from a year earlier.", "2026-03-04",
            t("2024", 26, "DATE", "2024", null, null),
            t("a year earlier", 36, "DATE", "2023", null, null)),
        row("In 2019 the firm hired 300 people, and two years earlier it had hired 100.",
            "2026-03-04",
            t("2019", 3, "DATE", "2019", null, null),
            t("two years earlier", 39, "DATE", "2017", null, null)),
        row("The drought of 2012 ended a year earlier than forecast.", "2026-03-04",
            t("2012", 15, "DATE", "2012", null, null),
            t("a year", 26, "DURATION", "P1Y", null, null)),
        row("The bridge opened a year earlier than planned.", "2026-03-04",
            t("a year", 18, "DURATION", "P1Y", null, null)));
  }

  static Stream<Case> ordinalDays() {
    // an ordinal, in words or in figures, before "of" and a month names a day of that month;
    // "final" names none
    return Stream.of(
        row("Fireworks exploded on the Fourth of July.", "2026-03-04",
            t("Fourth of July", 26, "DATE", "2025-07-04", null, null)),
        row("The rally is set for the first of May or the 15th of March.", "2026-03-04",
            t("first of May", 25, "DATE", "2026-05-01", null, null),
            t("15th of March", 45, "DATE", "2026-03-15", null, null)),
        row("The ceasefire took effect on the 3rd of January.", "2026-03-04",
            t("3rd of January", 33, "DATE", "2026-01-03", null, null)),
        row("Parliament reopens on the second of September.", "2025-11-19",
            t("second of September", 26, "DATE", "2026-09-02", null, null)),
        row("The final of May's tournament was played in Paris.", "2025-11-19",
            t("May", 13, "DATE", "2025-05", null, null)));
  }

  static Stream<Case> forecastsAndHalves() {
    // a forecast or a projection reads forward; a half without a year is of the year when the
    // sentence tells of money and of no game, and is no date in a game or a film
    return Stream.of(
        row("The storm is forecast to hit the coast late Friday or early Saturday.", "2026-03-04",
            t("late Friday", 39, "DATE", "2026-03-06", null, null),
            t("early Saturday", 54, "DATE", "2026-03-07", null, null)),
        row("Growth is projected to slow in October.", "2026-03-04",
            t("October", 31, "DATE", "2026-10", null, null)),
        row("Rain fell late Friday and early Saturday.", "2026-03-04",
            t("late Friday", 10, "DATE", "2026-02-27", null, null),
            t("early Saturday", 26, "DATE", "2026-02-28", null, null)),
        row("Analysts expect growth in the second half.", "2026-07-28",
            t("the second half", 26, "DATE", "2026-H2", null, null)),
        row("Sales in the first half climbed 3 percent.", "2026-07-28",
            t("the first half", 9, "DATE", "2026-H1", null, null)),
        row("Revenue fell in the second half, the company said.", "2026-02-10",
            t("the second half", 16, "DATE", "2025-H2", null, null)),
        row("The team led at the half, and scored twice in the second half.", "2026-07-28"),
        row("He slept through the first half of the film.", "2026-07-28"));
  }

  static Stream<Case> vagueStretchesAndQuarterCodes() {
    // a bare plural unit after "be" is a vague length; "the months to come" is a stretch ahead;
    // "Q3", "H1" and a year after them are the quarter or half of business news, while other
    // codes ("Q5", "H1N1") and the quarters of a game are no date
    return Stream.of(
        row("It could be months before the bridge reopens, and years before the town recovers.",
            "2026-03-04",
            t("months", 12, "DURATION", "PXM", null, null),
            t("years", 50, "DURATION", "PXY", null, null)),
        row("It has been weeks since the last attack.", "2026-03-04",
            t("weeks", 12, "DURATION", "PXW", null, null)),
        row("More cuts are likely in the months to come.", "2026-03-04",
            t("the months to come", 24, "DATE", "FUTURE_REF", null, null)),
        row("The days will be long, and there is more to come.", "2026-03-04",
            t("The days", 0, "DURATION", "PXD", null, null)),
        row("Q2 revenue rose and Q4 2025 profit fell.", "2026-03-04",
            t("Q2", 0, "DATE", "2025-Q2", null, null),
            t("Q4 2025", 20, "DATE", "2025-Q4", null, null)),
        row("H1 2026 sales rose, and the company expects a better Q4.", "2026-08-12",
            t("H1 2026", 0, "DATE", "2026-H1", null, null),
            t("Q4", 53, "DATE", "2026-Q4", null, null)),
        row("The H2 fuel cell, the Q5 sedan, the H1N1 virus and H1-B visas.", "2026-08-12"),
        row("The Celtics led in Q4 and scored 30 points.", "2026-08-12"));
  }

  static Stream<Case> baseFormsAndMoves() {
    // a verb after a modal or "did" is a base form and tells no past ("will cut", "did not
    // hit"); a date something is moved to lies ahead of the moving
    return Stream.of(
        row("The company has announced it will cut 500 jobs in January.", "2025-11-19",
            t("January", 50, "DATE", "2026-01", null, null)),
        row("The company cut 500 jobs in January.", "2025-11-19",
            t("January", 28, "DATE", "2025-01", null, null)),
        row("The firm should hit its target by March, but it did not hit it in October.",
            "2025-11-19",
            t("March", 34, "DATE", "2026-03", null, null),
            t("October", 66, "DATE", "2025-10", null, null)),
        row("The election, originally set for October, was moved to March.", "2025-11-19",
            t("October", 33, "DATE", "2025-10", null, null),
            t("March", 55, "DATE", "2026-03", null, null)),
        row("He moved to Paris in March.", "2025-11-19",
            t("March", 21, "DATE", "2025-03", null, null)));
  }

  static Stream<Case> intentions() {
    // a verb of intent before an infinitive looks ahead ("voted to close", "threatened to
    // strike"); "agreed to" before a noun and an infinitive of purpose after a past do not
    return Stream.of(
        row("The board voted to close the plant in June.", "2025-11-19",
            t("June", 38, "DATE", "2026-06", null, null)),
        row("The union threatened to strike on Monday.", "2025-11-19",
            t("Monday", 34, "DATE", "2025-11-24", null, null)),
        row("Leaders decided to hold talks in February.", "2025-11-19",
            t("February", 33, "DATE", "2026-02", null, null)),
        row("The player agreed to a deal on Saturday.", "2025-11-19",
            t("Saturday", 31, "DATE", "2025-11-15", null, null)),
        row("Police went to the house to question him on Monday.", "2025-11-19",
            t("Monday", 44, "DATE", "2025-11-17", null, null)));
  }

  static Stream<Case> yearEnds() {
    // "year-end" and "year's end" are the end of the year the text is about, as "the end of the
    // year" is; "a year end party" keeps its length; "the 2026 fiscal year" is FY2026
    return Stream.of(
        row("The plant will close by year-end, and the deal is due at year's end.", "2026-03-04",
            t("year-end", 24, "DATE", "2026", null, null),
            t("year's end", 57, "DATE", "2026", null, null)),
        row("Year-end bonuses fell, and month-end figures rose.", "2026-03-04",
            t("Year-end", 0, "DATE", "2026", null, null),
            t("month-end", 27, "DATE", "2026-03", null, null)),
        row("Sales rose in the fourth quarter of 2024 and at year-end cash was higher.",
            "2026-03-04",
            t("the fourth quarter of 2024", 14, "DATE", "2024-Q4", null, null),
            t("year-end", 48, "DATE", "2024", null, null)),
        row("The end of the year was hard; a year end party.", "2026-03-04",
            t("The end of the year", 0, "DATE", "2026", null, null),
            t("a year", 30, "DURATION", "P1Y", null, null)),
        // a year before "fiscal year" names the fiscal year, as "fiscal 2025" does
        row("The budget for the 2026 fiscal year rises 3 percent.", "2026-03-04",
            t("2026 fiscal year", 19, "DATE", "FY2026", null, null)),
        row("In its 2025 fiscal year, the company lost money.", "2026-03-04",
            t("2025 fiscal year", 7, "DATE", "FY2025", null, null)),
        row("In 2025 fiscal policy tightened.", "2026-03-04",
            t("2025", 3, "DATE", "2025", null, null)));
  }

  static Stream<Case> scheduledPlurals() {
    // the plural present of a verb of schedule that is seldom a noun reads forward ("which
    // resume in May", "hearings begin in January"); after "did not" or "failed to" it is a base
    // form and the word before tells the time
    return Stream.of(
        row("The talks, which resume in May, will last a week.", "2025-11-19",
            t("May", 27, "DATE", "2026-05", null, null),
            t("a week", 42, "DURATION", "P1W", null, null)),
        row("Talks did not resume until May.", "2025-11-19",
            t("May", 27, "DATE", "2025-05", null, "2025-05")),
        row("Hearings begin in January and the lease expires in March.", "2025-11-19",
            t("January", 18, "DATE", "2026-01", null, null),
            t("March", 51, "DATE", "2026-03", null, null)),
        row("Lawmakers reconvene on Monday.", "2025-11-19",
            t("Monday", 23, "DATE", "2025-11-24", null, null)),
        row("The company said talks would resume on Friday.", "2025-11-19",
            t("Friday", 39, "DATE", "2025-11-21", null, null)),
        row("The airline failed to resume flights in May.", "2025-11-19",
            t("May", 40, "DATE", "2025-05", null, null)),
        row("He is not scheduled to speak until Friday.", "2025-11-19",
            t("Friday", 35, "DATE", "2025-11-21", null, "2025-11-21")));
  }

  static Stream<Case> quartersByMonths() {
    // the three months of a calendar quarter joined by a dash before "quarter" are that quarter;
    // other pairs of months stay months
    return Stream.of(
        row("Sales in the October-December quarter rose.", "2026-03-04",
            t("the October-December quarter", 9, "DATE", "2025-Q4", null, null)),
        row("The April-June quarter was weak, and profit in the July-September quarter is "
            + "expected to rise.", "2026-08-12",
            t("The April-June quarter", 0, "DATE", "2026-Q2", null, null),
            t("the July-September quarter", 47, "DATE", "2026-Q3", null, null)),
        row("Prices rose from October to December, and the March-May period was dry.", "2026-03-04",
            t("October", 17, "DATE", "2025-10", null, null),
            t("December", 28, "DATE", "2025-12", null, null),
            t("March", 46, "DATE", "2026-03", null, null)),
        row("The November-January quarter of its fiscal year ended.", "2026-03-04",
            t("November", 4, "DATE", "2025-11", null, null),
            t("January", 13, "DATE", "2026-01", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"modality", "stretchesAndReportedPlans", "reportsAndYears", "ordinalDays",
      "forecastsAndHalves", "vagueStretchesAndQuarterCodes", "baseFormsAndMoves", "intentions",
      "yearEnds", "scheduledPlurals", "quartersByMonths"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
