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
 * One named person is a native of one place: "Mark Ellery, 41, a native of Halverton" and "Mark
 * Ellery is a Toledo native" disagree; a home, a country, a place the other report names and two
 * people stay silent.
 */
class NativesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Mark Ellery, 41, a native of Halverton, joined the coaching staff in 2021.",
            "Mark Ellery is a Toledo native who joined the staff in 2021.",
            "Halverton | Toledo"),
        Arguments.of("The club named Rosa Quintana as coach. Quintana, an Arbela native, played"
                + " ten seasons.",
            "The club named Rosa Quintana as coach. Quintana, a Merida native, played ten seasons.",
            "Arbela | Merida"),
        // where a person lives now, a country, a place the other names, two people
        Arguments.of("Mark Ellery, a Toledo native, joined the staff.",
            "Mark Ellery, who lives in Halverton, joined the staff.", ""),
        Arguments.of("Mark Ellery, a Toledo native, joined the staff.",
            "Mark Ellery, a native of Canada, joined the staff.", ""),
        Arguments.of("Mark Ellery, a Toledo native, joined the staff.",
            "Mark Ellery, a Halverton native, joined the Toledo staff.", ""),
        Arguments.of("Mark Ellery, a Toledo native, joined the staff.",
            "Dana Okafor, a Halverton native, joined the staff.", ""));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void aPersonIsANativeOfOnePlace(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.ATTRIBUTE, a, b, expected);
  }

  @Test
  void theExplanationNamesThePerson() {
    List<Contradiction> found = CheckCases.found(Kind.ATTRIBUTE,
        "Mark Ellery, 41, a native of Halverton, joined the coaching staff in 2021.",
        "Mark Ellery is a Toledo native who joined the staff in 2021.");
    assertThat(found).extracting(Contradiction::explanation).containsExactly(
        "A outlet gives the place of origin as \"Halverton\"; B outlet gives it as \"Toledo\"."
            + " Both speak of Mark Ellery.");
  }
}
