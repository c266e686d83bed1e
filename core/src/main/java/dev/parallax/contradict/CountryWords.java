package dev.parallax.contradict;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a claim writes a country: its name or its people's word ("Kenya", "Kenyan", "New
 * Zealander"), with a possessive ("Kenya's"), free of hyphens ("German-born" is none), and
 * whether it is a dateline's place or a town named after a country. Immutable and thread-safe.
 *
 * @param countries the country each lower-case country word names (pack facet {@code
 *     nationality}: "kenya" and "kenyan" name Kenya)
 */
record CountryWords(Map<String, String> countries) {
  /** The most words of a country's name or its people's ("New Zealander"). */
  static final int MAX_WORDS = 3;

  /** The endings of a possessive. */
  private static final List<String> POSSESSIVES = List.of("'s", "\u2019s", "'", "\u2019");

  /** The most words of a dateline's city before its country ("PORT ALDRIDGE, Australia"). */
  private static final int DATELINE_WORDS = 3;

  /** A country word found in a claim: the country and the indexes of its first and last word. */
  record Country(String value, int first, int last) {}

  CountryWords {
    countries = Map.copyOf(countries);
  }

  /**
   * Whether the country word at word {@code i} is the place of a dateline, where the report was
   * filed: right after a city written in capitals and a comma near the start of a claim
   * ("HALVERSTON, England, March 16 (Tideway News) —", "KABUL, Afghanistan (AP) —"). It names
   * the place of the story, not anyone's nationality or home.
   */
  static boolean dateline(ClaimWords w, int i) {
    if (i < 1 || i > DATELINE_WORDS || !w.between(w.end(i - 1), w.start(i)).equals(", ")) {
      return false;
    }
    String city = w.text(i - 1);
    return city.length() > 1 && city.chars().anyMatch(Character::isLetter)
        && city.equals(city.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The countries the claims of one article write a word of, in any form ("Sweden", "Swedish",
   * "Danish-born"), a dateline's country left out.
   */
  Set<String> named(ArticlePair.Side side) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        Country at = countryOrOwner(w, i);
        if (at != null && !dateline(w, i)) {
          out.add(at.value());
        }
      }
    }
    return Set.copyOf(out);
  }

  /** The longest country word that starts at word {@code i}, capitalised, or null. */
  Country countryAt(ClaimWords w, int i) {
    Country c = countryOrOwner(w, i);
    return c == null || possessed(w, c.last()) ? null : c;
  }

  /**
   * The longest country word that starts at word {@code i}, capitalised, its last word bare or
   * with a possessive ("Kenya's"), or null.
   */
  Country countryOrOwner(ClaimWords w, int i) {
    if (!w.isCapitalised(i)) {
      return null;
    }
    Country best = null;
    StringBuilder b = new StringBuilder();
    for (int k = i; k < w.size() && k < i + MAX_WORDS; k++) {
      if (k > i && !w.gapIsSpace(w.end(k - 1), w.start(k))) {
        break;
      }
      String word = w.lower(k);
      String value = countries.get(b + (k > i ? " " : "") + withoutPossessive(word));
      if (value != null) {
        best = new Country(value, i, k);
      }
      b.append(k > i ? " " : "").append(word);
    }
    return best;
  }

  /** A word without the possessive at its end ("kenya's", "philippines'"). */
  private static String withoutPossessive(String word) {
    for (String p : POSSESSIVES) {
      if (word.endsWith(p) && word.length() > p.length()) {
        return word.substring(0, word.length() - p.length());
      }
    }
    return word;
  }

  /** Whether word {@code k} ends in a possessive. */
  static boolean possessed(ClaimWords w, int k) {
    return !withoutPossessive(w.lower(k)).equals(w.lower(k));
  }

  /**
   * The country word that ends at word {@code last}, not joined by a hyphen to the word before
   * it or after it, or null.
   */
  Country countryEndingAt(ClaimWords w, int last) {
    for (int first = last; first >= 0 && first > last - MAX_WORDS; first--) {
      Country c = countryAt(w, first);
      if (c != null && c.last() == last && free(w, first, last)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Whether the country words at {@code i} (up to {@code c}'s last) are a people's word of
   * {@code peoples} ("Canadian"), not the country's name ("Canada").
   */
  static boolean peopleWord(ClaimWords w, int i, Country c, Set<String> peoples) {
    StringBuilder b = new StringBuilder();
    for (int k = i; k <= c.last(); k++) {
      b.append(k > i ? " " : "").append(w.lower(k));
    }
    return peoples.contains(b.toString());
  }

  /** Whether words {@code first} to {@code last} stand free of hyphens on either side. */
  static boolean free(ClaimWords w, int first, int last) {
    return (first == 0 || !w.between(w.end(first - 1), w.start(first)).equals("-"))
        && (last + 1 >= w.size() || !w.between(w.end(last), w.start(last + 1)).equals("-"));
  }

  /**
   * Whether the name that ends at word {@code last} is a town placed in its region by a comma and
   * another name ("from Lebanon, Pennsylvania", "from Peru, Ind."): a town named after a country.
   */
  static boolean townOf(ClaimWords w, int last) {
    return last + 1 < w.size() && w.between(w.end(last), w.start(last + 1)).equals(", ")
        && w.isCapitalised(last + 1);
  }
}
