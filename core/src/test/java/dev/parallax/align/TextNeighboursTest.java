package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which pairs of texts are compared when there are more than {@link Aligner#NEIGHBOURS} + 1: a
 * spanning tree of the most alike pairs, so that all texts are joined, then each text with about
 * that many others, the most alike first. Here with 1 or 2 neighbours, so that four or five texts
 * are "many".
 */
class TextNeighboursTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final Synonyms SYNONYMS = Synonyms.english(ANALYZER);

  static final String FIRE_A =
      "A fire destroyed the Riverside textile factory in Dunmore on Tuesday night. Firefighters"
          + " fought the blaze for six hours.";
  static final String FIRE_B =
      "The Riverside textile factory in Dunmore burned down on Tuesday. Firefighters needed six"
          + " hours to control the blaze.";
  static final String RAIN_A =
      "Heavy rain is forecast for the northern coast on Friday. Ferry services may be cancelled.";
  static final String RAIN_B =
      "Forecasters expect heavy rain on the northern coast on Friday, and ferry services may stop.";
  private static final String FIRE_C =
      "Police are investigating the cause of the fire at the Riverside textile factory in"
          + " Dunmore.";

  private static TextPairs compared(int neighbours, String... texts) {
    List<AnalyzedText> analyzed = Stream.of(texts).map(ANALYZER::analyze).toList();
    return new Aligner(Aligner.Options.defaults(), SYNONYMS, Aligner.EXHAUSTIVE_PAIRS, neighbours)
        .alignAll(analyzed).compared();
  }

  private static List<String> pairs(TextPairs p) {
    List<String> out = new ArrayList<>();
    for (int a = 0; a < p.texts(); a++) {
      for (int b = a + 1; b < p.texts(); b++) {
        if (p.compared(a, b)) {
          out.add(a + "-" + b);
        }
      }
    }
    return out;
  }

  @Test
  void fewTextsAreAllCompared() {
    TextPairs p = compared(2, FIRE_A, RAIN_A, FIRE_B);

    assertThat(p.complete()).isTrue();
    assertThat(pairs(p)).containsExactly("0-1", "0-2", "1-2");
    assertThat(p.count()).isEqualTo(3);
  }

  @Test
  void withOneNeighbourEachTextIsComparedWithTheOneMostLikeItAndTheStoriesAreJoinedOnce() {
    // fire 0, rain 1, fire 2, rain 3: each report with its like, and the fire and rain reports
    // joined by their most alike pair
    TextPairs p = compared(1, FIRE_A, RAIN_A, FIRE_B, RAIN_B);

    assertThat(p.complete()).isFalse();
    assertThat(pairs(p)).containsExactly("0-1", "0-2", "1-3");
    assertThat(p.count()).isEqualTo(3);
    assertThat(p).hasToString("TextPairs[3 of 6 pairs of 4 texts]");
  }

  @Test
  void everyTextReachesEveryOtherThroughComparedPairs() {
    // fire 0, 1, 2 and rain 3, 4: a tree of the most alike pairs, nothing more with 1 neighbour
    TextPairs p = compared(1, FIRE_A, FIRE_B, FIRE_C, RAIN_A, RAIN_B);

    assertThat(pairs(p)).containsExactly("0-1", "0-2", "0-3", "3-4");
  }

  @Test
  void withTwoNeighboursTheTreeGetsTheMostAlikePairsThatFit() {
    // the tree gives 0 three pairs already; 1 and 2, in one pair each, take each other
    TextPairs p = compared(2, FIRE_A, FIRE_B, FIRE_C, RAIN_A, RAIN_B);

    assertThat(pairs(p)).containsExactly("0-1", "0-2", "0-3", "1-2", "3-4");
  }

  @Test
  void onlyComparedTextsAlign() {
    List<AnalyzedText> texts =
        Stream.of(FIRE_A, RAIN_A, FIRE_B, RAIN_B).map(ANALYZER::analyze).toList();
    Aligner.Aligned one = new Aligner(Aligner.Options.defaults(), SYNONYMS,
        Aligner.EXHAUSTIVE_PAIRS, 1).alignAll(texts);

    assertThat(one.pairs()).isNotEmpty();
    assertThat(one.pairs())
        .allSatisfy(x -> assertThat(one.compared().compared(x.leftText(), x.rightText())).isTrue());
  }

  @Test
  void pairsAreSymmetricAndNeverATextWithItself() {
    TextPairs all = TextPairs.all(3);

    assertThat(all.compared(2, 0)).isTrue();
    assertThat(all.compared(1, 1)).isFalse();
    assertThatThrownBy(() -> all.compared(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> TextPairs.all(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
