package dev.parallax.contradict;

import java.util.Set;

/**
 * The word lists that read what an amount measures, read from the cues of a pack.
 *
 * @param valuationWords words after a noun that make the amount of money after them its value
 *     (pack facet {@code valuation-word}: "a deal worth $80 million", "jewels valued at 85
 *     million euros"), lower case
 * @param sumNouns the stems of nouns that name a sum of money itself, not a thing it is the
 *     value of (pack facet {@code sum-noun}: "value", "fee")
 * @param personRelatives relative pronouns for persons: a number right before one counts people
 *     (pack facet {@code person-relative}: "the three who died")
 */
record AmountWords(Set<String> valuationWords, Set<String> sumNouns,
    Set<String> personRelatives) {

  /** The lists of a pack. */
  static AmountWords of(PackCues pack) {
    return new AmountWords(pack.lower("valuation-word"), pack.stems("sum-noun"),
        pack.lower("person-relative"));
  }
}
