package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Month and weekday words inside names, and lengths and fiscal years written with a word between
 * their parts, with sentences of their own: a month or weekday before the capitalised head of
 * the name of a firm, a street or place, or a newspaper is none; one after a title, or used as a
 * surname elsewhere in the article, is a surname; "five more years", "a few more months" are
 * lengths; "the current fiscal year", "the new fiscal year", "last fiscal year" are fiscal years.
 * Each class has cases that must keep their times.
 */
class TimeNewsNamesTest {

  static Stream<Case> names() {
    return Stream.of(
        // a month or weekday that begins the name of a firm, a street or place, a newspaper
        row("Rival March Systems said on Monday that its profits rose.", "2026-11-18",
            t("Monday", 28, "DATE", "2026-11-16", null, null)),
        row("August Partners bought the chain in May.", "2026-11-18",
            t("May", 36, "DATE", "2026-05", null, null)),
        row("Flooding closed April Lane and the Friday Bridge depot on Tuesday.", "2026-11-18",
            t("Tuesday", 58, "DATE", "2026-11-17", null, null)),
        row("The Sunday Herald reported the deal on Friday.", "2026-11-18",
            t("Friday", 39, "DATE", "2026-11-13", null, null)),
        // a surname: after a title, and then after a given name in the whole article
        row("Opposition leader Carla Monday criticised the plan. Ms. Monday said the vote on"
            + " Monday was rushed.", "2026-11-18",
            t("Monday", 80, "DATE", "2026-11-16", null, null)),
        row("Opposition leader Carla Monday criticised the plan on Friday. Monday said it was"
            + " rushed.", "2026-11-18",
            t("Friday", 54, "DATE", "2026-11-13", null, null)),
        row("Monday said the cuts were unfair.", "2026-11-18"),
        row("Dr. May said the trial ended in May.", "2026-11-18",
            t("May", 32, "DATE", "2026-05", null, null)),
        row("Ms. March said sales fell in March 2019.", "2026-11-18",
            t("March 2019", 29, "DATE", "2019-03", null, null)),
        // days that stay days: after a verb, with a possessive, in a headline, after a name
        // the article never uses as a surname
        row("Smith said Monday that Monday's vote would go ahead.", "2026-11-18",
            t("Monday", 11, "DATE", "2026-11-16", null, null),
            t("Monday", 23, "DATE", "2026-11-16", null, null)),
        row("Board Approves Merger Monday After Long Talks", "2026-11-18",
            t("Monday", 22, "DATE", "2026-11-16", null, null)),
        row("President Obama Monday signed the bill.", "2026-11-18",
            t("Monday", 16, "DATE", "2026-11-16", null, null)));
  }

  static Stream<Case> lengthsAndFiscalYears() {
    return Stream.of(
        // a word that adds to a stretch between a count and its unit; "a few" keeps its article
        row("The talks could take a few more months.", "2026-11-18",
            t("a few more months", 21, "DURATION", "PXM", null, null)),
        row("He will serve five more years.", "2026-11-18",
            t("five more years", 14, "DURATION", "P5Y", null, null)),
        row("Repairs need several more weeks.", "2026-11-18",
            t("several more weeks", 13, "DURATION", "PXW", null, null)),
        row("It took a few days.", "2026-11-18",
            t("a few days", 8, "DURATION", "PXD", null, null)),
        row("It happened more recently.", "2026-11-18",
            t("more recently", 12, "DATE", "PAST_REF", null, null)),
        // a fiscal year counted as the year is; "the new fiscal year" as "the new year"
        row("The deficit will fall in the current fiscal year.", "2026-11-18",
            t("the current fiscal year", 25, "DATE", "FY2026", null, null)),
        row("Ministers will present the budget before the new fiscal year.", "2026-11-18",
            t("the new fiscal year", 41, "DATE", "FY2027", null, null)),
        row("Ministers will present the budget before the new fiscal year.", "2026-03-18",
            t("the new fiscal year", 41, "DATE", "FY2026", null, null)),
        row("Profit fell last fiscal year.", "2026-11-18",
            t("last fiscal year", 12, "DATE", "FY2025", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"names", "lengthsAndFiscalYears"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
