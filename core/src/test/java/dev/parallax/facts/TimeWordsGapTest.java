package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tests of the gap between two words that the time readers ask at almost every word, read in
 * place: each must answer what the gap copied out as a string answers ({@code isBlank}, {@code
 * indexOf}, {@code equals}), here for every pair of neighbours of a few sentences of my own.
 */
class TimeWordsGapTest {
  private static final TextAnalyzer EN = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), EN);

  private static TimeWords words(String text) {
    AnalyzedText t = EN.analyze(text);
    return new TimeWords(CUES.find(t));
  }

  @Test
  void gapTestsAnswerAsTheCopiedGapDoes() {
    for (String text : List.of(
        "The talks ran from May 3-5, then stalled; a week-long pause followed.",
        "On Friday,  the 20 - 21 June vote (a first) was set for 9:30 a.m.\u00a0sharp.",
        "\u201cNo,\u201d she said \u2014 twice.")) {
      AnalyzedText t = EN.analyze(text);
      TimeWords tw = new TimeWords(CUES.find(t));
      for (int a = 0; a < t.wordCount(); a++) {
        String gap = tw.gapAfter(a);
        assertThat(tw.blankAfter(a)).as("blank after %d in %s", a, text).isEqualTo(gap.isBlank());
        for (char c : new char[] {',', '-', ':', '('}) {
          assertThat(tw.gapHas(a, c)).as("%s after %d", c, a).isEqualTo(gap.indexOf(c) >= 0);
        }
        for (String mark : List.of("", "-", ":", ", ")) {
          assertThat(tw.tight(a, mark)).as("'%s' after %d", mark, a).isEqualTo(gap.equals(mark));
        }
        for (String allowed : List.of("-", ",-", "")) {
          int marks = 0;
          boolean joined = true;
          for (char c : gap.toCharArray()) {
            if (!Character.isWhitespace(c) && (allowed.indexOf(c) < 0 || ++marks > 1)) {
              joined = false;
            }
          }
          assertThat(tw.joined(a, allowed)).as("joined '%s' after %d", allowed, a)
              .isEqualTo(joined);
        }
      }
    }
  }

  @Test
  void gapsOfExampleWords() {
    TimeWords tw = words("May 3-5, then a week-long pause");
    // words: May 3 5 then a week long pause
    assertThat(tw.blankAfter(0)).isTrue();
    assertThat(tw.tight(1, "-")).isTrue();
    assertThat(tw.gapHas(2, ',')).isTrue();
    assertThat(tw.blankAfter(2)).isFalse();
    assertThat(tw.joined(5, "-")).isTrue();
    assertThat(tw.blankAfter(7)).isTrue(); // after the last word: nothing
    assertThat(tw.gapHas(7, ',')).isFalse();
    assertThat(tw.tight(7, "")).isTrue();
  }

  @Test
  void oneOrTwoAsciiDigits() {
    List<String> yes = List.of("7", "12", "00");
    List<String> no = List.of("", "123", "1a", "a", "\u0663", "1.");
    yes.forEach(s -> assertThat(TimeGrammar.oneOrTwoDigits(s)).as(s).isTrue());
    no.forEach(s -> assertThat(TimeGrammar.oneOrTwoDigits(s)).as(s).isFalse());
  }
}
