package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.rules.Diagnostic;
import dev.parallax.rules.RulePack;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every bundled fact pack loads, holds only cues, and keeps its examples. */
class FactPacksTest {

  @Test
  void everyBundledFactPackVerifies() {
    assertThat(FactCues.englishPacks()).isNotEmpty();
    List<RulePack> packs = new java.util.ArrayList<>(FactCues.englishPacks());
    packs.add(RulePack.fromClasspath("/dev/parallax/contradict/en/contradict.rules"));
    for (RulePack pack : packs) {
      List<Diagnostic> failures = pack.verify();
      assertThat(failures)
          .as("%s:%n%s", pack, failures.stream().map(Diagnostic::toString)
              .collect(Collectors.joining("\n\n")))
          .isEmpty();
      assertThat(pack.rules()).as(pack.id() + " holds cues only").isEmpty();
      assertThat(pack.license()).isEqualTo("Apache-2.0");
    }
  }
}
