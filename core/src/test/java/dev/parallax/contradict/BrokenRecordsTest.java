package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record that a claim tells was broken ("broke Buford's record of 2,116 points") gives the
 * earlier holder's value: it is compared only with another broken record, never with the new
 * value of whoever broke it.
 */
class BrokenRecordsTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // the old record against the new total: two values of two holders, silent
        Arguments.of("McDermott became the school's scoring leader with 2,117 points.",
            "McDermott broke Buford's school scoring record of 2,116 points.", ""),
        Arguments.of("Luck finished the season with 4,183 passing yards.",
            "Luck surpassed Newton's rookie mark of 4,051 passing yards.", ""),
        // two reports of the record broken: one value, told two ways
        Arguments.of("McDermott broke Buford's school scoring record of 2,116 points.",
            "McDermott eclipsed Buford's school scoring record of 2,161 points.",
            "2,116 points | 2,161 points"),
        // a record set, not broken: the new holder's value, compared as any other
        Arguments.of("McDermott set the school scoring record of 2,117 points.",
            "McDermott became the school's scoring leader with 2,171 points.",
            "2,117 points | 2,171 points"),
        // "of" after a record noun with no verb of breaking: the claim's own value
        Arguments.of("The relay team holds a record of 14 wins this season.",
            "The relay team has a mark of 12 wins this season.", "14 wins | 12 wins"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void aBrokenRecordIsTheEarlierHoldersValue(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.NUMERIC, a, b, expected);
  }
}
