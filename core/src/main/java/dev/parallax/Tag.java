package dev.parallax;

import static java.util.Objects.requireNonNull;

import dev.parallax.rules.Category;
import dev.parallax.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Loaded or opinion language that a rule found: where, what kind, which rule of which pack, why
 * it matters, what a neutral wording would be, and whether the words are the reporter's own or
 * stand inside a direct quotation.
 *
 * @param span the tagged words
 * @param category what kind of language
 * @param rule the id of the rule that fired
 * @param pack the id of the rule's pack
 * @param severity how strongly the words colour the text
 * @param why the rule's reason, for readers
 * @param alternative a neutral alternative, where the rule gives one
 * @param quoted whether the words are someone else's: inside a direct quotation, or inside the
 *     reported clause of indirect speech ("officials said the damage was catastrophic")
 * @param alsoBy other rules of the same category that tagged overlapping words, as {@code
 *     pack/rule}: one stretch of loaded language counts once, under the rule with the longest
 *     match (on a tie, the first in pack order), and the others are named here rather than
 *     counted again
 */
public record Tag(
    TextSpan span,
    Category category,
    String rule,
    String pack,
    Severity severity,
    String why,
    Optional<String> alternative,
    boolean quoted,
    List<String> alsoBy) {

  /** Checks arguments. */
  public Tag {
    requireNonNull(span, "span");
    requireNonNull(category, "category");
    requireNonNull(rule, "rule");
    requireNonNull(pack, "pack");
    requireNonNull(severity, "severity");
    requireNonNull(why, "why");
    requireNonNull(alternative, "alternative");
    alsoBy = List.copyOf(alsoBy);
  }

  /** A tag that no other rule of its category overlaps. */
  public Tag(TextSpan span, Category category, String rule, String pack, Severity severity,
      String why, Optional<String> alternative, boolean quoted) {
    this(span, category, rule, pack, severity, why, alternative, quoted, List.of());
  }

  /** {@code Tag[epithet "Hermit Kingdom" (opinion 4:188) by loaded-language-en/epithets]}. */
  @Override
  public String toString() {
    return "Tag[" + category.packName() + (quoted ? " quoted " : " ") + span + " by " + pack
        + "/" + rule + (alsoBy.isEmpty() ? "" : ", also " + String.join(", ", alsoBy)) + "]";
  }
}
