package dev.parallax.contradict;

import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@link Descriptors}, read from the contradiction pack: occupations with their
 * field of work, kin words with their relation, party members with their party, the words that go on describing a person after
 * a descriptor, the words that make an occupation past or partial, the verbs that give a
 * descriptor to a name and the prepositions that make a name a place. Every list holds
 * lower-case written forms.
 *
 * @param occupations each occupation phrase with its field (pack facet {@code occupation})
 * @param kin each kin phrase with its relation (pack facet {@code kin-relation})
 * @param parties each word for a member of a political party, with the party (pack facet {@code
 *     party-member})
 * @param links the words after a closed descriptor (pack facet {@code descriptor-link})
 * @param times the words that date an occupation (pack facet {@code descriptor-time})
 * @param copulas the verbs between a name and its descriptor (pack facet {@code
 *     descriptor-copula})
 * @param placeLeads the prepositions before a place's name (pack facet {@code
 *     descriptor-place-lead})
 */
record DescriptorWords(Map<String, String> occupations, Map<String, String> kin,
    Map<String, String> parties, Set<String> links, Set<String> times, Set<String> copulas, Set<String> placeLeads) {

  /** The lists of the pack. */
  static DescriptorWords of(PackCues pack) {
    return new DescriptorWords(pack.valued("occupation"), pack.valued("kin-relation"),
        pack.valued("party-member"), pack.lower("descriptor-link"), pack.lower("descriptor-time"),
        pack.lower("descriptor-copula"), pack.lower("descriptor-place-lead"));
  }

  /** Whether a phrase names an occupation, a relation or a party member. */
  boolean describes(String phrase) {
    return occupations.containsKey(phrase) || kin.containsKey(phrase)
        || parties.containsKey(phrase);
  }
}
