package dev.parallax.testkit;

import static dev.parallax.testkit.RulePackAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.rules.Category;
import dev.parallax.rules.RulePack;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every assertion, passing and failing, with its failure message word for word. */
class RulePackAssertTest {

  private static final String HEAD = """
      pack test-pack
        version: 1
        language: en
        source: RulePackAssertTest
        license: Apache-2.0
      """;

  /** Two rules that overlap in "rogue regime", and one without a neutral alternative. */
  private static final RulePack PACK = RulePack.parse("test.rules", HEAD + """

      rule rogue-states
        category: epithet
        severity: high
        words: rogue regime, hermit kingdom
        why: Labels a country instead of naming it.
        neutral: the country's name
        expect: They called it a [[rogue regime]].
        expect: Pyongyang, the [[Hermit Kingdom]], said nothing.

      rule regime
        category: loaded-term
        words: regime
        except: tax regime, visa regime
        why: Casts a government as illegitimate.
        neutral: government
        expect: The [[regime]] said on Sunday.
        expect: The new tax regime starts in May.

      rule so-called
        category: sarcasm
        pattern: so-called *
        why: Doubts a name without saying why.
        expect: The [[so-called experts]] disagreed.
      """);

  /** A pack whose rule breaks two of its examples. */
  private static final RulePack BROKEN = RulePack.parse("broken.rules", HEAD + """

      rule regime
        category: loaded-term
        words: regime
        why: Casts a government as illegitimate.
        expect: The [[junta]] said.
        expect: The tax regime starts in May.
      """);

  /** A pack whose rule breaks one example. */
  private static final RulePack ONE_BROKEN = RulePack.parse("one.rules", HEAD + """
      rule regime
        category: loaded-term
        words: regime
        why: Casts a government as illegitimate.
        expect: The [[regime]] said.
        expect: The tax regime starts in May.
      """);

  private static final String QUOTED = "He said: \"The rogue regime will fall soon, I think.\"";

  static Stream<Arguments> passing() {
    return Stream.of(
        use("the pack keeps its examples", () -> assertThat(PACK).verifies()),
        use("tags as a category (the usage asked for)",
            () -> assertThat(PACK).tags("the rogue regime said").as(Category.EPITHET)),
        use("does not tag (the usage asked for)", () -> assertThat(PACK).doesNotTag("tax regime")),
        use("does not tag another except phrase",
            () -> assertThat(PACK).doesNotTag("The visa regime changes in May.")),
        use("tags something, no condition", () -> assertThat(PACK).tags("the regime said")),
        use("by rule", () -> assertThat(PACK).tags("the rogue regime said").by("rogue-states")),
        use("exactly, as written in the text",
            () -> assertThat(PACK).tags("Pyongyang, the Hermit Kingdom, said")
                .exactly("Hermit Kingdom")),
        use("all conditions met by one tag",
            () -> assertThat(PACK).tags("the rogue regime said")
                .as(Category.LOADED_TERM).by("regime").exactly("regime").notQuoted()
                .withAlternative("government")),
        use("the second of two overlapping tags meets the conditions",
            () -> assertThat(PACK).tags("the rogue regime said")
                .exactly("regime").as(Category.LOADED_TERM)),
        use("quoted", () -> assertThat(PACK).tags(QUOTED).as(Category.EPITHET).quoted()),
        use("pattern rule",
            () -> assertThat(PACK).tags("The so-called experts left.").as(Category.SARCASM)
                .exactly("so-called experts")),
        use("does not tag a category that is absent",
            () -> assertThat(PACK).doesNotTag("the regime said", Category.EPITHET)),
        use("does not tag a blank text", () -> assertThat(PACK).doesNotTag(" \n")),
        use("bundled packs take no part",
            () -> assertThat(PACK).doesNotTag("Experts say the plan is extremely catastrophic!")),
        use("chains", () -> assertThat(PACK).verifies().doesNotTag("tax regime")
            .doesNotTag("the regime said", Category.SARCASM)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passing")
  void passes(String name, ThrowingCallable use) {
    assertThatCode(use).doesNotThrowAnyException();
  }

  static Stream<Arguments> failing() {
    return Stream.of(
        use("verify finds problems",
            () -> assertThat(BROKEN).verifies(), """
            expected pack 'test-pack' to pass its own examples, but verify() found 2 problems:

            broken.rules:11:17: error: rule 'regime' should tag 'junta' here but does not
              expect: The [[junta]] said.
                            ^

            broken.rules:12:19: error: rule 'regime' tags 'regime', which is not marked
              expect: The tax regime starts in May.
                              ^"""),
        use("verify finds one problem",
            () -> assertThat(ONE_BROKEN).verifies(), """
            expected pack 'test-pack' to pass its own examples, but verify() found 1 problem:

            one.rules:11:19: error: rule 'regime' tags 'regime', which is not marked
              expect: The tax regime starts in May.
                              ^"""),
        use("tags nothing",
            () -> assertThat(PACK).tags("tax regime"),
            "expected pack 'test-pack' to tag something in: \"tax regime\", but it tagged nothing"),
        use("tags nothing in a blank text",
            () -> assertThat(PACK).tags(""),
            "expected pack 'test-pack' to tag something in: \"\", but it tagged nothing"),
        use("as another category",
            () -> assertThat(PACK).tags("the regime said").as(Category.EPITHET), """
            expected pack 'test-pack' to tag something as epithet in: "the regime said", but it tagged:
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("by another rule",
            () -> assertThat(PACK).tags("The so-called experts left.").by("regime"), """
            expected pack 'test-pack' to tag something by rule 'regime' in: "The so-called experts left.", but it tagged:
              "so-called experts": sarcasm, rule 'so-called'"""),
        use("exactly other words",
            () -> assertThat(PACK).tags("the rogue regime said").exactly("rogue"), """
            expected pack 'test-pack' to tag something exactly "rogue" in: "the rogue regime said", but it tagged:
              "rogue regime": epithet, rule 'rogue-states', alternative "the country's name"
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("exactly is case-sensitive",
            () -> assertThat(PACK).tags("the Regime said").exactly("regime"), """
            expected pack 'test-pack' to tag something exactly "regime" in: "the Regime said", but it tagged:
              "Regime": loaded-term, rule 'regime', alternative "government\""""),
        use("each condition met, but by different tags",
            () -> assertThat(PACK).tags("the rogue regime said")
                .as(Category.EPITHET).exactly("regime"), """
            expected pack 'test-pack' to tag something as epithet, exactly "regime" in: "the rogue regime said", but it tagged:
              "rogue regime": epithet, rule 'rogue-states', alternative "the country's name"
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("quoted, but the writer's own words",
            () -> assertThat(PACK).tags("the regime said").by("regime").quoted(), """
            expected pack 'test-pack' to tag something by rule 'regime', quoted in: "the regime said", but it tagged:
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("not quoted, but inside a quotation",
            () -> assertThat(PACK).tags(QUOTED).as(Category.EPITHET).notQuoted(), """
            expected pack 'test-pack' to tag something as epithet, not quoted in: "He said: "The rogue regime will fall soon, I think."", but it tagged:
              "rogue regime": epithet, rule 'rogue-states', quoted, alternative "the country's name"
              "regime": loaded-term, rule 'regime', quoted, alternative "government\""""),
        use("with another alternative",
            () -> assertThat(PACK).tags("The so-called experts left.")
                .withAlternative("experts"), """
            expected pack 'test-pack' to tag something with alternative "experts" in: "The so-called experts left.", but it tagged:
              "so-called experts": sarcasm, rule 'so-called'"""),
        use("does not tag, but does",
            () -> assertThat(PACK).doesNotTag("the rogue regime said"), """
            expected pack 'test-pack' to tag nothing in: "the rogue regime said", but it tagged:
              "rogue regime": epithet, rule 'rogue-states', alternative "the country's name"
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("does not tag a category, but does (only that category is listed)",
            () -> assertThat(PACK).doesNotTag("the rogue regime said", Category.LOADED_TERM), """
            expected pack 'test-pack' to tag nothing as loaded-term in: "the rogue regime said", but it tagged:
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("a description comes first",
            () -> assertThat(PACK).as("reader report #12").doesNotTag("the regime said"), """
            [reader report #12] expected pack 'test-pack' to tag nothing in: "the regime said", but it tagged:
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("a description carries over to the tags",
            () -> assertThat(PACK).as("reader report #12").tags("the regime said")
                .as(Category.HYPERBOLE), """
            [reader report #12] expected pack 'test-pack' to tag something as hyperbole in: "the regime said", but it tagged:
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("withFailMessage replaces the message",
            () -> assertThat(PACK).withFailMessage("house style allows %s", "it")
                .doesNotTag("the regime said"),
            "house style allows it"),
        use("a text with a per cent sign is not a format",
            () -> assertThat(PACK).doesNotTag("100% regime"), """
            expected pack 'test-pack' to tag nothing in: "100% regime", but it tagged:
              "regime": loaded-term, rule 'regime', alternative "government\""""),
        use("no pack",
            () -> assertThat((RulePack) null).doesNotTag("tax regime"),
            "\nExpecting actual not to be null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void failsWithExactMessage(String name, ThrowingCallable use, String message) {
    assertThatThrownBy(use).isInstanceOf(AssertionError.class).hasMessage(message);
  }

  @Test
  void chainsAreIndependent() {
    TagsAssert tags = assertThat(PACK).tags("the rogue regime said");
    tags.as(Category.EPITHET).exactly("rogue regime");
    tags.as(Category.LOADED_TERM).exactly("regime"); // not narrowed by the chain above
  }

  @Test
  void nullArgumentsAreProgrammingErrors() {
    assertThatThrownBy(() -> assertThat(PACK).tags(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> assertThat(PACK).doesNotTag("tax regime", null))
        .isInstanceOf(NullPointerException.class).hasMessage("category");
    assertThatThrownBy(() -> assertThat(PACK).tags("the regime said").by(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ruleId");
  }

  @Test
  void tutorialPackFromTheClassPath() {
    // the pack and the test of the package-info tutorial
    RulePack pack = RulePack.fromClasspath("/dev/parallax/testkit/house.rules");
    assertThat(pack.rules()).hasSize(1); // AssertJ's own assertThat, next to ours
    assertThat(pack).verifies();
    assertThat(pack).tags("the regime said").as(Category.LOADED_TERM)
        .exactly("regime").withAlternative("government");
    assertThat(pack).doesNotTag("the visa regime changes in May");
    assertThatThrownBy(() -> assertThat(pack).doesNotTag("the visa regime and the regime"))
        .hasMessage("""
            expected pack 'house-style' to tag nothing in: "the visa regime and the regime", but it tagged:
              "regime": loaded-term, rule 'regime', alternative "government\"""");
  }

  private static Arguments use(String name, ThrowingCallable use) {
    return Arguments.of(name, use);
  }

  private static Arguments use(String name, ThrowingCallable use, String message) {
    return Arguments.of(name, use, message);
  }
}
