package dev.parallax.contradict;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@link RankCheck}, read from the cues of a pack.
 *
 * @param superlatives the scale each superlative names (pack facet {@code superlative}: "largest"
 *     and "biggest" name size)
 * @param ordinals the place each ordinal word gives a superlative after it (pack facet {@code
 *     rank-ordinal}: "second-biggest" is 2)
 * @param stretches words that open the stretch of time or the place a ranking holds over (pack
 *     facet {@code ranking-stretch}: "since 2001", "in Europe")
 * @param starts openers of a stretch that runs from a year, however the words between name the
 *     year's event (pack facet {@code ranking-start}: "since the race was first held in 2011")
 * @param places openers of a stretch that may name a place rather than a time (pack facet {@code
 *     ranking-place}: "in the country")
 * @param allTime words that make that stretch all the time there is (pack facet {@code
 *     ranking-all-time}: "in its history")
 * @param copulas copulas, whose subject a superlative after them with no noun of its own ranks
 *     (pack facet {@code copula}: "the spill is the third-largest")
 * @param subjectDeterminers determiners that open the subject of such a copula (pack facet
 *     {@code rank-subject-determiner}: "the spill")
 * @param clauseOpeners words after which the subject of such a copula opens its clause (pack
 *     facet {@code rank-clause-opener}: "officials said the spill was the largest")
 * @param copulaAdverbs adverbs that may stand between such a copula and "the" (pack facet {@code
 *     rank-copula-adverb}: "is now the largest")
 * @param owners possessive determiners that say whose ranking a rank is (pack facet {@code
 *     rank-owner}: "its second-highest flood"), as a word ending in "'s" does ("Norway's")
 * @param nounModifiers words between a superlative and its noun that leave the noun ranked
 *     (pack facet {@code rank-noun-modifier}: "the largest single rise" ranks the rise)
 * @param adverbs the adverbs that make a superlative of the adjective after them, with the word
 *     that names their scales (pack facet {@code superlative-adverb}: "the most overcrowded
 *     prison" ranks on the scale "most overcrowd")
 * @param complements openers of the stretches of {@code stretches} that tell what the ranked
 *     noun is of, not where or when the ranking holds (pack facet {@code ranking-complement}:
 *     "the largest emitter of greenhouse gases in the world")
 * @param verbs verbs after which a place in a ranking follows with no scale said (pack facet
 *     {@code rank-verb}: "ranks second among the nation's chains")
 * @param verbFirsts the words of the first place after such a verb (pack facet {@code
 *     rank-verb-first}: "ranks first")
 */
record RankingWords(Map<String, String> superlatives, Map<String, Integer> ordinals,
    Set<String> stretches, Set<String> starts, Set<String> places,
    Set<String> allTime, Set<String> copulas,
    Set<String> subjectDeterminers, Set<String> clauseOpeners, Set<String> copulaAdverbs,
    Set<String> owners, Set<String> nounModifiers, Map<String, String> adverbs,
    Set<String> complements, Set<String> verbs, Set<String> verbFirsts) {

  /**
   * The place an ordinal word gives a superlative or a verb of ranking after it (pack facet
   * {@code rank-ordinal}: "second"), or one written in figures ("14th"); null when the word is
   * none.
   */
  Integer place(String lw) {
    Integer ord = ordinals.get(lw);
    if (ord == null && lw.matches("\\d{1,3}(?:st|nd|rd|th)")) {
      ord = Integer.parseInt(lw.substring(0, lw.length() - 2));
    }
    return ord;
  }

  /** The lists of a pack. */
  static RankingWords of(PackCues pack) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    pack.valued("rank-ordinal").forEach((w, v) -> ranks.put(w, Integer.parseInt(v)));
    return new RankingWords(pack.valued("superlative"), Map.copyOf(ranks),
        pack.lower("ranking-stretch"), pack.lower("ranking-start"),
        pack.lower("ranking-place"),
        pack.lower("ranking-all-time"),
        pack.lower("copula"), pack.lower("rank-subject-determiner"),
        pack.lower("rank-clause-opener"),
        pack.lower("rank-copula-adverb"), pack.lower("rank-owner"),
        pack.lower("rank-noun-modifier"), pack.valued("superlative-adverb"),
        pack.lower("ranking-complement"), pack.lower("rank-verb"), pack.lower("rank-verb-first"));
  }
}
