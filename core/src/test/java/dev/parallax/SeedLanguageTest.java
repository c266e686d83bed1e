package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.rules.Category;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled packs on the seed pair: what the issue asks to be tagged, and what not. */
class SeedLanguageTest {
  private static final Article WIRE = SeedComparisonTest.WIRE;
  private static final Article OPINION = SeedComparisonTest.OPINION;
  private static final Comparison C = Parallax.standard().compare(WIRE, OPINION);

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "opinion | Hermit Kingdom | epithet",
        "opinion | rogue regimes | epithet",
        "opinion | globalist approaches | loaded-term, epithet",
        "opinion | How long will Washington allow unstable regimes like North Korea to operate"
            + " unchecked? | rhetorical-question",
        "wire    | This is a huge deal! | exclamation",
      })
  void tagsWhatTheIssueNames(String article, String words, String categories) {
    Article a = C.expectArticle(article.strip());
    TextSpan span = SeedComparisonTest.span(a, words.strip());
    List<String> fitting = List.of(categories.strip().split(",\\s*"));
    assertThat(C.tags(a))
        .anySatisfy(t -> {
          assertThat(t.span().start()).isLessThanOrEqualTo(span.start());
          assertThat(t.span().end()).isGreaterThanOrEqualTo(span.end());
          assertThat(t.span().length()).isLessThanOrEqualTo(span.length() + 40);
          assertThat(fitting).contains(t.category().packName());
        });
  }

  @Test
  void theNeutralSentenceHasNoTag() {
    TextSpan neutral = SeedComparisonTest.span(WIRE,
        "The defection occurred in the middle portion of the demilitarized zone.");
    assertThat(C.tags(WIRE))
        .noneMatch(t -> t.span().start() < neutral.end() && neutral.start() < t.span().end());
  }

  @Test
  void theOpinionPieceIsAtLeastTwiceAsDenseInLoadedLanguage() {
    double opinion = C.profile(OPINION).per100Words();
    double wire = C.profile(WIRE).per100Words();
    assertThat(opinion).isGreaterThanOrEqualTo(2 * wire);
    assertThat(C.profile(OPINION).opinionShare()).isGreaterThan(C.profile(WIRE).opinionShare());
  }

  @Test
  void everyTagIndexesItsArticle() {
    for (Tag t : C.tags()) {
      Article a = C.expectArticle(t.span().article());
      assertThat(t.span()).isEqualTo(TextSpan.of(a, t.span().start(), t.span().end()));
    }
  }
}
