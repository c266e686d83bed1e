package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Comparison;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import java.util.List;
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
  private static final Parallax PX = Parallax.standard();

  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  private static List<Contradiction> polarity(Article a, Article b) {
    Comparison c = PX.compare(a, b);
    return c.contradictions().stream().filter(x -> x.kind() == Kind.POLARITY).toList();
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
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = polarity(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.leftEvidence().text()).isEqualTo(leftEvidence);
    assertThat(c.rightEvidence().text()).isEqualTo(rightEvidence);
    assertThat(c.leftValue()).isEqualTo(leftEvidence);
    assertThat(c.rightValue()).isEqualTo(rightEvidence);
    assertThat(c.explanation()).isEqualTo("A outlet says \"" + leftEvidence + "\"; B outlet says"
        + " \"" + rightEvidence + "\": the two states exclude each other.");
    assertThat(c.confidence()).isBetween(0.5, 0.9);

    List<Contradiction> reversed = polarity(b, a);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).leftEvidence()).isEqualTo(c.rightEvidence());
    assertThat(reversed.get(0).rightEvidence()).isEqualTo(c.leftEvidence());
    assertThat(polarity(a, a)).isEmpty();
    assertThat(polarity(b, article("c", right))).isEmpty();
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
    assertThat(polarity(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(polarity(article("b", right), article("a", left))).as(reason).isEmpty();
  }
}
