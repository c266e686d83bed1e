package dev.parallax.contradict;

import dev.parallax.TextSpan;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The subjects of a denial and of the assertion it is set against, as the polarity check
 * compares them: the names before the negation and before the first word the claims share ("Smith
 * did not respond" is not "Smith Jr. responded"), a determiner that opens a claim only because it
 * opens the sentence, and an owner named by a possessive alone ("Its shares are not traded" is
 * not "Share trading came to a standstill"). A subject of a definite determiner and a noun alone
 * ("The office had opened an investigation") points back to the subject of the other claim when
 * that subject holds the same noun ("The Ohio attorney general's office has not opened"): the
 * names before that noun say which office, and the definite one is it. Their objects too: one
 * verb of two direct objects is two deeds ({@link #twoObjects}). Immutable and thread-safe.
 */
final class DeniedSubjects {
  /** The most words between a verb of speech and the "that" that opens what it reports. */
  private static final int SPEECH_TO_THAT = 5;

  private final Set<String> determiners;
  private final Set<String> possessives;
  private final Set<String> definites;
  private final Set<String> reporting;
  private final Set<String> speech;
  private final Set<String> pronouns;

  /**
   * @param determiners words that open a subject before its noun (pack facet {@code
   *     subject-determiner}: "The coach Jorge Pinto"), lower case
   * @param possessives the determiners of {@code determiners} that name an owner (pack facet
   *     {@code possessive-determiner}: "Its shares"), lower case
   * @param definites the determiners of {@code determiners} that point back to someone or
   *     something named before (pack facet {@code definite-determiner}: "The office"), lower case
   * @param reporting the stems of reporting verbs (pack facet {@code reporting-word}: "said"):
   *     when both claims report, a subject starts after the last of them before its end ("She
   *     said the party's members had not been consulted" has the members for subject, not the
   *     speaker)
   * @param speech verbs of speech as written (pack facet {@code speech-verb}: "told"), lower
   *     case, which report a clause as the reporting words do ("told reporters on Thursday that
   *     the army has opened a review")
   * @param pronouns personal pronouns that stand for a subject (pack facet {@code
   *     subject-pronoun}: "he"), lower case
   */
  DeniedSubjects(Set<String> determiners, Set<String> possessives, Set<String> definites,
      Set<String> reporting, Set<String> speech, Set<String> pronouns) {
    this.determiners = Set.copyOf(determiners);
    this.possessives = Set.copyOf(possessives);
    this.definites = Set.copyOf(definites);
    this.reporting = Set.copyOf(reporting);
    this.speech = Set.copyOf(speech);
    this.pronouns = Set.copyOf(pronouns);
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
    int deniedEnd = 0;
    while (deniedEnd < denied.size() && denied.end(deniedEnd) <= negation) {
      deniedEnd++;
    }
    int assertedEnd = 0;
    while (assertedEnd < asserted.size() && !(asserted.isContent(assertedEnd)
        && shared.contains(asserted.stem(assertedEnd)) && !asserted.isCapitalised(assertedEnd))) {
      assertedEnd++;
    }
    // both reported ("She said the party's members had not been consulted", "Moura said its
    // members were consulted"): the subjects are the reported clauses', not the speakers
    int fromDenied = reportedFrom(denied, deniedEnd);
    int fromAsserted = reportedFrom(asserted, assertedEnd);
    boolean reported = fromDenied > 0 && fromAsserted > 0;
    Subject a = subject(denied, reported ? fromDenied : 0, deniedEnd, asserted);
    Subject b = subject(asserted, reported ? fromAsserted : 0, assertedEnd, denied);
    // the same thing of one owner, the other claim's own subject before it a source ("Its
    // operating certificate was renewed" and "Agency records show its operating certificate was
    // not renewed")
    if (owned(a, denied) && restatesOwned(denied, asserted, assertedEnd)
        || owned(b, asserted) && restatesOwned(asserted, denied, deniedEnd)) {
      return true;
    }
    // an owner named by a possessive alone ("Its shares are not traded") is not a subject that
    // names no one ("Share trading came to a standstill"): the possessive points elsewhere
    if (a.names().isEmpty() != b.names().isEmpty()
        && (owned(a, denied) || owned(b, asserted))) {
      return false;
    }
    if (pointsBack(a, denied, asserted, assertedEnd) || pointsBack(b, asserted, denied, deniedEnd)) {
      return true;
    }
    // "He has not yet made any statement" and "The suspect has made a statement": a pronoun
    // stands for a subject that a definite noun names in the other report, not for another name
    if (pronounOnly(a) && definiteOnly(b) || pronounOnly(b) && definiteOnly(a)) {
      return true;
    }
    return a.names().isEmpty() || b.names().isEmpty() || a.names().equals(b.names());
  }

  /** Whether a subject is one personal pronoun alone ("He"). */
  private boolean pronounOnly(Subject s) {
    return s.determiner() == null && s.names().size() == 1
        && pronouns.contains(s.names().iterator().next());
  }

  /** Whether a subject is a definite determiner and its common noun ("The suspect"). */
  private boolean definiteOnly(Subject s) {
    return s.determiner() != null && definites.contains(s.determiner())
        && s.names().size() == 1 && s.names().contains(s.determiner());
  }

  /**
   * Whether subject s of claim w is a definite determiner and its noun alone ("The office"),
   * the noun standing in the other claim's subject, up to and with word {@code otherEnd}, in lower
   * case ("The Ohio attorney general's office").
   */
  private boolean pointsBack(Subject s, ClaimWords w, ClaimWords other, int otherEnd) {
    if (s.determiner() == null || !s.names().equals(Set.of(s.determiner()))
        || !definites.contains(s.determiner()) || w.size() < 2 || !w.isContent(1)
        || w.isCapitalised(1)) {
      return false;
    }
    for (int k = 0; k <= otherEnd && k < other.size(); k++) {
      if (other.isContent(k) && !other.isCapitalised(k) && other.stem(k).equals(w.stem(1))) {
        return true;
      }
    }
    return false;
  }

  /** A subject's capitalised words, as stems, and the determiner that opens it, or null. */
  private record Subject(Set<String> names, String determiner) {}

  /**
   * The subject of claim w before word {@code end}: its capitalised words (not a common noun
   * the {@code other} claim writes in lower case), or, when there are none, the determiner that
   * opens it; a determiner is no name when names follow it, but alone it still tells the
   * subject apart.
   */
  private Subject subject(ClaimWords w, int from, int end, ClaimWords other) {
    Set<String> names = new LinkedHashSet<>();
    String determiner = null;
    for (int i = from; i < end; i++) {
      if (w.isCapitalised(i) && w.text(i).length() > 1 && !openingCommonNoun(w, i, other)
          && !w.inTime(i)) {
        if (openingDeterminer(w, i)) {
          determiner = w.stem(i);
        } else {
          names.add(w.stem(i));
        }
      }
    }
    if (names.isEmpty() && determiner != null) {
      names.add(determiner);
    }
    return new Subject(names, determiner);
  }

  /**
   * The word after the last reporting verb before word {@code end} whose reported clause opens
   * with a noun or a determiner and its noun ("said its members"; not "said he", which may be
   * the speaker, nor "said that if ..."), or 0 when there is none.
   */
  private int reportedFrom(ClaimWords w, int end) {
    int from = 0;
    for (int i = 0; i + 1 < end; i++) {
      if (!reporting.contains(w.rawStem(i)) && !speech.contains(w.lower(i))
          || w.isCapitalised(i)) {
        continue;
      }
      int k = i + 1;
      for (int t = k; t < end - 1 && t - i <= SPEECH_TO_THAT; t++) {
        if (w.lower(t).equals("that")) {
          k = t; // "told reporters on Thursday that the army": whom and when, then the clause
          break;
        }
      }
      if (w.lower(k).equals("that") && k + 1 < end) {
        k++; // "said that the members": "that" opens the clause
      }
      if (w.isContent(k) || determiners.contains(w.lower(k)) && k + 1 < end
          && w.isContent(k + 1)) {
        from = k;
      }
    }
    return from;
  }

  /**
   * Whether claim {@code other}, before word {@code otherEnd}, writes the possessive that opens
   * claim w and the noun after it ("its operating certificate" after "Its operating
   * certificate"): the same thing of one owner, whoever the possessive points to.
   */
  private static boolean restatesOwned(ClaimWords w, ClaimWords other, int otherEnd) {
    if (w.size() < 2 || !w.isContent(1)) {
      return false;
    }
    for (int k = 0; k + 1 < other.size() && k + 1 <= otherEnd; k++) {
      if (other.lower(k).equals(w.lower(0)) && other.isContent(k + 1)
          && other.stem(k + 1).equals(w.stem(1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a subject is only its determiner, a possessive of claim w ("Its shares"). */
  private boolean owned(Subject s, ClaimWords w) {
    return s.determiner() != null && s.names().size() == 1
        && s.names().contains(s.determiner()) && possessives.contains(w.lower(0));
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

  /**
   * Whether the denial whose verb is word {@code verb} of {@code denied} (its scope {@code scope})
   * and {@code asserted}, whose content stems are {@code assertedStems}, give the verb two
   * direct objects: the denial's object (its words after the verb, past determiners only) is
   * none of the other claim's words, and the other claim's verb has an object of its own right
   * after it, past determiners only ("did not visit the hospital" against "visited the school").
   * Denying one deed says nothing of the other. A verb that the negation governs directly has
   * two complements too when each opens with another word of its own ("not asking for a fortune"
   * against "asking to be paid"). A phrase after one preposition ("inspected in 2021", "not
   * inspected in years") is no object and is left to the comparison of their words.
   */
  boolean twoObjects(ClaimWords denied, int verb, TextSpan scope, ClaimWords asserted,
      Set<String> assertedStems, boolean direct) {
    Set<String> object = new LinkedHashSet<>();
    for (int i = verb + 1; i < denied.size() && denied.end(i) <= scope.end(); i++) {
      if (denied.isContent(i)) {
        object.add(denied.stem(i));
      }
    }
    if (object.isEmpty() || object.stream().anyMatch(assertedStems::contains)) {
      return false;
    }
    String stem = denied.stem(verb);
    for (int i = 0; i < asserted.size(); i++) {
      if (asserted.isContent(i) && asserted.stem(i).equals(stem)) {
        int other = objectAfter(asserted, i);
        if (objectAfter(denied, verb) >= 0 && other >= 0) {
          return !object.contains(asserted.stem(other));
        }
        String mine = opener(denied, verb);
        String theirs = opener(asserted, i);
        return direct && mine != null && theirs != null && !mine.equals(theirs);
      }
    }
    return false;
  }

  /**
   * The lower-case word right after word {@code verb} when it is a function word that opens a
   * complement ("for a fortune", "to be paid"), or null.
   */
  private String opener(ClaimWords w, int verb) {
    int k = verb + 1;
    return k < w.size() && w.gapIsSpace(w.end(verb), w.start(k)) && !w.isContent(k)
        && !determiners.contains(w.lower(k)) ? w.lower(k) : null;
  }

  /**
   * The first content word after word {@code verb} with only determiners between, one space
   * apart, or -1.
   */
  private int objectAfter(ClaimWords w, int verb) {
    int k = verb + 1;
    while (k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k))
        && determiners.contains(w.lower(k))) {
      k++;
    }
    return k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k)) && w.isContent(k)
        && !w.isCapitalised(k) ? k : -1;
  }
}
