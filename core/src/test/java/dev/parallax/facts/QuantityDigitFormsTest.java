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
 * Numbers in digits written in shorter forms: a decimal without its zero (".308", ".5") and a
 * whole number joined by "and" to a fraction in digits ("2 and 3/4"); a scale ordinal written
 * singular after a number other than one, which is no fraction ("three trillionth"); with the
 * abbreviations, ellipses, dates and ranges that must stay what they are.
 */
class QuantityDigitFormsTest {

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        row(".5", "5", 0.5, 0.5, 0.5, null, ex),
        row("He finished the season with a .308 average.", "308", 0.308, 0.308, 0.308, null,
            ex),
        row("His blood-alcohol level was .41.", "41", 0.41, 0.41, 0.41, null, ex),
        row("He had a .32-caliber revolver.", "32", 0.32, 0.32, 0.32, null, ex),
        row("Rates rose (.75) points.", "75", 0.75, 0.75, 0.75, null, ex),
        row("Add 2 and 3/4 cups of flour.", "2 and 3/4 cups", 2.75, 2.75, 2.75, "cup", ex),
        row("It took 10 and 1/2 hours.", "10 and 1/2", 10.5, 10.5, 10.5, null, ex),
        // a scale fraction after one, or plural after more, is a fraction
        row("It took one thousandth of a second.", "one thousandth", 0.001, 0.001, 0.001, null,
            ex),
        row("It was three trillionths of the mass.", "three trillionths", 3e-12, 3e-12, 3e-12,
            null, ex),
        row("a trillionth", "a trillionth", 1e-12, 1e-12, 1e-12, null, ex));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  @Test
  void aPointAfterAWordOrAPointIsNoDecimal() {
    assertThat(QuantityExtractorTest.only("He wore No.5 and v.2 shirts.", "5").value())
        .isEqualTo(5);
    assertThat(QuantityExtractorTest.only("He waited...5 hours.", "5").value())
        .isEqualTo(5);
    assertThat(QuantityExtractorTest.only("He left. 5 people stayed.", "5").value())
        .isEqualTo(5);
  }

  @Test
  void aSingularScaleOrdinalAfterANumberOtherThanOneIsNoFraction() {
    assertThat(spans("He was the three trillionth visitor.")).isEmpty();
    assertThat(spans("a hundred trillionth")).isEmpty();
    assertThat(spans("the two hundredth anniversary")).isEmpty();
  }

  @Test
  void andBeforeWhatIsNoProperFractionJoinsNothing() {
    assertThat(spans("He scored 2 and 3 goals.")).containsExactly("2", "3");
    assertThat(spans("Between 2 and 4/3 of it.")).doesNotContain("2 and 4/3");
    assertThat(spans("They met on 2 and 3/4/2020.")).doesNotContain("2 and 3/4");
  }
}
