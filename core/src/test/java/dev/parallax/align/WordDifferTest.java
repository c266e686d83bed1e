package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.align.WordDiffer.Kind;
import dev.parallax.align.WordDiffer.Run;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDifferTest {
  private static final TextAnalyzer EN = TextAnalyzer.english();

  @Test
  void diffsWordsIgnoringCaseAndPunctuation() {
    AnalyzedText a = EN.analyze("The defection occurred in the middle portion of the Zone.");
    AnalyzedText b = EN.analyze("The defection occurred in the central area of the zone!");
    assertThat(new WordDiffer().diff(a, 0, b, 0)).containsExactly(
        new Run(Kind.EQUAL, 0, 5, 0, 5),
        new Run(Kind.CHANGE, 5, 7, 5, 7),
        new Run(Kind.EQUAL, 7, 10, 7, 10));
  }

  @Test
  void theSameWordsAreOneEqualRunWhereverTheSentencesStand() {
    AnalyzedText a = EN.analyze("Firefighters came. The Zone was quiet.");
    AnalyzedText b = EN.analyze("The zone was QUIET!");
    assertThat(new WordDiffer().diff(a, 1, b, 0)).containsExactly(
        new Run(Kind.EQUAL, 2, 6, 0, 4));
    assertThat(new WordDiffer().diff(b, 0, a, 1)).containsExactly(
        new Run(Kind.EQUAL, 0, 4, 2, 6));
  }

  @Test
  void veryLongRunsGetACoarseDiffInBoundedTime() {
    StringBuilder x = new StringBuilder("start here");
    StringBuilder y = new StringBuilder("start here");
    for (int i = 0; i < 2500; i++) {
      x.append(" alpha").append(i % 7);
      y.append(" beta").append(i % 5);
    }
    x.append(" same end");
    y.append(" same end");
    AnalyzedText a = EN.analyze(x.toString());
    AnalyzedText b = EN.analyze(y.toString());
    List<Run> runs = new WordDiffer().diff(a, 0, b, 0);
    assertThat(runs).containsExactly(
        new Run(Kind.EQUAL, 0, 2, 0, 2),
        new Run(Kind.CHANGE, 2, 2502, 2, 2502),
        new Run(Kind.EQUAL, 2502, 2504, 2502, 2504));
  }
}
