package dev.parallax.facts;

import static dev.parallax.facts.QuantityExtractorTest.extract;
import static dev.parallax.facts.QuantityExtractorTest.row;
import static dev.parallax.facts.QuantityNewsClassesTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers of market and statistics reports, with sentences of their own: a change and the level
 * it reached after a word of change ("fell 4,000 to 212,000"), where a narrower span stays a
 * range of the change; thousands set apart by a narrow no-break space below 2,200, which are no
 * year; and "trn", a trillion before a currency word.
 */
class QuantityChangeAndLevelTest {

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        // a span of the change, narrower than tenfold, stays one range
        row("Prices rose 5 to 10 percent.", "5 to 10 percent", 5, 5, 10, "%",
            Approximation.RANGE),
        row("Fares could rise $1 to $2 a trip.", "$1 to $2", 1, 1, 2, "USD",
            Approximation.RANGE),
        row("Costs were 40 to 60 dollars.", "40 to 60 dollars", 40, 40, 60, "USD",
            Approximation.RANGE),
        // thousands set apart by a narrow no-break space: a count, also from 1,000 to 2,199
        row("The firm cut 1\u202F200 jobs.", "1\u202F200", 1200, 1200, 1200, null, ex),
        row("About 2\u202F100 fans came.", "About 2\u202F100", 2100, 1890, 2310, null,
            Approximation.ABOUT),
        // "trn" is a trillion before a currency word as after a currency sign
        row("The deal is worth 3.4 trn yen.", "3.4 trn yen", 3.4e12, 3.4e12, 3.4e12, "JPY", ex),
        row("Debt reached $2 trn.", "$2 trn", 2e12, 2e12, 2e12, "USD", ex));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  @Test
  void aChangeAndTheLevelItReachedAreTwoAmounts() {
    assertThat(spans("Jobless claims fell 4,000 to 212,000.")).containsExactly("4,000", "212,000");
    assertThat(spans("The lira fell 3 pct to 1,820 per dollar."))
        .containsExactly("3 pct", "1,820");
    assertThat(extract("The stock was up $2.50 to $45.")).extracting(QuantityFacet::value)
        .containsExactly(2.5, 45.0);
    assertThat(extract("Gold rose $12.30 to $1,940.50 an ounce."))
        .extracting(QuantityFacet::approximation)
        .containsExactly(Approximation.EXACT, Approximation.EXACT);
    assertThat(extract("The yen rose 0.5 to 112.40 per dollar.")).extracting(QuantityFacet::value)
        .containsExactly(0.5, 112.4);
    // without a word of change before it, "A to B" is a range however wide
    assertThat(spans("Tickets cost $12 to $150.")).containsExactly("$12 to $150");
  }

  @Test
  void fourDigitsWrittenTogetherStayAYear() {
    assertThat(extract("In 1200 the city was founded.")).isEmpty();
  }
}
