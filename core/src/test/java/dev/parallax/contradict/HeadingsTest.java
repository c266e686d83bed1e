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
 * The way one thing moves or tips given two ways (a compass point or a vessel's side after a
 * verb of movement), with the exact evidence, and headings that agree or may both hold, which
 * must stay silent.
 */
class HeadingsTest {
  private static final Parallax PX = Parallax.standard();

  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  private static List<Contradiction> headings(Article a, Article b) {
    return PX.compare(a, b).contradictions().stream().filter(x -> x.kind() == Kind.ATTRIBUTE)
        .toList();
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("moving south-southwest", "heading south-southeast",
            "By Friday night the remnants of the typhoon were moving south-southwest at 9 mph"
                + " over the open sea, forecasters said.",
            "By Friday night the remnants of the typhoon were heading south-southeast at 9 mph"
                + " over the open sea, forecasters said."),
        Arguments.of("drifting east", "drifting north",
            "The oil slick was drifting east toward the fishing grounds on Tuesday, the coast"
                + " guard said.",
            "The oil slick was drifting north toward the fishing grounds on Tuesday, the coast"
                + " guard said."),
        Arguments.of("listing to port", "leaning to starboard",
            "Crew members said the cargo ship was listing to port after its containers broke"
                + " loose in heavy seas.",
            "Crew members said the cargo ship was leaning to starboard after its containers"
                + " broke loose in heavy seas."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftHeading, String rightHeading, String left, String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = headings(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.leftEvidence().text()).isEqualTo(leftHeading);
    assertThat(c.rightEvidence().text()).isEqualTo(rightHeading);
    assertThat(c.confidence()).isBetween(0.6, 0.8);
    List<Contradiction> reversed = headings(b, a);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).leftEvidence()).isEqualTo(c.rightEvidence());
    assertThat(headings(a, a)).isEmpty();
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("a coarse point that covers a finer one",
            "The storm was moving north at 12 mph over the gulf on Monday, forecasters said.",
            "The storm was moving north-northeast at 12 mph over the gulf on Monday,"
                + " forecasters said."),
        Arguments.of("an intercardinal point and a cardinal one beside it",
            "The storm was moving northeast at 12 mph over the gulf on Monday, forecasters"
                + " said.",
            "The storm was moving east at 12 mph over the gulf on Monday, forecasters said."),
        Arguments.of("a course that changed, told in full by one article",
            "The storm was moving west at 12 mph over the gulf on Monday. By Tuesday the storm"
                + " was moving north at 12 mph over the gulf.",
            "The storm was moving north at 12 mph over the gulf on Monday, forecasters said."),
        Arguments.of("a turn against a course",
            "The storm turned north over the gulf on Monday, forecasters said.",
            "The storm was moving west over the gulf on Monday, forecasters said."),
        Arguments.of("a place by a compass point, not a heading",
            "Police said the convoy was moving east of the river on Monday night.",
            "Police said the convoy was moving west of the river on Monday night."),
        Arguments.of("a ship that sailed to harbour",
            "The damaged trawler sailed to port on Sunday with its crew unharmed.",
            "The damaged trawler listed to starboard on Sunday with its crew unharmed."),
        Arguments.of("two things that move",
            "The wildfire was spreading east on Thursday as firefighters held the line.",
            "Evacuated families were fleeing west on Thursday as the roads filled."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(headings(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(headings(article("b", right), article("a", left))).as(reason).isEmpty();
  }
}
