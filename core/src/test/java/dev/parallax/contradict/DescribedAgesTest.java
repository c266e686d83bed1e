package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An age after "aged", or after "of" and a noun for people, is the age of the one person a report
 * names or describes with a word written with a capital ("a Norwegian engineer aged 47"), as "a
 * 47-year-old Norwegian engineer" is; "a woman aged 77" may be any woman of the story.
 */
class DescribedAgesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("The dead man was a 44-year-old Norwegian engineer, the company said.",
            "The man who died was a Norwegian engineer aged 47, the company said.",
            "44-year-old | aged 47"),
        Arguments.of("Still missing is an Egyptian engineer aged 38, the coastguard said.",
            "Still missing is a 28-year-old Egyptian engineer, the coastguard said.",
            "aged 38 | 28-year-old"),
        Arguments.of("Among the dead was a German boy aged 9, police said.",
            "Among the dead was a German boy of 11, police said.", "aged 9 | of 11"),
        Arguments.of("Anna Berg, aged 47, said she heard the blast from her kitchen.",
            "Anna Berg, 44, said she heard the blast from her kitchen.", "aged 47 | 44"),
        // "now" before an age set off by commas keeps it the person's age
        Arguments.of("Anna Berg, 44, said she heard the blast from her kitchen.",
            "Anna Berg, now 47, said she heard the blast from her kitchen.", "44 | now 47"),
        Arguments.of("Anna Berg, 44, said she heard the blast from her kitchen.",
            "Anna Berg, then 47, said she heard the blast from her kitchen.", ""),
        // an age that closes a claim naming one person is that person's
        Arguments.of("Lena Okafor, 31, died in the crash, the airline said.",
            "The airline said Lena Okafor died in the crash, aged 34.", "31 | aged 34"),
        // two names, or a description, leave the age to no one
        Arguments.of("Lena Okafor, 31, died in the crash, the airline said.",
            "Lena Okafor and Tom Hale died in the crash, aged 34.", ""),
        // no word with a capital: one of many women, not compared
        Arguments.of("A woman aged 77 and two men were taken to hospital.",
            "A 71-year-old woman and two men were taken to hospital.", ""),
        // ages of a group, and a count after "of"
        Arguments.of("Children aged 5 to 11 were evacuated from the school.",
            "Children aged 6 were evacuated from the school.", ""),
        Arguments.of("A team of 11 engineers arrived at the site on Monday.",
            "A team of 12 engineers arrived at the site on Monday.",
            "11 engineers | 12 engineers"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void anAgeAfterAgedIsTheAgeOfWhomItDescribes(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.NUMERIC, a, b, expected);
  }
}
