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

  /** The most words of a phrase of a state only people are in ("in a critical condition"). */
  static final int CONDITION_WORDS = 4;

  /** The most words between a number and the state it is in ("were still"). */
  static final int CONDITION_LINKS = 2;

  /**
   * Whether a number that opens its clause (the claim's first word, or the first after a
   * conjunction that opens the claim, or after a comma) is followed, past at most {@value
   * #CONDITION_LINKS} forms of "be" or words of standing, by a phrase of a state only people are
   * in (pack facet {@code people-condition}): "four were in critical condition", "Of the 27
   * injured, seven remained in critical condition". The number counts people.
   */
  boolean inCondition(ClaimWords w, QuantityFacet q) {
    int at = w.firstWordFrom(q.span().start());
    int end = w.lastWordBefore(q.span().end());
    boolean opens = at == 0 || at == 1 && w.isStopWord(0)
        || at > 0 && w.between(w.end(at - 1), w.start(at)).contains(",");
    if (!opens || end < 0) {
      return false;
    }
    AmountWords words = lexicon.amountWords();
    for (int k = end + 1, links = 0; k < w.size() && links <= CONDITION_LINKS; k++, links++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 0; n < CONDITION_WORDS && k + n < w.size(); n++) {
        if (n > 0) {
          if (!w.gapIsSpace(w.end(k + n - 1), w.start(k + n))) {
            break;
          }
          phrase.append(' ');
        }
        phrase.append(w.lower(k + n));
        if (words.peopleConditions().contains(phrase.toString())) {
          return true;
        }
      }
      if (!words.conditionLinks().contains(w.lower(k))) {
        return false;
      }
    }
    return false;
  }
}
