package dev.parallax.testkit;

import static java.util.Objects.requireNonNull;

import dev.parallax.Tag;
import dev.parallax.rules.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Assertions on the tags a pack found in one text, from {@link RulePackAssert#tags(String)}. Each
 * method adds a condition and checks that at least one tag meets every condition so far, so a
 * chain reads as "one tag is all of this":
 *
 * <pre>{@code
 * assertThat(pack).tags("the rogue regime said").as(Category.EPITHET);
 * assertThat(pack).tags("the rogue regime said")
 *     .as(Category.EPITHET).by("rogue-states").exactly("rogue regime").notQuoted();
 * assertThat(pack).tags("He said: \"The regime will fall soon, I think.\"")
 *     .by("regime").quoted().withAlternative("government");     // someone else's words
 * }</pre>
 *
 * <p>When no tag is left the assertion fails, naming the conditions and listing every tag found
 * in the text:
 *
 * <pre>{@code
 * expected pack 'house-style' to tag something as epithet, by rule 'regime' in: "the rogue regime said", but it tagged:
 *   "rogue regime": epithet, rule 'rogue-states'
 *   "regime": loaded-term, rule 'regime', alternative "government"
 * }</pre>
 *
 * <p>A {@code TagsAssert} is immutable: each method returns a new one with one more condition,
 * and two chains started from the same {@code TagsAssert} do not affect each other. It is a plain
 * class rather than an AssertJ {@code AbstractAssert} on purpose: there {@code as("epithet")}
 * would compile, set a description and check nothing, next to {@link #as(Category)}.
 */
public final class TagsAssert {

  private final RulePackAssert owner;
  private final String text;
  private final List<Tag> found;
  private final List<Tag> candidates;
  private final List<String> conditions;

  /** {@code found}: every tag in the text; {@code candidates}: those meeting the conditions. */
  TagsAssert(RulePackAssert owner, String text, List<Tag> found, List<Tag> candidates,
      List<String> conditions) {
    this.owner = owner;
    this.text = text;
    this.found = found;
    this.candidates = candidates;
    this.conditions = conditions;
  }

  /**
   * Checks that a tag (meeting the conditions so far) has {@code category}.
   *
   * @param category the category, e.g. {@link Category#EPITHET}
   * @return assertions on the tags that also have it
   */
  public TagsAssert as(Category category) {
    requireNonNull(category, "category");
    return where("as " + category.packName(), t -> t.category() == category);
  }

  /**
   * Checks that a tag (meeting the conditions so far) was made by the rule {@code ruleId} of the
   * pack.
   *
   * @param ruleId the rule's id, as after {@code rule} in the pack
   * @return assertions on the tags that rule made
   */
  public TagsAssert by(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    return where("by rule '" + ruleId + "'", t -> t.rule().equals(ruleId));
  }

  /**
   * Checks that a tag (meeting the conditions so far) covers exactly {@code taggedText}: its text
   * equals it, character for character ({@code "regime"} is not {@code "rogue regime"}, nor
   * {@code "Regime"}).
   *
   * @param taggedText the words the tag must cover
   * @return assertions on the tags covering exactly those words
   */
  public TagsAssert exactly(String taggedText) {
    requireNonNull(taggedText, "taggedText");
    return where("exactly " + RulePackAssert.quote(taggedText),
        t -> t.span().text().equals(taggedText));
  }

  /**
   * Checks that a tag (meeting the conditions so far) stands inside a direct quotation: someone
   * else's words, not the writer's. Only speech counts: a quotation of more than
   * {@value dev.parallax.text.Quotations#MAX_SCARE_QUOTE_WORDS} words (shorter ones are scare
   * quotes, as in {@code the "regime" said}).
   *
   * @return assertions on the quoted tags
   */
  public TagsAssert quoted() {
    return where("quoted", Tag::quoted);
  }

  /**
   * Checks that a tag (meeting the conditions so far) is in the writer's own words, outside any
   * direct quotation.
   *
   * @return assertions on the tags outside quotations
   */
  public TagsAssert notQuoted() {
    return where("not quoted", t -> !t.quoted());
  }

  /**
   * Checks that a tag (meeting the conditions so far) offers {@code alternative} as its neutral
   * wording (the rule's {@code neutral:} line), exactly.
   *
   * @param alternative the neutral wording
   * @return assertions on the tags offering it
   */
  public TagsAssert withAlternative(String alternative) {
    requireNonNull(alternative, "alternative");
    Optional<String> wanted = Optional.of(alternative);
    return where("with alternative " + RulePackAssert.quote(alternative),
        t -> t.alternative().equals(wanted));
  }

  /** Adds a condition; fails when no tag meets all of them. */
  private TagsAssert where(String condition, Predicate<Tag> test) {
    List<String> all = new ArrayList<>(conditions);
    all.add(condition);
    List<Tag> left = candidates.stream().filter(test).toList();
    if (left.isEmpty()) {
      owner.fail(owner.expected() + " to tag something " + String.join(", ", all) + " in: "
          + RulePackAssert.quote(text) + ", but it tagged:" + RulePackAssert.list(found));
    }
    return new TagsAssert(owner, text, found, left, List.copyOf(all));
  }
}
