package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;

import dev.parallax.facts.TimeExtractorTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time expressions whose reading depends on the clause around them, with sentences of their own:
 * a date in the subject takes the tense of the verb after it, a month after a plan or a limit
 * ("planned for May", "as early as June") is a month, and lengths with no count ("days or
 * weeks", "for a while", "some time") are vague lengths; a decade is written "197X". Each class
 * has cases that must not read.
 */
class TimeNewsClausesTest {

  static Stream<Case> subjectsAndPlans() {
    return Stream.of(
        // a date in the subject, before its verb: the verb after it tells its tense
        row("Net income in the second quarter rose to $3 billion.", "2026-03-10",
            t("the second quarter", 14, "DATE", "2025-Q2", null, null)),
        row("Revenue in the second quarter was $3 billion.", "2026-03-10",
            t("the second quarter", 11, "DATE", "2025-Q2", null, null)),
        row("Officials on March 12 said the dam held.", "2026-03-10",
            t("March 12", 13, "DATE", "2025-03-12", null, null)),
        row("Revenue in the first quarter will rise, the company said.", "2026-11-10",
            t("the first quarter", 11, "DATE", "2027-Q1", null, null)),
        row("The economy shrank in the fourth quarter, and the bank expects growth.", "2026-03-10",
            t("the fourth quarter", 22, "DATE", "2025-Q4", null, null)),
        row("The actress, who died on Thursday, will be remembered.", "2026-03-10",
            t("Thursday", 25, "DATE", "2026-03-05", null, null)),
        // "fall" after a noun is a noun, not a date that is set: the past tense before it tells
        row("A miner was killed in a roof fall in March.", "2023-11-08",
            t("March", 37, "DATE", "2023-03", null, null)),
        // "ahead of" an event: still to come; a weekday even after a past tense (the day comes
        // after the event told, which a week's news tells as just past: the Wednesday after that
        // Monday, not the one before it)
        row("He is being held in the county jail ahead of a bond hearing on Wednesday.",
            "2024-06-17", t("Wednesday", 63, "DATE", "2024-06-19", null, null)),
        row("Shares fell on Monday ahead of the vote on Wednesday.", "2024-06-17",
            t("Monday", 15, "DATE", "2024-06-17", null, null),
            t("Wednesday", 43, "DATE", "2024-06-19", null, null)),
        row("The summit is planned for May.", "2026-03-10",
            t("May", 26, "DATE", "2026-05", null, null)),
        row("The trial could begin as early as June.", "2026-03-10",
            t("June", 34, "DATE", "2026-06", null, null)),
        row("Lawmakers must vote no later than April.", "2026-03-10",
            t("April", 34, "DATE", "2026-04", null, null)),
        row("The vote was a blow for May.", "2026-03-10"),
        // a month between "the" and a plain noun names the event's month, but for "May"; a
        // forecast for a day and "due" before it set it ahead, "due to" gives a cause; "dates
        // back" takes a length
        row("Congress must act before the August recess.", "2026-03-10",
            t("August", 29, "DATE", "2026-08", null, null)),
        row("The May government fell.", "2026-03-10"),
        row("The weather forecast for Friday is grim.", "2026-03-10",
            t("Friday", 25, "DATE", "2026-03-13", null, null)),
        row("Jobs data due Friday could move markets.", "2026-03-10",
            t("Friday", 14, "DATE", "2026-03-13", null, null)),
        row("The game was cancelled due to rain on Friday.", "2026-03-10",
            t("Friday", 38, "DATE", "2026-03-06", null, null)),
        row("The practice dates back centuries.", "2026-03-10",
            t("centuries", 24, "DURATION", "PXCE", null, null)));
  }

  static Stream<Case> vagueLengths() {
    return Stream.of(
        // a bare plural unit joined to another by "or", "not", "even"; lengths with no count
        row("The search could take days or weeks.", "2026-03-10",
            t("days", 22, "DURATION", "PXD", null, null),
            t("weeks", 30, "DURATION", "PXW", null, null)),
        row("The outage lasted hours, not minutes.", "2026-03-10",
            t("hours", 18, "DURATION", "PTXH", null, null),
            t("minutes", 29, "DURATION", "PTXM", null, null)),
        row("It could take months or even years to rebuild.", "2026-03-10",
            t("months", 14, "DURATION", "PXM", null, null),
            t("years", 29, "DURATION", "PXY", null, null)),
        row("Prices rose for days and the index fell for weeks.", "2026-03-10",
            t("days", 16, "DURATION", "PXD", null, null),
            t("weeks", 44, "DURATION", "PXW", null, null)),
        row("The company has been struggling for a while.", "2026-03-10",
            t("a while", 36, "DURATION", "PXD", null, null)),
        row("It will take some time to rebuild the bridge.", "2026-03-10",
            t("some time", 13, "DURATION", "PXD", null, null)),
        row("It took a long time to recover.", "2026-03-10",
            t("a long time", 8, "DURATION", "PXD", null, null)),
        row("She is a long-time fan of the show.", "2026-03-10"),
        row("He left a while ago.", "2026-03-10",
            t("a while ago", 8, "DATE", "PAST_REF", null, null)),
        row("The talks should end some time next week.", "2026-03-10",
            t("next week", 31, "DATE", "2026-W12", null, null)),
        row("The plant closed a long time ago.", "2026-03-10",
            t("a long time ago", 17, "DATE", "PAST_REF", null, null)),
        row("Stocks fell, although later they recovered.", "2026-03-10",
            t("later", 22, "DATE", "FUTURE_REF", null, null)));
  }

  static Stream<Case> monthsAndNames() {
    return Stream.of(
        // a capitalised modal in a title-case headline points ahead; a month paired with a name
        // by "between" is a name; a month after "by" or "to" before a name is a given name
        row("Trump May Visit Japan in April", "2026-03-10",
            t("April", 25, "DATE", "2026-04", null, null)),
        row("Fed Could Raise Rates in June", "2026-03-10",
            t("June", 25, "DATE", "2026-06", null, null)),
        row("Stocks Fell Sharply in April", "2026-03-10",
            t("April", 23, "DATE", "2025-04", null, null)),
        row("The talks between May and Juncker ended.", "2026-03-10"),
        row("Between April and June, prices fell.", "2026-03-10",
            t("April", 8, "DATE", "2025-04", null, null),
            t("June", 18, "DATE", "2025-06", null, null)),
        row("The play by August Wilson opens in August.", "2026-03-10",
            t("August", 35, "DATE", "2026-08", null, null)),
        row("The award went to April Ryan in May.", "2026-03-10",
            t("May", 32, "DATE", "2025-05", null, null)),
        row("In June Apple released a phone.", "2026-03-10",
            t("June", 3, "DATE", "2025-06", null, null)));
  }

  static Stream<Case> quarters() {
    return Stream.of(
        // "a year ago" in a sentence that compares amounts: the period reported before, a year
        // back; without a comparison it counts from publication
        row("Revenue in January rose 3 percent. That compares with a 1 percent gain a year ago.", "2026-03-10",
            t("January", 11, "DATE", "2026-01", null, null),
            t("a year ago", 71, "DATE", "2025-01", null, null)),
        row("Sales rose in the third quarter. Profit was $2 billion, up from $1 billion a year ago.", "2026-03-10",
            t("the third quarter", 14, "DATE", "2025-Q3", null, null),
            t("a year ago", 75, "DATE", "2024-Q3", null, null)),
        row("Revenue in January rose 3 percent. He joined the firm a year ago.", "2026-03-10",
            t("January", 11, "DATE", "2026-01", null, null),
            t("a year ago", 54, "DATE", "2025", null, null)),
        // the three months of a quarter before "period"; a verb of forecasting points ahead,
        // "more than expected" does not; the number first in a quarter's code
        row("The bank earned $5 billion in the October-December period.", "2026-03-10",
            t("the October-December period", 30, "DATE", "2025-Q4", null, null)),
        row("Fourth-quarter sales rose, and the company forecast first-quarter sales of $2 billion.",
            "2026-03-10",
            t("Fourth-quarter", 0, "DATE", "2025-Q4", null, null),
            t("first-quarter", 52, "DATE", "2026-Q1", null, null)),
        row("Sales fell more than expected in the fourth quarter.", "2026-03-10",
            t("the fourth quarter", 33, "DATE", "2025-Q4", null, null)),
        row("The firm posted a 3Q loss.", "2026-03-10",
            t("3Q", 18, "DATE", "2025-Q3", null, null)),
        row("2H sales will rise.", "2026-03-10",
            t("2H", 0, "DATE", "2026-H2", null, null)));
  }

  static Stream<Case> decades() {
    return Stream.of(
        // a decade: its first three digits and X, the year within it unknown; not an age or a
        // band of degrees; the hundreds before 2000 name a century
        row("Music of the 2010s and the '90s filled the room.", "2026-03-10",
            t("the 2010s", 9, "DATE", "201X", null, null),
            t("the '90s", 23, "DATE", "199X", null, null)),
        row("Prices will rise by the end of the decade.", "2026-03-10",
            t("the end of the decade", 20, "DATE", "202X", null, null)),
        row("The city grew fast in the 1800s.", "2026-03-10",
            t("the 1800s", 22, "DATE", "18", null, null)),
        row("She is in her 70s and he is in his 80s.", "2026-03-10"),
        row("Highs will be in the 70s on Friday.", "2026-03-10",
            t("Friday", 28, "DATE", "2026-03-13", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"subjectsAndPlans", "monthsAndNames", "vagueLengths", "quarters", "decades"})
  void readsTheClass(Case c) {
    new TimeExtractorTest().findsAndNormalises(c);
  }
}
