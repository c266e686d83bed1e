package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.PolarityFacet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * POLARITY of "no" before a noun: "no" denies the noun that the other claim states with "a" or
 * "an" ("No warning was issued before the flood" against "Officials issued a warning before the
 * flood"), and a plural or mass noun that the other claim states with no determiner, or after a
 * word of pack facet {@code bare-noun-opener} ("No shots were fired during the raid" against
 * "Shots were fired during the raid", "Police said no injuries were reported" against "Police
 * said several injuries were reported"). A bare plural or mass noun is written as the denial
 * writes it ("shots" against "shots", not "shot"), right after the denial's modifiers, and after
 * no determiner, possessive or number ("the shots", "its shots", "two shots": a number is read by
 * the quantifier check) nor after a content word the denial does not say ("lack access" against
 * "have no access").
 *
 * <p>The denial is its claim's only negation, or the first one and alone in its clause, neither claim is hedged, and every content word of
 * the denial's clause but its teller ("the family said") and a light verb ("no arrests were
 * made") is a word of the other claim (a clause after it, opened as {@link PolarityCheck} reads
 * clause ends, or before it, ended by a conjunction right before the denial, is not denied),
 * so no place, time or subject of its own sets it apart ("No shots were fired during the second raid" is silent),
 * and neither claim names a time or writes a number that the other does not ("In a 2015
 * kidnapping, the family paid a ransom", "No shots were fired during the second raid"). The
 * other claim's noun is not negated there.
 */
final class NounDenials {
  /** How many words before a reporting word may name who tells a denial ("the family said"). */
  static final int TELLER_WORDS = 4;

  private final Lexicon lexicon;
  private final Set<String> bareOpeners;
  private final Set<String> lightVerbs;
  private final Set<String> conjunctions;
  private final Set<String> passives;
  private final Set<String> receiving;

  /**
   * Denials of a noun.
   *
   * @param bareOpeners lower-case words after which a plural or mass noun is stated without a
   *     determiner (pack facet {@code bare-noun-opener}: "some", "several", "and")
   * @param lightVerbs verbs that give the deed to the noun (pack facet {@code light-verb}: "no
   *     arrests were made"), which the other claim need not write, lower case
   * @param conjunctions conjunctions that, right before the denial, open its clause (pack facet
   *     {@code predicate-conjunction}: "passed without incident and no arrests were made"), lower
   *     case
   * @param passives forms of "be" that make a past participle after them passive (pack facet
   *     {@code passive-auxiliary}), lower case: "had received no warning" denies "had been
   *     warned"
   * @param receiving light verbs that give the deed to the noun in the passive (pack facet
   *     {@code receiving-verb}: "received"), lower case
   */
  NounDenials(Lexicon lexicon, Set<String> bareOpeners, Set<String> lightVerbs,
      Set<String> conjunctions, Set<String> passives, Set<String> receiving) {
    this.lexicon = lexicon;
    this.bareOpeners = Set.copyOf(bareOpeners);
    this.lightVerbs = Set.copyOf(lightVerbs);
    this.conjunctions = Set.copyOf(conjunctions);
    this.passives = Set.copyOf(passives);
    this.receiving = Set.copyOf(receiving);
  }

  /**
   * Whether the word before the denial's "no" is a light verb of receiving, whose noun the other
   * claim may state as a verb in the passive ("had received no warning", "had been warned").
   */
  private boolean received(ClaimWords w, int no) {
    return no >= 1 && receiving.contains(w.lower(no - 1));
  }

  /** The finding of "no" before a noun in {@code denied} against the noun in {@code asserted}. */
  Finding against(ArticlePair.Related rel, ClaimView denied, ClaimView asserted) {
    ClaimWords wd = denied.words();
    ClaimWords wa = asserted.words();
    // the claim's only negation, or the only one of the clause a conjunction opens right before
    // it ("passed without incident and no arrests were made")
    List<PolarityFacet> negs = new java.util.ArrayList<>(wd.negations());
    if (negs.size() > 1) {
      PolarityFacet last = negs.get(negs.size() - 1);
      int at = wd.firstWordFrom(last.span().start());
      if (at >= 1 && conjunctions.contains(wd.lower(at - 1))) {
        negs = List.of(last);
      } else {
        negs = ownClause(wd, negs); // "no inquiry had been opened and that he was not suspected"
      }
    }
    if (negs.size() != 1 || denied.hedged() || asserted.hedged()) {
      return null;
    }
    int no = wd.firstWordFrom(negs.get(0).span().start());
    Set<String> said = no < wd.size() ? untold(wd, no) : Set.of();
    if (no >= wd.size() || !wd.lower(no).equals("no")
        || !wd.span(wd.start(no), wd.end(no)).equals(negs.get(0).span())
        || !asserted.stems().containsAll(said)
        || asserted.timesBeyond(denied, negs.get(0).span())
        || denied.timesBeyond(asserted, negs.get(0).span()) || deniesToo(wa)) {
      return null;
    }
    int head = nounAfter(wd, no);
    if (head < 0) {
      return null;
    }
    Set<String> mods = new LinkedHashSet<>();
    for (int k = no + 1; k < head; k++) {
      mods.add(wd.stem(k));
    }
    for (int i = 0; i < wa.size(); i++) {
      int from;
      int h;
      if (wa.lower(i).equals("a") || wa.lower(i).equals("an")) {
        from = i; // "a prior felony record": at least the denial's modifiers
        h = nounAfter(wa, i);
        if (h < 0 || !stems(wa, i + 1, h).containsAll(mods)) {
          continue;
        }
      } else if (wa.lower(i).equals(wd.lower(head))) {
        from = bareFrom(wa, i, mods.size(), said); // "fired shots": the same noun as written
        h = from < 0 || !stems(wa, from, i).equals(mods) ? -1 : i;
      } else if (mods.isEmpty() && i > 0 && passives.contains(wa.lower(i - 1))
          && !wa.isCapitalised(i) && received(wd, no) && wa.stem(i).equals(wd.stem(head))) {
        from = i; // "had received no warning" against "had been warned": the deed in the passive
        h = i;
      } else {
        continue;
      }
      if (h >= 0 && wa.stem(h).equals(wd.stem(head))
          && !asserted.negated(wa.span(wa.start(from), wa.end(h)))
          && !deniedAfter(wa, from, said)) {
        double conf = 0.5 + 0.4 * Math.min(1, rel.score());
        return new Finding(Kind.POLARITY, denied.claim(), asserted.claim(),
            wd.span(wd.start(no), wd.end(head)), wa.span(wa.start(from), wa.end(h)), "denied",
            "asserted", "", List.of(), conf);
      }
    }
    return null;
  }

  /**
   * The first negation when it is "no" and the clause it opens ends, as {@link PolarityCheck}
   * reads clause ends, before any other negation of the claim ("Police said no criminal
   * investigation had been opened and that the owner was not suspected": the second denial is a
   * clause of its own); otherwise all of them.
   */
  private static List<PolarityFacet> ownClause(ClaimWords w, List<PolarityFacet> negs) {
    PolarityFacet first = negs.get(0);
    int no = w.firstWordFrom(first.span().start());
    if (no >= w.size() || !w.lower(no).equals("no")) {
      return negs;
    }
    java.util.regex.Matcher end = PolarityCheck.CLAUSE_END.matcher(
        w.between(w.end(no), w.claim().span().end()));
    return end.find() && negs.get(1).span().start() >= w.end(no) + end.end()
        ? List.of(first) : negs;
  }

  /**
   * Whether the claim denies in other words: a word that reports a denial ("denied that shots
   * were fired") or an implicit negation ("had yet to find").
   */
  private boolean deniesToo(ClaimWords w) {
    String said = w.claim().text().toLowerCase(Locale.ROOT);
    if (lexicon.negations().implicitNegations().stream().anyMatch(said::contains)) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      if (lexicon.negations().denials().contains(w.stem(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negation of the claim stands between word {@code from} and the last word whose stem
   * is one of {@code stems}: "Shots were not fired during the arrest" denies the verb after its
   * noun, "Shots were fired, though no one was hurt" denies another thing after it.
   */
  private static boolean deniedAfter(ClaimWords w, int from, Set<String> stems) {
    int to = -1;
    for (int i = from; i < w.size(); i++) {
      to = stems.contains(w.stem(i)) ? w.end(i) : to;
    }
    for (PolarityFacet p : w.negations()) {
      if (p.span().start() >= w.start(from) && p.span().start() < to) {
        return true;
      }
    }
    return false;
  }

  /** The stems of words {@code from} (inclusive) to {@code to} (exclusive). */
  private static Set<String> stems(ClaimWords w, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (int k = from; k < to; k++) {
      out.add(w.stem(k));
    }
    return out;
  }

  /**
   * The first word of a bare plural or mass noun phrase that ends at word {@code h} with {@code
   * modifiers} words before the noun ("Shots", "stray shots"), or -1 when a word before it
   * determines it: the phrase opens its claim or a reported clause ("Police said charges had been
   * filed"), follows punctuation, a word of the pack facet
   * {@code bare-noun-opener} ("several shots") or a content word of the denial's ({@code said}:
   * "fired shots" against "No shots were fired"); another content word may deny it ("lack
   * access" against "have no access") or name a kind of it ("warning shots").
   */
  private int bareFrom(ClaimWords w, int h, int modifiers, Set<String> said) {
    int from = h - modifiers;
    if (from < 0) {
      return -1;
    }
    for (int k = from; k <= h; k++) {
      if (!w.isContent(k) || k > from && !w.gapIsSpace(w.end(k - 1), w.start(k))) {
        return -1;
      }
    }
    int before = from - 1;
    boolean open = before < 0 || !w.gapIsSpace(w.end(before), w.start(from))
        || w.isContent(before) && said.contains(w.stem(before))
        || bareOpeners.contains(w.lower(before)) || opensReport(w, before);
    return open ? from : -1;
  }

  /**
   * Whether word {@code k} ends the words that tell a report, so that the word after it opens the
   * reported clause: a reporting word, or "that" right after one ("Police said charges had been
   * filed", "said that charges had been filed").
   */
  private boolean opensReport(ClaimWords w, int k) {
    return lexicon.reporting().contains(w.stem(k)) || k > 0 && w.lower(k).equals("that")
        && lexicon.reporting().contains(w.stem(k - 1));
  }

  /**
   * The stems of the claim's content words but those of who tells it: a reporting word and the
   * words right before it back to a comma or the claim's start, at most {@value #TELLER_WORDS}
   * ("No ransom was paid, the family said": "family", "said"), never the words of the denial
   * (word {@code no}: "no injuries were reported").
   */
  private Set<String> untold(ClaimWords w, int no) {
    Set<Integer> teller = new LinkedHashSet<>();
    for (int i = 0; i < w.size(); i++) {
      if (!lexicon.reporting().contains(w.stem(i))) {
        continue;
      }
      int k = i;
      while (k > 0 && i - k < TELLER_WORDS && w.gapIsSpace(w.end(k - 1), w.start(k))) {
        k--;
      }
      if ((k == 0 || !w.gapIsSpace(w.end(k - 1), w.start(k))) && (no < k || no > i)) {
        for (int j = k; j <= i; j++) {
          teller.add(j);
        }
      }
    }
    // a clause after the denial's ("and that the pistol was registered to him") is not denied
    java.util.regex.Matcher end = PolarityCheck.CLAUSE_END.matcher(
        w.between(w.end(no), w.claim().span().end()));
    int limit = end.find() ? w.end(no) + end.start() : Integer.MAX_VALUE;
    // "passed without incident and no arrests were made": a conjunction right before the denial
    // opens its clause
    int from = no >= 1 && conjunctions.contains(w.lower(no - 1)) ? no : 0;
    Set<String> out = new LinkedHashSet<>();
    for (int i = from; i < w.size() && w.start(i) < limit; i++) {
      // a verb of receiving gives its deed to the noun only right before "no" ("had received no
      // warning"); after it ("no formal complaint had been received") it is a deed of its own
      boolean light = lightVerbs.contains(w.lower(i))
          && (!receiving.contains(w.lower(i)) || i == no - 1);
      if (w.isContent(i) && !teller.contains(i) && !light) {
        out.add(w.stem(i));
      }
    }
    return out;
  }

  /**
   * The last of one to three content words in lower case right after word {@code i} ("no
   * felony record", "a prior felony conviction") that end before punctuation or a word that is
   * not one; -1 when there are none or more.
   */
  static int nounAfter(ClaimWords w, int i) {
    int k = i + 1;
    while (k < w.size() && k - i <= 3 && w.isContent(k) && !w.isCapitalised(k)
        && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      k++;
    }
    return k > i + 1 && (k >= w.size() || !w.isContent(k)
        || !w.gapIsSpace(w.end(k - 1), w.start(k))) ? k - 1 : -1;
  }
}
