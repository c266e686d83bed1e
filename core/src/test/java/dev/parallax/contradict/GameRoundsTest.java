package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named round of one game between two sides given as two rounds, with the exact evidence
 * and explanation, and games that differ, which must stay silent.
 */
class GameRoundsTest {
  private static final Parallax PX = Parallax.standard();

  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  private static List<Contradiction> rounds(Article a, Article b) {
    return PX.compare(a, b).contradictions().stream().filter(x -> x.kind() == Kind.ATTRIBUTE)
        .toList();
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("semifinal", "quarterfinal", "Drake and Loyola",
            "The Bulldogs will face the winner of Thursday's first semifinal between Drake and"
                + " Loyola.",
            "The Bulldogs will face the winner of Thursday's first quarterfinal between Drake"
                + " and Loyola."),
        Arguments.of("final", "semi-final", "Ghana and Nigeria",
            "Crowds gathered in Accra for the final between Ghana and Nigeria on Sunday"
                + " evening.",
            "Crowds gathered in Accra for the semi-final between Nigeria and Ghana on Sunday"
                + " evening."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftRound, String rightRound, String sides, String left, String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = rounds(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.leftEvidence().text()).isEqualTo(leftRound);
    assertThat(c.rightEvidence().text()).isEqualTo(rightRound);
    assertThat(c.explanation()).isEqualTo("A outlet gives the round as \"" + leftRound
        + "\"; B outlet gives it as \"" + rightRound + "\". Both speak of the game between "
        + sides + ".");
    assertThat(c.confidence()).isBetween(0.6, 0.7);
    List<Contradiction> reversed = rounds(b, a);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).leftEvidence()).isEqualTo(c.rightEvidence());
    assertThat(reversed.get(0).rightEvidence()).isEqualTo(c.leftEvidence());
    assertThat(rounds(a, a)).isEmpty();
    assertThat(rounds(b, article("c", right))).isEmpty();
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("two games of two pairs of sides",
            "The Bulldogs will face the winner of the semifinal between Drake and Loyola.",
            "The Bulldogs will face the winner of the quarterfinal between Drake and Bradley."),
        Arguments.of("a numbered round, which may be a named one",
            "The Bulldogs will face the winner of the second round between Drake and Loyola.",
            "The Bulldogs will face the winner of the quarterfinal between Drake and Loyola."),
        Arguments.of("one round in two spellings",
            "Crowds gathered in Accra for the semifinal between Ghana and Nigeria on Sunday.",
            "Crowds gathered in Accra for the semi-final between Ghana and Nigeria on Sunday."),
        Arguments.of("a meeting in another year",
            "Ghana beat Nigeria in the final between Ghana and Nigeria in 2010.",
            "Tickets sold out within an hour for the semifinal between Ghana and Nigeria."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(rounds(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(rounds(article("b", right), article("a", left))).as(reason).isEmpty();
  }
}
