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
 * Two alternatives chosen the other way round ({@link Alternatives}): each report rules out, in
 * words, what the other holds; one direction alone, or the same choice, is silent.
 */
class AlternativesTest {

  private static List<Contradiction> alternatives(String left, String right) {
    return CheckCases.found(Kind.POLARITY, left, right).stream()
        .filter(c -> c.explanation().contains("rules out the alternative")).toList();
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("straight-line wind gust, not lightning", "lightning strike, rather than wind",
            "Investigators believe a straight-line wind gust, not lightning, brought the"
                + " structure down, the fire chief said.",
            "Investigators believe a lightning strike, rather than wind, toppled the roof, the"
                + " fire chief said."),
        Arguments.of("kitchen, not the garage", "garage instead of the kitchen",
            "The fire started in the kitchen, not the garage, officials said.",
            "Officials said the fire started in the garage instead of the kitchen."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void eachReportRulesOutWhatTheOtherHolds(String left, String right, String a, String b) {
    List<Contradiction> found = alternatives(a, b);
    assertThat(found).extracting(c -> c.leftEvidence().text() + " | " + c.rightEvidence().text())
        .containsExactly(left + " | " + right);
    assertThat(found.get(0).confidence()).isEqualTo(0.75);
    assertThat(alternatives(b, a)).extracting(c -> c.leftEvidence().text())
        .containsExactly(right);
    assertThat(alternatives(a, a)).isEmpty();
  }

  static Stream<Arguments> silent() {
    return Stream.of(
        // one direction alone: the other report may tell of another fire
        Arguments.of("The fire started in the kitchen, not the garage, officials said.",
            "The fire started in the garage, officials said."),
        // the same choice in other words
        Arguments.of("The fire started in the kitchen, not the garage, officials said.",
            "Officials said the fire began in the kitchen rather than the garage."),
        // "not" without a comma before it is a negation, no choice
        Arguments.of("The fire did not start in the kitchen, officials said.",
            "The fire started in the kitchen, not the garage, officials said."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("silent")
  void oneDirectionOrOneChoiceIsSilent(String a, String b) {
    assertThat(alternatives(a, b)).isEmpty();
    assertThat(alternatives(b, a)).isEmpty();
  }
}
