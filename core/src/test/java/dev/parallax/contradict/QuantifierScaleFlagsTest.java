package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.rules.RulePack;
import dev.parallax.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The flags of a place on a quantifier scale: the bundled pack reads them, and a flag the checks
 * do not know is an error that names the pack, the line and the flag, not a flag dropped.
 */
class QuantifierScaleFlagsTest {
  private static final String PACK = "/dev/parallax/contradict/en/contradict.rules";

  private static String bundled() throws IOException {
    try (InputStream in = QuantifierScaleFlagsTest.class.getResourceAsStream(PACK)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBundledPackMarksSmallShares() throws IOException {
    Lexicon lexicon = new Lexicon(new PackCues(RulePack.parse("contradict.rules", bundled()),
        TextAnalyzer.english()));
    assertThat(lexicon.quantifierScale().get("a few").small()).isTrue();
    assertThat(lexicon.quantifierScale().get("few").small()).isTrue();
    assertThat(lexicon.quantifierScale().get("several").small()).isFalse();
    assertThat(lexicon.quantifierScale().get("most").small()).isFalse();
  }

  @Test
  void anUnknownFlagIsAnErrorNamingIt() throws IOException {
    String text = bundled().replace("value: 2 some small", "value: 2 some smal");
    RulePack pack = RulePack.parse("contradict.rules", text);
    assertThatThrownBy(() -> new Lexicon(new PackCues(pack, TextAnalyzer.english())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cue 'quantifier-a-few' has an unknown flag 'smal'")
        .hasMessageContaining("known: after-copula, partial, person, small");
  }
}
