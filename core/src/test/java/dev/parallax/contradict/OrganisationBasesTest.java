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
 * An organisation (or a person) is based in one place: "Carbonix, a start-up based in Lyon" and
 * "Grenoble-based start-up Carbonix" disagree; a country, a place the other report names too, two
 * seats in one report and two names stay silent.
 */
class OrganisationBasesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Carbonix, a start-up based in Lyon, opened the first plant in 2024.",
            "Grenoble-based start-up Carbonix began running the plant two years ago.",
            "based in Lyon | Grenoble-based"),
        Arguments.of("Halcyon agreed to buy Bramblewood Pictures, the film studio based in"
                + " Burbank, for $1.85 billion.",
            "Bramblewood Pictures, the Culver City-based studio, is being sold to Halcyon.",
            "based in Burbank | Culver City-based"),
        Arguments.of("Ostra Mining, headquartered in Perth, cut 300 jobs on Monday.",
            "The Brisbane-headquartered Ostra Mining cut 300 jobs on Monday.",
            "headquartered in Perth | Brisbane-headquartered"),
        // one place, a country, a place the other names too, a negated claim, two names
        Arguments.of("Carbonix, a start-up based in Lyon, opened the plant.",
            "The Lyon-based company Carbonix began running the plant.", ""),
        Arguments.of("Carbonix, a start-up based in France, opened the plant.",
            "The Grenoble-based company Carbonix began running the plant.", ""),
        Arguments.of("Carbonix, a start-up based in Villeurbanne, opened the plant.",
            "The Lyon-based company Carbonix began running the plant in Villeurbanne.", ""),
        Arguments.of("Carbonix, a start-up based in Lyon, opened the plant.",
            "Carbonix, which is not based in Grenoble, began running the plant.", ""),
        Arguments.of("Carbonix, a start-up based in Lyon, opened the plant.",
            "Grenoble-based rival Voltaire began running a plant.", ""));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void anOrganisationIsBasedInOnePlace(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.ATTRIBUTE, a, b, expected);
  }

  @Test
  void theExplanationNamesTheOrganisation() {
    List<Contradiction> found = CheckCases.found(Kind.ATTRIBUTE,
        "Carbonix, a start-up based in Lyon, opened the first plant in 2024.",
        "Grenoble-based start-up Carbonix began running the plant two years ago.");
    assertThat(found).extracting(Contradiction::explanation).containsExactly(
        "A outlet gives the seat as \"based in Lyon\"; B outlet gives it as \"Grenoble-based\"."
            + " Both give where Carbonix is based.");
  }
}
