package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The time before which a thing does not happen against a time given for the thing itself
 * ({@link EarliestCheck}): each row is two short articles of 2025-10-20 and the TEMPORAL finding
 * a reader expects, or none.
 */
class EarliestCheckTest {

  static Stream<Arguments> clashes() {
    return Stream.of(
        // a date to come against "not ... until" a later date of the same vote
        Arguments.of("The county board is due to vote on the levy on Nov. 12.",
            "Board members are not expected to vote on the levy until Dec. 3.", "Nov. 12",
            "Dec. 3", "2025-11-12", "2025-12-03"),
        // years, the event's verb after a catenative ("not expected to open")
        Arguments.of("The museum expects its new wing to open in 2027.",
            "The new wing is not expected to open before 2029.", "2027", "2029", "2027", "2029"),
        // days with parts of the day, "attempt to" against "try to"
        Arguments.of("Crews will try to lift the barge on Wednesday morning.",
            "Crews will not attempt to lift the barge before Friday.", "Wednesday morning",
            "Friday", "2025-10-22TMO", "2025-10-24"),
        // a deadline ("by Thursday") against a later earliest time
        Arguments.of("The utility expects to restore power to the valley by Thursday.",
            "The utility does not expect to restore power to the valley until next week.",
            "Thursday", "next week", "2025-10-23", "2025-W44"),
        // no verb after the negation: the thing the clause speaks of names the event; months
        // without a year in a clause of a plan are the next such months
        Arguments.of("The first grants are due in January.",
            "The first grants are not expected before March.", "January", "March", "2026-01",
            "2026-03"),
        // "until after" a clock time; "midnight" after "until" is the end of the day
        Arguments.of("Firefighters brought the blaze under control shortly after 6 p.m.",
            "The blaze was not brought under control until after midnight.", "6 p.m.",
            "midnight", "2025-10-20T18:00", "2025-10-20T00:00"));
  }

  @ParameterizedTest(name = "{2} | {3}")
  @MethodSource("clashes")
  void aTimeBeforeTheEarliestTimeOfOneEventClashes(String a, String b, String left,
      String right, String leftValue, String rightValue) {
    List<Contradiction> found = CheckCases.found(Kind.TEMPORAL, a, b);
    assertThat(found).extracting(c -> c.leftEvidence().text() + " | " + c.rightEvidence().text()
        + " | " + c.leftValue() + " | " + c.rightValue())
        .containsExactly(left + " | " + right + " | " + leftValue + " | " + rightValue);
    assertThat(CheckCases.found(Kind.TEMPORAL, b, a)).extracting(c -> c.leftEvidence().text()
        + " | " + c.rightEvidence().text()).containsExactly(right + " | " + left);
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        // a later date, and the same date, agree with "not until"
        Arguments.of("The board will vote on the levy on Dec. 10.",
            "The board will not vote on the levy until Dec. 3."),
        Arguments.of("The board will vote on the levy on Dec. 3.",
            "The board will not vote on the levy until Dec. 3."),
        // a deadline after the earliest time
        Arguments.of("The utility expects to restore power to the valley by Thursday.",
            "The utility does not expect to restore power to the valley until Wednesday."),
        // two events of one story: the walkout and the return
        Arguments.of("The plant's workers walked out on Oct. 14.",
            "The workers will not return to the plant until Nov. 3."),
        // the earliest date's own article gives the other date for another vote
        Arguments.of("The council will vote on the levy on Nov. 12.",
            "The council will vote on the levy on Nov. 12 and will not vote on the budget"
                + " until Dec. 3."),
        // one weekday alone on both sides names one day, though the time reader placed the
        // plan told in the past tense a week back
        Arguments.of("Ferry sailings to the island were set to resume on Friday, the operator"
            + " said.", "Ferry sailings to the island will not resume before Friday."),
        // a date after "until at least" bounds a stretch, it does not date the event
        Arguments.of("The first ferries were cancelled until at least Nov. 3.",
            "The first ferries are not expected before Nov. 10."),
        // the fire's end against the time it broke out: two events of one story
        Arguments.of("The blaze broke out shortly after 6 p.m.",
            "The blaze was not brought under control until after midnight."),
        // an earlier date without a negation bounds another event
        Arguments.of("The board will vote on the levy on Nov. 12.",
            "The board will vote on the levy before Dec. 3."));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("agreements")
  void aLaterTimeOrAnotherEventStaysSilent(String a, String b) {
    assertThat(CheckCases.found(Kind.TEMPORAL, a, b)).isEmpty();
    assertThat(CheckCases.found(Kind.TEMPORAL, b, a)).isEmpty();
  }

  static Stream<Arguments> orders() {
    return Stream.of(
        // the event's own time, the earliest time, whether the first lies wholly before
        Arguments.of("2026-06-09", "2026-07-14", true),
        Arguments.of("2026-07-20", "2026-07-14", false),
        Arguments.of("2026-09", "2026-11", true),
        Arguments.of("2026-11-02", "2026-11", false),
        Arguments.of("2029", "2031", true),
        Arguments.of("2026-Q1", "2026-03-05", false),
        Arguments.of("2026-Q1", "2026-04-01", true),
        // on one day, clock times beyond the slack; "until midnight" is the end of the day
        Arguments.of("2026-03-02T17:30", "2026-03-02T19:00", true),
        Arguments.of("2026-03-02T17:30", "2026-03-02T17:40", false),
        Arguments.of("2026-03-02T17:30", "2026-03-02T00:00", true));
  }

  @ParameterizedTest(name = "{0} before {1}: {2}")
  @MethodSource("orders")
  void aDateLiesBeforeAnotherWhenAllItsDaysDo(String own, String earliest, boolean before) {
    assertThat(EarliestCheck.before(When.of(own).orElseThrow(), When.of(earliest).orElseThrow()))
        .isEqualTo(before);
  }
}
