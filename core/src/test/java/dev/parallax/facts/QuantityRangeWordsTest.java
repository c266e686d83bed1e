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
 * Ranges written with words: "from A to B" where it states a span of values (after a word of
 * ranging or a copula, or opening its clause) and two bounds of one value joined in either order
 * by "and" or "but"; with the changes and separate amounts that must stay two quantities.
 */
class QuantityRangeWordsTest {

  static Stream<Arguments> table() {
    Approximation r = Approximation.RANGE;
    return Stream.of(
        // "from A to B" after a word of ranging, a copula, or opening its clause
        row("Aftershocks ranging from 3.6 to 4.3 shook the town.", "3.6 to 4.3", 3.6, 3.6, 4.3,
            null, r),
        row("It sells at prices ranging from $500 to $550.", "$500 to $550", 500, 500, 550,
            "USD", r),
        row("Seven children aged from one to 12 died.", "one to 12", 1, 1, 12, null, r),
        row("The number is from 20 to 30.", "20 to 30", 20, 20, 30, null, r),
        row("From 30 to 40 people came.", "30 to 40", 30, 30, 40, null, r),
        row("The range is from one thousand to one thousand and five hundred.",
            "one thousand to one thousand and five hundred", 1000, 1000, 1500, null, r),
        row("Aftershocks varying from 2.8 to 3.8 degrees followed.", "2.8 to 3.8 degrees", 2.8,
            2.8, 3.8, "\u00B0", r),
        // two bounds of one value, in either order, joined by "and" or "but"
        row("x is bigger than 10 and smaller than 20.", "bigger than 10 and smaller than 20", 10,
            10, 20, null, r),
        row("y is no more than 50 and no less than 20.", "no more than 50 and no less than 20", 20,
            20, 50, null, r),
        row("Pick a number less than 7 but more than 2.", "less than 7 but more than 2", 2, 2, 7,
            null, r),
        row("It is more than 5 but less than 10.", "more than 5 but less than 10", 5, 5, 10, null,
            r));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  @Test
  void fromAToBAfterAVerbOfChangeIsTwoQuantities() {
    assertThat(spans("Sales rose from 30 to 40 percent.")).containsExactly("30", "40 percent");
    assertThat(spans("The bank cut its rate from 5% to 4%.")).containsExactly("5%", "4%");
    assertThat(spans("Prices went from $5 to $10.")).containsExactly("$5", "$10");
  }

  @Test
  void boundsThatDoNotMeetStayApart() {
    // two lower bounds, and bounds whose ends cross, are no range
    assertThat(spans("It is more than 5 and more than 3.")).containsExactly("more than 5",
        "more than 3");
    assertThat(spans("It is less than 2 but more than 7.")).containsExactly("less than 2",
        "more than 7");
  }
}
