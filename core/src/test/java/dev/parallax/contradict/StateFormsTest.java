package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POLARITY by word forms of two states after a copula or a state verb ("was found locked" and
 * "was found unlocked", "remained closed" and "remained open"), with the exact evidence and
 * explanation, and two things, deeds and states at two times, which must stay silent.
 */
class StateFormsTest {
  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("locked", "unlocked",
            "Inspectors want to know why the fire door of the school gym was found locked.",
            "The fire door of the school gym was found unlocked, the inspectors said."),
        Arguments.of("closed", "open",
            "The ferry terminal at the harbour remained closed to passengers, the port said.",
            "The ferry terminal at the harbour remained open to passengers, the port said."),
        Arguments.of("alive", "dead",
            "The two kayakers who went missing off the cape were found alive by a trawler.",
            "The two kayakers who went missing off the cape were found dead by a trawler."),
        Arguments.of("insured", "uninsured",
            "The owner said the warehouse that burned down was insured.",
            "The warehouse that burned down was uninsured, the owner said."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftEvidence, String rightEvidence, String left, String right) {
    CheckCases.assertStatesExclude(leftEvidence, rightEvidence, left, right);
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("two things, one in each state",
            "The northbound lanes of the ring road were closed after the crash.",
            "The southbound lanes of the ring road remained open after the crash."),
        Arguments.of("a state on one day and its opposite on another",
            "The ferry terminal at the harbour was closed on Monday, the port said.",
            "The ferry terminal at the harbour was open on Wednesday, the port said."),
        Arguments.of("a deed, not a state",
            "Police opened an inquiry after the ferry terminal at the harbour was closed.",
            "Police said the ferry terminal at the harbour had opened an inquiry."),
        Arguments.of("a state before a noun names a kind",
            "Firefighters broke through a locked door of the school gym.",
            "The door of the school gym was unlocked, firefighters said."),
        Arguments.of("a denied state agrees with its opposite",
            "The fire door of the school gym was not locked, the inspectors said.",
            "The fire door of the school gym was found unlocked, the inspectors said."),
        Arguments.of("one claim holding both states",
            "The front door of the school gym was locked but the fire door was unlocked.",
            "The fire door of the school gym was found unlocked, the inspectors said."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(CheckCases.reported(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(CheckCases.reported(article("b", right), article("a", left))).as(reason).isEmpty();
  }
}
