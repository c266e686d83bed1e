package dev.parallax.testkit;

import static java.util.Objects.requireNonNull;

import dev.parallax.Article;
import dev.parallax.Parallax;
import dev.parallax.Tag;
import dev.parallax.rules.Category;
import dev.parallax.rules.Diagnostic;
import dev.parallax.rules.RulePack;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link RulePack}: that it keeps its own examples, and what it tags (or leaves
 * alone) in a text. Only this pack tags: the bundled packs take no part. Get one with
 * {@link RulePackAssertions#assertThat(RulePack)}.
 *
 * <pre>{@code
 * assertThat(pack).verifies();                                     // every expect: line holds
 * assertThat(pack).tags("the rogue regime said").as(Category.EPITHET);
 * assertThat(pack).tags("the regime said").by("regime").exactly("regime")
 *     .notQuoted().withAlternative("government");                   // one tag is all of that
 * assertThat(pack).doesNotTag("tax regime");                        // no tag at all
 * assertThat(pack).doesNotTag("the regime said", Category.EPITHET); // no epithet
 * }</pre>
 *
 * <p>A failure is an {@link AssertionError} whose message names the pack, the text and every tag
 * found, each as {@code "words": category, rule 'id'}. AssertJ's {@code as(String)},
 * {@code describedAs} and {@code withFailMessage} work as usual, also for the {@link TagsAssert}
 * that {@link #tags(String)} returns. The pack is compiled once per {@code RulePackAssert}, on the
 * first call that tags a text.
 */
public class RulePackAssert extends AbstractAssert<RulePackAssert, RulePack> {

  private static final String ARTICLE_ID = "example";

  private Parallax parallax;

  /**
   * Assertions on {@code pack}; {@link RulePackAssertions#assertThat(RulePack)} is the usual way
   * in.
   *
   * @param pack the pack under test
   */
  public RulePackAssert(RulePack pack) {
    super(pack, RulePackAssert.class);
  }

  /**
   * Checks that the pack keeps its own examples: {@link RulePack#verify()} finds no problem.
   * Otherwise fails listing every problem in compiler form, separated by blank lines:
   *
   * <pre>{@code
   * expected pack 'house-style' to pass its own examples, but verify() found 1 problem:
   *
   * house-style.rules:14:17: error: rule 'regime' should tag 'junta' here but does not
   *   expect: The [[junta]] said.
   *                 ^
   * }</pre>
   *
   * @return this, to chain more assertions
   */
  public RulePackAssert verifies() {
    isNotNull();
    List<Diagnostic> problems = actual.verify();
    if (!problems.isEmpty()) {
      fail(expected() + " to pass its own examples, but verify() found " + problems.size()
          + (problems.size() == 1 ? " problem:" : " problems:") + "\n\n"
          + problems.stream().map(Diagnostic::toString).collect(Collectors.joining("\n\n")));
    }
    return this;
  }

  /**
   * Checks that the pack tags something in {@code text}, and returns assertions on what it tags
   * there. Fails at once when it tags nothing:
   *
   * <pre>{@code
   * expected pack 'house-style' to tag something in: "tax regime", but it tagged nothing
   * }</pre>
   *
   * @param text a sentence or more, as an article would hold it
   * @return assertions on the tags found in {@code text}
   */
  public TagsAssert tags(String text) {
    requireNonNull(text, "text");
    isNotNull();
    List<Tag> tags = tagsIn(text);
    if (tags.isEmpty()) {
      fail(expected() + " to tag something in: " + quote(text) + ", but it tagged nothing");
    }
    return new TagsAssert(this, text, tags, tags, List.of());
  }

  /**
   * Checks that the pack tags nothing in {@code text}. Otherwise fails listing the tags:
   *
   * <pre>{@code
   * expected pack 'house-style' to tag nothing in: "the tax regime", but it tagged:
   *   "regime": loaded-term, rule 'regime'
   * }</pre>
   *
   * @param text a sentence or more, as an article would hold it
   * @return this, to chain more assertions
   */
  public RulePackAssert doesNotTag(String text) {
    requireNonNull(text, "text");
    isNotNull();
    List<Tag> tags = tagsIn(text);
    if (!tags.isEmpty()) {
      fail(expected() + " to tag nothing in: " + quote(text) + ", but it tagged:" + list(tags));
    }
    return this;
  }

  /**
   * Checks that the pack tags nothing of {@code category} in {@code text} (tags of other
   * categories are allowed). Otherwise fails listing the tags of that category:
   *
   * <pre>{@code
   * expected pack 'house-style' to tag nothing as epithet in: "the rogue regime", but it tagged:
   *   "rogue regime": epithet, rule 'rogue-states'
   * }</pre>
   *
   * @param text a sentence or more, as an article would hold it
   * @param category the category that must not be tagged
   * @return this, to chain more assertions
   */
  public RulePackAssert doesNotTag(String text, Category category) {
    requireNonNull(text, "text");
    requireNonNull(category, "category");
    isNotNull();
    List<Tag> tags = tagsIn(text).stream().filter(t -> t.category() == category).toList();
    if (!tags.isEmpty()) {
      fail(expected() + " to tag nothing as " + category.packName() + " in: " + quote(text)
          + ", but it tagged:" + list(tags));
    }
    return this;
  }

  /** What the pack alone tags in {@code text}, in text order; nothing for a blank text. */
  private List<Tag> tagsIn(String text) {
    if (Article.isBlank(text)) {
      return List.of(); // an Article cannot hold it, and there is nothing to tag
    }
    if (parallax == null) {
      parallax = Parallax.builder().rulePacks(List.of(actual)).build();
    }
    return parallax.annotate(Article.builder().id(ARTICLE_ID).text(text).build()).tags();
  }

  /** {@code expected pack 'id'}: how every message starts. */
  String expected() {
    return "expected pack '" + actual.id() + "'";
  }

  /**
   * Throws the failure, with this assertion's description (if any) in front, or the message set
   * by {@code withFailMessage} instead.
   */
  void fail(String message) {
    throw failure("%s", message);
  }

  static String quote(String text) {
    return '"' + text + '"';
  }

  /** The tags, one a line, each line starting with a line break and two spaces. */
  static String list(List<Tag> tags) {
    StringBuilder sb = new StringBuilder();
    for (Tag t : tags) {
      sb.append("\n  ").append(quote(t.span().text())).append(": ").append(t.category().packName())
          .append(", rule '").append(t.rule()).append('\'');
      if (t.quoted()) {
        sb.append(", quoted");
      }
      t.alternative().ifPresent(a -> sb.append(", alternative ").append(quote(a)));
    }
    return sb.toString();
  }
}
