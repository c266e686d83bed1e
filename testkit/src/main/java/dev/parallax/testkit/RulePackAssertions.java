package dev.parallax.testkit;

import dev.parallax.rules.RulePack;

/**
 * The entry point of the testkit: {@code assertThat(pack)} for a {@link RulePack}.
 *
 * <pre>{@code
 * import static dev.parallax.testkit.RulePackAssertions.assertThat;
 *
 * RulePack pack = RulePack.fromClasspath("/com/example/house-style.rules");
 * assertThat(pack).verifies();
 * assertThat(pack).tags("the rogue regime said").as(Category.EPITHET);
 * assertThat(pack).doesNotTag("tax regime");
 * }</pre>
 *
 * <p>The method is an overload of AssertJ's own {@code assertThat}: import both statically by
 * name ({@code import static org.assertj.core.api.Assertions.assertThat;} next to the import
 * above) or both on demand, and the compiler picks this one for a {@code RulePack}.
 */
public final class RulePackAssertions {

  private RulePackAssertions() {}

  /**
   * Starts assertions on a rule pack.
   *
   * @param pack the pack under test, as returned by {@link RulePack#parse}, {@link RulePack#load}
   *     or {@link RulePack#fromClasspath}
   * @return assertions on it
   */
  public static RulePackAssert assertThat(RulePack pack) {
    return new RulePackAssert(pack);
  }
}
