package dev.parallax.contradict;

import dev.parallax.QuantityFacet;

/**
 * The count an appositive quantifier takes a share of: a quantifier that opens a clause after a
 * comma and names no noun of its own ("rescued 40 people from the roofs, most of them in the
 * old town", "faces 900 lawsuits, only a handful of which have been heard") quantifies the
 * counted words of the nearest number before the comma, and that number is its whole.
 *
 * @param from the first counted word
 * @param to the word after the last counted word
 * @param end the word after the quantifier's own words ("of them", "of which")
 * @param whole the number, or NaN when it is no exact count of two or more
 */
record CountAntecedent(int from, int to, int end, double whole) {
  /** How many words back from the comma the number may stand. */
  static final int MAX_BACK = 12;

  /**
   * The count the quantifier at words {@code from} to {@code to} takes a share of, or null when
   * it opens no appositive clause after a count.
   */
  static CountAntecedent of(ClaimWords w, Lexicon lexicon, int from, int to, int headWords) {
    if (from == 0 || !w.between(w.end(from - 1), w.start(from)).strip().equals(",")) {
      return null;
    }
    int end = to;
    if (w.lower(end - 1).equals("of") && end < w.size()
        && lexicon.quantifierAntecedents().contains(w.lower(end))
        && w.gapIsSpace(w.end(end - 1), w.start(end))) {
      end++; // "most of" (one phrase) and "them"
    } else if (end + 1 < w.size() && w.lower(end).equals("of")
        && lexicon.quantifierAntecedents().contains(w.lower(end + 1))
        && w.gapIsSpace(w.end(end - 1), w.start(end))
        && w.gapIsSpace(w.end(end), w.start(end + 1))) {
      end += 2; // "most of them", "a handful of which"
    } else if (end < w.size() && w.isContent(end) && w.gapIsSpace(w.end(end - 1), w.start(end))) {
      return null; // words of its own follow
    }
    for (int i = from - 1; i >= 0 && i >= from - MAX_BACK; i--) {
      QuantityFacet q = count(w, i);
      if (q == null) {
        continue;
      }
      int first = i + 1;
      int last = first;
      while (last < from - 1 && last - first < headWords && w.isContent(last)
          && !w.isNumber(last) && w.gapIsSpace(w.end(last - 1), w.start(last))) {
        last++;
      }
      if (last == first) {
        return null; // "six went to hospitals": no counted noun
      }
      double whole = q.low() == q.high() && q.value() >= 2 && q.value() == Math.rint(q.value())
          ? q.value() : Double.NaN;
      return new CountAntecedent(first, last, end, whole);
    }
    return null;
  }

  /** The plain count whose last word is word {@code i}, or null. */
  private static QuantityFacet count(ClaimWords w, int i) {
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (q.unit().isEmpty() && q.dimension().isEmpty() && w.lastWordBefore(q.span().end()) == i
          && (w.isNumber(i) || w.start(i) >= q.span().start())) {
        return q;
      }
    }
    return null;
  }
}
