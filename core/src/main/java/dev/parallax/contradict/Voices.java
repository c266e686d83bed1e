package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.PolarityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * POLARITY across the voice of one verb: English tells what befell a thing in the passive, with
 * the thing as subject ("The mayor's driver was not charged"), or in the active, with the thing
 * as object ("Prosecutors charged three people, including the mayor's driver"). A denial in one
 * voice and an assertion in the other, of the same verb form and the same thing, disagree, either
 * way round ("the cockpit recorders have been recovered" against "divers have not yet recovered
 * the recorders").
 *
 * <p>The denial is its claim's only negation and stands right before the verb (past the words of
 * pack facet {@code negation-auxiliary}: "has not yet been"); the passive is a word of pack facet
 * {@code passive-auxiliary} right before the negation or between it and the verb ("was not
 * charged", "has not been charged"), the active has none right before its verb. The thing is the
 * content words before the passive's auxiliaries (back to a comma, semicolon, colon or the claim's
 * start, at most {@value #THING_WORDS}) and the noun phrase right after the active verb, or the
 * phrase that ends at the same noun within {@value #OBJECT_WORDS} words after it ("four people,
 * including the mayor's driver"); the two must end with the same noun, as a noun ends its phrase
 * ("the mayor's driver", not "the driver's son"), and every content word of the denied thing must
 * be a word of the asserted one. A pronoun is no thing. No modal stands before either verb ("would
 * not have placed him on the list if ..." states no fact). Neither claim is hedged, the asserted verb
 * is not negated and not after a word that denies it ("had yet to recover"), and the asserted
 * claim names no time around its verb that the denial does not.
 *
 * <p>A passive denial also meets the deed told as a noun: the noun of the verb's stem, a light
 * verb (pack facet {@code light-verb}) within {@value #NOUN_TO_LIGHT} words after it, then
 * "against" (pack facet {@code deed-against}) and the thing ("The driver has not been charged"
 * against "Charges have been filed against the driver"), under the same conditions.
 */
final class Voices {
  /** How many words after an active verb the noun of its object may stand. */
  static final int OBJECT_WORDS = 8;
  /** How many content words before a passive's auxiliaries name its subject. */
  static final int THING_WORDS = 5;

  /** The most words from a deed's noun to its light verb ("Charges have been filed"). */
  static final int NOUN_TO_LIGHT = 3;

  private final Lexicon lexicon;
  private final Set<String> passives;
  private final Set<String> modals;
  private final Set<String> lightVerbs;
  private final Set<String> against;

  /**
   * Voices.
   *
   * @param passives the auxiliaries of the passive (pack facet {@code passive-auxiliary}), lower
   *     case
   * @param modals modal verbs (pack facet {@code negation-modal}), lower case
   * @param lightVerbs verbs that give their deed to a noun (pack facet {@code light-verb}), lower
   *     case
   * @param against prepositions after a light verb that name who the deed befalls (pack facet
   *     {@code deed-against}), lower case
   */
  Voices(Lexicon lexicon, Set<String> passives, Set<String> modals, Set<String> lightVerbs,
      Set<String> against) {
    this.lexicon = lexicon;
    this.passives = Set.copyOf(passives);
    this.modals = Set.copyOf(modals);
    this.lightVerbs = Set.copyOf(lightVerbs);
    this.against = Set.copyOf(against);
  }

  /** The finding of {@code denied} against {@code asserted} across voice, or null. */
  Finding across(ArticlePair.Related rel, ClaimView denied, ClaimView asserted) {
    ClaimWords wd = denied.words();
    ClaimWords wa = asserted.words();
    if (denied.hedged() || asserted.hedged() || wd.negations().size() != 1) {
      return null;
    }
    PolarityFacet neg = wd.negations().get(0);
    String negText = neg.span().text().toLowerCase(Locale.ROOT);
    if (lexicon.negations().determinerNegations().contains(negText)
        || lexicon.negations().phraseNegations().contains(negText)) {
      return null;
    }
    int n = wd.firstWordFrom(neg.span().start());
    if (modal(wd, n)) {
      return null; // "would not have placed him on the list if ...": a condition, no fact
    }
    int verb = wd.firstWordFrom(neg.span().end());
    boolean passive = n > 0 && passives.contains(wd.lower(n - 1));
    while (verb < wd.size() && lexicon.negations().negationAuxiliaries().contains(wd.lower(verb))) {
      passive |= passives.contains(wd.lower(verb));
      verb++;
    }
    if (verb >= wd.size() || !wd.isContent(verb) || !alone(wd, verb)
        || lexicon.reporting().contains(wd.stem(verb))
        || lexicon.negations().denials().contains(wd.stem(verb))) {
      return null;
    }
    if (verb + 1 < wd.size() && wd.lower(verb + 1).equals("to")) {
      return null; // "the trial was not expected to open before 2027": what is denied is the
                   // deed after "to", or its time, not the verb in the other voice
    }
    if (passive) {
      Finding f = nominal(rel, denied, asserted, n, verb);
      if (f != null) {
        return f;
      }
    }
    for (int j = 0; j < wa.size(); j++) {
      if (!wa.lower(j).equals(wd.lower(verb)) || j == 0 || !alone(wa, j)
          || asserted.negated(wa.span(wa.start(j), wa.end(j))) || deniedBefore(wa, j)
          || modal(wa, j)) {
        continue;
      }
      boolean activeHere = !passives.contains(wa.lower(j - 1));
      if (activeHere != passive) {
        continue; // the same voice on both sides is the polarity check's
      }
      int[] dThing = passive ? subject(wd, n) : object(wd, verb, null);
      int[] aThing = dThing == null ? null
          : passive ? object(wa, j, wd.stem(dThing[1])) : subject(wa, j);
      if (aThing == null
          || !wd.stem(dThing[1]).equals(wa.stem(aThing[1]))
          || !contains(wa, aThing, wd, dThing)
          || timeAround(asserted, denied, wa.start(Math.min(j, aThing[0])),
              wa.end(Math.max(j, aThing[1])))) {
        continue;
      }
      TextSpan dEv = passive ? wd.span(wd.start(dThing[0]), wd.end(verb))
          : wd.span(neg.span().start(), wd.end(dThing[1]));
      TextSpan aEv = passive ? wa.span(wa.start(j), wa.end(aThing[1]))
          : wa.span(wa.start(aThing[0]), wa.end(j));
      double score = Math.max(rel.score(), Math.min(1, rel.sharedCount() / 8.0));
      return new Finding(Kind.POLARITY, denied.claim(), asserted.claim(), dEv, aEv, "denied",
          "asserted", "", List.of(), 0.5 + 0.4 * score);
    }
    return null;
  }

  /**
   * The passive denial whose negation is word {@code n} and verb word {@code verb}, against the
   * deed told as a noun with a light verb and "against" ("Charges have been filed against the
   * driver"), or null.
   */
  private Finding nominal(ArticlePair.Related rel, ClaimView denied, ClaimView asserted, int n,
      int verb) {
    ClaimWords wd = denied.words();
    ClaimWords wa = asserted.words();
    int[] dThing = subject(wd, n);
    if (dThing == null) {
      return null;
    }
    for (int j = 0; j < wa.size(); j++) {
      if (!wa.stem(j).equals(wd.stem(verb)) || wa.lower(j).equals(wd.lower(verb))
          || asserted.negated(wa.span(wa.start(j), wa.end(j))) || deniedBefore(wa, j)) {
        continue;
      }
      int light = j + 1;
      while (light < wa.size() && light <= j + NOUN_TO_LIGHT
          && !lightVerbs.contains(wa.lower(light)) && !wa.isContent(light)) {
        light++;
      }
      if (light + 1 >= wa.size() || !lightVerbs.contains(wa.lower(light))
          || !against.contains(wa.lower(light + 1)) || modal(wa, light)) {
        continue;
      }
      int[] aThing = object(wa, light + 1, wd.stem(dThing[1]));
      if (aThing == null || !contains(wa, aThing, wd, dThing)
          || timeAround(asserted, denied, wa.start(j), wa.end(aThing[1]))) {
        continue;
      }
      double score = Math.max(rel.score(), Math.min(1, rel.sharedCount() / 8.0));
      return new Finding(Kind.POLARITY, denied.claim(), asserted.claim(),
          wd.span(wd.start(dThing[0]), wd.end(verb)), wa.span(wa.start(j), wa.end(aThing[1])),
          "denied", "asserted", "", List.of(), 0.5 + 0.4 * score);
    }
    return null;
  }

  /**
   * The subject of a passive whose auxiliaries end before word {@code end}: the first and last
   * (its noun) of the content words before the auxiliaries, back to a comma, semicolon, colon or
   * the claim's start, at most {@value #THING_WORDS}; null when there are none (a pronoun).
   */
  private int[] subject(ClaimWords w, int end) {
    int k = end - 1;
    while (k >= 0 && !w.isContent(k) && !w.isNumber(k)
        && w.gapIsSpace(w.end(k), w.start(k + 1))) {
      k--; // the auxiliaries: "has been", "was"
    }
    if (k < 0 || !w.isContent(k) || !w.gapIsSpace(w.end(k), w.start(k + 1))) {
      return null;
    }
    int last = k;
    int first = k;
    int count = 0;
    for (; k >= 0 && count < THING_WORDS; k--) {
      if (k < last && w.between(w.end(k), w.start(k + 1)).matches(".*[,;:\u2014].*")
          || lexicon.reporting().contains(w.stem(k))) {
        break; // "Police said the driver was not charged": the speaker is no part of it
      }
      if (w.isContent(k)) {
        first = k;
        count++;
      }
    }
    return new int[] {first, last};
  }

  /**
   * The object of the active verb at word {@code verb}: from the first content word after it to
   * the noun that ends its phrase, or, when {@code head} is a stem, to the first noun with that
   * stem that ends a phrase within {@value #OBJECT_WORDS} words ("four people, including the
   * mayor's driver"), not past a semicolon, colon or full stop; null if none.
   */
  private static int[] object(ClaimWords w, int verb, String head) {
    int first = -1;
    for (int k = verb + 1; k < w.size() && k <= verb + OBJECT_WORDS; k++) {
      if (w.between(w.end(k - 1), w.start(k)).matches(".*[;:.\u2014].*")) {
        return null;
      }
      if (!w.isContent(k)) {
        continue;
      }
      first = first < 0 ? k : first;
      boolean ends = k + 1 >= w.size() || !w.isContent(k + 1)
          || w.between(w.end(k), w.start(k + 1)).matches(".*[,;:.()\"\u201c\u201d].*");
      if (ends && (head == null || w.stem(k).equals(head))) {
        return new int[] {first, k};
      }
      if (ends && head != null && first == k && w.isCapitalised(k)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a modal stands among the function words right before word {@code i} ("would not",
   * "could have been"): what may or would have been states no fact.
   */
  private boolean modal(ClaimWords w, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (modals.contains(w.lower(k))) {
        return true;
      }
      if (w.isContent(k) && !lexicon.negations().negationAuxiliaries().contains(w.lower(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} stands alone, spaces before it and no hyphen after it: in
   * "non-life-threatening" no word is a verb.
   */
  private static boolean alone(ClaimWords w, int i) {
    return i > 0 && w.gapIsSpace(w.end(i - 1), w.start(i))
        && (i + 1 >= w.size() || !w.between(w.end(i), w.start(i + 1)).startsWith("-"));
  }

  /** Whether every content word of {@code d}'s thing is a word of {@code a}'s. */
  private static boolean contains(ClaimWords wa, int[] a, ClaimWords wd, int[] d) {
    List<String> stems = new ArrayList<>();
    for (int k = a[0]; k <= a[1]; k++) {
      stems.add(wa.stem(k));
    }
    for (int k = d[0]; k <= d[1]; k++) {
      if (wd.isContent(k) && !stems.contains(wd.stem(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word before word {@code j} denies it ("had yet to recover", "failed to charge"). */
  private boolean deniedBefore(ClaimWords w, int j) {
    String before = w.between(w.start(0), w.start(j)).toLowerCase(Locale.ROOT);
    for (String p : lexicon.negations().implicitNegations()) {
      if (before.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the asserted claim names a time within chars {@code from..to} (its verb and thing)
   * that the denial does not write.
   */
  private static boolean timeAround(ClaimView asserted, ClaimView denied, int from, int to) {
    String said = denied.claim().text().toLowerCase(Locale.ROOT);
    for (TimeFacet t : asserted.claim().facets(TimeFacet.class)) {
      if (Spans.overlap(t.span(), asserted.words().span(from, to))
          && !said.contains(t.span().text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
