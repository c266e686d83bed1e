package dev.parallax.contradict;

import dev.parallax.rules.Cue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 * @param verbForms finite verbs and modals that end the noun a quantifier counts (pack facet
 *     {@code head-ending-verb}: "most evacuees went", "all patients could"), lower case
 * @param senses for each lower-case verb form of a pair of opposite predicates (pack facet
 *     {@code predicate-opposite}: "stayed" and "left", "reopened" and "closed"), its senses: the
 *     cue's id after {@code +} for its words, after {@code -} for the words of its value
 * @param standingWords words that make a count the state at the time of writing (pack facet
 *     {@code standing-word}: "were still without power", "remain in hospital"), lower case
 * @param rates what an amount is counted for each of ("per season": {@link Rates})
 * @param differenceWords comparatives after an amount that make it the difference between two
 *     levels, not a level (pack facet {@code difference-after}: "salaries up to 400 euros a
 *     month higher"), lower case
 * @param tollNouns nouns of a count of the people a disaster befell (pack facet {@code
 *     toll-noun}: "the death toll rose to nine"), lower case
 * @param modals the modal verbs, which tell no act of their own (pack facet {@code modal-verb}:
 *     "all affected patients would be contacted": contacted), lower case
 * @param peopleConditions phrases of a state only people are in (pack facet {@code
 *     people-condition}: "in critical condition"), lower case: a bare number that opens its
 *     clause before one counts people ("four were in critical condition")
 * @param conditionLinks words that may stand between such a number and its state: the forms of
 *     "be" (pack facet {@code passive-auxiliary}) and the words of standing ("remained", "still")
 */
record AmountWords(Set<String> valuationWords, Set<String> sumNouns,
    Set<String> personRelatives, Set<String> lengthVerbs, Set<String> lengthPrepositions,
    Set<String> distancePrepositions, Set<String> verbForms, Map<String, Set<String>> senses,
    Set<String> standingWords, Rates rates, Set<String> differenceWords, Set<String> tollNouns,
    Set<String> modals, Set<String> peopleConditions, Set<String> conditionLinks) {

  /** The lists of a pack. */
  static AmountWords of(PackCues pack) {
    return new AmountWords(pack.lower("valuation-word"), pack.stems("sum-noun"),
        pack.lower("person-relative"), pack.stems("length-verb"),
        pack.lower("length-preposition"), pack.lower("distance-preposition"),
        pack.lower("head-ending-verb"), senses(pack), pack.lower("standing-word"),
        new Rates(pack.lower("rate-opener"), pack.lower("rate-article"), pack.lower("rate-unit"),
            pack.valued("rate-alias"),
            pack.valued("rate-adverb"), pack.lower("rate-breaker"),
            pack.valued("period-adjective")),
        pack.lower("difference-after"), pack.lower("toll-noun"), pack.lower("modal-verb"),
        pack.lower("people-condition"), links(pack));
  }

  private static Set<String> links(PackCues pack) {
    Set<String> links = new HashSet<>(pack.lower("passive-auxiliary"));
    links.addAll(pack.lower("standing-word"));
    return Set.copyOf(links);
  }

  private static Map<String, Set<String>> senses(PackCues pack) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Cue cue : pack.cues()) {
      if (cue.facet().equals("predicate-opposite")) {
        for (String w : pack.lower(cue)) {
          out.computeIfAbsent(w, k -> new HashSet<>()).add("+" + cue.id());
        }
        for (String w : pack.value(cue).trim().split("\\s+")) {
          out.computeIfAbsent(w, k -> new HashSet<>()).add("-" + cue.id());
        }
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }
}
