package dev.parallax.contradict;

import java.util.Map;
import java.util.Set;

/**
 * The word lists that read how a clause is built around a number, read from the cues of a pack.
 *
 * @param clauseAuxiliaries verbs that make what follows a conjunction a clause of its own (pack
 *     facet {@code clause-auxiliary}: "and 20 were hurt")
 * @param asideOpeners words that open an aside between two commas (pack facet {@code
 *     aside-opener}: "The quake, which struck on Sunday,")
 * @param ageWords words after which a number is an age (pack facet {@code age-word}: "aged 40",
 *     "the age of five")
 * @param ageLimits words that make a number after a noun for people an age limit (pack facet
 *     {@code age-limit}: "children under five")
 * @param changeDirections the direction, {@code up} or {@code down}, of each word of change
 *     (pack facet {@code change-direction}: "rose", "fell")
 * @param peopleFates the fate each stem names, of what befalls people (pack facet {@code
 *     people-fate}: "kill" death, "injur" injury)
 * @param fateNominals words of a fate that stand for the people it befell right after a number
 *     (pack facet {@code fate-nominal}: "the 80 wounded", "left 12 dead")
 * @param appositionArticles articles that open an apposition after a name (pack facet {@code
 *     apposition-article}: "Gerald Pruitt, a 56-year-old former administrator")
 * @param lookbackMarkers words before "in" that make a length of time after it a stretch back to
 *     now, not a distance ahead (pack facets {@code lookback-marker} and {@code superlative}:
 *     "for the first time in 11 years", "the highest in a decade")
 * @param doerEndings endings of nouns for one who does something (pack facet {@code
 *     doer-ending}: "skiers", "sailors", "fishermen"), lower case
 * @param doerFates the fates (of {@code peopleFates}) after which a counted noun with one of
 *     {@code doerEndings} counts people (the value of the {@code doer-ending} cues)
 * @param levelVerbs participles that open, after a comma, the level that what the clause before
 *     changed reaches (pack facet {@code level-verb}: "..., taking it to 2.5%")
 * @param peopleGroups the fate each stem of a noun names the people it befell by (pack facet
 *     {@code people-group}: "victim" death, "bodi" death), beside the words of {@code
 *     peopleFates}
 * @param countAsideOpeners words that open an aside right after a count, before its verb,
 *     that tells who it counts (pack facet {@code count-aside-opener}: "three people, a man and
 *     two women, were killed")
 * @param homesBeforeAge words between a person's name and the place the person is from, right
 *     before an age set off by commas (pack facet {@code home-before-age}: "Iker Etxeberria of
 *     Spain, 34,"): the age is the person's, not the place's
 * @param companionModifiers words before a noun of people that name the same people (pack facet
 *     {@code companion-modifier}: "fellow actors" are actors)
 * @param memberNouns nouns that, after a noun of a group, name the group's people as the group's
 *     noun does (pack facet {@code member-noun}: "crew members" are the crew)
 * @param spreads words that, between an amount and a length of time, make the length the period
 *     the amount is spread over, not a bound (pack facet {@code amount-spread}: "£410m over two
 *     years")
 * @param agesNow words between a name's comma and a number that keep the number the person's
 *     age at the time of writing (pack facet {@code age-now}: "Gerald Ashby, now 75,")
 * @param predicatePrepositions prepositions that open the complement of a verb right after an
 *     amount, which a date after it shares with the verb (pack facet {@code
 *     predicate-preposition}: "seven remained in critical condition on Thursday")
 */
record PhraseWords(Set<String> clauseAuxiliaries, Set<String> asideOpeners, Set<String> ageWords,
    Set<String> ageLimits, Map<String, String> changeDirections,
    Map<String, String> peopleFates, Set<String> fateNominals, Set<String> appositionArticles,
    Set<String> lookbackMarkers, Set<String> doerEndings, Set<String> doerFates,
    Set<String> levelVerbs, Map<String, String> peopleGroups, Set<String> countAsideOpeners,
    Set<String> homesBeforeAge, Set<String> companionModifiers, Set<String> memberNouns,
    Set<String> spreads, Set<String> agesNow, Set<String> predicatePrepositions) {

  /** The lists of a pack. */
  static PhraseWords of(PackCues pack) {
    return new PhraseWords(pack.lower("clause-auxiliary"), pack.lower("aside-opener"),
        pack.lower("age-word"), pack.lower("age-limit"), pack.valued("change-direction"),
        Lexicon.byStem(pack, "people-fate"), pack.lower("fate-nominal"),
        pack.lower("apposition-article"), union(pack.lower("lookback-marker"),
            pack.lower("superlative")), pack.lower("doer-ending"),
        valueWords(pack, "doer-ending"), pack.lower("level-verb"),
        Lexicon.byStem(pack, "people-group"), pack.lower("count-aside-opener"),
        pack.lower("home-before-age"), pack.lower("companion-modifier"),
        pack.lower("member-noun"), pack.lower("amount-spread"), pack.lower("age-now"),
        pack.lower("predicate-preposition"));
  }

  /** The words of the values of the cues of {@code facet}, separated by spaces. */
  private static Set<String> valueWords(PackCues pack, String facet) {
    Set<String> out = new java.util.HashSet<>();
    for (String v : pack.valued(facet).values()) {
      out.addAll(java.util.Arrays.asList(v.trim().split("\\s+")));
    }
    return Set.copyOf(out);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
