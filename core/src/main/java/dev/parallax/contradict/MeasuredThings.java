package dev.parallax.contradict;

import dev.parallax.QuantityFacet;

/**
 * What an amount measures when its words do not say it right after the number: the noun after a
 * conversion in parentheses ("the 450 kg (990 lb) lander"), and the people a toll counts ("the
 * death toll has risen to nine"). Immutable and thread-safe.
 */
final class MeasuredThings {
  private final Lexicon lexicon;

  MeasuredThings(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The most chars of a conversion in parentheses after a measure ("450 kg (990 lb) lander"). */
  static final int CONVERSION_CHARS = 24;

  /**
   * The char after a conversion in parentheses right after char {@code end} ("the 450 kg (990
   * lb) lander": after ")"), where the noun the measure describes stands; {@code end} when none.
   */
  static int pastConversion(ClaimWords w, int end) {
    String ahead = w.between(end, Math.min(w.claim().span().end(), end + CONVERSION_CHARS));
    int open = ahead.indexOf('(');
    int close = ahead.indexOf(')');
    if (open < 0 || close < open || !ahead.substring(0, open).isBlank()
        || ahead.substring(open, close).chars().noneMatch(Character::isDigit)) {
      return end;
    }
    return end + close + 1;
  }

  /** The most words between a toll noun and the number it stands at. */
  static final int TOLL_WORDS = 7;

  /**
   * Whether a noun of the pack facet {@code toll-noun} stands at most {@value #TOLL_WORDS} words
   * before the number, in its clause, after which only verbs of change or level and their
   * particles stand ("the death toll has risen to nine", "the toll stood at 12"): the number is
   * the toll, people a fate befell.
   */
  boolean tolled(ClaimWords w, QuantityFacet q) {
    int at = w.firstWordFrom(q.span().start());
    for (int k = at - 1; k >= 0 && k >= at - 1 - TOLL_WORDS; k--) {
      if (!w.between(w.end(k), w.start(k + 1)).isBlank()) {
        return false; // "the toll, officials said, ..."
      }
      if (lexicon.amountWords().tollNouns().contains(w.lower(k))) {
        return k + 1 < at && lexicon.changeTargets().contains(w.lower(at - 1));
      }
    }
    return false;
  }
}
