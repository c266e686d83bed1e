package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.TextAnalyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTest {
  private static final TextAnalyzer EN = TextAnalyzer.english();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He crossed the Demilitarized Zone (DMZ) on foot.       | {dmz=[demilitar, zone]}",
        "The Korean People's Army (KPA) fired.                  | {kpa=[korean, peopl, armi]}",
        "The Bank of England (BoE) rose.                        | {}",
        "The Bank of England (BOE) held rates.                  | {boe=[bank, england]}",
        "The DMZ (Demilitarized Zone) is closed.                | {dmz=[demilitar, zone]}",
        "He met the UN envoy (UN) today.                        | {}",
        "The new arrivals (NA) were counted.                    | {na=[new, arriv]}",
        "A zone (DMZ) was named.                                | {}",
        "No parentheses DMZ here.                               | {}",
      })
  void findsDefinitions(String text, String expected) {
    Map<String, List<String>> out = new HashMap<>();
    Acronyms.collect(EN.analyze(text), out);
    assertThat(out.toString()).isEqualTo(expected.strip());
  }
}
