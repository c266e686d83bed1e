package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one person a story names by a role has one age, however the reports give it. */
class DefiniteAgesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // set off by commas against joined to "-old"
        Arguments.of("The bus driver, 45, was taken to hospital after the crash.",
            "The 52-year-old bus driver was taken to hospital.",
            List.of("The bus driver, 45 | The 52-year-old bus driver 0.6")),
        // a noun with fewer words before it, and one of a synonym group
        Arguments.of("The driver, 45, was taken to hospital.",
            "Passengers helped the 52-year-old bus driver out of the cab.",
            List.of("The driver, 45 | the 52-year-old bus driver 0.6")),
        Arguments.of("The gunman, 24, was shot dead by police.",
            "Police shot dead the 26-year-old shooter.",
            List.of("The gunman, 24 | the 26-year-old shooter 0.6")),
        // one age, and two descriptions that name two people
        Arguments.of("The driver, 45, was taken to hospital.",
            "The 45-year-old bus driver was taken to hospital.", List.of()),
        Arguments.of("The bus driver, 45, was taken to hospital.",
            "The 52-year-old lorry driver was taken to hospital.", List.of()),
        // more than one such person in an article
        Arguments.of("The driver, 45, was taken to hospital.",
            "The 52-year-old driver was taken to hospital. Two drivers were hurt.", List.of()),
        Arguments.of("The victim, 23, died at the scene. The victim, 41, died in hospital.",
            "The 30-year-old victim died at the scene.", List.of()),
        // a named person's age is another check's; "a driver" is anyone
        Arguments.of("A driver, 45, was taken to hospital.",
            "The 52-year-old driver was taken to hospital.", List.of()));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void aDescribedPersonHasOneAge(String a, String b, List<String> expected) {
    assertThat(CheckCases.byCheck(DefiniteAges.class, a, b)).extracting(f -> f.leftEvidence()
        .text() + " | " + f.rightEvidence().text() + " " + f.confidence())
        .containsExactlyElementsOf(expected);
    assertThat(CheckCases.byCheck(DefiniteAges.class, b, a)).hasSize(expected.size());
    assertThat(CheckCases.byCheck(DefiniteAges.class, a, a)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theExplanationNamesTheDescription() {
    assertThat(CheckCases.found(dev.parallax.Contradiction.Kind.NUMERIC,
        "The bus driver, 45, was taken to hospital after the crash.",
        "Passengers said the 52-year-old bus driver braked hard.")).extracting(
            dev.parallax.Contradiction::explanation)
        .containsExactly("A outlet gives 45 years old (\"The bus driver, 45\"); B outlet gives"
            + " 52 years old (\"the 52-year-old bus driver\"), which no rounding or"
            + " approximation reconciles. A story's \"the bus driver\" is one person, with one"
            + " age on the day of a report.");
  }
}
