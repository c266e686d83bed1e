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
 * Currencies of news from the Gulf, Europe, Asia, Africa and the Americas, with sentences of
 * their own: a code or an abbreviation before the amount ("AED 1,000", "Rp 5,000", "DM 50
 * million"), glued to it ("Rs500", "RM500") or after it ("500 SEK"), and the names ("50
 * dirhams", "2.3 billion lire"). An unknown code before a number was taken for a label, and the
 * amount was lost.
 */
class QuantityCurrencyCodesTest {

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        row("The fine was AED 1,000.", "AED 1,000", 1000, 1000, 1000, "AED", ex),
        row("A taxi costs Dh 50 there.", "Dh 50", 50, 50, 50, "AED", ex),
        row("Aramco raised SAR 10bn.", "SAR 10bn", 1e10, 1e10, 1e10, "SAR", ex),
        row("Tickets sold for KD 5.", "KD 5", 5, 5, 5, "dinar", ex),
        row("The tax was Rs500 a month.", "Rs500", 500, 500, 500, "INR", ex),
        row("A meal costs Rp 50,000.", "Rp 50,000", 5e4, 5e4, 5e4, "IDR", ex),
        row("Rent is RM500 a month.", "RM500", 500, 500, 500, "MYR", ex),
        row("Bonn spent DM 50 million.", "DM 50 million", 5e7, 5e7, 5e7, "DEM", ex),
        row("The fine was 500 SEK.", "500 SEK", 500, 500, 500, "krone", ex),
        row("Warsaw borrowed PLN 20bn.", "PLN 20bn", 2e10, 2e10, 2e10, "PLN", ex),
        row("Bread costs TL 10 now.", "TL 10", 10, 10, 10, "TRY", ex),
        row("The tip was 50 dirhams.", "50 dirhams", 50, 50, 50, "AED", ex),
        row("Net income was 2.3 billion lire.", "2.3 billion lire", 2.3e9, 2.3e9, 2.3e9, "ITL",
            ex),
        row("The fare was 40 zlotys.", "40 zlotys", 40, 40, 40, "PLN", ex),
        row("Fees reached KES 2,000.", "KES 2,000", 2000, 2000, 2000, "shilling", ex),
        // pounds in millions are sterling, unless "of" says what they weigh
        row("They recalled 2 million pounds of beef.", "2 million pounds", 2e6, 2e6, 2e6, "lb",
            ex),
        row("Losses reached 85 million pounds.", "85 million pounds", 8.5e7, 8.5e7, 8.5e7,
            "GBP", ex),
        row("They agreed a 2 billion pound deal.", "2 billion pound", 2e9, 2e9, 2e9, "GBP", ex),
        row("He weighs 180 pounds.", "180 pounds", 180, 180, 180, "lb", ex));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  @Test
  void namesAndCodesThatAreNoCurrencyStayAsTheyWere() {
    assertThat(spans("The G7 met as CO2 levels rose and MP3 sales fell.")).isEmpty();
    assertThat(spans("He used PHP 8 at work.")).isEmpty();
    // "marks" alone is no currency: "question marks", "high marks"
    assertThat(spans("The marks 5 feet apart faded.")).containsExactly("5 feet");
  }
}
