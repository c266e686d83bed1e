package dev.parallax.rules;

import java.util.List;

/**
 * An entry of a rule pack: a {@link Rule} that tags loaded or opinion language, or a {@link Cue}
 * that marks a word the fact extractors read (a month, a unit, a negation). Both match text the
 * same way and carry their own examples.
 */
public sealed interface PackEntry permits Rule, Cue {

  /** The entry's id, unique within its pack. */
  String id();

  /** What it finds. */
  List<RuleMatcher> matchers();

  /** Phrases in which a match does not count. */
  List<String> excepts();

  /** Whether words match their exact written form (case and all, no stemming). */
  boolean caseSensitive();

  /** The {@code expect:} lines. */
  List<Rule.Example> examples();

  /** The line of the entry's header in the pack file. */
  int line();
}
