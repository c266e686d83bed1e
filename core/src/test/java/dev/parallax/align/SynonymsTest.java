package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynonymsTest {
  private static final TextAnalyzer EN = TextAnalyzer.english();
  private static final Synonyms BUNDLED = Synonyms.english(EN);

  @ParameterizedTest
  @CsvSource({
    "middl, middl", "central, middl", "portion, part", "area, part", "section, part",
    "kilometr, kilomet", "defector, defector", "shooter, gunman", "thiev, thief",
    "notebook, laptop", "foil, foil", "firearm, gun", "end, finish", "conclud, finish",
    "cheat, defraud", "excommun, expel",
  })
  void mapsStemsToTheirGroup(String stem, String canonical) {
    assertThat(BUNDLED.canonical(stem)).isEqualTo(canonical);
  }

  @Test
  void rejectsAWordInTwoGroups() {
    assertThatThrownBy(() -> parse("part, area\n# c\nzone, areas\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.txt:3: 'areas' already stands in the group of line 1");
  }

  @Test
  void rejectsPhrases() {
    assertThatThrownBy(() -> parse("troops, armed forces\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.txt:1: a synonym must be one word: 'armed forces'");
  }

  private static Synonyms parse(String text) throws Exception {
    return Synonyms.parse("t.txt", new BufferedReader(new StringReader(text)), EN);
  }
}
