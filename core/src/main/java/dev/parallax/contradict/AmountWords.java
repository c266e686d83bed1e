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
 * @param lengthVerbs the stems of verbs whose complement is how long something went on (pack
 *     facet {@code length-verb}: "lasted three hours", "took two days")
 * @param lengthPrepositions prepositions before a length of time (pack facet {@code
 *     length-preposition}: "closed for 19 hours"), lower case
 * @param distancePrepositions prepositions that make a length of time a bound on another moment
 *     (pack facet {@code distance-preposition}: "within two hours of the quake"), lower case
 */
record AmountWords(Set<String> valuationWords, Set<String> sumNouns,
    Set<String> personRelatives, Set<String> lengthVerbs, Set<String> lengthPrepositions,
    Set<String> distancePrepositions) {

  /** The lists of a pack. */
  static AmountWords of(PackCues pack) {
    return new AmountWords(pack.lower("valuation-word"), pack.stems("sum-noun"),
        pack.lower("person-relative"), pack.stems("length-verb"),
        pack.lower("length-preposition"), pack.lower("distance-preposition"));
  }
}
