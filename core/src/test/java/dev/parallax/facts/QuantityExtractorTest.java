package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityExtractorTest {

  private static final RulePack PACK =
      RulePack.fromClasspath("/dev/parallax/facts/en/quantities.rules");
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(List.of(PACK), ANALYZER);
  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor(List.of(PACK));
  private static final double INF = Double.POSITIVE_INFINITY;

  static List<QuantityFacet> extract(String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    return EXTRACTOR.extract(new Spans("t", t), CUES.find(t));
  }

  static QuantityFacet only(String text, String span) {
    List<QuantityFacet> found = extract(text).stream()
        .filter(q -> q.span().text().equals(span)).toList();
    assertThat(found).as("quantity '%s' in %s; found %s", span, text, extract(text)).hasSize(1);
    QuantityFacet q = found.get(0);
    assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(span);
    return q;
  }

  static Arguments row(String text, String span, double value, double low, double high,
      String unit, Approximation kind) {
    return Arguments.of(text, span, value, low, high, unit, kind);
  }

  static Stream<Arguments> table() {
    Approximation ex = Approximation.EXACT;
    return Stream.of(
        // a whole number and a common fraction whose space was lost; a true ratio stays one
        row("He served 41/2 months in federal prison.", "41/2", 4.5, 4.5, 4.5, null, ex),
        row("The pipe was 23/4 inches wide.", "23/4 inches", 2.75, 2.75, 2.75, "in", ex),
        row("The rate was 3/4 of the total.", "3/4", 0.75, 0.75, 0.75, null, ex),
        row("Gomes served 9 months of a 2-1/2 year sentence.", "2-1/2", 2.5, 2.5, 2.5, null, ex),
        // seed phrases
        row("The soldiers marched approximately 248 kilometers in a week.",
            "approximately 248 kilometers", 248, 223.2, 272.8, "km", Approximation.ABOUT),
        row("There are an estimated 34,000 defectors in the South.", "an estimated 34,000", 34000,
            30600, 37400, null, Approximation.ABOUT),
        row("Officials said estimated 34,000 defectors live there.", "estimated 34,000", 34000,
            30600, 37400, null, Approximation.ABOUT),
        row("About 34,000 people have fled since 1953.", "About 34,000", 34000, 30600, 37400,
            null, Approximation.ABOUT),
        row("Troops fired around 40 rounds at the border.", "around 40", 40, 36, 44, null,
            Approximation.ABOUT),
        row("Millions of North Koreans live in fear.", "Millions", 2e6, 2e6, 1e9, null,
            Approximation.RANGE),
        // digits and words
        row("Police said forty people were arrested.", "forty", 40, 40, 40, null, ex),
        row("The bridge is 2.5 meters wide.", "2.5 meters", 2.5, 2.5, 2.5, "m", ex),
        row("A dozen reporters waited outside.", "A dozen", 12, 12, 12, null, ex),
        row("He fell to a pair of left hooks.", "a pair", 2, 2, 2, null, ex),
        row("She lived half a mile from the site.", "half a mile", 0.5, 0.5, 0.5, "mi", ex),
        row("The bomb weighed half a ton.", "half a ton", 0.5, 0.5, 0.5, "ton", ex),
        row("She had moved a mile and a half away.", "a mile and a half", 1.5, 1.5, 1.5, "mi",
            ex),
        row("They walked two miles and a quarter.", "two miles and a quarter", 2.25, 2.25, 2.25,
            "mi", ex),
        row("She packed three pair of socks.", "three pair", 6, 6, 6, null, ex),
        row("The country has 1.5 million soldiers.", "1.5 million", 1.5e6, 1.5e6, 1.5e6, null, ex),
        row("Two-thirds of voters backed the plan.", "Two-thirds", 2.0 / 3, 2.0 / 3, 2.0 / 3, null,
            ex),
        row("A third of the budget went to defence.", "A third", 1.0 / 3, 1.0 / 3, 1.0 / 3, null,
            ex),
        row("Half of the staff left.", "Half", 0.5, 0.5, 0.5, null, ex),
        row("One in five adults smokes.", "One in five", 0.2, 0.2, 0.2, "ratio", ex),
        // an approximation before a ratio is the ratio's
        row("Roughly one in five adults smokes.", "Roughly one in five", 0.2, 0.18, 0.22,
            "ratio", Approximation.ABOUT),
        row("More than one in four voters stayed home.", "More than one in four", 0.25, 0.25,
            INF, "ratio", Approximation.MORE_THAN),
        // a vague count of a scale word: how many of it the word means
        row("Several hundred people gathered.", "Several hundred", 300, 300, 900, null,
            Approximation.RANGE),
        row("A few thousand troops crossed.", "A few thousand", 2000, 2000, 5000, null,
            Approximation.RANGE),
        row("It cost a couple hundred dollars.", "a couple hundred dollars", 200, 180, 220, "USD",
            Approximation.ABOUT),
        row("He waited several days for 100 people.", "100", 100, 100, 100, null, ex),
        row("Prices rose twice as fast as wages.", "twice", 2, 2, 2, "times", ex),
        row("The company employs one hundred and six people.", "one hundred and six", 106, 106, 106,
            null, ex),
        row("Hundreds of thousands of refugees crossed.", "Hundreds of thousands", 2e5, 2e5, 1e6,
            null, Approximation.RANGE),
        // money
        row("Shares closed at $21.75 on Friday.", "$21.75", 21.75, 21.75, 21.75, "USD", ex),
        row("Boeing lost a US$ 40 billion contract.", "US$ 40 billion", 4e10, 4e10, 4e10, "USD",
            ex),
        row("The club paid €5m for the striker.", "€5m", 5e6, 5e6, 5e6, "EUR", ex),
        // letters glued to a currency symbol name the currency, not "c." or "ca." (circa)
        row("The stolen jewels were worth C$137 million.", "C$137 million", 1.37e8, 1.37e8,
            1.37e8, "CAD", ex),
        row("The bridge cost CA$40 million to build.", "CA$40 million", 4e7, 4e7, 4e7, "CAD", ex),
        row("The estate sold for c. $2 million in 1990.", "c. $2 million", 2e6, 1.9e6, 2.1e6,
            "USD", Approximation.ABOUT),
        // an abbreviated approximation keeps its point
        row("The wall ran for ca. 40 km along the border.", "ca. 40 km", 40, 36, 44, "km",
            Approximation.ABOUT),
        row("Each bale weighs approx. 40 kg when dry.", "approx. 40 kg", 40, 36, 44, "kg",
            Approximation.ABOUT),
        row("He was fined 5 million dollars by the court.", "5 million dollars", 5e6, 5e6, 5e6,
            "USD", ex),
        row("The deal is worth £20.1 billion to the group.", "£20.1 billion", 2.01e10, 2.01e10,
            2.01e10, "GBP", ex),
        row("They asked for 323 million euros.", "323 million euros", 3.23e8, 3.23e8, 3.23e8,
            "EUR", ex),
        // percentages
        row("Unemployment rose 6% last year.", "6%", 6, 6, 6, "%", ex),
        row("Turnout fell 15 percent in the north.", "15 percent", 15, 15, 15, "%", ex),
        row("Inflation reached 3.2 per cent in May.", "3.2 per cent", 3.2, 3.2, 3.2, "%", ex),
        // approximation
        row("Nearly 200 people died in the floods.", "Nearly 200", 200, 180, 200, null,
            Approximation.LESS_THAN),
        row("Almost 50 homes were destroyed.", "Almost 50", 50, 45, 50, null,
            Approximation.LESS_THAN),
        row("More than 40 people were hurt.", "More than 40", 40, 40, INF, null,
            Approximation.MORE_THAN),
        row("The ship sank in over 30 metres of water.", "over 30 metres", 30, 30, INF, "m",
            Approximation.MORE_THAN),
        // close above its number, as "nearly" is close below it
        row("Just over 38,000 fans saw the match.", "Just over 38,000", 38000, 38000, 41800, null,
            Approximation.MORE_THAN),
        row("At least 17 people were killed.", "At least 17", 17, 17, INF, null,
            Approximation.AT_LEAST),
        row("Nissan will cut up to 700 jobs.", "up to 700", 700, 0, 700, null,
            Approximation.AT_MOST),
        row("The law allows at most 12 terms.", "at most 12", 12, 0, 12, null,
            Approximation.AT_MOST),
        row("Fewer than 1,000 giant pandas live in the wild.", "Fewer than 1,000", 1000, 0, 1000,
            null, Approximation.LESS_THAN),
        row("Less than 5% of the vote went to him.", "Less than 5%", 5, 0, 5, "%",
            Approximation.LESS_THAN),
        row("The child was under 10 years old.", "under 10", 10, 0, 10, null,
            Approximation.LESS_THAN),
        row("Some 40 journalists attended.", "Some 40", 40, 36, 44, null, Approximation.ABOUT),
        row("There were 500 or more protesters.", "500 or more", 500, 500, INF, null,
            Approximation.AT_LEAST),
        // ranges
        row("Between 30 and 40 people were detained.", "Between 30 and 40", 30, 30, 40, null,
            Approximation.RANGE),
        row("Officials detained 30-40 people.", "30-40", 30, 30, 40, null, Approximation.RANGE),
        row("Officials detained 30 to 40 people.", "30 to 40", 30, 30, 40, null,
            Approximation.RANGE),
        row("The plan costs 1.5 to 2 million dollars.", "1.5 to 2 million dollars", 1.5e6, 1.5e6,
            2e6, "USD", Approximation.RANGE),
        row("Scores were more than 10 and less than 20.", "more than 10 and less than 20", 10, 10,
            20, null, Approximation.RANGE),
        // units
        row("The border runs 155 miles along the coast.", "155 miles", 155, 155, 155, "mi", ex),
        row("The fire burned 500 hectares of forest.", "500 hectares", 500, 500, 500, "ha", ex),
        row("He bought a 45-acre farm.", "45-acre", 45, 45, 45, "acre", ex),
        row("The parcel weighs 20 kg.", "20 kg", 20, 20, 20, "kg", ex),
        row("The tank holds 10 gallons of fuel.", "10 gallons", 10, 10, 10, "gal", ex),
        row("Temperatures reached 40°C in Seville.", "40°C", 40, 40, 40, "°C", ex),
        row("Winds of 90 mph hit the coast.", "90 mph", 90, 90, 90, "mph", ex),
        row("The player is 6 feet 2 inches tall.", "6 feet 2 inches", 6 + 2.0 / 12, 6 + 2.0 / 12,
            6 + 2.0 / 12, "ft", ex),
        row("The guard is 5 ft 11 in tall.", "5 ft 11 in", 5 + 11.0 / 12, 5 + 11.0 / 12,
            5 + 11.0 / 12, "ft", ex),
        row("Overnight it fell to - 15 degrees Celsius.", "- 15 degrees Celsius", -15, -15, -15,
            "°C", ex),
        // money in parts
        row("A ticket costs 12 dollars 40.", "12 dollars 40", 12.4, 12.4, 12.4, "USD", ex),
        row("The stamp cost two euros and five.", "two euros and five", 2.05, 2.05, 2.05, "EUR",
            ex),
        row("He wanted 8 euros 20 more.", "8 euros 20", 8.2, 8.2, 8.2, "EUR", ex),
        row("A bowl of noodles was three kuai and two mao five.", "three kuai and two mao five",
            3.25, 3.25, 3.25, "CNY", ex),
        row("The deal was worth 40 EUR million.", "40 EUR million", 4e7, 4e7, 4e7, "EUR", ex),
        row("Write-downs reached 12.5 MEUR in March.", "12.5 MEUR", 1.25e7, 1.25e7, 1.25e7,
            "EUR", ex),
        row("Sales were 900 kUSD last year.", "900 kUSD", 9e5, 9e5, 9e5, "USD", ex),
        row("Revenue of MGBP 7 was booked.", "MGBP 7", 7e6, 7e6, 7e6, "GBP", ex),
        // fractions and notations
        row("The answer is 2 over 7.", "2 over 7", 2.0 / 7, 2.0 / 7, 2.0 / 7, null, ex),
        row("Write it as nine divided by four.", "nine divided by four", 2.25, 2.25, 2.25, null,
            ex),
        row("Only a thirty-second of it was used.", "a thirty-second", 1.0 / 32, 1.0 / 32,
            1.0 / 32, null, ex),
        row("Three forty-fifths of the votes.", "Three forty-fifths", 3.0 / 45, 3.0 / 45,
            3.0 / 45, null, ex),
        row("Only five sixteenths of the land is farmed.", "five sixteenths", 5.0 / 16, 5.0 / 16,
            5.0 / 16, null, ex),
        row("He ate one and a fifteenth pies.", "one and a fifteenth", 1 + 1.0 / 15,
            1 + 1.0 / 15, 1 + 1.0 / 15, null, ex),
        row("The total was ten and four and two sevenths.", "ten and four and two sevenths",
            14 + 2.0 / 7, 14 + 2.0 / 7, 14 + 2.0 / 7, null, ex),
        row("It needs two million and one half thousand.", "two million and one half thousand",
            2_000_500, 2_000_500, 2_000_500, null, ex),
        row("Add ⅗ of the stock.", "⅗", 0.6, 0.6, 0.6, null, ex),
        row("The recipe needs 2½ cups of flour.", "2½ cups", 2.5, 2.5, 2.5, "cup", ex),
        row("The sample held 4.2e-3 grams.", "4.2e-3 grams", 4.2e-3, 4.2e-3, 4.2e-3, "g", ex),
        row("Some 2.5x10^4 cells were counted.", "Some 2.5x10^4", 2.5e4, 22500, 27500, null,
            Approximation.ABOUT),
        row("Avogadro wrote 6.02 × 10^23 there.", "6.02 × 10^23", 6.02e23, 6.02e23, 6.02e23,
            null, ex),
        row("The value is -3^-2 here.", "-3^-2", -1.0 / 9, -1.0 / 9, -1.0 / 9, null, ex),
        // thousands grouped by a space, a no-break space or a narrow no-break space
        row("The town has 12 500 residents.", "12 500", 12500, 12500, 12500, null, ex),
        row("The town has 12\u00A0500 residents.", "12\u00A0500", 12500, 12500, 12500, null,
            ex),
        row("The town has 12\u202F500 residents.", "12\u202F500", 12500, 12500, 12500, null,
            ex),
        // digits and scale words mixed; a fraction of a scale
        row("It counted 6 thousand 2 hundred and 15 votes.", "6 thousand 2 hundred and 15",
            6215, 6215, 6215, null, ex),
        row("It costs three quarters of a billion dollars.",
            "three quarters of a billion dollars", 7.5e8, 7.5e8, 7.5e8, "USD", ex),
        row("A quarter of a million people marched.", "A quarter of a million", 2.5e5, 2.5e5,
            2.5e5, null, ex),
        // a currency code written onto its digits
        row("It costs eur250 per night.", "eur250", 250, 250, 250, "EUR", ex),
        row("The fee is USD1,200 a year.", "USD1,200", 1200, 1200, 1200, "USD", ex),
        // multiplier abbreviations attached to the number
        row("He earned 3mil last year.", "3mil", 3e6, 3e6, 3e6, null, ex),
        row("The fund raised $2MM in May.", "$2MM", 2e6, 2e6, 2e6, "USD", ex),
        row("The firm is worth 4.5b now.", "4.5b", 4.5e9, 4.5e9, 4.5e9, null, ex),
        row("Debt stood at 7 tln roubles.", "7 tln roubles", 7e12, 7e12, 7e12, "RUB", ex),
        row("The band scored 5 M points.", "5 M", 5e6, 5e6, 5e6, null, ex),
        row("A quarter billion dollars went missing.", "A quarter billion dollars", 2.5e8,
            2.5e8, 2.5e8, "USD", ex),
        // a minus set apart after a word that takes a value is a sign
        row("The index closed at - 25 k.", "- 25 k", -25000, -25000, -25000, null, ex),
        row("The balance was - 1,200 dollars.", "- 1,200 dollars", -1200, -1200, -1200, "USD",
            ex),
        row("It rose from 5 to - 3 percent.", "- 3 percent", -3, -3, -3, "%", ex),
        // bounds
        row("It must be more than 4 and less or equal than 9.",
            "more than 4 and less or equal than 9", 4, 4, 9, null, Approximation.RANGE),
        row("Keep it greater or equal than 3.", "greater or equal than 3", 3, 3, INF, null,
            Approximation.AT_LEAST));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void readsTheTable(String text, String span, double value, double low, double high, String unit,
      Approximation kind) {
    QuantityFacet q = only(text, span);
    assertThat(q.value()).isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value))));
    if (Double.isInfinite(low)) {
      assertThat(q.low()).isEqualTo(low);
    } else {
      assertThat(q.low()).isCloseTo(low, within(1e-9 * Math.max(1, Math.abs(low))));
    }
    if (Double.isInfinite(high)) {
      assertThat(q.high()).isEqualTo(high);
    } else {
      assertThat(q.high()).isCloseTo(high, within(1e-9 * Math.max(1, Math.abs(high))));
    }
    assertThat(q.unit().orElse(null)).isEqualTo(unit);
    assertThat(q.approximation()).isEqualTo(kind);
  }

  @Test
  void kilometresAndMilesInBracketsAreOneLength() {
    List<QuantityFacet> qs = extract("The march covered 248 kilometers (155 miles) in ten days.");
    QuantityFacet km = only("The march covered 248 kilometers (155 miles) in ten days.",
        "248 kilometers");
    QuantityFacet mi = only("The march covered 248 kilometers (155 miles) in ten days.",
        "155 miles");
    assertThat(qs).contains(km, mi);
    assertThat(km.dimension()).contains("length");
    assertThat(mi.dimension()).contains("length");
    assertThat(km.baseValue()).isEqualTo(248_000.0);
    assertThat(mi.baseValue()).isCloseTo(249_448.3, within(0.1));
    // 155 miles are 249.4 km: the conversion was rounded, within 1 %
    assertThat(Math.abs(km.baseValue() - mi.baseValue()) / km.baseValue()).isLessThan(0.01);
    assertThat(km.comparableWith(mi)).isTrue();
    assertThat(km.agreesWith(mi)).isTrue();
    assertThat(mi.agreesWith(km)).isTrue();
    assertThat(km.agreesWith(only("It is 420 km long.", "420 km"))).isFalse();
  }

  @Test
  void fourKilometresAreTwoAndAHalfMiles() {
    String s = "The zone is 4 kilometers (2.5 miles) wide.";
    QuantityFacet km = only(s, "4 kilometers");
    QuantityFacet mi = only(s, "2.5 miles");
    assertThat(km.value()).isEqualTo(4);
    assertThat(mi.value()).isEqualTo(2.5);
    assertThat(km.agreesWith(mi)).isTrue();
    assertThat(km.agreesWith(only("The zone is 6 kilometers wide.", "6 kilometers"))).isFalse();
  }

  @Test
  void aboutAndEstimatedAgree() {
    QuantityFacet about = only("About 34,000 people have defected.", "About 34,000");
    QuantityFacet est = only("An estimated 34,000 defectors live there.", "An estimated 34,000");
    assertThat(about.agreesWith(est)).isTrue();
    assertThat(about.comparableWith(only("Shares fell 5%.", "5%"))).isFalse();
  }

  @Test
  void aFractionAfterAPunctuatedAndStaysApart() {
    // "a mile, and a half hour later": two phrases, no mile and a half
    assertThat(extract("He ran a mile, and a half hour later he fell."))
        .extracting(q -> q.span().text(), QuantityFacet::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a half", 0.5));
  }

  @Test
  void moneyInTwoCurrenciesIsNotComparable() {
    String s = "A US$ 40 billion (£20.1 billion) contract.";
    assertThat(only(s, "US$ 40 billion").comparableWith(only(s, "£20.1 billion"))).isFalse();
  }

  @Test
  void yearsDatesTimesOrdinalsAndCodesAreNoQuantities() {
    assertThat(extract("In 2017 the talks failed.")).isEmpty();
    assertThat(extract("The vote took place on May 19.")).isEmpty();
    assertThat(extract("The meeting began at 10 a.m. sharp.")).isEmpty();
    assertThat(extract("The meeting began at 10:30 sharp.")).isEmpty();
    assertThat(extract("It was the first time, the 21st attempt.")).isEmpty();
    assertThat(extract("Call +1-222-555-0199 for details.")).isEmpty();
    assertThat(extract("The regulation AR 750-10 applies.")).isEmpty();
    assertThat(extract("A Boeing 747 landed on 2017-05-01.")).isEmpty();
    assertThat(extract("The one you saw was the second half.")).isEmpty();
    // a multiplier abbreviation is no number by itself; a fraction before a hyphen is a compound
    assertThat(extract("Former FBI director James B. Comey testified.")).isEmpty();
    assertThat(extract("Justice Anthony M. Kennedy wrote for the F.B.I. and the C.I.A.")).isEmpty();
    assertThat(extract("He ran as a third-party candidate with his half-brother.")).isEmpty();
    // an abbreviation multiplies digits only: not after an article or a number word
    assertThat(extract("The company got a B rating from Moody's.")).isEmpty();
    assertThat(extract("She is a K-pop star with a B+ grade.")).isEmpty();
    assertThat(extract("Plan B was adopted after the B-52 crashed.")).isEmpty();
    assertThat(extract("He takes Vitamin B and has an M.B.A. degree.")).isEmpty();
    assertThat(extract("They paid $20 B for it.")).extracting(q -> q.span().text())
        .containsExactly("$20 B");
    assertThat(extract("Prices rose from 30 to 40 dollars.")).hasSize(2);
    // one group after a space after a capitalised word, or before more digits, is two numbers
    assertThat(extract("Seeded No. 12 500 players entered.")).extracting(q -> q.span().text())
        .containsExactly("12", "500");
    // a tally or a score is two counts; a date or a code stays none
    assertThat(extract("The Senate voted 97-1 for the bill.")).extracting(q -> q.span().text())
        .containsExactly("97", "1");
    assertThat(extract("In a 5-4 decision the court ruled.")).extracting(QuantityFacet::value)
        .containsExactly(5.0, 4.0);
    assertThat(extract("It was filed on 2017-05-01 under AR 750-10.")).isEmpty();
    // letters and digits that are no currency code
    assertThat(extract("The A380 and the abc123 account.")).isEmpty();
    // a scale word, then a number that counts something else
    assertThat(extract("A million 5-year-olds enrolled.")).extracting(q -> q.span().text())
        .containsExactly("A million", "5");
  }

  @Test
  void newsLookalikesOfTheSpecNotationsAreLeftAlone() {
    // ordinals with a tens word are no fractions
    assertThat(extract("Problems of the twenty-first century grew.")).isEmpty();
    assertThat(extract("She came twenty-fifth in the race.")).isEmpty();
    assertThat(extract("It was a twenty-first birthday.")).isEmpty();
    // 'over' and a bare number after a money amount need the clause to end there
    assertThat(extract("He won 3 over 2 seasons.")).extracting(q -> q.span().text())
        .containsExactly("3", "over 2");
    assertThat(extract("It cost 5 dollars 20 years ago.")).extracting(q -> q.span().text())
        .containsExactly("5 dollars", "20");
    assertThat(extract("It cost $5 and 10 were hurt.")).extracting(q -> q.span().text())
        .containsExactly("$5", "10");
    // 'in' is an inch only after feet; a dash before a count is a bullet
    assertThat(extract("Lead fell 2 in the morning.")).extracting(q -> q.unit().orElse(""))
        .containsExactly("");
    assertThat(only("- 20 people died in the blast.", "20").value()).isEqualTo(20);
    assertThat(extract("Three people - two women and a man - were hurt."))
        .extracting(QuantityFacet::value).containsExactly(3.0, 2.0);
    assertThat(extract("The score - 25 points - was a record.")).extracting(QuantityFacet::value)
        .containsExactly(25.0);
    assertThat(extract("The total was 40 - 25 of them women.")).extracting(QuantityFacet::value)
        .containsExactly(40.0, 25.0);
    // 'won' before a number is the verb
    assertThat(extract("Spain won 3 games.")).extracting(q -> q.unit().orElse(""))
        .containsExactly("");
  }

  @Test
  void spansIndexTheText() {
    String text = "Résumé: \uD83D\uDE00 about 40 rounds and 6% growth.";
    for (QuantityFacet q : extract(text)) {
      assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.span().text());
    }
    assertThat(extract(text)).extracting(q -> q.span().text()).containsExactly("about 40", "6%");
  }

  @Test
  void aLongTextGivesEveryNumberWordAndNoDigitChain() {
    String unit = "one two three four five six seven eight nine ten ";
    String text = unit.repeat(2_000) + "1-2-3-4-5-6-7-8-9 ".repeat(1_000);
    List<QuantityFacet> found = extract(text);
    String[] words = unit.strip().split(" ");
    int[] offsets = new int[words.length];
    for (int w = 1; w < words.length; w++) {
      offsets[w] = offsets[w - 1] + words[w - 1].length() + 1;
    }
    assertThat(found).hasSize(2_000 * words.length);
    for (int i = 0; i < found.size(); i++) {
      QuantityFacet q = found.get(i);
      int w = i % words.length;
      assertThat(q.span().text()).as("quantity %d", i).isEqualTo(words[w]);
      assertThat(q.span().start()).as("quantity %d", i)
          .isEqualTo(i / words.length * unit.length() + offsets[w]);
      assertThat(q.value()).as("quantity %d", i).isEqualTo(w + 1);
      assertThat(q.approximation()).isEqualTo(Approximation.EXACT);
      assertThat(q.unit()).isEmpty();
    }
  }

  @Test
  void thePackKeepsItsExamples() {
    assertThat(PACK.verify()).isEmpty();
    assertThat(PACK.id()).isEqualTo("quantities-en");
  }

  @Test
  void thePackIsBundled() {
    assertThat(FactCues.englishPacks()).extracting(RulePack::id).contains("quantities-en");
  }
}
