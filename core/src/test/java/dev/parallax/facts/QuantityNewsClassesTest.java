package dev.parallax.facts;

import static dev.parallax.facts.QuantityExtractorTest.extract;
import static dev.parallax.facts.QuantityExtractorTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers by class of news writing, with sentences of their own: thousands grouped by spaces,
 * multiplier suffixes, fractions of a scale, digits mixed with number words, currency codes,
 * fractions in words and a sign set apart; and what is no amount: initials and abbreviations,
 * compounds in "-party", tallies, scores and win-loss records.
 */
class QuantityNewsClassesTest {

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        row("About 2 300 000 people live there.", "About 2 300 000", 2.3e6, 2.07e6, 2.53e6,
            null, Approximation.ABOUT),
        row("Nearly 1 500 people came.", "Nearly 1 500", 1500, 1350, 1500, null,
            Approximation.LESS_THAN),
        row("Turnout was 48\u202F250 voters.", "48\u202F250", 48250, 48250, 48250, null, ex),
        row("The fund holds 4.5bn dollars.", "4.5bn dollars", 4.5e9, 4.5e9, 4.5e9, "USD", ex),
        row("The project costs $3.2m.", "$3.2m", 3.2e6, 3.2e6, 3.2e6, "USD", ex),
        row("He was paid £7mn last year.", "£7mn", 7e6, 7e6, 7e6, "GBP", ex),
        row("About 10k runners took part.", "About 10k", 1e4, 9e3, 1.1e4, null,
            Approximation.ABOUT),
        row("They spent half a billion dollars.", "half a billion dollars", 5e8, 5e8, 5e8, "USD",
            ex),
        row("Three quarters of a million people signed.", "Three quarters of a million", 7.5e5,
            7.5e5, 7.5e5, null, ex),
        row("The city has 3 million 400 thousand residents.", "3 million 400 thousand", 3.4e6,
            3.4e6, 3.4e6, null, ex),
        row("It raised USD 40 million.", "USD 40 million", 4e7, 4e7, 4e7, "USD", ex),
        row("Tickets cost gbp300 each.", "gbp300", 300, 300, 300, "GBP", ex),
        row("The fee is CHF 12.", "CHF 12", 12, 12, 12, "CHF", ex),
        row("Five sixteenths of the land is forest.", "Five sixteenths", 5.0 / 16, 5.0 / 16,
            5.0 / 16, null, ex),
        row("Seven eighths of voters agreed.", "Seven eighths", 0.875, 0.875, 0.875, null, ex),
        row("The temperature fell to - 4 degrees.", "- 4 degrees", -4, -4, -4, "°", ex),
        // a range in parentheses after a lower-case word stays a range
        row("Children (ages 5-7) can join.", "5-7", 5, 5, 7, null, Approximation.RANGE));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    new QuantityExtractorTest().readsTheTable(text, span, value, low, high, unit, kind);
  }

  static List<String> spans(String text) {
    return extract(text).stream().map(q -> q.span().text()).toList();
  }

  @Test
  void aFractionJoinedByAHyphenToAUnitIsAMeasure() {
    QuantityFacet mile = QuantityExtractorTest.only("They took a half-mile walk.", "a half-mile");
    assertThat(mile.value()).isEqualTo(0.5);
    assertThat(mile.unit()).contains("mi");
    assertThat(QuantityExtractorTest.only("He bought a three-quarter-inch bolt.",
        "three-quarter-inch").value()).isEqualTo(0.75);
    assertThat(QuantityExtractorTest.only("It drank a half-liter of water.", "a half-liter")
        .value()).isEqualTo(0.5);
    // to any other word the hyphen joins a compound: no fraction
    assertThat(spans("his two half-brothers and a third-party vendor")).containsExactly("two");
  }

  @Test
  void aFractionJoinedByAHyphenToAMultiplierIsANumber() {
    QuantityFacet bond = QuantityExtractorTest.only("He was freed on a quarter-million-dollar"
        + " bond.", "a quarter-million-dollar");
    assertThat(bond.value()).isEqualTo(250_000);
    assertThat(bond.unit()).contains("USD");
    assertThat(QuantityExtractorTest.only("The council cut a half-billion budget.",
        "a half-billion").value()).isEqualTo(500_000_000);
  }

  @Test
  void initialsAbbreviationsAndCompoundsAreNoAmounts() {
    assertThat(extract("Former Special Counsel Robert S. Mueller testified.")).isEmpty();
    assertThat(extract("Judge Amy M. Berman ruled on the case.")).isEmpty();
    assertThat(extract("George W. Bush and John D. Rockefeller met the N.B.A. and the U.K."))
        .isEmpty();
    assertThat(extract("A third-party vendor handled the data.")).isEmpty();
    // a letter after a number that follows a name is part of a label, no multiplier
    assertThat(extract("The guests in Room 12 B left, as the rule in Section 5 K says."))
        .isEmpty();
    assertThat(spans("The deal was worth 20 B.")).containsExactly("20 B");
    // a number word before a compound counts alone
    assertThat(extract("One third-party candidate ran.")).extracting(QuantityFacet::value)
        .containsExactly(1.0);
  }

  @Test
  void oneGroupAfterANameOrADateStaysTwoNumbers() {
    assertThat(spans("By May 12 500 people had left.")).containsExactly("500");
    assertThat(spans("Seat No. 14 300 was empty.")).containsExactly("14", "300");
  }

  @Test
  void talliesScoresAndRecordsAreTwoCounts() {
    assertThat(spans("The council voted 7-2 to approve the budget.")).containsExactly("7", "2");
    assertThat(spans("The court issued a 6-3 ruling.")).containsExactly("6", "3");
    assertThat(spans("The bill passed 52-48 in the Senate.")).containsExactly("52", "48");
    // a win-loss record may put the smaller count first: in parentheses after a name, or
    // before "record" or "start"
    assertThat(extract("The Hawks (15-17) lost to Boston.")).extracting(QuantityFacet::value)
        .containsExactly(15.0, 17.0);
    assertThat(extract("The Bears fell to a 5-9 record.")).extracting(QuantityFacet::value)
        .containsExactly(5.0, 9.0);
    assertThat(extract("After a 3-7 start, the coach was fired."))
        .extracting(QuantityFacet::approximation)
        .containsExactly(Approximation.EXACT, Approximation.EXACT);
    // after a word of voting or of a result, a tally or a score in either order
    assertThat(spans("Arsenal lost 2-3 to Chelsea.")).containsExactly("2", "3");
    assertThat(spans("The Senate voted 49-51 against the bill.")).containsExactly("49", "51");
    assertThat(extract("The match ended 1-1.")).extracting(QuantityFacet::value)
        .containsExactly(1.0, 1.0);
    assertThat(spans("He paid 5,000 won for lunch.")).containsExactly("5,000 won");
    // a range of counts stays a range
    assertThat(extract("Children aged 5-7 can join.")).extracting(QuantityFacet::approximation)
        .containsExactly(Approximation.RANGE);
    assertThat(extract("Officials detained 30-40 people.")).extracting(QuantityFacet::high)
        .containsExactly(40.0);
  }
}
