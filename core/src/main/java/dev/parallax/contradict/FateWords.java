package dev.parallax.contradict;

import dev.parallax.align.Synonyms;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists that read denials of what befell people, read from the cues of a pack.
 *
 * @param deniedFates lower-case phrases after which a phrase negation denies what befell its
 *     subject (pack facet {@code denied-fate}: "without charge", "without being injured"), not a
 *     manner
 * @param fateDenials lower-case openings of a denial that no one met a fate (pack facet {@code
 *     fate-denial}: "no one", "no deaths")
 * @param fateReports lower-case words that report a fate rather than say more of it (pack facet
 *     {@code fate-report}: "reported")
 * @param fateOpeners lower-case words that may stand before a denied fate in its claim (pack
 *     facet {@code fate-opener}: "that", "though")
 * @param oneArticles lower-case articles that count one person before a noun for people (pack
 *     facet {@code fate-one}: "a worker was killed", "police detained the driver")
 * @param onePronouns lower-case pronouns that, as the subject of a fate, name one person who met
 *     it (pack facet {@code fate-one-pronoun}: "He was slightly injured")
 * @param fateGrades lower-case words that grade a fate (pack facet {@code fate-grade}:
 *     "slightly", "minor"): a claim that states a fate with them still states nothing else
 * @param fateTellers lower-case verbs that, beside the reporting words, end the teller of a
 *     denied fate (pack facet {@code fate-teller}: "Activist sources indicated that no one ...")
 * @param fateEvents lower-case nouns of the events in which people meet fates (pack facet {@code
 *     fate-event}: "attack", "blast"): after a preposition of {@code fateEventPrepositions} and
 *     "the", on one side only, they name the story's one event ("no one was hurt in the blast")
 * @param fateEventPrepositions lower-case prepositions before such an event (pack facet {@code
 *     fate-event-preposition}: "in", "during")
 * @param fateConjunctions lower-case conjunctions that, right after a fate, open the clause of a
 *     second count of its own (pack facet {@code fate-conjunction}: "killed and 14 wounded")
 * @param clauseOpeners lower-case conjunctions that, after a comma, open a clause of its own
 *     (pack facet {@code fate-clause-opener}: "..., and no one was injured")
 * @param otherEvents lower-case words that, before a denied fate, point to another event than
 *     the story's (pack facet {@code fate-other-event}: "a similar fire", "an earlier blast")
 * @param casualties lower-case nouns that, in a denial, name several fates at once, with their
 *     fates (pack facet {@code fate-casualty}: "no casualties" denies deaths and injuries)
 * @param fateVerbs lower-case verbs that give people a fate and say nothing more (pack facet
 *     {@code fate-verb}: "left three people dead", "suffered minor injuries")
 */
record FateWords(Set<String> deniedFates, Set<String> fateDenials, Set<String> fateReports,
    Set<String> fateOpeners, Set<String> oneArticles, Set<String> onePronouns,
    Set<String> fateGrades, Set<String> fateTellers, Set<String> fateEvents,
    Set<String> fateEventPrepositions, Set<String> fateConjunctions,
    Set<String> clauseOpeners, Set<String> otherEvents, Map<String, Set<String>> casualties,
    Set<String> fateVerbs) {

  /** The lists of a pack. */
  static FateWords of(PackCues pack) {
    return new FateWords(pack.lower("denied-fate"), pack.lower("fate-denial"),
        pack.lower("fate-report"), pack.lower("fate-opener"), pack.lower("fate-one"),
        pack.lower("fate-one-pronoun"), pack.lower("fate-grade"), pack.lower("fate-teller"),
        pack.lower("fate-event"), pack.lower("fate-event-preposition"),
        pack.lower("fate-conjunction"), pack.lower("fate-clause-opener"),
        pack.lower("fate-other-event"), several(pack.valued("fate-casualty")),
        pack.lower("fate-verb"));
  }

  /** Each word of a valued facet with the fates its value names, separated by spaces. */
  private static Map<String, Set<String>> several(Map<String, String> valued) {
    Map<String, Set<String>> out = new HashMap<>();
    valued.forEach((word, value) -> out.put(word.toLowerCase(java.util.Locale.ROOT),
        Set.of(value.trim().split("\\s+"))));
    return Map.copyOf(out);
  }

  /**
   * The fates each stem names (pack facet {@code people-fate}: "kill" death, "injur" injury),
   * under the stem as written and as its synonym group writes it in a frame.
   */
  static Map<String, Set<String>> byStem(Lexicon lexicon, Synonyms synonyms) {
    Map<String, Set<String>> f = new HashMap<>();
    lexicon.phrases().peopleFates().forEach((stem, fate) -> {
      f.computeIfAbsent(stem, k -> new TreeSet<>()).add(fate);
      f.computeIfAbsent(synonyms.canonical(stem), k -> new TreeSet<>()).add(fate);
    });
    f.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(f);
  }
}
