package dev.parallax.contradict;

import java.util.Map;
import java.util.Set;

/**
 * What an amount is counted for each of: a rate ("$23 million per season", "$5 an hour", "30
 * points a game", "paid annually"). A rate and a total are two measures, and so are two rates
 * for each of two things: "an eight-year deal worth $184 million" and "worth roughly $22
 * million per season" state no one value; "$22 million a year" and "$22 million per year" do.
 *
 * <p>The words are the pack's: after the amount (and the noun it counts), an opener (facet
 * {@code rate-opener}: "per", "each"; or an article of {@code rate-article}: "a") and the thing each is of, or an adverb that says it
 * alone (facet {@code rate-adverb}, valued by that thing: "annually" is "year"); nouns of one
 * thing are one by facet {@code rate-alias} ("per annum" is "a year"). After "a" or "an" only a
 * noun of facet {@code rate-unit} makes a rate ("$5 million a year"), and not when a
 * word of facet {@code rate-breaker} follows it ("$5 million a year ago" is a date). Immutable
 * and thread-safe.
 */
final class Rates {
  /** The most words of what an amount measures after its "of" ("barrels of crude oil"). */
  static final int OF_WORDS = 3;

  private final Set<String> openers;
  private final Set<String> articles;
  private final Set<String> units;
  private final Map<String, String> aliases;
  private final Map<String, String> adverbs;
  private final Set<String> breakers;
  private final Map<String, String> periods;

  /**
   * @param openers lower-case words that open what a rate is for, before any noun (facet {@code
   *     rate-opener}: "per", "each")
   * @param articles lower-case articles that open what a rate is for before a noun of {@code
   *     units} only (facet {@code rate-article}: "a", "an")
   * @param units lower-case nouns a rate is for after "a" or "an" too (facet {@code rate-unit})
   * @param aliases lower-case nouns a rate is for, each with the noun of the same thing (facet
   *     {@code rate-alias}: "annum" is "year")
   * @param adverbs lower-case adverbs that make a rate alone, each with its thing (facet {@code
   *     rate-adverb})
   * @param breakers lower-case words after "a year" that make it a time, not a rate (facet
   *     {@code rate-breaker})
   * @param periods lower-case adjectives of a period, each with the period (facet {@code
   *     period-adjective}: "annual" is "year")
   */
  Rates(Set<String> openers, Set<String> articles, Set<String> units,
      Map<String, String> aliases, Map<String, String> adverbs, Set<String> breakers,
      Map<String, String> periods) {
    this.openers = Set.copyOf(openers);
    this.articles = Set.copyOf(articles);
    this.units = Set.copyOf(units);
    this.aliases = Map.copyOf(aliases);
    this.adverbs = Map.copyOf(adverbs);
    this.breakers = Set.copyOf(breakers);
    this.periods = Map.copyOf(periods);
  }

  /** How many words after an amount its whole is searched in for a period adjective. */
  static final int WHOLE_WORDS = 6;

  /**
   * The period of the whole an amount is a part of or is counted in, from the adjective of a
   * period in the words right after it ("5 percent of the company's daily turnover": day; "$2
   * billion in annual sales": year), up to punctuation or {@value #WHOLE_WORDS} words; the empty
   * string when none is named.
   */
  String wholePeriod(ClaimWords w, int end) {
    int i = w.firstWordFrom(end);
    if (i >= w.size() || !w.gapIsSpace(end, w.start(i))
        || !w.lower(i).equals("of") && !w.lower(i).equals("in")) {
      return "";
    }
    for (int j = i + 1; j <= i + WHOLE_WORDS && j < w.size()
        && w.gapIsSpace(w.end(j - 1), w.start(j)) && !w.isNumber(j); j++) {
      String period = periods.get(w.lower(j));
      if (period != null) {
        return period;
      }
    }
    return "";
  }

  /**
   * Whether two amounts are parts of, or counted in, wholes of two periods ("up to 5 percent of
   * its daily turnover" and "10 percent of its annual turnover"): two quantities, whatever else
   * their claims share.
   */
  boolean twoPeriods(Amount a, Amount b) {
    String x = wholePeriod(a.claim(), a.evidence().end());
    String y = wholePeriod(b.claim(), b.evidence().end());
    return !x.isEmpty() && !y.isEmpty() && !x.equals(y);
  }

  /**
   * What each of the amount whose words end at article offset {@code end} is for, or the empty
   * string when it is no rate; past "of" and up to {@value #OF_WORDS} words of what it measures.
   */
  String after(ClaimWords w, int end) {
    int i = w.firstWordFrom(end);
    if (i >= w.size() || !joined(w, end, w.start(i))) {
      return "";
    }
    if (w.lower(i).equals("of")) {
      // "4,000 barrels of oil daily", "$90 million of bonds a year": past what is measured
      for (int j = i + 1; j <= i + OF_WORDS && j < w.size(); j++) {
        if (!w.gapIsSpace(w.end(j - 1), w.start(j)) || w.isNumber(j)) {
          return "";
        }
        String at = at(w, j);
        if (!at.isEmpty()) {
          return at;
        }
      }
      return "";
    }
    return at(w, i);
  }

  /**
   * The first word after the rate that starts right after article offset {@code end} ("a month"
   * in "400 euros a month higher"), or -1 when no rate starts there; what measures the amount
   * before it ("barrels of oil daily") is not skipped.
   */
  int wordAfter(ClaimWords w, int end) {
    int i = w.firstWordFrom(end);
    if (i >= w.size() || !w.gapIsSpace(end, w.start(i)) || at(w, i).isEmpty()) {
      return -1;
    }
    return adverbs.containsKey(w.lower(i)) ? i + 1 : i + 2;
  }

  /**
   * Whether only white space or a hyphen stands between two offsets: "$54 billion-per-year", "a
   * $10-a-month fee" write a rate as one compound.
   */
  private static boolean joined(ClaimWords w, int from, int to) {
    return w.gapIsSpace(from, to) || w.between(from, to).equals("-");
  }

  /** What a rate that starts at word {@code i} is for, or the empty string. */
  private String at(ClaimWords w, int i) {
    String word = w.lower(i);
    String alone = adverbs.get(word);
    if (alone != null) {
      return alone;
    }
    boolean article = articles.contains(word);
    if (!openers.contains(word) && !article || i + 1 >= w.size()
        || !joined(w, w.end(i), w.start(i + 1))) {
      return "";
    }
    String next = w.lower(i + 1);
    if (units.contains(next)) {
      boolean broken = i + 2 < w.size() && w.gapIsSpace(w.end(i + 1), w.start(i + 2))
          && breakers.contains(w.lower(i + 2));
      return broken ? "" : aliases.getOrDefault(next, next);
    }
    if (article || w.isNumber(i + 1) || !w.isContent(i + 1)) {
      return ""; // "$2 million a piece of the fund", "each of the victims", "every two weeks"
    }
    return w.stem(i + 1); // "per share", "per tonne"
  }
}
