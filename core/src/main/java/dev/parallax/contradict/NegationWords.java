package dev.parallax.contradict;

import java.util.List;
import java.util.Set;

/**
 * The word lists of negations and denials, read from the cues of a pack.
 *
 * @param denials stems of verbs that report a denial (pack facet {@code denial-verb}: "denied"):
 *     a claim with one reports someone's denial rather than denying
 * @param phraseNegations negations that deny a phrase, not a clause (pack facet {@code
 *     phrase-negation}: "without"), lower case
 * @param emphatic negations of two or three words that assert emphatically (pack facet {@code
 *     emphatic-negation}: "not since", "not the only"), lower case
 * @param negationAuxiliaries words a negation may stand before without denying them (pack facet
 *     {@code negation-auxiliary}: "not yet", "not formally"), lower case
 * @param determinerNegations negations that quantify their subject (pack facet {@code
 *     determiner-negation}: "none of", "no one"), lower case
 * @param implicitNegations phrases that deny without a negation word (pack facet {@code
 *     implicit-negation}: "yet to", "failed to", "rather than"), lower case
 * @param deficientDegrees adverbs of too little (pack facet {@code deficient-degree}: "poorly
 *     maintained"): the verb after one agrees with its denial, lower case
 */
record NegationWords(Set<String> denials, Set<String> phraseNegations, Set<String> emphatic,
    Set<String> negationAuxiliaries, Set<String> determinerNegations,
    List<String> implicitNegations, Set<String> deficientDegrees) {

  /** Copies the lists. */
  NegationWords {
    denials = Set.copyOf(denials);
    phraseNegations = Set.copyOf(phraseNegations);
    emphatic = Set.copyOf(emphatic);
    negationAuxiliaries = Set.copyOf(negationAuxiliaries);
    determinerNegations = Set.copyOf(determinerNegations);
    implicitNegations = List.copyOf(implicitNegations);
    deficientDegrees = Set.copyOf(deficientDegrees);
  }

  /** The lists of a pack's cues. */
  static NegationWords of(PackCues pack) {
    return new NegationWords(pack.stems("denial-verb"), pack.lower("phrase-negation"),
        pack.lower("emphatic-negation"), pack.lower("negation-auxiliary"),
        pack.lower("determiner-negation"), List.copyOf(pack.lower("implicit-negation")),
        pack.lower("deficient-degree"));
  }

  /**
   * Whether two phrases are forms of one verb and its particle ("rule out", "ruled out"): the
   * same words after the first, and first words alike but for an ending.
   */
  static boolean oneVerb(String a, String b) {
    int sa = a.indexOf(' ');
    int sb = b.indexOf(' ');
    if (sa < 0 || sb < 0 || !a.substring(sa).equals(b.substring(sb))) {
      return a.equals(b);
    }
    int n = 0;
    while (n < Math.min(sa, sb) && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n >= Math.max(3, Math.min(sa, sb) - 1);
  }
}
