package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time expressions by class of news writing, with sentences of their own: the direction that
 * tense and modality give a weekday or a date, decades and centuries, months that are names,
 * vague lengths and references, fiscal years and the end of a year, and the parts of a game.
 * Each class has cases that must read and cases that must not.
 */
class TimeNewsClassesTest {

  static Stream<Case> tense() {
    return Stream.of(
        // a plan, a modal or a scheduled present reads forward; a past tense back
        row("The museum is set to reopen Tuesday after repairs.", "2026-03-04",
            t("Tuesday", 28, "DATE", "2026-03-10", null, null)),
        row("The museum reopened Tuesday after repairs.", "2026-03-04",
            t("Tuesday", 20, "DATE", "2026-03-03", null, null)),
        row("The museum reopens Tuesday after repairs.", "2026-03-04",
            t("Tuesday", 19, "DATE", "2026-03-10", null, null)),
        row("The strike could end Friday, union leaders said.", "2026-03-04",
            t("Friday", 21, "DATE", "2026-03-06", null, null)),
        row("He said Monday that the plant would close.", "2026-03-04",
            t("Monday", 8, "DATE", "2026-03-02", null, null)),
        row("The minister will visit in July.", "2026-09-10",
            t("July", 27, "DATE", "2027-07", null, null)),
        row("The minister visited in July.", "2026-09-10",
            t("July", 24, "DATE", "2026-07", null, null)),
        row("She plans to travel to Paris in April.", "2026-05-20",
            t("April", 32, "DATE", "2027-04", null, null)),
        row("The new law takes effect in November.", "2026-03-04",
            t("November", 28, "DATE", "2026-11", null, null)),
        row("Sales slumped in November.", "2026-03-04",
            t("November", 17, "DATE", "2025-11", null, null)),
        // a deadline "by" reads forward unless a past tense comes first
        row("Results are expected by June.", "2026-09-10",
            t("June", 24, "DATE", "2027-06", null, null)),
        row("The agency must file its plan by the February deadline.", "2025-11-20",
            t("February", 37, "DATE", "2026-02", null, null)),
        row("The agency filed its plan by the February deadline.", "2025-11-20",
            t("February", 33, "DATE", "2025-02", null, null)),
        row("By Saturday, at least 6,000 sites had been infected.", "2026-03-04",
            t("Saturday", 3, "DATE", "2026-02-28", null, null)),
        row("By June, the company will have cut 500 jobs.", "2026-03-04",
            t("June", 3, "DATE", "2026-06", null, null)),
        row("Construction had been completed by September.", "2026-03-04",
            t("September", 35, "DATE", "2025-09", null, null)),
        // a month and day: a past participle or a past tense dates it on or before publication
        row("The peak reached on Dec. 12 was the highest in years.", "2026-11-20",
            t("Dec. 12", 20, "DATE", "2025-12-12", null, null),
            t("years", 47, "DURATION", "PXY", null, null)),
        row("The company will report results on Jan. 15.", "2026-11-20",
            t("Jan. 15", 35, "DATE", "2027-01-15", null, null)),
        // a verb of putting off points to a day ahead, whatever its tense
        row("The hearing was postponed until Thursday.", "2026-03-04",
            t("Thursday", 32, "DATE", "2026-03-05", null, "2026-03-05")),
        row("The vote was pushed back to early April.", "2026-05-20",
            t("early April", 28, "DATE", "2027-04", null, null)),
        // a date that opens its clause takes the tense of the verb after it
        row("On Friday, the company will hold its annual meeting.", "2026-03-04",
            t("Friday", 3, "DATE", "2026-03-06", null, null),
            t("annual", 37, "SET", "P1Y", null, null)),
        row("On Dec. 1, the company reported a loss.", "2026-11-20",
            t("Dec. 1", 3, "DATE", "2025-12-01", null, null)),
        row("A ceremony is planned for Dec. 1, and the team plays Saturday.", "2026-03-04",
            t("Dec. 1", 26, "DATE", "2026-12-01", null, null),
            t("Saturday", 53, "DATE", "2026-03-07", null, null)),
        // "through" ends a stretch as "until" does
        row("The store is closed through Sunday.", "2026-03-04",
            t("Sunday", 28, "DATE", "2026-03-08", null, "2026-03-08")),
        row("Protests continued through Sunday.", "2026-03-04",
            t("Sunday", 27, "DATE", "2026-03-01", null, "2026-03-01")),
        row("The hearing ended on Thursday.", "2026-03-04",
            t("Thursday", 21, "DATE", "2026-02-26", null, null)));
  }

  static Stream<Case> namesDecadesAndCenturies() {
    return Stream.of(
        // a month that is a name or a modal is no date; after a preposition it is
        row("Theresa May met Brian May on Monday.", "2026-03-04",
            t("Monday", 29, "DATE", "2026-03-02", null, null)),
        row("Mrs. May declined to comment.", "2026-03-04"),
        row("Investors May Face Losses", "2026-03-04"),
        row("April Ryan asked the first question.", "2026-03-04"),
        row("Prime Minister May will travel to Brussels in June.", "2026-03-04",
            t("June", 46, "DATE", "2026-06", null, null)),
        row("Sales rose in April, May and June.", "2026-03-04",
            t("April", 14, "DATE", "2025-04", null, null),
            t("May", 21, "DATE", "2025-05", null, null),
            t("June", 29, "DATE", "2025-06", null, null)),
        row("April May and June Carter sang.", "2026-03-04"),
        row("The election was held on May 5.", "2026-03-04",
            t("May 5", 25, "DATE", "2025-05-05", null, null)),
        // a decade is its first three digits and X, the year unknown; a century its first two
        row("Inflation soared in the 1970s and fell in the '80s.", "2026-03-04",
            t("the 1970s", 20, "DATE", "197X", null, null),
            t("the '80s", 42, "DATE", "198X", null, null)),
        row("Prices soared in the 1970's, and the 8900's screen is sharp.", "2026-03-04",
            t("the 1970's", 17, "DATE", "197X", null, null)),
        row("She is in her 70s, and temperatures were in the 70s.", "2026-03-04"),
        row("He grew up in the 60s.", "2026-03-04",
            t("the 60s", 14, "DATE", "196X", null, null)),
        row("The band was formed in the mid-1990s.", "2026-03-04",
            t("mid-1990s", 27, "DATE", "199X", null, null)),
        row("The house was built in the 18th century.", "2026-03-04",
            t("the 18th century", 23, "DATE", "17", null, null)),
        row("The nineteenth century saw rapid growth.", "2026-03-04",
            t("The nineteenth century", 0, "DATE", "18", null, null)),
        row("Problems of the twenty-first century grew.", "2026-03-04",
            t("the twenty-first century", 12, "DATE", "20", null, null)),
        row("He finished fifth in the race.", "2026-03-04"));
  }

  static Stream<Case> vagueAndYears() {
    return Stream.of(
        // a bare plural unit after a verb of lasting or a preposition is a vague length
        row("The talks dragged on for days.", "2026-03-04",
            t("days", 25, "DURATION", "PXD", null, null)),
        row("The rescue took minutes.", "2026-03-04",
            t("minutes", 16, "DURATION", "PTXM", null, null)),
        row("Repairs will take weeks.", "2026-03-04",
            t("weeks", 18, "DURATION", "PXW", null, null)),
        row("The plant was closed for months.", "2026-03-04",
            t("months", 25, "DURATION", "PXM", null, null)),
        // recent and coming stretches, "soon" and a lone "later" are TIMEX3 references
        row("The shaking lasted 10 seconds and the roof fell in seconds.", "2026-03-04",
            t("10 seconds", 19, "DURATION", "PT10S", null, null),
            t("seconds", 51, "DURATION", "PTXS", null, null)),
        row("A second shock came five seconds later, and crews arrived soon thereafter.",
            "2026-03-04",
            t("five seconds", 20, "DURATION", "PT5S", null, null)),
        row("Hundreds have fled in recent days.", "2026-03-04",
            t("recent days", 22, "DATE", "PAST_REF", null, null)),
        row("In recent weeks the rebels advanced.", "2026-03-04",
            t("recent weeks", 3, "DATE", "PAST_REF", null, null)),
        row("Prices are likely to rise in the coming months.", "2026-03-04",
            t("the coming months", 29, "DATE", "FUTURE_REF", null, null)),
        row("More rain is expected in the days ahead, he said ahead of the vote.", "2026-03-04",
            t("the days ahead", 25, "DATE", "FUTURE_REF", null, null)),
        row("The bridge will reopen soon.", "2026-03-04",
            t("soon", 23, "DATE", "FUTURE_REF", null, null)),
        row("Shares rose at first, but later fell.", "2026-03-04",
            t("later", 26, "DATE", "FUTURE_REF", null, null)),
        row("As soon as the rain stopped, crews arrived soon after the crash.", "2026-03-04"),
        row("The jet arrived three days later, not at a later date.", "2026-03-04",
            t("three days", 16, "DURATION", "P3D", null, null)),
        row("He took six months off in early 2009, later returning to work.", "2026-03-04",
            t("six months", 8, "DURATION", "P6M", null, null),
            t("early 2009", 26, "DATE", "2009", null, null),
            t("later", 38, "DATE", "FUTURE_REF", null, null)),
        row("Models of 2018 or later qualify.", "2026-03-04",
            t("2018", 10, "DATE", "2018", null, null)),
        row("The delivery is due later this year.", "2026-03-04",
            t("later this year", 20, "DATE", "2026", null, null)),
        // fiscal years and the end of the year
        row("Revenue rose in fiscal 2024 and will grow in FY2027.", "2026-03-04",
            t("fiscal 2024", 16, "DATE", "FY2024", null, null),
            t("FY2027", 45, "DATE", "FY2027", null, null)),
        row("Sales for fiscal year 2025 fell.", "2026-03-04",
            t("fiscal year 2025", 10, "DATE", "FY2025", null, null)),
        row("The deal should close by the end of the year.", "2026-03-04",
            t("the end of the year", 25, "DATE", "2026", null, null)),
        row("The plant will close at the end of the month.", "2026-03-04",
            t("the end of the month", 24, "DATE", "2026-03", null, null)),
        row("Sales fell in January, most at the end of the month.", "2026-03-04",
            t("January", 14, "DATE", "2026-01", null, null),
            t("the end of the month", 31, "DATE", "2026-01", null, null)),
        // a unit joined to "long" is a length of one unit, not the month or year of publication
        row("The month-long strike ended, as did the year-long feud and the month of Ramadan.",
            "2026-03-04",
            t("month-long", 4, "DURATION", "P1M", null, null),
            t("year-long", 40, "DURATION", "P1Y", null, null)),
        row("The deal closed at the end of last year.", "2026-03-04",
            t("the end of last year", 19, "DATE", "2025", null, null)));
  }

  static Stream<Case> games() {
    return Stream.of(
        // a numbered quarter in a sentence of play is the game's; of money, the year's
        row("The Lakers trailed by 10 in the fourth quarter before rallying to win the game.",
            "2026-03-04"),
        row("Brady threw two touchdown passes in the fourth quarter.", "2026-03-04"),
        row("The Celtics outscored Miami 30-18 in the third quarter.", "2026-03-04"),
        row("He scored twice in the second period as the Yankees scored in the seventh inning.",
            "2026-03-04"),
        row("Revenue rose 8 percent in the fourth quarter.", "2026-03-04",
            t("the fourth quarter", 26, "DATE", "2025-Q4", null, null)),
        row("The team's ticket sales fell in the fourth quarter after the playoff loss.",
            "2026-03-04",
            t("the fourth quarter", 32, "DATE", "2025-Q4", null, null)),
        row("The company expects a loss in the third quarter of its fiscal year.", "2026-03-04",
            t("the third quarter", 30, "DATE", "2026-Q3", null, null)),
        // a sentence that tells of neither takes what its text tells of more
        row("The Colts won the game 20-13. Luck broke the record in the second quarter.",
            "2026-03-04"),
        row("Profit and revenue fell. In the fourth quarter the firm hired 200 people.",
            "2026-03-04",
            t("the fourth quarter", 28, "DATE", "2025-Q4", null, null)),
        // a quarter of something other than a year
        row("He was the fifth coach fired within the first quarter of the season.", "2026-03-04"),
        row("Sales rose in the third quarter of its fiscal year.", "2026-03-04",
            t("the third quarter", 14, "DATE", "2025-Q3", null, null)),
        // a win-loss record or a score is no date
        row("The Hawks (15-17) lost to Boston on Monday.", "2026-03-04",
            t("Monday", 36, "DATE", "2026-03-02", null, null)),
        row("The Bears improved to a 9-5 record, and the game was tied 12-10.", "2026-03-04"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"tense", "namesDecadesAndCenturies", "vagueAndYears", "games"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
