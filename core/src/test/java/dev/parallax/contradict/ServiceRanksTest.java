package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One named person holds one rank ({@link ServiceRanks}) and plays one position (an office,
 * {@link RoleTitles}): "Sergeant Frank Delgado" and "Lt. Frank Delgado" disagree, so do "tight end
 * Colby Strand" and "wide receiver Colby Strand"; a rank and
 * the rank that addresses it, a position and another name of it, two ranks in one report and two
 * people stay silent.
 */
class ServiceRanksTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Sergeant Frank Delgado, 41, was shot in the parking lot.",
            "Lt. Frank Delgado, 41, was shot in the parking lot.", "Sergeant | Lt."),
        Arguments.of("Military spokeswoman Lieutenant Colonel Noa Peretz said the teams were"
                + " identified.",
            "Army spokeswoman Maj. Noa Peretz said the launch teams had been identified.",
            "Lieutenant Colonel | Maj."),
        Arguments.of("Okonkwo threw a 9-yard touchdown pass to tight end Colby Strand.",
            "Okonkwo threw a 9-yard scoring pass to wide receiver Colby Strand.",
            "tight end | wide receiver"),
        // a rank addressed by its last word, a position by another name
        Arguments.of("Military spokeswoman Lt. Col. Noa Peretz said the teams were identified.",
            "Army spokeswoman Colonel Noa Peretz said the launch teams had been identified.", ""),
        Arguments.of("The goal came from striker Tomas Valdera in the 88th minute.",
            "The goal came from forward Tomas Valdera in the 88th minute.", ""),
        // a report that gives both ranks, two people
        Arguments.of("Sergeant Frank Delgado, 41, was shot. Lieutenant Frank Delgado had been"
                + " promoted that morning.",
            "Lt. Frank Delgado, 41, was shot in the parking lot.", ""),
        Arguments.of("Sergeant Frank Delgado, 41, was shot in the parking lot.",
            "Lt. Maria Delgado, 41, was shot in the parking lot.", ""));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void onePersonHoldsOneRankAndPlaysOnePosition(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.ATTRIBUTE, a, b, expected);
  }

  @Test
  void theExplanationNamesThePerson() {
    List<Contradiction> found = CheckCases.found(Kind.ATTRIBUTE,
        "Sergeant Frank Delgado, 41, was shot in the parking lot.",
        "Lt. Frank Delgado, 41, was shot in the parking lot.");
    assertThat(found).extracting(Contradiction::explanation).containsExactly(
        "A outlet gives the rank as \"Sergeant\"; B outlet gives it as \"Lt.\"."
            + " Both speak of Frank Delgado.");
  }
}
