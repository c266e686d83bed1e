package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimSplitterTest {
  private static final TextAnalyzer EN = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), EN);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "This recent defection is only the second known case this year—the first occurred last"
            + " August in the east. | This recent defection is only the second known case this"
            + " year // the first occurred last August in the east.",
        "The army crossed the river at dawn; the navy stayed in port all day. | The army crossed"
            + " the river at dawn // the navy stayed in port all day.",
        "The army crossed the river at dawn, but the navy stayed in port. | The army crossed the"
            + " river at dawn // but the navy stayed in port.",
        "Mix it, put it in the oven, and -- voila! -- you have cake. | Mix it, put it in the"
            + " oven, and -- voila! -- you have cake.",
        "Fire broke out; two died. | Fire broke out; two died.",
        "McDermott now has 2,029 points, but who's counting? | McDermott now has 2,029 points //"
            + " but who's counting?",
        "The mayor signed the budget — and why not? | The mayor signed the budget // and why not?",
        "Is it worth the money, though? | Is it worth the money, though?",
        "The mayor signed the budget, but why? | The mayor signed the budget, but why?",
        "He said “we will stay; we will fight on” and left. | He said “we will stay; we will fight"
            + " on” and left.",
        "Tanks, trucks, and troops crossed. | Tanks, trucks, and troops crossed.",
      })
  void splitsAtClauseBoundariesOnly(String sentence, String claims) {
    AnalyzedText t = EN.analyze(sentence);
    List<String> got = new ClaimSplitter().split(t, CUES.find(t)).stream()
        .map(c -> c.span().of(sentence)).toList();
    assertThat(String.join(" // ", got)).isEqualTo(claims.strip());
  }
}
