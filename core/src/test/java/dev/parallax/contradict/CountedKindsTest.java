package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Counts of one kind of thing told with other words around them ({@link CountedKinds}): each row
 * is two short articles published the same day, with the two counts a reader sets against each
 * other, or silence.
 */
class CountedKindsTest {
  private static final Parallax PX = Parallax.builder().minConfidence(0).build();

  static Stream<Arguments> clashes() {
    return Stream.of(
        // one kind of people, each report's verb its own, a count of agencies in between
        row("More than 80 officers from four agencies surrounded the farmhouse on Tuesday.",
            "Roughly 200 officers from four agencies encircled the farmhouse on Tuesday.",
            "More than 80 officers", "Roughly 200 officers"),
        // the engines beside them take the verb of each report
        row("Some 45 firefighters with a dozen engines fought the warehouse blaze overnight.",
            "More than 120 firefighters and a dozen engines were sent to the warehouse blaze"
            + " overnight.", "Some 45 firefighters", "More than 120 firefighters"),
        // an airline's fleet under two nouns, a count of routes beside it
        row("Nordvik Air operates 78 aircraft on 112 routes across Europe.",
            "Nordvik Air, which flies 87 planes on 112 routes, disclosed the breach on Monday.",
            "78 aircraft", "87 planes"));
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        // a count of what is so at the time of writing against a count of what happened
        row("The storm cut power to more than 90,000 homes on Monday.",
            "About 60,000 homes were still without power on Tuesday after the storm."),
        // a report that counts the kind twice tells two facts of it
        row("Some 40 officers surrounded the farmhouse on Monday. By nightfall 90 officers had"
            + " been sent to the scene.", "Roughly 200 officers encircled the farmhouse on"
            + " Monday."),
        // "the 28 injured" were injured: no count of the dead
        row("Twelve people were killed in the explosion at the depot on Monday.",
            "Of the 28 injured in the explosion at the depot, five were seriously hurt."),
        // two groups of people
        row("About 300 students walked out of classes at the college on Friday.",
            "Some 40 teachers joined the protest at the college on Friday."),
        // members of two families: the words after "of" say what is counted
        row("Seven members of one family were killed when a shell hit their house.",
            "Twelve members of a family died in an air strike on their home."));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("clashes")
  void clash(String a, String b, String leftEvidence, String rightEvidence) {
    List<Contradiction> found = compare(a, b);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(Kind.NUMERIC);
    assertThat(List.of(found.get(0).leftEvidence().text(), found.get(0).rightEvidence().text()))
        .containsExactly(leftEvidence, rightEvidence);
    List<Contradiction> back = compare(b, a);
    assertThat(back).hasSize(1);
    assertThat(List.of(back.get(0).leftEvidence().text(), back.get(0).rightEvidence().text()))
        .containsExactly(rightEvidence, leftEvidence);
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("agreements")
  void agreement(String a, String b) {
    assertThat(compare(a, b)).isEmpty();
    assertThat(compare(b, a)).isEmpty();
  }

  private static List<Contradiction> compare(String a, String b) {
    return PX.compare(article("a", a), article("b", b)).contradictions();
  }

  private static Article article(String id, String text) {
    return Article.builder().id(id).published("2025-10-20").text(text).build();
  }

  private static Arguments row(Object... values) {
    return Arguments.of(values);
  }
}
