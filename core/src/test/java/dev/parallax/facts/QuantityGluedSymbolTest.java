package dev.parallax.facts;

import static dev.parallax.facts.QuantityExtractorTest.extract;
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
 * Temperatures written short: a unit's one-letter symbol glued to digits ("40C", "350F") where a
 * value is expected, and a value below zero ("5 below zero"); with the labels that must stay no
 * measure ("flat 5C", "Grade 5F"), the lower case that is no Celsius, and money and lengths
 * before "below zero".
 */
class QuantityGluedSymbolTest {

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        row("It was 40C in Seville.", "40C", 40, 40, 40, "\u00B0C", ex),
        row("The high will be 25C.", "25C", 25, 25, 25, "\u00B0C", ex),
        row("37.5C", "37.5C", 37.5, 37.5, 37.5, "\u00B0C", ex),
        row("Temperatures of 15C are forecast.", "15C", 15, 15, 15, "\u00B0C", ex),
        row("Bake it at 350F for an hour.", "350F", 350, 350, 350, "\u00B0F", ex),
        row("It fell to -15C overnight.", "-15C", -15, -15, -15, "\u00B0C", ex),
        // below zero: the value under zero, after a count, a temperature or degrees
        row("It was 5 below zero at dawn.", "5 below zero", -5, -5, -5, null, ex),
        row("It hit 10 degrees below zero.", "10 degrees below zero", -10, -10, -10, "\u00B0",
            ex),
        row("It was 20 degrees Fahrenheit below zero.", "20 degrees Fahrenheit below zero", -20,
            -20, -20, "\u00B0F", ex));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  @Test
  void belowZeroAfterMoneyOrALengthIsNoSign() {
    assertThat(spans("Shares traded at $5 below zero-coupon bonds.")).contains("$5");
    assertThat(QuantityExtractorTest.only("The mine is 300 meters below zero level.",
        "300 meters").value()).isEqualTo(300);
  }

  @Test
  void aLetterAfterDigitsWhereNoValueIsExpectedIsALabel() {
    assertThat(extract("Apartment 5C was empty.")).isEmpty();
    assertThat(extract("He lives in flat 12C.")).isEmpty();
    assertThat(extract("The 3C class won.")).isEmpty();
    assertThat(extract("Grade 5F students left.")).isEmpty();
    // a hyphen glued to a word is no minus: no value is expected after it
    assertThat(spans("strong gusts and-15C temperatures")).isEmpty();
    // the symbol is written in capitals: "25c" is no Celsius
    assertThat(extract("It was 25c.")).allMatch(q -> q.unit().isEmpty()
        || !q.unit().get().equals("\u00B0C"));
  }
}
