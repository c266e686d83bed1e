package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.Parallax;
import dev.parallax.rules.RulePack;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stretches of time read from one sentence: whether a length of time says how long something
 * went on ({@link Lengths}), and which dates end a stretch (bound {@code to}), among them the
 * date after "before" or "until" that a negated verb makes the end of the state it would end.
 */
class StretchesTest {
  private static final Parallax PX = Parallax.standard();
  private static final Contradictor CX = Contradictor.english(TextAnalyzer.english());
  private static final AmountWords WORDS = AmountWords.of(new PackCues(
      RulePack.fromClasspath("/dev/parallax/contradict/en/contradict.rules"),
      TextAnalyzer.english()));

  static Stream<Arguments> lengths() {
    return Stream.of(
        // the complement of a verb of lasting, with or without a bound before the number
        Arguments.of("The hearing lasted nearly four hours, the clerk said.",
            "nearly four hours", true),
        Arguments.of("The repair of the dike took about three weeks.", "about three weeks", true),
        // the time an act needed
        Arguments.of("The burglars needed about ten minutes to empty the safe.",
            "about ten minutes", true),
        Arguments.of("Repairing the dike will require nearly seven weeks.", "nearly seven weeks",
            true),
        Arguments.of("The vote came nine hours after the debate began.", "nine hours", false),
        Arguments.of("The vote came after a debate that stretched for nine hours.", "nine hours",
            true),
        // after "for", whatever the verb
        Arguments.of("The tunnel was closed for 11 hours after the fire.", "11 hours", true),
        // a length joined to its noun by a hyphen, or before "of" and its noun
        Arguments.of("She spoke after a two-hour meeting with the unions.", "two-hour", true),
        Arguments.of("She spoke after six hours of talks with the unions.", "six hours", true),
        // a distance in time places another moment
        Arguments.of("Divers reached the wreck about six hours after it sank.", "about six hours",
            false),
        Arguments.of("Medics arrived within eight minutes of the call.", "eight minutes", false),
        Arguments.of("The flood reached the town in about 40 minutes.", "about 40 minutes",
            false));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @MethodSource("lengths")
  void aLengthOfTimeSaysHowLongSomethingWentOn(String sentence, String evidence,
      boolean length) {
    assertThat(Lengths.of(amount(sentence, evidence), WORDS)).isEqualTo(length);
  }

  static Stream<Arguments> ends() {
    return Stream.of(
        // "until" a date ends a stretch of time
        Arguments.of("The gallery will stay shut until Nov. 3, its owner said.", "Nov. 3", "to"),
        // a negated verb before "before" or "until" a date: the state lasts until then
        Arguments.of("The gallery will not reopen before Nov. 3, its owner said.", "Nov. 3",
            "to"),
        Arguments.of("Its owner said the gallery would not open its doors until Thursday.",
            "Thursday", "to"),
        // "before" a date without a negation bounds another event
        Arguments.of("The gallery reopened before Nov. 3, its owner said.", "Nov. 3",
            "governed"),
        // a negation past a comma is of another clause
        Arguments.of("The owner would not comment on the sale, before Thursday.", "Thursday",
            "governed"),
        // a negation more than six words before "before" is of another verb
        Arguments.of("No one expected that the gallery in the old port town would reopen before"
            + " Thursday.", "Thursday", "governed"));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @MethodSource("ends")
  void aNegatedVerbBeforeADateMakesItTheEndOfAStretch(String sentence, String date,
      String bound) {
    assertThat(bound(sentence, date)).isEqualTo(bound);
  }

  /** The bound of the moment read at {@code date}, "governed" for a bound of another event. */
  private static String bound(String sentence, String date) {
    for (ClaimView c : left(sentence).claims()) {
      for (Moment m : c.moments()) {
        if (m.facet().span().text().equals(date)) {
          return m.governed() ? "governed" : m.bound();
        }
      }
    }
    return null;
  }

  private static Amount amount(String sentence, String evidence) {
    for (ClaimView c : left(sentence).claims()) {
      for (Amount m : c.amounts()) {
        if (m.evidence().text().equals(evidence)) {
          return m;
        }
      }
    }
    throw new AssertionError("no amount '" + evidence + "' in: " + sentence);
  }

  private static ArticlePair.Side left(String sentence) {
    Article a = Article.builder().id("a").published("2025-10-20").text(sentence).build();
    Article b = Article.builder().id("b").published("2025-10-20").text("Nothing.").build();
    List<List<Claim>> claims = new ArrayList<>();
    claims.add(PX.annotate(a).claims());
    claims.add(PX.annotate(b).claims());
    return CX.pairs(List.of(a, b), claims, PX.compare(a, b).alignments()).get(0).left();
  }
}
