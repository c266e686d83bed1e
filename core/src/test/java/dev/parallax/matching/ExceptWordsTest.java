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

  /**
   * Whether an except phrase covers words {@code [first, last]}, tried phrase by phrase at every
   * place: what {@link ExceptWords#covers} finds through its index.
   */
  private static boolean coversByTrying(List<Step[]> phrases, AnalyzedText t, int first, int last,
      int from, int to) {
    for (Step[] ex : phrases) {
      for (int q = Math.max(from, last - ex.length + 1); q <= first; q++) {
        if (q + ex.length <= to && Step.phraseAt(t, ex, q)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void coversAsTryingEveryPhraseAtEveryPlace() {
    String text = "Officials said no one was hurt, and she said so too. Needless to say, the First "
        + "Lady said nothing; it goes without saying that he told Eve on Jeopardy what he said.";
    for (boolean caseSensitive : new boolean[] {false, true}) {
      List<Step[]> phrases = Arrays.stream(new String[] {"said no", "she said so",
          "needless to say", "=first lady", "goes without saying", "on Jeopardy", "said nothing",
          "what he said", "said"}).map(p -> Step.phrase(p, EN, caseSensitive)).toList();
      ExceptWords words = ExceptWords.of(phrases);
      AnalyzedText t = EN.analyze(text);
      int covered = 0;
      for (int s = 0; s < t.sentences().size(); s++) {
        int from = t.firstWord(s);
        int to = t.endWord(s);
        for (int first = from; first < to; first++) {
          for (int last = first; last < Math.min(to, first + 3); last++) {
            boolean expected = coversByTrying(phrases, t, first, last, from, to);
            assertThat(words.covers(t, first, last, from, to))
                .as("words %d to %d, case-sensitive %s", first, last, caseSensitive)
                .isEqualTo(expected);
            covered += expected ? 1 : 0;
          }
        }
      }
      assertThat(covered).isPositive();
    }
    assertThat(ExceptWords.of(List.of()).covers(EN.analyze("He said so"), 0, 1, 0, 3)).isFalse();
  }

  @Test
  void aWordMatchedAsWrittenCountsByItsFirstChar() {
    assertThat(mayCover(true, "He told Eve on TV, not on Jeopardy", "told E!", "on Jeopardy!"))
        .containsExactly("told", "Eve", "on", "on", "Jeopardy");
  }
}
