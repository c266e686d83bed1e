package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A vote ends with one tally: two reports of one vote that give two tallies disagree, and so do a
 * unanimous vote and a tally with votes against.
 */
class TallyCheckTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // a dash after a word of voting, against a dash after another
        Arguments.of("The Senate approved the budget 31-18 on June 19.",
            "The budget cleared the Senate 33-18 on June 19.", "31-18 | 33-18"),
        // "N votes to M" and "by a vote of N to M"
        Arguments.of("Parliament approved the measure in October by 118 votes to 93.",
            "Lawmakers passed the measure 128-93 in October.", "118 votes to 93 | 128-93"),
        Arguments.of("The council approved the plan by a vote of 19 to 5.",
            "The council voted 14-10 to approve the plan.", "19 to 5 | 14-10"),
        // a bill is a measure; "the 300-member assembly" is no count of the vote
        Arguments.of("Lawmakers passed the bill by 162 votes to 131, with seven abstentions.",
            "The measure cleared the 300-member National Assembly 168-131.",
            "162 votes to 131 | 168-131"),
        // counts in words, and "N in favour and M against"
        Arguments.of("Directors voted eight to one to remove the chief executive.",
            "The directors removed the chief executive, with six in favour and one against.",
            "eight to one | six in favour and one against"),
        Arguments.of("Directors voted eight to one to remove the chief executive.",
            "The directors removed the chief executive, six in favour and one director against.",
            "eight to one | six in favour and one director against"),
        // two bodies in one claim: each tally is the vote of the body named before it
        Arguments.of("The Senate approved the budget 31-18, and the House passed it 72-54.",
            "The budget cleared the Senate 33-18 and the House 72-54.", "31-18 | 33-18"),
        // one tally in either order
        Arguments.of("The Senate approved the budget 31-18.",
            "The Senate voted 18-31 against killing the budget.", ""),
        // two bodies' votes
        Arguments.of("The Senate approved the budget 31-18.",
            "The House approved the budget 72-54.", ""),
        Arguments.of("The committee backed the bill 19-5.",
            "The Senate passed the bill 31-18.", ""),
        // no vote: a score of a game
        Arguments.of("The Bluejays defeated Drake 65-53 on Friday.",
            "Indiana State defeated Evansville 67-55 on Friday.", ""),
        // a unanimous vote has no vote against
        Arguments.of("The council voted unanimously to approve the budget.",
            "The council approved the budget by a 7-2 vote.", "unanimously | 7-2"),
        Arguments.of("The board unanimously approved the merger on Monday.",
            "The board approved the merger on Monday, with eight in favour and one against.",
            "unanimously | eight in favour and one against"),
        Arguments.of("The council voted unanimously to approve the budget.",
            "The council approved the budget 7-0.", ""),
        // denied, of judges, of another body
        Arguments.of("The vote was not unanimous, and the council approved the budget.",
            "The council approved the budget 5-2.", ""),
        Arguments.of("The council voted almost unanimously to approve the budget.",
            "The council approved the budget by a 7-2 vote.", ""),
        Arguments.of("Lopez won a unanimous decision over Smith on Saturday.",
            "Judges scored the bout 118-110 for Lopez on Saturday.", ""),
        Arguments.of("The Senate unanimously approved the budget.",
            "The House approved the budget 72-54.", ""));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void aVoteHasOneTally(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.NUMERIC, a, b, expected);
  }

  @Test
  void explainsTheTally() {
    List<Contradiction> found = CheckCases.found(Kind.NUMERIC,
        "The Senate approved the budget 31-18 on June 19.",
        "The budget cleared the Senate 33-18 on June 19.");
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.confidence()).isEqualTo(TallyCheck.ALIGNED);
      assertThat(c.explanation()).isEqualTo("A outlet gives 31 to 18 (\"31-18\"); B outlet gives 33 to 18"
          + " (\"33-18\"): the vote tally differs. A vote ends with one tally.");
    });
  }
}
