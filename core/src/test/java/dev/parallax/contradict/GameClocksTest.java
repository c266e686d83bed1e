package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A time into a period of a game ("at the 2:15 mark", "at 2:56 of the sixth round", "44 seconds
 * into the seventh round") is compared with another time into the same period, never with a
 * time left in it, nor with a time into another period.
 */
class GameClocksTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("The referee stopped the fight at the 2:15 mark of the seventh round.",
            "The referee stopped the fight 44 seconds into the seventh round.",
            "2:15 | 44 seconds"),
        Arguments.of("The referee waved the fight off at 1:12 of the ninth round.",
            "The referee stopped the bout at 2:40 of the ninth round.", "1:12 | 2:40"),
        Arguments.of("Silva scored 12 minutes into the second half.",
            "Silva scored 30 minutes into the second half.", "12 minutes | 30 minutes"),
        // one time written two ways
        Arguments.of("The referee stopped the fight at 2:14 of the round.",
            "The referee stopped the fight two minutes and 14 seconds into the round.", ""),
        // two periods: two plays
        Arguments.of("Silva scored 12 minutes into the second half.",
            "Silva scored 30 minutes into the first half.", ""),
        // a time into a period against a time left in it: the period's length is not told
        Arguments.of("The referee stopped the fight at 2:56 of the sixth round.",
            "The referee stopped the fight with four seconds left in the sixth round.", ""));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void timesIntoAPeriodOfOnePlay(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.TEMPORAL, a, b, expected);
  }
}
