package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time expressions of reports and feature writing: a month or quarter counted back from the one a
 * report named ("from a month earlier"), a length of one unit written as a compound ("a year-long
 * inquiry", "a weeklong manhunt"), a year after a possessive ("the company's 2024 revenue"), the
 * edge of a decade or week ("by the end of the decade"), a quarter named by the month that ends
 * it ("the quarter ended Sept. 30"), a rate once a quarter, and a plan written with a participle
 * ("the talks are set for Thursday", "due out in May"). Each class is a rule of English stated in
 * the time pack, with sentences written for it and the cases that must read otherwise or not at
 * all.
 */
class TimeNewsReportsTest {

  static Stream<Case> periodsCountedBack() {
    // months and quarters counted back from the one a report named
    return Stream.of(
        row("Exports rose 5 percent in August from a month earlier.", "2025-10-15",
            t("August", 26, "DATE", "2025-08", null, null),
            t("a month earlier", 38, "DATE", "2025-07", null, null)),
        row("Sales rose in March from two months earlier.", "2025-10-15",
            t("March", 14, "DATE", "2025-03", null, null),
            t("two months earlier", 25, "DATE", "2025-01", null, null)),
        row("Profit rose in the third quarter from a quarter earlier.", "2025-10-15",
            t("the third quarter", 15, "DATE", "2025-Q3", null, null),
            t("a quarter earlier", 38, "DATE", "2025-Q2", null, null)),
        row("A quarter of the staff left in the third quarter.", "2025-10-15",
            t("the third quarter", 31, "DATE", "2025-Q3", null, null)),
        row("Sales rose in March from a year earlier.", "2025-10-15",
            t("March", 14, "DATE", "2025-03", null, null),
            t("a year earlier", 25, "DATE", "2024-03", null, null)),
        // not after a year, and not before "than"
        row("The plant opened in 2019, a month earlier than planned.", "2025-10-15",
            t("2019", 20, "DATE", "2019", null, null),
            t("a month", 26, "DURATION", "P1M", null, null)),
        row("The plant opened in March, a month earlier than planned.", "2025-10-15",
            t("March", 20, "DATE", "2025-03", null, null),
            t("a month", 27, "DURATION", "P1M", null, null)));
  }

  static Stream<Case> lengthsOfOneUnit() {
    // a length of one unit joined to "long" or "old"
    return Stream.of(
        // a unit joined to "long" or "old", or closed up with "long", is a length of one unit
        row("The year-long inquiry found no wrongdoing.", "2025-10-15",
            t("year-long", 4, "DURATION", "P1Y", null, null)),
        row("The decade-long conflict ended in 2012.", "2025-10-15",
            t("decade-long", 4, "DURATION", "P10Y", null, null),
            t("2012", 34, "DATE", "2012", null, null)),
        row("Israel widened its week-old air campaign.", "2025-10-15",
            t("week-old", 19, "DURATION", "P1W", null, null)),
        row("Police ended a weeklong manhunt.", "2025-10-15",
            t("weeklong", 15, "DURATION", "P1W", null, null)),
        row("He gave an hourlong speech.", "2025-10-15",
            t("hourlong", 11, "DURATION", "PT1H", null, null)),
        row("During the monthlong trial, he said little.", "2025-10-15",
            t("monthlong", 11, "DURATION", "P1M", null, null)),
        // a number before the unit counts it; a unit written with a capital is a name
        row("He played a thousand-year-old wizard.", "2025-10-15"),
        row("The Year-Long Plan was announced.", "2025-10-15"));
  }

  static Stream<Case> yearsAfterAPossessive() {
    // a year after a possessive
    return Stream.of(
        // a four-digit number after a possessive is a year ("the company's 2024 revenue"); news writes counts of thousands with a comma
        row("The company's 2024 revenue was $4 billion.", "2025-10-15",
            t("2024", 14, "DATE", "2024", null, null)),
        row("He worked on Nixon's 1968 campaign.", "2025-10-15",
            t("1968", 21, "DATE", "1968", null, null)),
        row("The company's 1,500 employees were laid off.", "2025-10-15"));
  }

  static Stream<Case> edgesOfADecade() {
    // the end of the decade; once a quarter
    return Stream.of(
        // "the end of the decade", "the start of the century": the decade or century of the year the text is about
        row("The plan will take effect by the end of the decade.", "2025-10-15",
            t("the end of the decade", 29, "DATE", "202X", null, null)),
        row("Sales fell in March 2009, the worst since the start of the decade.", "2025-10-15",
            t("March 2009", 14, "DATE", "2009-03", null, null),
            t("the start of the decade", 42, "DATE", "200X", "200X", null)),
        row("Prices doubled over the decade.", "2025-10-15"),
        row("It was called the decade of reform.", "2025-10-15"),
        // once a quarter
        row("Dividends are paid quarterly.", "2025-10-15",
            t("quarterly", 19, "SET", "P1Q", null, null)),
        row("The bridge will be finished by the end of the week.", "2025-10-15",
            t("the end of the week", 31, "DATE", "2025-W42", null, null)),
        row("Rescuers reached the town on Oct. 2 and left at the end of the week.", "2025-10-15",
            t("Oct. 2", 29, "DATE", "2025-10-02", null, null),
            t("the end of the week", 48, "DATE", "2025-W40", null, null)),
        row("Sales rose for the week.", "2025-10-15"));
  }

  static Stream<Case> plansWithParticiples() {
    // plans written with a participle of schedule
    return Stream.of(
        // a participle of schedule between a present "be" and a weekday or month keeps the plan; "due out" and "due back" are plans
        row("The talks are set for Thursday.", "2025-10-15",
            t("Thursday", 22, "DATE", "2025-10-16", null, null)),
        row("The vote is scheduled for Monday.", "2025-10-15",
            t("Monday", 26, "DATE", "2025-10-20", null, null)),
        row("The talks were set for Thursday.", "2025-10-15",
            t("Thursday", 23, "DATE", "2025-10-09", null, null)),
        row("The report, due out in May, will detail the losses.", "2025-03-10",
            t("May", 23, "DATE", "2025-05", null, null)),
        row("The envoy is due back in January.", "2025-10-15",
            t("January", 25, "DATE", "2026-01", null, null)));
  }

  static Stream<Case> quartersNamedByTheirLastMonth() {
    // a quarter named by the month that ends it
    return Stream.of(
        // a quarter, or three months, named by the month that ends it is that calendar quarter; not when the month ends no calendar quarter
        row("Sales rose 3 percent in the quarter ended Dec. 31.", "2026-02-05",
            t("the quarter ended Dec. 31", 24, "DATE", "2025-Q4", null, null)),
        row("Profit fell in the three months to June.", "2025-10-15",
            t("the three months to June", 15, "DATE", "2025-Q2", null, null)),
        row("Revenue rose in the quarter ending in September.", "2025-10-15",
            t("the quarter ending in September", 16, "DATE", "2025-Q3", null, null)),
        row("Sales rose in the quarter ended Oct. 31.", "2025-10-15",
            t("Oct. 31", 32, "DATE", "2024-10-31", null, null)),
        row("The loan will run for three months to June.", "2025-10-15",
            t("three months", 22, "DURATION", "P3M", null, null),
            t("June", 38, "DATE", "2026-06", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"periodsCountedBack", "lengthsOfOneUnit", "yearsAfterAPossessive", "edgesOfADecade", "plansWithParticiples", "quartersNamedByTheirLastMonth"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
