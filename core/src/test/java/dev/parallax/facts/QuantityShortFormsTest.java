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
 * Short forms of amounts, with sentences of their own: "m" glued to digits before a plural noun
 * is a million ("2.5m units"), where before an adjective, a preposition or a race it stays the
 * metre; "pc", the per cent of British news; a vulgar fraction before a scale word ("1½
 * million"); powers of ten with the "x" set apart ("2.5 x 10^4"); a unit's letter glued to digits
 * after a sign word ("minus 5C").
 */
class QuantityShortFormsTest {

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        row("The console sold 2.5m units.", "2.5m", 2.5e6, 2.5e6, 2.5e6, null, ex),
        row("The bank issued 5m euros of bonds.", "5m euros", 5e6, 5e6, 5e6, "EUR", ex),
        row("The dam holds 1.2m litres.", "1.2m litres", 1.2e6, 1.2e6, 1.2e6, "l", ex),
        row("About 5m people voted.", "About 5m", 5e6, 4.5e6, 5.5e6, null, Approximation.ABOUT),
        row("The wall is 2.5m high.", "2.5m", 2.5, 2.5, 2.5, "m", ex),
        row("It has a GeForce GT 650m graphics chip.", "650m", 650, 650, 650, "m", ex),
        row("The water rose 5m upwards.", "5m", 5, 5, 5, "m", ex),
        row("She won the 400m hurdles.", "400m", 400, 400, 400, "m", ex),
        row("The 2.5m-high fence fell.", "2.5m", 2.5, 2.5, 2.5, "m", ex),
        row("Inflation rose to 2.5pc in May.", "2.5pc", 2.5, 2.5, 2.5, "%", ex),
        row("Shares fell 3 pc on Monday.", "3 pc", 3, 3, 3, "%", ex),
        row("The city has 1½ million residents.", "1½ million", 1.5e6, 1.5e6, 1.5e6, null, ex),
        row("They raised 2½ million dollars.", "2½ million dollars", 2.5e6, 2.5e6, 2.5e6, "USD",
            ex),
        // a unit's letter glued to digits after a sign word: a value, as after "was"
        row("Lows of minus 5C are forecast.", "minus 5C", -5, -5, -5, "\u00B0C", ex),
        row("The sample held 2.5 x 10^4 cells.", "2.5 x 10^4", 2.5e4, 2.5e4, 2.5e4, null, ex));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  @Test
  void aComputerIsNoPerCent() {
    assertThat(spans("He bought 15 PC games.")).containsExactly("15");
    assertThat(spans("The man x bought 10 apples.")).containsExactly("10");
  }
}
