package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.Article;
import dev.parallax.ClaimAlignment;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alignment of small inputs, where the texts themselves are too few to tell common words from
 * rare ones, and independence of the pairs of two texts from the other texts compared.
 */
class AlignerSmallInputTest {
  private static final Parallax PX = Parallax.standard();
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final Aligner ALIGNER =
      new Aligner(Aligner.Options.defaults(), Synonyms.english(ANALYZER));

  private static final String SMITH_A = "Smith has led the miners union since 2002.";
  private static final String SMITH_B =
      "Smith has led the miners union since 2003, and critics say that is the problem.";

  private static final String FIRE_A =
      "A fire destroyed the Riverside textile factory in Dunmore on Tuesday night. Firefighters"
          + " fought the blaze for six hours before bringing it under control. No workers were"
          + " injured, the owner told reporters.";
  private static final String FIRE_B =
      "The Riverside textile factory in Dunmore burned down late on Tuesday. About 60"
          + " firefighters needed six hours to control the blaze. The owner said no workers were"
          + " hurt in the fire.";
  private static final String WEATHER =
      "Heavy rain is forecast for the northern coast on Friday. Forecasters expect up to 80"
          + " millimetres in the hills. Ferry services may be cancelled.";
  private static final String FIRE_FOLLOW_UP =
      "Police are investigating the cause of the fire at the Riverside factory. Investigators"
          + " will examine the electrical wiring of the textile plant. The factory employed 200"
          + " people in Dunmore.";

  static Article article(String id, String text) {
    return Article.builder().id(id).published("2025-10-20").text(text).build();
  }

  // --- two one-sentence articles that state one fact

  @Test
  void theSmithPairAlignsThroughParallax() {
    Article a = article("a", SMITH_A);
    Article b = article("b", SMITH_B);
    String firstClaimOfB = PX.annotate(b).claims().get(0).text();
    assertThat(firstClaimOfB).startsWith("Smith has led the miners union since 2003");

    Comparison c = PX.compare(a, b);

    assertThat(c.alignments()).hasSize(1);
    ClaimAlignment al = c.alignments().get(0);
    assertThat(al.left().text()).isEqualTo(SMITH_A);
    assertThat(al.right().text()).isEqualTo(firstClaimOfB);
    assertThat(al.sharedTerms()).containsExactly("led", "miners", "smith", "union");
    assertThat(al.score()).isGreaterThan(0.5);
  }

  /**
   * The same pair, B read as one sentence and cut into two claims at ", and critics say": the
   * first unit of B aligns with A, with the score the idf floor gives (worked out by hand: the
   * four shared stems are in 2 of 60 sentences, the others in 1, and the numbers weigh double).
   */
  @ParameterizedTest(name = "B cut in two: {0}")
  @CsvSource({"false, 0.549396", "true, 0.597840"})
  void theSmithPairAlignsWhateverTheClaimSplitterDoes(boolean cut, double score) {
    AnalyzedText a = ANALYZER.analyze(SMITH_A);
    AnalyzedText b = ANALYZER.analyze(SMITH_B);
    if (cut) {
      int at = SMITH_B.indexOf(", and critics say") + 1;
      b = b.resegment(List.of(new CharSpan(0, at), new CharSpan(at + 1, SMITH_B.length())));
    }

    List<Aligner.Pair> pairs = ALIGNER.align(List.of(a, b));

    assertThat(pairs).hasSize(1);
    Aligner.Pair p = pairs.get(0);
    assertThat(List.of(p.leftText(), p.leftSentence(), p.rightText(), p.rightSentence()))
        .containsExactly(0, 0, 1, 0);
    assertThat(p.score()).isCloseTo(score, within(1e-6));
    assertThat(p.sharedWords()).containsExactly("led", "miners", "smith", "union");
  }

  // --- two one-sentence articles about different things

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no word in common | Smith has led the miners union since 2002."
            + " | Heavy rain is forecast for the northern coast on Friday.",
        "one word in common | Smith has led the miners union since 2002."
            + " | The union of the two railway companies was approved by regulators on Monday.",
        "two words in a long pair | Police arrested two men after a jewellery shop in the city"
            + " centre was robbed on Monday night."
            + " | City councillors voted on Monday to close three libraries and a swimming pool"
            + " to save money.",
        "same topic, other fact | The striking miners returned to work on Thursday after eight"
            + " weeks. | Coal prices rose sharply in Asia as Australian exports fell.",
      })
  void unrelatedOneSentenceArticlesDoNotAlign(String what, String x, String y) {
    assertThat(PX.compare(article("x", x.strip()), article("y", y.strip())).alignments())
        .as(what)
        .isEmpty();
  }

  // --- a third article does not change the pairs of the first two

  @Test
  void twoReportsOfOneFireAlignSentenceBySentence() {
    List<String[]> pairs = pairsBetween(PX.compare(article("a", FIRE_A), article("b", FIRE_B)));
    assertThat(pairs)
        .extracting(p -> p[0] + " ~ " + p[1])
        .containsExactly(
            "A fire destroyed the Riverside textile factory in Dunmore on Tuesday night. ~ The"
                + " Riverside textile factory in Dunmore burned down late on Tuesday.",
            "Firefighters fought the blaze for six hours before bringing it under control. ~ About"
                + " 60 firefighters needed six hours to control the blaze.",
            "No workers were injured, the owner told reporters. ~ The owner said no workers were"
                + " hurt in the fire.");
  }

  static Stream<Arguments> thirdArticles() {
    return Stream.of(
        Arguments.of("unrelated, last", WEATHER, 2),
        Arguments.of("unrelated, first", WEATHER, 0),
        Arguments.of("unrelated, between", WEATHER, 1),
        Arguments.of("on the same fire, last", FIRE_FOLLOW_UP, 2),
        Arguments.of("on the same fire, first", FIRE_FOLLOW_UP, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("thirdArticles")
  void aThirdArticleDoesNotChangeThePairsOfTheFirstTwo(String what, String third, int at) {
    Article a = article("a", FIRE_A);
    Article b = article("b", FIRE_B);
    List<Article> three = new ArrayList<>(List.of(a, b));
    three.add(at, article("c", third));

    List<String[]> alone = pairsBetween(PX.compare(a, b));
    List<String[]> withThird = pairsBetween(PX.compare(three));

    assertThat(alone).isNotEmpty();
    assertThat(withThird).as(what).containsExactlyElementsOf(alone);
  }

  @Test
  void aThirdTextDoesNotChangeTheAlignerPairsOfTheFirstTwo() {
    AnalyzedText a = ANALYZER.analyze(FIRE_A);
    AnalyzedText b = ANALYZER.analyze(FIRE_B);
    List<Aligner.Pair> alone = ALIGNER.align(List.of(a, b));
    for (String third : List.of(WEATHER, FIRE_FOLLOW_UP, SMITH_A)) {
      List<Aligner.Pair> withThird =
          ALIGNER.align(List.of(a, b, ANALYZER.analyze(third))).stream()
              .filter(p -> p.rightText() < 2)
              .toList();
      assertThat(withThird).as(third).isEqualTo(alone);
    }
  }

  /** Alignments between articles a and b, as [claim of a, claim of b, score], in order. */
  static List<String[]> pairsBetween(Comparison c) {
    List<String[]> out = new ArrayList<>();
    for (ClaimAlignment al : c.alignments()) {
      if (al.involves("a") && al.involves("b")) {
        boolean aLeft = al.left().span().article().equals("a");
        String ofA = (aLeft ? al.left() : al.right()).text();
        String ofB = (aLeft ? al.right() : al.left()).text();
        out.add(new String[] {ofA, ofB, Double.toString(al.score())});
      }
    }
    return out;
  }

  // --- word weights and the candidate paths

  @Test
  void theIdfFloorOnlyActsOnPairsOfFewerThanSixtySentences() {
    assertThat(PairSimilarity.weight(2, 2, false, 2))
        .isEqualTo(PairSimilarity.weight(2, 60, false, 2));
    assertThat(PairSimilarity.weight(2, 2, false, 2))
        .isCloseTo(Math.pow(Math.log(24.4), 2), within(1e-9));
    assertThat(PairSimilarity.weight(1, 100, false, 2))
        .isCloseTo(Math.pow(Math.log(1 + 99.5 / 1.5), 2), within(1e-9));
    assertThat(PairSimilarity.weight(1, 100, true, 2))
        .isEqualTo(2 * PairSimilarity.weight(1, 100, false, 2));
  }

  @Test
  void onTheSeedsTheIndexProposesEveryPairThatScoringAllPairsKeeps() throws IOException {
    List<AnalyzedText> seeds =
        List.of(ANALYZER.analyze(seed("wire-report.txt")),
            ANALYZER.analyze(seed("opinion-analysis.txt")));
    Aligner indexOnly =
        new Aligner(Aligner.Options.defaults(), Synonyms.english(ANALYZER), 0, Aligner.NEIGHBOURS);

    List<Aligner.Pair> all = ALIGNER.align(seeds);

    assertThat(all).hasSizeGreaterThan(10);
    assertThat(indexOnly.align(seeds)).isEqualTo(all);
  }

  private static String seed(String file) throws IOException {
    try (InputStream in =
        AlignerSmallInputTest.class.getResourceAsStream("/dev/parallax/seeds/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
