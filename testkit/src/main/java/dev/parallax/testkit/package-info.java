/**
 * AssertJ assertions for rule-pack authors: test a pack like code, with JUnit.
 *
 * <h2>1. Write a pack</h2>
 *
 * <p>A pack is a text file of rules ({@code docs/rule-packs.md} has the grammar). Every rule
 * carries its own examples: {@code [[...]]} marks what it must tag, a line without brackets must
 * tag nothing. Put it with your resources, e.g. {@code src/main/resources/com/example/house.rules}:
 *
 * <pre>{@code
 * pack house-style
 *   version: 1
 *   language: en
 *   source: Our style guide
 *   license: Apache-2.0
 *
 * rule regime
 *   category: loaded-term
 *   words: regime
 *   except: tax regime, visa regime
 *   why: Casts a government as illegitimate.
 *   neutral: government
 *   expect: The [[regime]] said on Sunday.
 *   expect: The new tax regime starts in May.
 * }</pre>
 *
 * <h2>2. Test it</h2>
 *
 * <p>Add {@code dev.parallax:parallax-testkit} with test scope (it brings AssertJ) and write a
 * JUnit test. {@link dev.parallax.testkit.RulePackAssert#verifies() verifies()} runs the pack's own
 * examples; {@link dev.parallax.testkit.RulePackAssert#tags(String) tags(text)} and
 * {@link dev.parallax.testkit.RulePackAssert#doesNotTag(String) doesNotTag(text)} check texts of
 * your own, such as the ones a reader reported:
 *
 * <pre>{@code
 * import static dev.parallax.testkit.RulePackAssertions.assertThat;
 *
 * import dev.parallax.rules.Category;
 * import dev.parallax.rules.RulePack;
 * import org.junit.jupiter.api.Test;
 *
 * class HouseStyleTest {
 *   private final RulePack pack = RulePack.fromClasspath("/com/example/house.rules");
 *
 *   @Test
 *   void keepsItsExamples() {
 *     assertThat(pack).verifies();
 *   }
 *
 *   @Test
 *   void tagsRegimeButNotTaxRegime() {
 *     assertThat(pack).tags("the regime said").as(Category.LOADED_TERM)
 *         .exactly("regime").withAlternative("government");
 *     assertThat(pack).doesNotTag("the visa regime changes in May");
 *   }
 * }
 * }</pre>
 *
 * <h2>3. Run it</h2>
 *
 * <p>{@code mvn test}. A broken pack fails where it is loaded, with {@code file:line:col} and a
 * caret; a pack that breaks its own examples fails {@code verifies()} with one such message per
 * example; a text tagged differently from what the test says fails with the text and every tag
 * found in it:
 *
 * <pre>{@code
 * expected pack 'house-style' to tag nothing in: "the regime's tax regime", but it tagged:
 *   "regime": loaded-term, rule 'regime', alternative "government"
 * }</pre>
 *
 * <p>Only the pack under test tags: the bundled packs take no part, so a test sees exactly what
 * its pack does.
 */
package dev.parallax.testkit;
