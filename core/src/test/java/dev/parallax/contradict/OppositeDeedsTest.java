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
 * POLARITY by two outcomes of one decision, test or verdict that exclude each other, with no
 * negation word ("approved" and "rejected", "passed" and "failed"), as tables: the evidence of
 * each report and the two sentences; then pairs that must stay silent.
 */
class OppositeDeedsTest {

  private static List<Contradiction> polarity(String left, String right) {
    return CheckCases.found(Kind.POLARITY, left, right);
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("approved", "rejected",
            "The planning board approved the marina extension at Holm Bay on Tuesday.",
            "The planning board rejected the marina extension at Holm Bay on Tuesday."),
        // one claim judging two things: each outcome is set against the other's of its thing
        Arguments.of("approved", "rejected",
            "The board approved the marina extension but rejected the hotel at Holm Bay.",
            "The board rejected the marina extension at Holm Bay, its chair said."),
        // one doer's answer to one charge
        Arguments.of("denied", "admitted", "Police denied using rubber bullets.",
            "Police admitted they had used rubber bullets."),
        // a clause after "that" is said of from its verb, past its subject; an age set off by
        // commas after the name tells who, not when
        Arguments.of("denied", "acknowledged",
            "The club's treasurer, Alan Hurst, 61, denied that the club had broken the rules.",
            "Alan Hurst acknowledged that it had broken the rules, the club said."),
        // "the company" in a report that names the company, and its name in the other
        Arguments.of("denied", "admitted", "Kestrel filed for bankruptcy on Friday. The company"
                + " denied that customer funds had been lent to Ridgeback Capital.",
            "Kestrel admitted that customer funds had been lent to Ridgeback Capital."),
        // a phrase of the value, and an offer accepted or turned down
        Arguments.of("accepted", "turned down",
            "The dockers' union accepted the port authority's wage offer, its leader said.",
            "The dockers' union turned down the port authority's wage offer, its leader said."),
        Arguments.of("granted", "refused",
            "A magistrate granted bail to the two fishermen charged over the collision.",
            "A magistrate refused bail to the two fishermen charged over the collision."),
        // an inspection passed or failed: the head after each outcome is the same
        Arguments.of("passed", "failed",
            "The cable car passed its annual safety inspection, the operator said.",
            "The cable car failed its annual safety inspection, the operator said."),
        // a state after a form of "be" is said of its subject, before a noun of that noun
        Arguments.of("valid", "expired",
            "The officers said the trawler's fishing licence was valid.",
            "The officers said the trawler had an expired fishing licence."),
        Arguments.of("upheld", "overturned",
            "The supreme court upheld the ban on night flights at the airport.",
            "The supreme court overturned the ban on night flights at the airport."),
        // a level changed one way or the other, one side's outcome of one contest
        Arguments.of("raised", "cut",
            "The central bank raised its key interest rate on Thursday.",
            "The central bank cut its key interest rate on Thursday."),
        Arguments.of("won", "lost",
            "The mayor won the confidence vote on Tuesday.",
            "The mayor lost the confidence vote on Tuesday."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftEvidence, String rightEvidence, String left, String right) {
    List<Contradiction> found = polarity(left, right);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(List.of(c.leftEvidence().text(), c.rightEvidence().text(), c.leftValue(),
        c.rightValue())).containsExactly(leftEvidence, rightEvidence, leftEvidence,
            rightEvidence);
    assertThat(c.confidence()).isBetween(0.5, 0.9);
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("two clauses after \"that\" of two deeds",
            "Alan Hurst denied that the club had broken the rules.",
            "Alan Hurst acknowledged that the club had been warned about the rules."),
        Arguments.of("two things judged: the plan, and an amendment to it",
            "The planning board approved the marina plan on Tuesday.",
            "The planning board rejected an amendment to the marina plan on Tuesday."),
        Arguments.of("two doers, each with its own outcome",
            "The Senate approved the fisheries bill after a long debate.",
            "The House rejected the fisheries bill after a long debate."),
        Arguments.of("an organisation by its kind, and a doer of another kind by name",
            "Kestrel filed for bankruptcy on Friday. The company denied that customer funds had"
                + " been lent to Ridgeback Capital.",
            "Regulators admitted that customer funds had been lent to Ridgeback Capital."),
        Arguments.of("\"the company\" in a report that never names the other's company",
            "The company denied that customer funds had been lent to Ridgeback Capital.",
            "Kestrel admitted that customer funds had been lent to Ridgeback Capital."),
        Arguments.of("two sides of one contest, each with its own outcome",
            "Spain won the final in Sydney on Sunday.",
            "England lost the final in Sydney on Sunday."),
        Arguments.of("two levels: a rate raised, a tax cut",
            "The government raised the fuel duty on Thursday.",
            "The government cut the income tax on Thursday."),
        Arguments.of("an attempt, not an outcome",
            "The lifeboat failed to reach the stranded yacht off the point.",
            "The lifeboat passed the stranded yacht off the point."),
        Arguments.of("a denied outcome agrees with its opposite",
            "The planning board did not approve the marina extension at Holm Bay.",
            "The planning board rejected the marina extension at Holm Bay."),
        Arguments.of("a decision on one day and its reversal on another",
            "The planning board approved the marina extension on Tuesday.",
            "The planning board rejected the marina extension on Friday."),
        Arguments.of("a hedged outcome",
            "The planning board is expected to approve the marina extension at Holm Bay.",
            "The planning board rejected the marina extension at Holm Bay."),
        Arguments.of("one claim holding both outcomes of one thing",
            "The board rejected the marina extension at first but approved the marina extension"
                + " after changes.",
            "The board rejected the marina extension at Holm Bay, its chair said."),
        Arguments.of("one report, one outcome: agreement",
            "The planning board rejected the marina extension at Holm Bay on Tuesday.",
            "On Tuesday the planning board rejected the marina extension at Holm Bay."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(polarity(left, right)).as(reason).isEmpty();
    assertThat(polarity(right, left)).as(reason).isEmpty();
  }
}
