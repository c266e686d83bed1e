package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The home of an unnamed person described by age and trade: one age and one noun make one
 * person, whose two homes disagree; two sexes, two ages or a country are something else.
 */
class DescribedHomesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("The dead man was a 31-year-old scaffolder from Inverness, police said.",
            "The victim was a scaffolder from Dundee aged 31, police said.",
            "Inverness | Dundee"),
        Arguments.of("A 19-year-old woman from Castlebury suffered serious burns.",
            "A 19-year-old from Harlingford suffered serious burns.", "Castlebury | Harlingford"),
        // a woman and a man, two ages: two persons
        Arguments.of("A 19-year-old woman from Castlebury suffered serious burns.",
            "A 19-year-old man from Harlingford suffered serious burns.", ""),
        Arguments.of("A 19-year-old woman from Castlebury suffered serious burns.",
            "A 21-year-old woman from Harlingford suffered serious burns.", ""),
        // a country is a nationality, read apart
        Arguments.of("A 19-year-old woman from Castlebury suffered serious burns.",
            "A 19-year-old woman from Poland suffered serious burns.", ""),
        // the other article names the place too: it may hold the other
        Arguments.of("A 31-year-old scaffolder from Inverness died on the rig.",
            "A scaffolder from Dundee aged 31 died on the rig, which sails from Inverness.", ""));
  }

  @org.junit.jupiter.api.Test
  void theExplanationNamesWhomWithItsArticle() {
    var found = CheckCases.found(Kind.ATTRIBUTE,
        "A 18-year-old woman from Castlebury suffered serious burns.",
        "An 18-year-old woman from Harlingford suffered serious burns.");
    org.assertj.core.api.Assertions.assertThat(found).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(found.get(0).explanation()).endsWith(
        "Both speak of an 18-year-old woman.");
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void onePersonOfOneAgeAndTradeHasOneHome(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.ATTRIBUTE, a, b, expected);
  }
}
