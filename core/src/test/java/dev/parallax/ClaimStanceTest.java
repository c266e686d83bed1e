package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stance of a claim as its words give it: each row a one-sentence article and its stance. A
 * direct question is asked; an indirect one ("asked whether") is hedged, as its "whether" is.
 */
class ClaimStanceTest {
  private static final Parallax PX = Parallax.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Should the club pay Smith more than $25 million a season? | QUESTIONED",
    "Did the minister not resign on Sunday? | QUESTIONED",
    "Was it a fair trial?\" | QUESTIONED",
    "The club paid Smith $25 million a season. | ASSERTED",
    "He asked whether the club would pay $25 million. | HEDGED",
    "The minister did not resign on Sunday. | DENIED",
    "The minister may resign on Sunday. | HEDGED",
  })
  void aDirectQuestionIsAskedNotStated(String text, Claim.Stance stance) {
    Annotation a = PX.annotate(Article.builder().id("a").text(text).build());
    assertThat(a.claims()).extracting(Claim::stance).containsExactly(stance);
  }
}
