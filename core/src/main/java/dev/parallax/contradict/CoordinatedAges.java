package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import dev.parallax.TimeFacet;
import java.util.Set;

/**
 * Ages given together: "the bodies of two women, 68 and 48-years-old", "two sisters, 8- and
 * 10-year-old girls", "a 7- and a 9-year-old", "the boys, 12 and 14 years old". English writes the
 * unit of age once, after the last number of the list, and every number before it is an age too:
 * not a count of the noun before it ("68 women") nor a length of time ("8 years"). A number is
 * such a member when after it come only list words (pack facet {@code list-conjunction}), an
 * article (pack facet {@code apposition-article}), hyphens, commas and more numbers, up to an age:
 * a number of years with "old" after it. An age followed by a capitalised word names one person
 * ("scored 20 and 15-year-old Smith added 10"), and closes no list.
 *
 * <p>An age of one of several people is held by no one name, so, as "a 12-year-old girl", it is
 * no mention: the numbers of the list are neither counted nor compared.
 */
final class CoordinatedAges {

  /** The most words from the number to the age that closes its list. */
  static final int MAX_WORDS = 8;

  private CoordinatedAges() {}

  /**
   * Whether the number ending at offset {@code end} of claim {@code w} is a member of a list of
   * ages closed by a later one.
   *
   * @param conjunctions words that join the last member of a list ("and", "or"), lower case
   * @param articles "a" and "an" and kin, which may open each member ("a 7- and a 9-year-old")
   */
  static boolean member(ClaimWords w, int end, Set<String> conjunctions, Set<String> articles) {
    int k = w.firstWordFrom(end);
    int at = end;
    boolean joined = false;
    for (int n = 0; k < w.size() && n < MAX_WORDS; n++) {
      if (!w.between(at, w.start(k)).replaceAll("[\\s,\\-\u2013]", "").isEmpty()) {
        return false;
      }
      String lower = w.lower(k);
      if (conjunctions.contains(lower) || articles.contains(lower)) {
        joined |= conjunctions.contains(lower);
        at = w.end(k);
        k++;
        continue;
      }
      int start = w.start(k);
      int memberEnd = -1;
      for (TimeFacet t : w.claim().facets(TimeFacet.class)) {
        if (t.span().start() == start && t.type() == TimeFacet.Type.DURATION) {
          int after = TimeLengths.ageEnd(w, t);
          if (after >= 0) {
            return joined
                && (after >= w.size() || !w.isCapitalised(after) || !w.isContent(after));
          }
          memberEnd = t.span().end(); // "5, 7 and 10 years old": the time reader gave 7 the unit
        }
      }
      for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
        if (memberEnd < 0 && q.span().start() == start && q.unit().isEmpty()) {
          memberEnd = q.span().end();
        }
      }
      if (memberEnd < 0) {
        return false;
      }
      at = memberEnd;
      k = w.firstWordFrom(at);
    }
    return false;
  }
}
