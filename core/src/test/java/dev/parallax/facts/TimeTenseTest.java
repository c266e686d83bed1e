package dev.parallax.facts;

import static dev.parallax.facts.TimeExtractorTest.row;
import static dev.parallax.facts.TimeExtractorTest.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TimeFacet;
import dev.parallax.facts.TimeExtractorTest.Case;
import dev.parallax.facts.TimeExtractorTest.Expected;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which way a date without a year points, by the tense and modality of its clause: a plan ("is
 * set to", "slated", "must", "is to", a scheduled event in the present tense) reads forward, a
 * deadline "by" forward unless a past tense comes first, "since" and a past tense back. Published
 * on Tuesday 2026-09-15 throughout, so a month before September and a weekday other than Tuesday
 * land in different years or weeks by direction.
 */
class TimeTenseTest {
  private static final String PUB = "2026-09-15";

  static Stream<Case> cases() {
    return Stream.of(
        // plans read forward
        row("The museum is set to reopen Monday.", PUB,
            t("Monday", 28, "DATE", "2026-09-21", null, null)),
        row("The vote is slated for Thursday.", PUB,
            t("Thursday", 23, "DATE", "2026-09-17", null, null)),
        row("The plant is to close in June.", PUB,
            t("June", 25, "DATE", "2027-06", null, null)),
        row("Lawmakers must act by the February deadline.", PUB,
            t("February", 26, "DATE", "2027-02", null, null)),
        row("Officials hope to finish the work by August.", PUB,
            t("August", 37, "DATE", "2027-08", null, null)),
        row("The trial begins in January.", PUB,
            t("January", 20, "DATE", "2027-01", null, null)),
        row("The law takes effect Jan. 1.", PUB,
            t("Jan. 1", 21, "DATE", "2027-01-01", null, null)),
        row("Voters head to the polls on Sunday.", PUB,
            t("Sunday", 28, "DATE", "2026-09-20", null, null)),
        row("A report is due by early March.", PUB,
            t("early March", 19, "DATE", "2027-03", null, null)),
        row("A ruling could come as early as Monday.", PUB,
            t("Monday", 32, "DATE", "2026-09-21", null, null)),
        row("He could not be reached on Monday.", PUB,
            t("Monday", 27, "DATE", "2026-09-14", null, null)),
        // a deadline after a past tense, a past tense, "since": back
        row("Sales had doubled by June.", PUB,
            t("June", 21, "DATE", "2026-06", null, null)),
        row("He was elected in May.", PUB,
            t("May", 18, "DATE", "2026-05", null, null)),
        row("The trial began in January.", PUB,
            t("January", 19, "DATE", "2026-01", null, null)),
        row("The strike, which began Monday, continued.", PUB,
            t("Monday", 24, "DATE", "2026-09-14", null, null)),
        // the stretch began with the peak, on March 3
        row("Prices have fallen since the peak on March 3.", PUB,
            t("March 3", 37, "DATE", "2026-03-03", "2026-03-03", null)),
        row("The peak reached on March 3 was a record.", "2026-02-20",
            t("March 3", 20, "DATE", "2025-03-03", null, null)),
        row("The bill was signed by the president on Monday.", PUB,
            t("Monday", 40, "DATE", "2026-09-14", null, null)),
        // "may" the verb and "May" the name are no month; "May 5" is
        row("Legislators May Clarify Rules", PUB),
        row("Prime Minister Theresa May said she may visit.", PUB),
        row("The deal was signed May 5.", PUB,
            t("May 5", 20, "DATE", "2026-05-05", null, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheDirectionOfTheClause(Case c) {
    List<Expected> got = new ArrayList<>();
    for (TimeFacet f : TimeExtractorTest.extract(c.text(), c.published())) {
      got.add(new Expected(f.span().text(), f.span().start(), f.type().name(), f.value(),
          f.from().orElse(null), f.to().orElse(null)));
    }
    assertThat(got).containsExactlyElementsOf(c.expected());
  }
}
