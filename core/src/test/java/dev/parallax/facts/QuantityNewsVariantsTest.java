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
 * Numbers in news sentences written apart from {@link QuantityNewsClassesTest}, with other
 * currencies, scales and layouts: a currency code glued to its amount and a multiplier, the
 * long-scale "milliard", a sign set apart after "by", a score or a tally after the name of the
 * side it was won against, and speeds written with "per" or "an" and the hour; with the codes,
 * labels and lengths that must stay no amount or no speed.
 */
class QuantityNewsVariantsTest {

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        // a code glued to its digits takes the multiplier letters glued after them, or the
        // scale word after the word
        row("The firm raised GBP45m from investors.", "GBP45m", 4.5e7, 4.5e7, 4.5e7, "GBP", ex),
        row("The bank lost usd3.5bn in the crisis.", "usd3.5bn", 3.5e9, 3.5e9, 3.5e9, "USD", ex),
        row("Exports reached jpy500bn.", "jpy500bn", 5e11, 5e11, 5e11, "JPY", ex),
        row("The club paid EUR12k for the striker.", "EUR12k", 1.2e4, 1.2e4, 1.2e4, "EUR", ex),
        row("He earned CAD1.2 million last year.", "CAD1.2 million", 1.2e6, 1.2e6, 1.2e6, "CAD",
            ex),
        // the long scale: a milliard is a thousand million
        row("The state lent EUR 4,5 milliards.", "EUR 4,5 milliards", 4.5e9, 4.5e9, 4.5e9, "EUR",
            ex),
        row("The bank lent 2 milliard euros.", "2 milliard euros", 2e9, 2e9, 2e9, "EUR", ex),
        // a minus set apart after "by" can only be the sign of the change
        row("Shares fell by - 4.5% on the day.", "- 4.5%", -4.5, -4.5, -4.5, "%", ex),
        // and after a verb that takes a value: it moved, cost or showed that much
        row("The index moved - 25 k points.", "- 25 k", -2.5e4, -2.5e4, -2.5e4, null, ex),
        row("It cost - 25 k dollars.", "- 25 k dollars", -2.5e4, -2.5e4, -2.5e4, "USD", ex),
        row("The gauge showed - 3.5 degrees.", "- 3.5 degrees", -3.5, -3.5, -3.5, "\u00B0", ex),
        // and opening a sentence that is one amount alone: a bullet opens a line of words
        row("- 25 k", "- 25 k", -2.5e4, -2.5e4, -2.5e4, null, ex),
        row("- 3.5 million dollars", "- 3.5 million dollars", -3.5e6, -3.5e6, -3.5e6, "USD",
            ex),
        // hundreds before a larger scale are the group it counts, not all that came before
        row("It cost two billion and three hundred million dollars.",
            "two billion and three hundred million dollars", 2.3e9, 2.3e9, 2.3e9, "USD", ex),
        row("Officials said two million five hundred thousand people voted.",
            "two million five hundred thousand", 2.5e6, 2.5e6, 2.5e6, null, ex),
        // a unit of length, then "per" or "an" and the hour, is one speed
        row("The car reached 200 km per hour.", "200 km per hour", 200, 200, 200, "km/h", ex),
        row("The train ran at 300 kilometers an hour.", "300 kilometers an hour", 300, 300, 300,
            "km/h", ex),
        row("Gusts of 100 km an hour felled trees.", "100 km an hour", 100, 100, 100, "km/h", ex),
        row("Winds of 60 miles an hour hit the coast.", "60 miles an hour", 60, 60, 60, "mph",
            ex),
        row("He drove 90 mi per hour.", "90 mi per hour", 90, 90, 90, "mph", ex),
        row("The storm moved at 15 mph.", "15 mph", 15, 15, 15, "mph", ex));
  }

  @Test
  void aMinusSetApartAfterAWordThatTakesNoValueIsADash() {
    assertThat(spans("Three people - two women and a man - were hurt."))
        .containsExactly("Three", "two");
    assertThat(spans("The team won - 25 points clear at the top.")).containsExactly("25");
    assertThat(QuantityExtractorTest.only("- 20 people died in the fire.", "20").value())
        .isEqualTo(20);
  }

  @Test
  void aChangeRestatedAfterACommaOrInAnotherUnitIsNoRange() {
    assertThat(spans("The Dow fell 3.41%, or 251.4 points, to 7,114.3."))
        .containsExactly("3.41%", "251.4", "7,114.3");
    assertThat(spans("The index fell 4%, to 1299.59.")).containsExactly("4%", "1299.59");
    assertThat(spans("The index lost 9% or 998.50 points.")).containsExactly("9%", "998.50");
    assertThat(spans("It rose half a percent or 39 points."))
        .containsExactly("half a percent", "39");
    // a range keeps its unit after the second number, or both
    assertThat(spans("Prices rose 5 to 10 percent.")).containsExactly("5 to 10 percent");
    assertThat(spans("Prices rose 5% to 10% this year.")).containsExactly("5% to 10%");
    assertThat(spans("Two or three people died.")).containsExactly("Two or three");
  }

  @Test
  void aLengthWithinAnHourStaysALength() {
    assertThat(spans("He ran 10 km in an hour.")).containsExactly("10 km");
    assertThat(spans("The road runs 40 miles along the coast.")).containsExactly("40 miles");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  @Test
  void afterDigitsAPartWithAScaleOfItsOwnIsAnotherAmount() {
    assertThat(spans("Revenue was $8.2 billion and 4.1 million people used it."))
        .containsExactly("$8.2 billion", "4.1 million");
    assertThat(spans("The fund holds $8 billion and 4 million shares."))
        .containsExactly("$8 billion", "4 million");
    // hundreds and units after "and" still complete the number
    assertThat(spans("I can give you 3 hundred and 21 yuan.")).containsExactly("3 hundred and 21 yuan");
  }

  @Test
  void aScoreAfterTheNameOfTheOtherSideIsTwoCounts() {
    assertThat(spans("The bill passed the Senate 52 to 48.")).containsExactly("52", "48");
    assertThat(spans("The Yankees beat the Red Sox 5-3 on Friday.")).containsExactly("5", "3");
    assertThat(spans("Arsenal defeated Chelsea 2-1 at home.")).containsExactly("2", "1");
    assertThat(spans("The Steelers lost to the Bengals 13-10.")).containsExactly("13", "10");
  }

  @Test
  void codesAndLabelsStayNoAmount() {
    // no word of a result before the name: a code, a model, a label
    assertThat(extract("Regulation AR 750-10 applies to Apollo 13 and Boeing 747-400 jets."))
        .isEmpty();
    assertThat(extract("The A320neo, COVID19 and the USB3 port.")).isEmpty();
    // three letters that are no currency, glued to digits, are no money
    assertThat(extract("He posted on Win10 and the top10 list.")).isEmpty();
  }
}
