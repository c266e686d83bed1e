package dev.parallax.contradict;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The subjects of a denial and of the assertion it is set against, as the polarity check
 * compares them: the names before the negation and before the first word the claims share ("Smith
 * did not respond" is not "Smith Jr. responded"), a determiner that opens a claim only because it
 * opens the sentence, and an owner named by a possessive alone ("Its shares are not traded" is
 * not "Share trading came to a standstill"). Immutable and thread-safe.
 */
final class DeniedSubjects {
  private final Set<String> determiners;
  private final Set<String> possessives;

  /**
   * @param determiners words that open a subject before its noun (pack facet {@code
   *     subject-determiner}: "The coach Jorge Pinto"), lower case
   * @param possessives the determiners of {@code determiners} that name an owner (pack facet
   *     {@code possessive-determiner}: "Its shares"), lower case
   */
  DeniedSubjects(Set<String> determiners, Set<String> possessives) {
    this.determiners = Set.copyOf(determiners);
    this.possessives = Set.copyOf(possessives);
  }

  /**
   * Whether a content word before the negation of the denied claim (its subject: "The ship")
   * stands in the asserted claim before the first word it shares with the denied scope ("The
   * Nordic Ardent, a 190-metre ship ... was taking on water").
   */
  static boolean shared(ClaimWords denied, int negation, ClaimWords asserted,
      Set<String> shared) {
    Set<String> before = new LinkedHashSet<>();
    for (int i = 0; i < asserted.size(); i++) {
      if (asserted.isContent(i) && shared.contains(asserted.stem(i))) {
        break;
      }
      if (asserted.isContent(i)) {
        before.add(asserted.stem(i));
      }
    }
    for (int i = 0; i < denied.size() && denied.end(i) <= negation; i++) {
      if (denied.isContent(i) && !denied.isCapitalised(i) && before.contains(denied.stem(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the capitalised words before the negation of the denied claim and before the first
   * shared word of the asserted claim (their subjects, where they name someone) are the same.
   */
  boolean same(ClaimWords denied, int negation, ClaimWords asserted, Set<String> shared) {
    Set<String> a = new LinkedHashSet<>();
    String aDeterminer = null;
    for (int i = 0; i < denied.size() && denied.end(i) <= negation; i++) {
      if (denied.isCapitalised(i) && denied.text(i).length() > 1
          && !openingCommonNoun(denied, i, asserted)) {
        if (openingDeterminer(denied, i)) {
          aDeterminer = denied.stem(i);
        } else {
          a.add(denied.stem(i));
        }
      }
    }
    Set<String> b = new LinkedHashSet<>();
    String bDeterminer = null;
    for (int i = 0; i < asserted.size(); i++) {
      if (asserted.isContent(i) && shared.contains(asserted.stem(i))
          && !asserted.isCapitalised(i)) {
        break;
      }
      if (asserted.isCapitalised(i) && asserted.text(i).length() > 1
          && !openingCommonNoun(asserted, i, denied)) {
        if (openingDeterminer(asserted, i)) {
          bDeterminer = asserted.stem(i);
        } else {
          b.add(asserted.stem(i));
        }
      }
    }
    // a determiner is no name when names follow it; alone it still tells the subject apart
    if (a.isEmpty() && aDeterminer != null) {
      a.add(aDeterminer);
    }
    if (b.isEmpty() && bDeterminer != null) {
      b.add(bDeterminer);
    }
    // an owner named by a possessive alone ("Its shares are not traded") is not a subject that
    // names no one ("Share trading came to a standstill"): the possessive points elsewhere
    if (a.isEmpty() != b.isEmpty()
        && (owned(a, aDeterminer, denied) || owned(b, bDeterminer, asserted))) {
      return false;
    }
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** Whether subject words {@code names} are only {@code determiner}, a possessive of claim w. */
  private boolean owned(Set<String> names, String determiner, ClaimWords w) {
    return determiner != null && names.size() == 1 && names.contains(determiner)
        && possessives.contains(w.lower(0));
  }

  /**
   * Whether word {@code i} opens its claim with a determiner before a content word (pack facet
   * {@code subject-determiner}: "The coach Jorge Pinto", "Her coach, Jorge Pinto,"), capitalised
   * only because it opens the sentence: no name, when names follow it. A pronoun ("He was not
   * charged", "We didn't bomb") stands for the subject, and stays.
   */
  private boolean openingDeterminer(ClaimWords w, int i) {
    return i == 0 && determiners.contains(w.lower(0)) && w.size() > 1 && w.isContent(1);
  }

  /**
   * Whether word {@code i} opens its claim with a capital only because it opens the sentence:
   * the other claim writes the same word in lower case ("Investigators have not ruled out" and
   * "Salyers said investigators had ruled out"), so it is a common noun, not a name.
   */
  private static boolean openingCommonNoun(ClaimWords w, int i, ClaimWords other) {
    if (i != 0 || !w.isContent(i)) {
      return false; // a pronoun ("He") is no common noun, nor a name
    }
    for (int k = 0; k < other.size(); k++) {
      if (!other.isCapitalised(k) && other.stem(k).equals(w.stem(i))) {
        return true;
      }
    }
    return false;
  }
}
