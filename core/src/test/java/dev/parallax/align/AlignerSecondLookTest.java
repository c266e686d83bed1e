package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The second look: beyond {@code neighbours} + 1 texts, a sentence that aligns with nothing in the
 * compared texts is matched against the texts not compared with its own, and keeps its best match
 * in each (or is kept as the best match of an unmatched sentence there). Here with 1 neighbour,
 * so that five texts are "many".
 */
class AlignerSecondLookTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final Synonyms SYNONYMS = Synonyms.english(ANALYZER);

  // two reports of a fire, two of rain (the texts of TextNeighboursTest)
  private static final String FIRE_A = TextNeighboursTest.FIRE_A;
  private static final String FIRE_B = TextNeighboursTest.FIRE_B;
  private static final String RAIN_A = TextNeighboursTest.RAIN_A;
  private static final String RAIN_B = TextNeighboursTest.RAIN_B;

  private static Aligner.Aligned align(String... texts) {
    List<AnalyzedText> analyzed = Stream.of(texts).map(ANALYZER::analyze).toList();
    return new Aligner(Aligner.Options.defaults(), SYNONYMS, Aligner.EXHAUSTIVE_PAIRS, 1)
        .alignAll(analyzed);
  }

  @Test
  void anUnmatchedSentenceFindsItsBestMatchInATextNotCompared() {
    Aligner.Aligned r = align(
        FIRE_A + " Mayor Ellen Park resigned on Monday.",
        FIRE_B,
        FIRE_A + " " + RAIN_A,
        RAIN_A,
        RAIN_B + " On Monday the mayor, Ellen Park, resigned from office. Ellen Park once ran the"
            + " city parks office.");

    assertThat(r.compared().compared(0, 4)).isFalse();
    List<Aligner.Pair> between = r.pairs().stream()
        .filter(p -> p.leftText() == 0 && p.rightText() == 4).toList();
    // 0:2 is unaligned in its compared texts (1, 2): its best match in text 4 is 4:1; 4:2, also
    // unaligned in its compared text (3), has 0:2 as its best match in text 0
    assertThat(between).extracting(Aligner.Pair::leftSentence, Aligner.Pair::rightSentence)
        .containsExactly(tuple(2, 1), tuple(2, 2));
    assertThat(between.get(0).score()).isCloseTo(0.9520202250157758, within(1e-12));
    assertThat(between.get(0).sharedWords())
        .containsExactly("mayor", "monday", "resigned", "ellen", "park");
    assertThat(between.get(1).score()).isCloseTo(0.3359938416347739, within(1e-12));
    // sentences that align in their compared texts get no second look
    assertThat(r.pairs()).filteredOn(p -> !r.compared().compared(p.leftText(), p.rightText()))
        .hasSize(2);
  }

  @Test
  void fewTextsGetNoSecondLook() {
    Aligner.Aligned r = align(FIRE_A + " Mayor Ellen Park resigned on Monday.", FIRE_B);

    assertThat(r.compared().complete()).isTrue();
    assertThat(r.pairs()).extracting(Aligner.Pair::leftSentence).containsExactly(0, 1);
  }
}
