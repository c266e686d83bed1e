package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.ClaimAlignment;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pair of sentences that shares many words, most of them no names, aligns even when each
 * sentence matches another sentence better: one text states in one sentence facts that the
 * other states apart. Shared names alone (the people and places of the event) do not do so.
 */
class AlignerManySharedWordsTest {
  private static final Parallax PX = Parallax.standard();

  static Stream<Arguments> pairs() {
    return Stream.of(
        // six shared words (suspects, four, Dutch, men, Belgian, woman), four of them no names:
        // the pair aligns besides each sentence's best match
        Arguments.of(
            "The suspects are four Dutch men and a Belgian woman, aged between 25 and 40."
                + " The arrests were made in Utrecht and Leiden on Friday.",
            "Five suspects, four Dutch men and a Belgian woman, were arrested in Utrecht and"
                + " Leiden on Friday. They are aged from 25 to 40.",
            List.of(
                "The suspects are four Dutch men and a Belgian woman, aged between 25 and 40."
                    + " ~ Five suspects, four Dutch men and a Belgian woman, were arrested in"
                    + " Utrecht and Leiden on Friday.",
                "The suspects are four Dutch men and a Belgian woman, aged between 25 and 40."
                    + " ~ They are aged from 25 to 40.",
                "The arrests were made in Utrecht and Leiden on Friday. ~ Five suspects, four"
                    + " Dutch men and a Belgian woman, were arrested in Utrecht and Leiden on"
                    + " Friday.")),
        // seven shared words, all of them names: the admission and the discharge stay apart
        Arguments.of(
            "Anna Berg of Lake County checked into Saint Luke Hospital on Monday with a broken"
                + " arm. Anna Berg of Lake County was discharged from Saint Luke Hospital on"
                + " Friday after her treatment, doctors said.",
            "Anna Berg of Lake County left Saint Luke Hospital on Friday, doctors said. Anna"
                + " Berg of Lake County checked into Saint Luke Hospital on Monday with a broken"
                + " arm.",
            List.of(
                "Anna Berg of Lake County checked into Saint Luke Hospital on Monday with a"
                    + " broken arm. ~ Anna Berg of Lake County checked into Saint Luke Hospital"
                    + " on Monday with a broken arm.",
                "Anna Berg of Lake County was discharged from Saint Luke Hospital on Friday after"
                    + " her treatment, doctors said. ~ Anna Berg of Lake County left Saint Luke"
                    + " Hospital on Friday, doctors said.")));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void alignsThePairsThatStateOneFact(String a, String b, List<String> expected) {
    Comparison c = PX.compare(article("a", a), article("b", b));

    assertThat(c.alignments().stream().map(AlignerManySharedWordsTest::show).toList())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static String show(ClaimAlignment x) {
    return x.left().text() + " ~ " + x.right().text();
  }

  private static Article article(String id, String text) {
    return Article.builder().id(id).published("2025-01-01").text(text).build();
  }
}
