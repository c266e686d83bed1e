package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An aside right after a count that tells who it holds ("three people, a man and two women,
 * were killed") leaves the verb after it to the count: what befell the count is read past the
 * aside, and the aside's own numbers are parts of it.
 */
class CountAsideTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // the verb past the aside is the count's: killed against injured, two facts
        Arguments.of("Police said 12 people were injured in the riots.",
            "Police said at least three people, a man and two women, were killed in the attack.",
            ""),
        Arguments.of("Police said 12 people were injured in the blast.",
            "Police said five people, including two children, died in the blast.", ""),
        // one fate, told past the aside: compared
        Arguments.of("Police said six people were killed in the fire-bomb attack.",
            "Police said three people, a man and two women, were killed in the fire-bomb attack.",
            "six people | three people"),
        Arguments.of("Seven people died in the blast, the mayor said.",
            "Five people, including two children, died in the blast, the mayor said.",
            "Seven people | Five people"),
        // a part the aside names is no total
        Arguments.of("Police said two women were killed in the fire-bomb attack.",
            "Police said three people, a man and two women, were killed in the fire-bomb attack.",
            ""),
        // no verb after the closing comma: no aside of the count ("a city of ..." describes)
        Arguments.of("The quake killed 12 people in Bam, a city of 80,000, officials said.",
            "The quake killed 15 people in Bam, officials said.", "12 people | 15 people"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void theVerbAfterAnAsideIsTheCounts(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.NUMERIC, a, b, expected);
  }
}
