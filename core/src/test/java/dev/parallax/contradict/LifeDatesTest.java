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
 * A person dies once and is born once: two dates of the death (or the birth) of one named
 * person are one fact told twice, however differently the claims are worded around them.
 */
class LifeDatesTest {
  private static final Parallax PX = Parallax.standard();

  static Stream<Arguments> rows() {
    return Stream.of(
        // the name that opens the claim, past an appositive, against the name before the verb
        Arguments.of("Mark Felt, who was known as Watergate informant 'Deep Throat,' died on"
                + " Friday.",
            "W. Mark Felt, who leaked secrets to reporters about the Watergate break-in, died"
                + " Thursday at the age of 95, sources said.",
            "Friday | Thursday", 0.7),
        // the object of "killed" against the person of a fatal deed
        Arguments.of("The fatal shooting of Alexis Grigoropoulos, 15, on Saturday sparked five"
                + " days of riots.",
            "According to the charge sheet, the officer killed Grigoropoulos on Sunday during a"
                + " clash with youths.",
            "Saturday | Sunday", 0.6),
        // a noun of death with "of"; a passive with its subject
        Arguments.of("Relatives in Santa Rosa confirmed the death of Ann Lind on Tuesday after a"
                + " long illness.",
            "Neighbours were told that Lind was killed on Monday in a fall at her home.",
            "Tuesday | Monday", 0.7),
        // a birth, after a relative pronoun and as a participle after a comma
        Arguments.of("Ann Lind, who was born in 1942, moved to Paris as a child.",
            "Critics praised Ann Lind, born in 1943 in Uppsala, for her novels.",
            "1942 | 1943", 0.7),
        // a noun of death whose "of" follows its date; a given name and its short form
        Arguments.of("The contest was triggered by the death in February of Geoffrey Allard, who"
                + " had held the seat for 21 years.",
            "The by-election followed the death in January of Geoffrey Allard, who was 71.",
            "February | January", 0.7),
        Arguments.of("Raymond T. Castellane, a Democrat who represented the district for 28"
                + " years, died on Tuesday at his home.",
            "Ray Castellane, the Ohio Valley Democrat, died Oct. 13 at his home.",
            "Tuesday | Oct. 13", 0.7),
        // a date that opens the claim of the death
        Arguments.of("On Sunday, Bettie Page died at a hospital in Los Angeles, her agent said.",
            "Her agent said the model Bettie Page had succumbed on Monday to pneumonia.",
            "Sunday | Monday", 0.7));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void onePersonsTwoDatesOfOneLifeEventDisagree(String a, String b, String expected,
      double confidence) {
    List<Finding> found = CheckCases.byCheck(LifeDates.class, a, b);
    assertThat(found).extracting(f -> f.leftEvidence().text() + " | "
        + f.rightEvidence().text() + " " + f.confidence())
        .containsExactly(expected + " " + confidence);
    assertThat(CheckCases.byCheck(LifeDates.class, b, a)).extracting(f -> f.rightEvidence()
        .text() + " | " + f.leftEvidence().text()).as("mirrored")
        .containsExactly(expected);
    assertThat(CheckCases.byCheck(LifeDates.class, a, a)).isEmpty();
    // reported at the default confidence, by this check or a surer one
    assertThat(PX.compare(CheckCases.article("a", a), CheckCases.article("b", b))
        .contradictions()).extracting(c -> c.leftEvidence().text() + " | "
        + c.rightEvidence().text()).containsExactly(expected);
  }

  static Stream<Arguments> silent() {
    return Stream.of(
        // the date anchors another event: "after"
        Arguments.of("Ann Lind died two days after the fall on Thursday, her son said.",
            "Ann Lind died on Friday, her son said."),
        // the date of a telling after the death, in another clause
        Arguments.of("Edmund Carraway has died aged 87, his representatives said on Friday.",
            "Edmund Carraway died on Thursday at his home."),
        // shot one day, died another: the shooting is no death
        Arguments.of("Smith was shot on Saturday and died on Sunday.",
            "Smith died on Sunday in hospital."),
        // two people
        Arguments.of("Mark Felt died on Friday.", "Ann Lind died on Thursday."),
        // one surname, two given names
        Arguments.of("Mark Felt died on Friday.", "Joan Felt died on Thursday."),
        // an article that gives two dates of one death tells a correction or a dispute
        Arguments.of("Ann Lind died on Friday. Earlier reports said Ann Lind died on Thursday.",
            "Ann Lind died on Thursday."),
        // a month agrees with a day of it
        Arguments.of("Ann Lind died in December 2008.", "Ann Lind died on December 19, 2008."));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("silent")
  void otherDatesAreSilent(String a, String b) {
    assertThat(CheckCases.byCheck(LifeDates.class, a, b)).isEmpty();
    assertThat(CheckCases.byCheck(LifeDates.class, b, a)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theExplanationSaysWhy() {
    assertThat(lifeDates("Mark Felt died on Friday at his home.",
        "Mark Felt died Thursday, his grandson said.")).extracting(Contradiction::explanation)
        .containsExactly("A outlet dates this to Friday 17 October 2025 (\"Friday\"); B outlet"
            + " dates it to Thursday 16 October 2025 (\"Thursday\"): the day differs. A person"
            + " dies once.");
  }

  /** The TEMPORAL findings of this check: their explanations say why. */
  private static List<Contradiction> lifeDates(String a, String b) {
    return CheckCases.found(Kind.TEMPORAL, a, b).stream()
        .filter(c -> c.explanation().endsWith(" once.")).toList();
  }
}
