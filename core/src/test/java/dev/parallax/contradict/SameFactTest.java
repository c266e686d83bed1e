package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SameFactTest {

  @Test
  void theBundledWeightsHoldBothModels() {
    SameFact bundled = SameFact.bundled();
    assertThat(bundled.models()).containsOnlyKeys("numeric", "temporal");
    for (Map<String, Double> w : bundled.models().values()) {
      assertThat(w).containsKeys("bias", "core", "what", "overlap", "aligned", "rivals");
    }
  }

  @Test
  void logOddsAddTheWeightsOfTheFeatures() {
    SameFact m = SameFact.parse("# a comment\nx.bias -1\nx.core 2 # trailing\n\nx.what 0.5\n",
        "test.weights");
    assertThat(m.logit("x", Map.of("core", 1.0, "what", 2.0, "unknown", 9.0))).isEqualTo(2.0);
    assertThat(SameFact.probability(0)).isEqualTo(0.5);
    assertThatThrownBy(() -> m.logit("y", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no weights for model 'y'");
  }

  @Test
  void badLinesAreNamedWithTheirLine() {
    assertThatThrownBy(() -> SameFact.parse("x.bias 1\nx.core\n", "w.weights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("w.weights:2: expected 'model.feature weight', got 'x.core'");
    assertThatThrownBy(() -> SameFact.parse("x.core high\n", "w.weights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("w.weights:1: 'high' is not a number");
    assertThatThrownBy(() -> SameFact.parse("core 1\n", "w.weights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("w.weights:1: expected 'model.feature weight', got 'core 1'");
  }
}
