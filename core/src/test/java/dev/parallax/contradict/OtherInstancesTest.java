package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A claim that opens by telling of another event of the story's kind ("In an earlier strike",
 * "Separately", "Another quake", "The last such patch") is not one fact
 * with the story's own claims; two such claims are one fact when they share a name.
 */
class OtherInstancesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // the story's own event against another one of its kind: silent
        Arguments.of(Kind.NUMERIC, "The quake killed 15 people in Kerman on Sunday.",
            "Separately, a quake killed 12 people in Kerman on Sunday.", ""),
        Arguments.of(Kind.NUMERIC, "The quake injured 30 people in the town on Sunday.",
            "Another quake injured 20 people in the town on Sunday.", ""),
        Arguments.of(Kind.NUMERIC,
            "The shelling killed seven members of one family in the camp on Tuesday.",
            "In an earlier strike, 12 members of one family were killed in the camp on Tuesday.",
            ""),
        Arguments.of(Kind.TEMPORAL, "The patch was released on Dec. 9, Microsoft said.",
            "The last such patch was released on Oct. 23, Microsoft said.", ""),
        // the same words without the opener: one event, two values
        Arguments.of(Kind.NUMERIC, "The quake killed 15 people in Kerman on Sunday.",
            "A quake killed 12 people in Kerman on Sunday.", "15 people | 12 people"),
        Arguments.of(Kind.TEMPORAL, "The patch was released on Dec. 9, Microsoft said.",
            "The patch was released on Oct. 23, Microsoft said.", "Dec. 9 | Oct. 23"),
        // "another" before a number adds to the story's own count: no other event
        Arguments.of(Kind.NUMERIC, "Police said 40 people were hurt in the crush.",
            "Police said another 20 people were hurt in the crush.", ""),
        // two claims about one other event, named alike
        Arguments.of(Kind.NUMERIC, "In an earlier quake, 12 people were killed in Kerman.",
            "In a previous quake, 15 people were killed in Kerman.", "12 people | 15 people"),
        // "earlier" alone dates an event against another, which another report may tell too
        Arguments.of(Kind.NUMERIC, "Earlier this month, a quake killed 12 people in Kerman.",
            "A quake killed 15 people in Kerman this month.", "12 people | 15 people"),
        // two other events that share no name: two events
        Arguments.of(Kind.NUMERIC,
            "Separately, a shell hit a house in the Beach camp, killing seven people.",
            "In an earlier strike in Zeitoun, a missile killed 12 people.", ""));
  }

  @ParameterizedTest(name = "{1} | {2}")
  @MethodSource("rows")
  void anotherEventOfTheKindIsNotTheStorysOwn(Kind kind, String a, String b, String expected) {
    CheckCases.assertEvidences(kind, a, b, expected);
  }
}
