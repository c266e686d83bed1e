package dev.parallax.facts;

import static dev.parallax.facts.QuantityExtractorTest.row;
import static dev.parallax.facts.QuantityNewsClassesTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.QuantityFacet.Approximation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Speeds as news writes them: a unit of length, then "per" or "an" and the hour ("300
 * kilometers an hour", "200 km per hour"), is one rate, not a length; a length covered within an
 * hour is still a length.
 */
class QuantityNewsRatesTest {

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        row("The car reached 200 km per hour.", "200 km per hour", 200, 200, 200, "km/h", ex),
        row("The train ran at 300 kilometers an hour.", "300 kilometers an hour", 300, 300, 300,
            "km/h", ex),
        row("Gusts of 100 km an hour felled trees.", "100 km an hour", 100, 100, 100, "km/h", ex),
        row("Winds of 60 miles an hour hit the coast.", "60 miles an hour", 60, 60, 60, "mph",
            ex),
        row("He drove 90 mi per hour.", "90 mi per hour", 90, 90, 90, "mph", ex),
        row("The storm moved at 15 mph.", "15 mph", 15, 15, 15, "mph", ex));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  @Test
  void aLengthWithinAnHourStaysALength() {
    assertThat(spans("He ran 10 km in an hour.")).containsExactly("10 km");
    assertThat(spans("The road runs 40 miles along the coast.")).containsExactly("40 miles");
  }
}
