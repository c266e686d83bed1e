package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One person's death given two causes of two kinds: clashes with the exact causes and
 * explanation, and causes that agree or are not the person's own, which must stay silent.
 */
class CausesOfDeathTest {
  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  private static List<Contradiction> causes(Article... articles) {
    return CheckCases.found(Kind.ATTRIBUTE, articles);
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("pneumonia", "stroke", "Paul Brenner",
            "Actor Paul Brenner died of pneumonia on Sunday at a hospital in Denver.",
            "Actor Paul Brenner died of a stroke on Sunday at a hospital in Denver."),
        Arguments.of("cancer", "heart attack", "Helen Ward",
            "Helen Ward, the former mayor of Bristol, died on Tuesday from lung cancer, her"
                + " family said.",
            "Former mayor Helen Ward died of a heart attack on Tuesday, her family said."),
        Arguments.of("diabetes", "AIDS", "Rosa Vance",
            "The singer Rosa Vance succumbed to complications of diabetes in a Paris clinic.",
            "Rosa Vance died of AIDS in a Paris clinic in 1994."),
        // an obituary's "The cause was", and "he" after a death told by name
        Arguments.of("pneumonia", "stroke", "Raymond T. Castellane",
            "Raymond T. Castellane, a Democrat who represented the district for 28 years, died"
                + " on Tuesday at his home. He was 84. The cause was complications of pneumonia,"
                + " his daughter said.",
            "Ray Castellane died on Tuesday at his home. His daughter said in a statement that"
                + " he died of complications from a stroke."),
        Arguments.of("stabbed to death", "beaten to death", "Tom Avery",
            "Tom Avery was stabbed to death in the prison yard on Monday.",
            "Tom Avery was beaten to death in the prison yard on Monday."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftCause, String rightCause, String name, String left, String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = causes(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.kind()).isEqualTo(Kind.ATTRIBUTE);
    assertThat(c.leftEvidence().text()).isEqualTo(leftCause);
    assertThat(c.rightEvidence().text()).isEqualTo(rightCause);
    assertThat(c.explanation()).isEqualTo("A outlet gives the cause of death as \"" + leftCause
        + "\"; B outlet gives it as \"" + rightCause + "\". Both speak of the death of " + name
        + "; neither report names the other's kind of cause.");
    assertThat(c.confidence()).isBetween(0.6, 0.7);

    List<Contradiction> reversed = causes(b, a);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).leftEvidence()).isEqualTo(c.rightEvidence());
    assertThat(reversed.get(0).rightEvidence()).isEqualTo(c.leftEvidence());
    assertThat(reversed.get(0).confidence()).isEqualTo(c.confidence());
    assertThat(causes(a, a)).isEmpty();
    assertThat(causes(b, article("c", right))).isEmpty();
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("two names of one kind of cause",
            "Paul Brenner died of a heart attack on Sunday.",
            "Paul Brenner died of cardiac arrest on Sunday."),
        Arguments.of("a cancer and cancer",
            "Paul Brenner died of leukemia on Sunday.",
            "Paul Brenner died of cancer on Sunday."),
        Arguments.of("a cause not listed",
            "Paul Brenner died of natural causes on Sunday.",
            "Paul Brenner died of a heart attack on Sunday."),
        Arguments.of("a guessed cause",
            "Paul Brenner died of an apparent heart attack on Sunday.",
            "Paul Brenner died of a stroke on Sunday."),
        Arguments.of("the article names the other cause too",
            "Paul Brenner suffered a heart attack in May. Paul Brenner died of pneumonia on"
                + " Sunday.",
            "Paul Brenner died of a heart attack on Sunday."),
        Arguments.of("two people of one surname",
            "Paul Brenner died of a stroke on Sunday.",
            "Anna Brenner died of cancer on Sunday."),
        Arguments.of("a relative's death in a clause",
            "Helen Ward, whose father died of cancer, spoke on Tuesday.",
            "Helen Ward died of a stroke on Tuesday."),
        Arguments.of("a possessive before the verb",
            "Helen Ward's husband died of cancer in 2001.",
            "Helen Ward died of a stroke on Tuesday."),
        Arguments.of("a denied cause",
            "Helen Ward did not die of a stroke, her doctor said.",
            "Helen Ward died of a heart attack, her doctor said."),
        Arguments.of("a pronoun, not a name",
            "She died of pneumonia on Tuesday.",
            "Helen Ward died of a stroke on Tuesday."),
        Arguments.of("an illness survived",
            "Helen Ward nearly died of pneumonia in 1990.",
            "Helen Ward died of a stroke on Tuesday."),
        Arguments.of("a hedged claim",
            "Helen Ward may have died of pneumonia, the coroner said.",
            "Helen Ward died of a stroke, the coroner said."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(causes(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(causes(article("b", right), article("a", left))).as(reason).isEmpty();
  }
}
