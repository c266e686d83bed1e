package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amount counted for each of something ("$22 million per season", "$5 an hour", "30 points a
 * game") is a rate: it is compared only with a rate for each of the same thing, never with a
 * total.
 */
class RatesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // a rate against a total: two measures, silent
        Arguments.of("The Red Sox offered Teixeira an eight-year deal worth $184 million.",
            "The Red Sox offer to Teixeira is worth roughly $22 million per season.", ""),
        Arguments.of("The striker signed a contract worth $40 million.",
            "The striker signed a contract worth $8 million a year.", ""),
        Arguments.of("The plant will produce 40,000 barrels of oil.",
            "The plant will produce 4,000 barrels of oil daily.", ""),
        Arguments.of("Consumer prices rose 3 percent, the statistics office said.",
            "Consumer prices rose 0.4 percent a month, the statistics office said.", ""),
        // a rate written as one compound
        Arguments.of("IBM's $54 billion-per-year services arm is the largest in the world.",
            "The merged services company would be worth about $22 billion.", ""),
        // two rates of two things: silent
        Arguments.of("Mining crews are paid $40 an hour, the union said.",
            "Mining crews are paid $300 a day, the union said.", ""),
        // two rates of one thing, however written: compared
        Arguments.of("The Red Sox offered Teixeira a deal worth $25 million a year.",
            "The Red Sox offered Teixeira a deal worth $22 million annually.",
            "$25 million | $22 million"),
        Arguments.of("The buyer agreed to pay $40 a share for the company.",
            "The buyer agreed to pay $45 per share for the company.", "$40 | $45"),
        Arguments.of("The council charges residents $12 a head for the service.",
            "The council charges residents $15 per capita for the service.", "$12 | $15"),
        // a difference between two levels, past its rate or not, is no level: silent
        Arguments.of("Teachers leave for regions where salaries are up to 400 euros a month higher.",
            "Teachers earn a gross salary of roughly 2,300 euros a month.", ""),
        Arguments.of("The new model costs $300 cheaper than the old one.",
            "The new model costs $1,199, the company said.", ""),
        // counts for each of a time: compared by their nouns, as counts are
        Arguments.of("Its 14 clinics treated about 60,000 patients a year.",
            "Its 14 health centres saw roughly 16,000 patients annually.",
            "about 60,000 patients | roughly 16,000 patients"),
        Arguments.of("Its 14 clinics treated about 60,000 patients a year.",
            "Its 14 health centres gave roughly 16,000 vaccinations annually.", ""),
        // "a year" that dates or ages is no rate: the totals are compared
        Arguments.of("The company reported profit of $5 million a year ago.",
            "The company reported profit of $8 million a year ago.",
            "$5 million | $8 million"),
        Arguments.of("The fund held $3.5 billion in assets.",
            "The fund held $3.6 billion in assets.", "$3.5 billion | $3.6 billion"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void aRateIsComparedOnlyWithARateOfTheSameThing(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.NUMERIC, a, b, expected);
  }
}
