package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One stretch of one named person's career, told in two articles in other words: its start and
 * its end are one fact each.
 */
class PersonStretchesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // a seat held and a term served: both ends a year later
        Arguments.of("Tom Jones held the seat from 1994 to 2010, when he retired.",
            "Tom Jones, who served from 1995 to 2011, did not seek re-election.",
            List.of("1994 | 1995", "2010 | 2011")),
        // a surname alone takes the given name its article writes
        Arguments.of("Former senator Tom Jones died on Friday. Jones held the seat from 1994 to"
                + " 2010.",
            "Tom Jones, a senator from 1994 to 2008, did not seek re-election.",
            List.of("2010 | 2008")),
        // the same stretch, and two stretches that do not overlap
        Arguments.of("Tom Jones held the seat from 1994 to 2010.",
            "Tom Jones, who served from 1994 to 2010, retired.", List.of()),
        Arguments.of("Tom Jones was mayor from 1990 to 1998.",
            "Tom Jones, a senator from 2001 to 2013, retired.", List.of()),
        // an article that gives the person two stretches tells two offices
        Arguments.of("Tom Jones was mayor from 1990 to 1998. Tom Jones was governor from 1999 to"
                + " 2007.",
            "Tom Jones, who was governor from 2000 to 2007, retired.", List.of()),
        // an open stretch of one person spent on one thing, after a ranked object of a deed
        Arguments.of("Nadia Farrow was elected, unseating Graham Pellew, 63, who had led"
                + " Britain's second-largest teachers' union since 2012.",
            "Members threw out Graham Pellew. Pellew had run the union since 2009.",
            List.of("2012 | 2009")),
        // a stretch spent on another thing
        Arguments.of("Tom Jones has led the union since 2012.",
            "Tom Jones, who has lived in Leeds since 2009, spoke.", List.of()),
        // two people of one surname
        Arguments.of("Tom Jones held the seat from 1994 to 2010.",
            "Ann Jones, who served from 1995 to 2011, retired.", List.of()));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void oneStretchOfOnePersonHasOneStartAndOneEnd(String a, String b, List<String> expected) {
    assertThat(CheckCases.byCheck(PersonStretches.class, a, b)).extracting(f -> f
        .leftEvidence().text() + " | " + f.rightEvidence().text())
        .containsExactlyElementsOf(expected);
    assertThat(CheckCases.byCheck(PersonStretches.class, b, a)).extracting(f -> f
        .rightEvidence().text() + " | " + f.leftEvidence().text()).as("mirrored")
        .containsExactlyElementsOf(expected);
    assertThat(CheckCases.byCheck(PersonStretches.class, a, a)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theExplanationNamesThePersonAndTheEnd() {
    assertThat(CheckCases.found(dev.parallax.Contradiction.Kind.TEMPORAL,
        "Tom Jones held the seat from 1994 to 2010, when he retired.",
        "Tom Jones, who served from 1994 to 2011, did not seek re-election."))
        .extracting(c -> c.explanation() + " " + c.confidence())
        .containsExactly("A outlet dates this to 2010 (\"2010\"); B outlet dates it to 2011"
            + " (\"2011\"): the year differs. Both dates give when a stretch of time ended"
            + " (\"until\", \"to\"). Both speak of Tom Jones from one year to another. 0.55");
  }
}
