package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;

/**
 * The group a bare quantifier stands for when the sentence before names it: a quantifier that
 * opens its claim as a pronoun subject, alone or with "of them" ("Most were released by
 * evening", "All of them were taken to shelters", "Most of those evacuated were tourists", when the
 * claim before says they were evacuated), quantifies the counted words of the one count
 * of the claim directly before it ("About 40 people were taken to hospital", "Crews rescued
 * 2,300 people"), and that count is its whole. When the claim before names no count of people or
 * things, or more than one ("12 men and 3 women"), the quantifier names nothing.
 *
 * @param before the claim before, where the counted words stand
 * @param from the first counted word in {@code before}
 * @param to the word after the last counted word in {@code before}
 * @param count the count with its counted words, in {@code before}
 * @param end the word after the quantifier's own words ("of them") in its claim
 * @param whole the count, or NaN when it is no exact count of two or more
 */
record GroupBefore(ClaimWords before, int from, int to, TextSpan count, int end, double whole) {

  /**
   * The group of the claim {@code before} the quantifier at words {@code from} to {@code to} of
   * {@code w} stands for, or null when the quantifier does not open its claim as a bare subject
   * or the claim before names no single count.
   */
  static GroupBefore of(ClaimWords before, ClaimWords w, Lexicon lexicon, int from, int to,
      int headWords) {
    if (before == null || from != 0) {
      return null;
    }
    int end = to;
    if (w.lower(end - 1).equals("of") && end < w.size()
        && lexicon.quantifierAntecedents().contains(w.lower(end))
        && w.gapIsSpace(w.end(end - 1), w.start(end))) {
      end++; // "a handful of" (one phrase) and "them"
    } else if (end + 1 < w.size() && w.lower(end).equals("of")
        && lexicon.quantifierAntecedents().contains(w.lower(end + 1))
        && w.gapIsSpace(w.end(end - 1), w.start(end))
        && w.gapIsSpace(w.end(end), w.start(end + 1))) {
      end += 2; // "most of them"
    }
    if (end > to && end + 1 < w.size() && w.isContent(end) && !w.isCapitalised(end)
        && w.gapIsSpace(w.end(end - 1), w.start(end)) && before.contentStems().contains(w.stem(end))) {
      end++; // "most of those evacuated": the group the sentence before says was evacuated
    }
    if (end >= w.size() || !w.gapIsSpace(w.end(end - 1), w.start(end)) || w.isContent(end)
        || w.isNumber(end) || w.lower(end).equals("of") || w.lower(to - 1).equals("of")
            && end == to) {
      return null; // no verb after it, or words of its own
    }
    QuantityFacet one = null;
    for (QuantityFacet q : before.claim().facets(QuantityFacet.class)) {
      if (q.unit().isEmpty() && q.dimension().isEmpty()) {
        if (one != null) {
          return null; // two groups: which one is meant is not said
        }
        one = q;
      }
    }
    if (one == null) {
      return null;
    }
    int first = before.lastWordBefore(one.span().end()) + 1;
    int last = first;
    while (last < before.size() && last - first < headWords && before.isContent(last)
        && !before.isNumber(last) && before.gapIsSpace(before.end(last - 1), before.start(last))
        && !lexicon.anaphoricNouns().contains(before.lower(last))) {
      last++;
    }
    if (last == first) {
      return null; // "six went to hospital": no counted noun
    }
    double whole = one.low() == one.high() && one.value() >= 2
        && one.value() == Math.rint(one.value()) ? one.value() : Double.NaN;
    if (!Double.isNaN(one.low()) && one.high() < 2) {
      return null; // "one man was hurt": no group to take a share of
    }
    return new GroupBefore(before, first, last,
        before.span(one.span().start(), before.end(last - 1)), end, whole);
  }
}
