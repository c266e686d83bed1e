package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two claims that open with two names both reports tell apart state two facts: one player's
 * yards and another's in two recaps that name both players. One name, two sources that give one
 * fact two values, and two names of one thing stay compared.
 */
class SubjectsTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // two players, each named by both reports
        Arguments.of("Anna Lindqvist scored twice for the Comets. Lindqvist ran for 141 yards."
                + " Maya Okoro added a late goal.",
            "Maya Okoro scored twice for the Comets. Okoro ran for 118 yards."
                + " Anna Lindqvist added a late goal.", ""),
        // one player, two values
        Arguments.of("Anna Lindqvist scored twice for the Comets. Lindqvist ran for 141 yards."
                + " Maya Okoro added a late goal.",
            "Maya Okoro scored twice for the Comets. Lindqvist ran for 118 yards."
                + " Anna Lindqvist added a late goal.", "141 yards | 118 yards"),
        // two sources of one fact
        Arguments.of("Chief Ruiz spoke on Monday. Ruiz said 40 people died in the fire."
                + " Mayor Okafor thanked the crews.",
            "Mayor Okafor spoke on Monday. Okafor said 30 people died in the fire."
                + " Chief Ruiz thanked the crews.", "40 people | 30 people"),
        // two names of one team, written together in one name
        Arguments.of("The Chicago Bears beat Green Bay. Chicago gained 412 yards in the game.",
            "The Chicago Bears beat Green Bay. The Bears gained 398 yards in the game.",
            "412 yards | 398 yards"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void twoNamedSubjectsStateTwoFacts(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.NUMERIC, a, b, expected);
  }
}
