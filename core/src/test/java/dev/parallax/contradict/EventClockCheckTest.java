package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clock time of the story's event: each report's only time of one kind of event, named right
 * before the time, is one fact however differently the claims are worded.
 */
class EventClockCheckTest {
  private static final Parallax PX = Parallax.standard();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("The blast happened at 2:47 p.m. at the grain terminal, the third-largest"
            + " in the country.", "The silo held roughly 4,200 tonnes of wheat when it blew up"
            + " at 12:47 p.m.", "2:47 p.m. | 12:47 p.m."),
        Arguments.of("The shooting occurred about 3:10 p.m. in the 12200 block of 223rd Street.",
            "The shooting began at 5:30 p.m. outside a liquor store, neighbours said.",
            "3:10 p.m. | 5:30 p.m."),
        // a birth and an attack are events of a moment too
        Arguments.of("The calf was born at 4:15 a.m. on Sunday after a long labour, keepers said.",
            "Keepers said the female calf was born shortly after 6 a.m. on Sunday.",
            "4:15 a.m. | 6 a.m."),
        Arguments.of("The attack happened at around 5.40pm near the playground, police said.",
            "Police said the dog attacked the girl at 3:40 p.m. near the playground.",
            "5.40pm | 3:40 p.m."),
        // "when" right after a time opens the clause of the event it times
        Arguments.of("He was swimming about 60 metres from shore at around 7:40 a.m. when a"
                + " shark bit him, police said.",
            "He was about 200 feet from the water's edge at roughly twenty to ten in the morning"
                + " when he was bitten, police said.",
            "7:40 a.m. | twenty to ten in the morning"),
        // a boat turns over once, a storm makes landfall once, a pile-up is a crash
        Arguments.of("The boat overturned at around 2:05 a.m. south of the islet, the coast guard"
                + " said.",
            "The vessel capsized at around 4:30 a.m., a coast guard spokesman said.",
            "2:05 a.m. | 4:30 a.m."),
        Arguments.of("The hurricane came ashore at about 10:40 p.m. near Bayou Sable.",
            "The storm made landfall shortly before 9 p.m. near the fishing village.",
            "10:40 p.m. | 9 p.m."),
        Arguments.of("The crash happened at about 3:20 p.m., race organisers said.",
            "The pile-up happened around 4:20 in the afternoon, organisers said.",
            "3:20 p.m. | 4:20 in the afternoon"),
        // the outbreak of unrest is an event of a moment too
        Arguments.of("The violence broke out at around 10:15 p.m., roughly 40 minutes after the"
                + " final whistle, police said.",
            "Trouble began at about a quarter past eleven in the evening, police said.",
            "10:15 p.m. | a quarter past eleven in the evening"),
        // one deed of one named thing, told after the same words, is timed once
        Arguments.of("The ferry struck a rocky ledge known locally as the Grey Mare at 6:42 a.m.,"
                + " the coastguard said.",
            "The coastguard said the ferry struck the Grey Mare ledge at 6:12 a.m.",
            "6:42 a.m. | 6:12 a.m."),
        // within a quarter of an hour: one time, told loosely
        Arguments.of("The crash happened at 8:12 a.m. on Marktstrasse, police said.",
            "Witnesses said the trams collided at about 8:20 a.m. near the main square.", ""),
        // two times to the minute: two moments, however near
        Arguments.of("The crash happened at 8:12 a.m. on Marktstrasse, police said.",
            "Witnesses said the trams collided at 8:19 a.m. near the main square.",
            "8:12 a.m. | 8:19 a.m."),
        // the event is named after the time: the time is of another deed
        Arguments.of("The blast happened at 2:47 p.m. at the grain terminal on the quay.",
            "Firefighters arrived at 4:30 p.m., after the blast had torn the silo apart.", ""),
        // a report with two times of one kind of event tells two events
        Arguments.of("The first blast came at 2:40 p.m. and another blast followed at 3:15 p.m.",
            "Residents across the bay said the blast shook their windows at 4:40 p.m.", ""),
        // a numbered event is one of several
        Arguments.of("The first explosion happened at 2:40 p.m., the fire service said.",
            "The blast happened at 3:40 p.m., the fire service said.", ""));
  }

  @org.junit.jupiter.api.Test
  void aTownBothNameIsNoDeed() {
    // a take-off and a crash near one town: the date check may weigh the two times, the check
    // of one deed told after the same words does not
    assertThat(PX.compare(CheckCases.article("a", "The plane took off from the company's dock in"
        + " Port Elskin at 2:10 p.m., police said."), CheckCases.article("b", "Police said the"
        + " plane went down about 18 km north of Port Elskin at 14:35.")).contradictions())
        .noneMatch(c -> c.explanation().contains("after the same words"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void eachReportsOnlyTimeOfItsEventIsOneFact(String a, String b, String expected) {
    // reported at the default confidence, both ways round
    assertThat(evidences(PX.compare(CheckCases.article("a", a), CheckCases.article("b", b))
        .contradictions(), false)).isEqualTo(expected);
    assertThat(evidences(PX.compare(CheckCases.article("a", b), CheckCases.article("b", a))
        .contradictions(), true)).as("mirrored").isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void twoTimesToTheMinuteSayHowFarApartTheyAre() {
    List<Contradiction> found = PX.compare(
        CheckCases.article("a", "The crash happened at 8:12 a.m. on Marktstrasse, police said."),
        CheckCases.article("b", "Witnesses said the trams collided at 8:19 a.m. near the main"
            + " square.")).contradictions();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).explanation()).endsWith("Each report gives one time for the crash."
        + " Both clock times are written to the minute or to five minutes, so 7 minutes apart"
        + " they name two moments.");
  }

  private static String evidences(List<Contradiction> found, boolean swap) {
    return String.join(", ", found.stream().filter(c -> c.kind() == Kind.TEMPORAL)
        .map(c -> swap ? c.rightEvidence().text() + " | " + c.leftEvidence().text()
            : c.leftEvidence().text() + " | " + c.rightEvidence().text())
        .toList());
  }
}
