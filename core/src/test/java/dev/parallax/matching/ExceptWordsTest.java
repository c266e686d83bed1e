package dev.parallax.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptWordsTest {
  private static final TextAnalyzer EN = TextAnalyzer.english();

  /** The words of {@code text} that an except phrase of {@code phrases} may cover. */
  private static List<String> mayCover(boolean caseSensitive, String text, String... phrases) {
    ExceptWords words = ExceptWords.of(
        Arrays.stream(phrases).map(p -> Step.phrase(p, EN, caseSensitive)).toList());
    AnalyzedText t = EN.analyze(text);
    List<String> out = new ArrayList<>();
    for (int w = 0; w < t.wordCount(); w++) {
      if (words.mayCover(t, w)) {
        out.add(t.word(w));
      }
    }
    return out;
  }

  @Test
  void aWordOfNoExceptPhraseMayBeCoveredByNone() {
    // "saying" has the stem of "say", "First" the term of "=first"; "said" is in no phrase
    assertThat(mayCover(false, "She said it is needless to saying; the First Lady came",
        "needless to say", "=first lady"))
        .containsExactly("needless", "to", "saying", "First", "Lady");
  }

  @Test
  void noExceptPhraseCoversNothing() {
    assertThat(mayCover(false, "He said so")).isEmpty();
  }

  @Test
  void aWordMatchedAsWrittenCountsByItsFirstChar() {
    assertThat(mayCover(true, "He told Eve on TV, not on Jeopardy", "told E!", "on Jeopardy!"))
        .containsExactly("told", "Eve", "on", "on", "Jeopardy");
  }
}
