package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POLARITY by adverbs of degree: one quality in opposite states ("well equipped" and "poorly
 * equipped"), with the exact evidence and explanation, and wordings that agree or compare, which
 * must stay silent.
 */
class DegreeOppositesTest {
  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("well equipped", "poorly equipped",
            "The rescue team was well equipped for the storm, the coastguard said.",
            "The rescue team was poorly equipped for the storm, the coastguard said."),
        Arguments.of("adequately staffed", "inadequately staffed",
            "The night shift at the county jail was adequately staffed on Friday, the"
                + " inspector found.",
            "The night shift at the county jail was inadequately staffed on Friday, the"
                + " inspector found."),
        Arguments.of("properly maintained", "badly maintained",
            "The bridge over the canal had been properly maintained by the city before it"
                + " collapsed.",
            "The bridge over the canal had been badly maintained by the city before it"
                + " collapsed."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftEvidence, String rightEvidence, String left, String right) {
    CheckCases.assertStatesExclude(leftEvidence, rightEvidence, left, right);
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("a negated adverb of enough agrees with one of too little",
            "The rescue team was not well equipped for the storm, the coastguard said.",
            "The rescue team was poorly equipped for the storm, the coastguard said."),
        Arguments.of("a comparison, not a state",
            "The rescue team was as well equipped as the army for the storm.",
            "The rescue team was poorly equipped for the storm, the coastguard said."),
        Arguments.of("two qualities",
            "The rescue team was well trained for the storm, the coastguard said.",
            "The rescue team was poorly equipped for the storm, the coastguard said."),
        Arguments.of("two things in the two states",
            "The rebels were well equipped for the winter offensive in the north.",
            "The army was poorly equipped for the winter offensive in the north."),
        Arguments.of("an adverb before a day, not a quality",
            "The striker played well Tuesday in the cup match against Leeds.",
            "The striker fell ill Tuesday before the cup match against Leeds."),
        Arguments.of("one side's adverb in both",
            "The rescue team was well equipped for the storm, the coastguard said.",
            "The rescue team was adequately equipped for the storm, the coastguard said."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(CheckCases.reported(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(CheckCases.reported(article("b", right), article("a", left))).as(reason).isEmpty();
  }
}
