package dev.parallax.contradict;

import dev.parallax.TextSpan;
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
 * @param questionOpeners words that open the question a verb is about (pack facet {@code
 *     question-opener}: "has not decided whether to sell"), lower case
 */
record NegationWords(Set<String> denials, Set<String> phraseNegations, Set<String> emphatic,
    Set<String> negationAuxiliaries, Set<String> determinerNegations,
    List<String> implicitNegations, Set<String> deficientDegrees, Set<String> questionOpeners) {

  /** Copies the lists. */
  NegationWords {
    denials = Set.copyOf(denials);
    phraseNegations = Set.copyOf(phraseNegations);
    emphatic = Set.copyOf(emphatic);
    negationAuxiliaries = Set.copyOf(negationAuxiliaries);
    determinerNegations = Set.copyOf(determinerNegations);
    implicitNegations = List.copyOf(implicitNegations);
    deficientDegrees = Set.copyOf(deficientDegrees);
    questionOpeners = Set.copyOf(questionOpeners);
  }

  /** The lists of a pack's cues. */
  static NegationWords of(PackCues pack) {
    return new NegationWords(pack.stems("denial-verb"), pack.lower("phrase-negation"),
        pack.lower("emphatic-negation"), pack.lower("negation-auxiliary"),
        pack.lower("determiner-negation"), List.copyOf(pack.lower("implicit-negation")),
        pack.lower("deficient-degree"), pack.lower("question-opener"));
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

  /**
   * The scope of a negation up to a word of {@link #questionOpeners} when that word is the first
   * of the scope's reporting words ({@code reporting}, stems) and a verb of its own stands before
   * it: "has not yet decided whether to sell its flagship" denies the decision, which "has
   * decided to sell its flagship" states; "did not say whether" stays a reporting negation.
   * Otherwise the scope as it is.
   */
  TextSpan beforeQuestion(ClaimWords w, TextSpan scope, Set<String> reporting) {
    boolean deed = false;
    for (int i = 0; i < w.size(); i++) {
      if (w.start(i) < scope.start() || w.end(i) > scope.end()) {
        continue;
      }
      if (reporting.contains(w.stem(i))) {
        return deed && questionOpeners.contains(w.lower(i)) && i > 0
            ? w.span(scope.start(), w.end(i - 1)) : scope;
      }
      deed |= w.isContent(i) && !negationAuxiliaries.contains(w.lower(i));
    }
    return scope;
  }
}
