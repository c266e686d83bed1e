package dev.parallax.contradict;

import java.util.Set;

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
 */
record FateWords(Set<String> deniedFates, Set<String> fateDenials, Set<String> fateReports,
    Set<String> fateOpeners) {

  /** The lists of a pack. */
  static FateWords of(PackCues pack) {
    return new FateWords(pack.lower("denied-fate"), pack.lower("fate-denial"),
        pack.lower("fate-report"), pack.lower("fate-opener"));
  }
}
