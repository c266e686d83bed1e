package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Comparison;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POLARITY by a prefix that denies a word ("non-fatal wounds" against "the wounds were fatal"),
 * with the exact evidence, and wordings that agree or speak of another noun, which must stay
 * silent.
 */
class NegatingPrefixTest {
  private static final Parallax PX = Parallax.standard();

  private static List<Contradiction> polarity(Article a, Article b) {
    Comparison c = PX.compare(a, b);
    return c.contradictions().stream().filter(x -> x.kind() == Kind.POLARITY).toList();
  }

  /** Denied evidence, asserted evidence, report A, report B. */
  static Stream<Arguments> clashes() {
    return Stream.of(
        // the word said of the same noun after a copula
        Arguments.of("non-fatal wounds", "wounds were fatal",
            "The two guards were treated for non-fatal wounds at the county hospital.",
            "The two guards were treated at the county hospital, and their wounds were fatal."),
        Arguments.of("non-life-threatening burns", "burns were life-threatening",
            "Three firefighters were taken to hospital with non-life-threatening burns.",
            "Three firefighters were taken to hospital; their burns were life-threatening."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String denied, String asserted, String left, String right) {
    Article a = CheckCases.article("a", left);
    Article b = CheckCases.article("b", right);
    List<Contradiction> found = polarity(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(List.of(c.leftEvidence().text(), c.rightEvidence().text(), c.leftValue(),
        c.rightValue())).containsExactly(denied, asserted, denied, asserted);
    List<Contradiction> reversed = polarity(b, a);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).leftEvidence()).isEqualTo(c.rightEvidence());
  }

  /** Pairs in which nothing is contradicted. */
  static Stream<Arguments> silent() {
    return Stream.of(
        // both deny, one by the prefix and one by "not"
        Arguments.of("Three firefighters were taken to hospital with non-life-threatening burns.",
            "Three firefighters were taken to hospital, and their burns were not"
                + " life-threatening."),
        // both write the prefix
        Arguments.of("Three firefighters were taken to hospital with non-life-threatening burns.",
            "Three firefighters were taken to hospital with non-life-threatening burns, police"
                + " said."),
        // before a noun the two words name kinds, which may both be
        Arguments.of("Non-union workers at the port joined the strike on Monday.",
            "Union workers at the port joined the strike on Monday."),
        // a claim that writes both words names two kinds
        Arguments.of("The guards had both fatal and non-fatal wounds, the coroner said.",
            "The coroner said the guards' wounds were fatal."),
        // the word said of another noun
        Arguments.of("The two guards were treated for non-fatal wounds at the county hospital.",
            "The two guards were treated at the county hospital after a fatal crash."),
        // a hedged claim
        Arguments.of("Three firefighters were taken to hospital with non-life-threatening burns.",
            "Three firefighters were taken to hospital with what may be life-threatening"
                + " burns."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("silent")
  void noClash(String left, String right) {
    assertThat(polarity(CheckCases.article("a", left), CheckCases.article("b", right))).isEmpty();
  }
}
