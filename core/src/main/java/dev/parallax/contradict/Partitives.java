package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import java.util.Set;

/**
 * Amounts that are a whole or a part of another one in their claim, which the numeric check does
 * not set against a count of the part or of the whole: the whole of a partitive ("nine of the 11
 * counts"), the whole of an unnumbered part ("most of a six-month sentence"), and a part told
 * after its total ("rescued 23 people, including 11 in a downtown tower"). Immutable and
 * thread-safe.
 */
final class Partitives {
  private final Lexicon lexicon;

  Partitives(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether the amount is the whole of a partitive ("missing 10 of the Saints' 16 games", "30 of
   * the 80 wounded"): after a number, "of" and up to three words of a determiner or a possessor.
   * Such a whole is often the size of a set (a season, a list) rather than the count of the event.
   */
  static boolean whole(Amount a) {
    return part(a) != null;
  }
  /**
   * The part of the partitive whose whole the amount is ("nine" of "nine of the 11 counts"), or
   * null when the amount is no such whole.
   */
  static QuantityFacet part(Amount a) {
    ClaimWords w = a.claim();
    int i = w.firstWordFrom(a.evidence().start());
    for (int j = i - 1; j >= 1 && j >= i - 4; j--) {
      if (w.lower(j).equals("of")) {
        int n = j - 1;
        for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
          if (q.span().end() <= w.start(j) && q.span().end() >= w.end(n)
              && w.gapIsSpace(q.span().end(), w.start(j))) {
            return q;
          }
        }
        return null;
      }
      if (w.isContent(j) && !w.isCapitalised(j)) {
        return null; // "of the Saints' 16", not "of the injured, 16"
      }
    }
    return null;
  }
  /**
   * Whether the amount is the whole of a partitive whose part the other amount gives: "guilty
   * on nine of the 11 counts" and "convicted on nine counts" tell one verdict, the second its
   * part only; the whole is the size of the set the part was taken from.
   */
  static boolean wholeOfStatedPart(Amount whole, Amount other) {
    QuantityFacet part = part(whole);
    return part != null && whole.measure().equals("count")
        && part.baseValue() >= other.low() && part.baseValue() <= other.high();
  }
  /**
   * Whether the amount is the whole of which an unnumbered part is told ("served most of a
   * six-month sentence", "much of the $3 million"): "of", at most a function word, and before "of" a
   * word of the pack facet {@code vague-part}. The part's value is not stated, so the whole is no
   * value to set against another report's.
   */
  boolean wholeOfVaguePart(Amount a) {
    ClaimWords w = a.claim();
    int j = w.firstWordFrom(a.evidence().start()) - 1;
    if (j >= 0 && !w.isContent(j) && !w.lower(j).equals("of")) {
      j--; // a determiner: "most of a", "much of their"
    }
    return j >= 1 && w.lower(j).equals("of") && lexicon.vagueParts().contains(w.lower(j - 1));
  }
  /**
   * Whether the claim of {@code a} gives, before it, a larger amount of the same measure and
   * counted noun: a total of which {@code a} is a part ("rescued 23 people, including 11 in a
   * downtown tower", "12 of the injured remained in hospital, three of them in critical
   * condition").
   */
  static boolean partOfTotalBefore(ClaimView view, Amount a) {
    for (Amount c : view.amounts()) {
      if (c != a && c.measure().equals(a.measure()) && c.noun().equals(a.noun())
          && c.low() > a.high() && c.evidence().end() <= a.evidence().start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The count that a number ending at offset {@code end} is a part of: a word of {@code
   * partitives} right after it, then within {@value QuantityAmounts#PARTITIVE_WORDS} words a count without a
   * unit ("four of its nine centres": "nine"); null otherwise.
   */
  static QuantityFacet wholeAfter(ClaimWords w, int end, Set<String> partitives) {
    int k = w.firstWordFrom(end);
    if (k >= w.size() || !partitives.contains(w.lower(k))
        || !w.between(end, w.start(k)).isBlank()) {
      return null;
    }
    for (QuantityFacet o : w.claim().facets(QuantityFacet.class)) {
      int f = w.firstWordFrom(o.span().start());
      if (f > k && f - k <= QuantityAmounts.PARTITIVE_WORDS && o.unit().isEmpty() && o.dimension().isEmpty()) {
        return o;
      }
    }
    return null;
  }
}
