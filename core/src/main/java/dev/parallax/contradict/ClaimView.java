package dev.parallax.contradict;

import dev.parallax.Claim;
import dev.parallax.PolarityFacet;
import dev.parallax.TextSpan;
import java.util.List;
import java.util.Set;

/**
 * A claim as the checks read it: its words, its content stems and its fact mentions.
 *
 * @param words the claim's words
 * @param stems the stems of its content words, folded by synonyms
 * @param amounts its quantities and lengths of time
 * @param moments its dates and clock times
 * @param quantifiers its quantifier, frequency and degree words with what they quantify
 */
record ClaimView(ClaimWords words, Set<String> stems, List<Amount> amounts,
    List<Moment> moments, List<Quantifier> quantifiers) {
  /** Whether the claim holds a web address. */
  boolean webAddress() {
    return words.webAddress();
  }

  Claim claim() {
    return words.claim();
  }

  /** Whether the claim denies what it states ("did not", "no one was"). */
  boolean denied() {
    return words.stance() == Claim.Stance.DENIED;
  }

  /** Whether {@code span} lies within the scope of a negation of the claim. */
  boolean negated(TextSpan span) {
    for (PolarityFacet p : words.negations()) {
      if (Spans.overlap(p.scope(), span) || Spans.overlap(p.span(), span)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the claim names a time ("last year") or writes a number ("a 2019 standoff") outside
   * {@code except} that {@code other} does not write: then it may tell of another event than the
   * other claim. An age inside {@code except} ("A 23-year-old man was arrested") or set off by
   * commas after a name ("Gordon Pheasey, 66,") describes whom it speaks of, not when.
   */
  boolean timesBeyond(ClaimView other, TextSpan except) {
    String said = other.claim().text().toLowerCase(java.util.Locale.ROOT);
    for (dev.parallax.TimeFacet t : claim().facets(dev.parallax.TimeFacet.class)) {
      if (!Spans.within(t.span().start(), t.span().end(), except) && !possessive(t)
          && !said.contains(t.span().text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.isNumber(i) && !Spans.within(words.start(i), words.end(i), except)
          && !said.contains(words.lower(i)) && !appositiveAge(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the number at word {@code i} is an age set off by commas after a name ("Gordon
   * Pheasey, 66, denied"): it describes whom the claim speaks of, not when.
   */
  private boolean appositiveAge(int i) {
    return i > 0 && words.isCapitalised(i - 1)
        && words.between(words.end(i - 1), words.start(i)).equals(", ")
        && (i + 1 >= words.size()
            || words.between(words.end(i), words.start(i + 1)).startsWith(","));
  }

  /**
   * Whether a time is written as a possessive before a noun ("Saturday's fight", "Tuesday's
   * vote"): it names which event the noun is, as news names the story's own event, and dates no
   * other one.
   */
  private boolean possessive(dev.parallax.TimeFacet t) {
    String text = t.span().text();
    String after = words.between(t.span().end(), Math.min(t.span().end() + 3,
        claim().span().end()));
    return text.endsWith("'s") || text.endsWith("\u2019s")
        || after.startsWith("'s ") || after.startsWith("\u2019s ");
  }

  /**
   * Whether the claim weakens the writer's commitment to all it says ("reportedly", "appears
   * to"); a modal ("would", "may") bears on its own clause only, and is not counted here.
   */
  boolean hedgedThroughout() {
    return hedged() && words.claim().facets(dev.parallax.PolarityFacet.class).stream()
        .anyMatch(p -> p.kind() == dev.parallax.PolarityFacet.Kind.HEDGE);
  }

  /** Whether the claim hedges what it states ("reportedly", "may have"). */
  boolean hedged() {
    return words.stance() == Claim.Stance.HEDGED;
  }
}
