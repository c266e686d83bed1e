package dev.parallax.contradict;

import dev.parallax.PolarityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What befalls the words a quantifier or number counts, read from its clause after them: the
 * verb (with the verb after it when it takes an infinitive: "needed to be taken"), the object
 * right after the verb ("wearing seat belts"), the senses of the verb and of its object among the
 * pack's pairs of opposite predicates ("stayed shut" has the sense of "closed"), and whether a
 * negation stands in it. Two quantifiers of one group are compared when their predicates say the
 * same thing, even in other words ({@link #sameAs}).
 *
 * @param verbs the stems of the verb
 * @param objects the stems of up to {@value #OBJECT_WORDS} content words or numbers right after
 *     the verb, past determiners only (not after a preposition: "sheltering in the school" has
 *     none)
 * @param senses the senses of the verb ({@link AmountWords#senses}: "+predicate-opposite-stay"
 *     for "stayed", "-predicate-opposite-stay" for "left")
 * @param negated whether a negation stands in the predicate ("had not been wearing")
 */
record Predicate(Set<String> verbs, Set<String> objects, Set<String> senses, boolean negated) {
  /** A predicate that could not be read: it says the same as no other. */
  static final Predicate NONE = new Predicate(Set.of(), Set.of(), Set.of(), false);
  /** How many words after the counted words a predicate is searched in. */
  static final int WORDS = 8;
  /** How many content words an object holds at most. */
  static final int OBJECT_WORDS = 2;

  /**
   * The predicate of the clause from word {@code from}: up to punctuation or a word that starts
   * another clause (but "and" and "or", which join verbs of one subject), at most {@value #WORDS}
   * words. A clause that opens with a preposition ("14 schools in the area were closed") reaches
   * its verb at the first auxiliary or finite verb, and one whose first verb is a participle with "by"
   * ("economists polled by the agency had expected"); times and reporting words are no part of
   * it, nor numbers but in the object.
   */
  static Predicate read(Lexicon lexicon, ClaimWords w, int from) {
    if (from <= 0 || from >= w.size() || !w.gapIsSpace(w.end(from - 1), w.start(from))) {
      return NONE; // "which drew about 1,500 people, may have been exposed": not said of them
    }
    List<TimeFacet> times = w.claim().facets(TimeFacet.class);
    int end = from;
    while (end < w.size() && end - from < WORDS && (end == from
        || w.gapIsSpace(w.end(end - 1), w.start(end))
        || w.between(w.end(end - 1), w.start(end)).equals("-"))
        && !(lexicon.clauseBoundaries().contains(w.lower(end)) && !w.lower(end).equals("and")
            && !w.lower(end).equals("or"))) {
      end++;
    }
    if (end == from) {
      return NONE;
    }
    int k = from;
    if (!w.isContent(k) && !auxiliary(lexicon, w, k)) {
      while (k < end && !auxiliary(lexicon, w, k) && !finite(lexicon, w, k)) {
        k++; // "in the Merrindale area were closed": the verb comes after the auxiliary
      }
    }
    Set<String> verbs = new LinkedHashSet<>();
    Set<String> senses = new LinkedHashSet<>();
    int v = next(w, k, end);
    if (v >= 0 && v + 1 < end && w.lower(v + 1).equals("by")) {
      int aux = v + 2; // "economists polled by the agency had expected": the verb is "expected"
      while (aux < end && !auxiliary(lexicon, w, aux)) {
        aux++;
      }
      if (aux < end) {
        v = next(w, aux, end);
      }
    }
    while (v >= 0 && plain(lexicon, w, v, times)) {
      verbs.add(w.stem(v));
      senses.addAll(lexicon.amountWords().senses().getOrDefault(w.lower(v), Set.of()));
      int to = v + 1; // "needed to be taken": the infinitive is the verb too
      if (to < end && w.lower(to).equals("to")) {
        v = next(w, to, end);
      } else {
        break;
      }
    }
    Set<String> objects = new LinkedHashSet<>();
    if (v >= 0) {
      int o = v + 1;
      while (o < end && !w.isContent(o) && !w.isNumber(o)
          && lexicon.quantifierDeterminers().contains(w.lower(o)) && !w.lower(o).equals("of")) {
        o++;
      }
      for (; o < end && objects.size() < OBJECT_WORDS && (w.isNumber(o)
          || w.isContent(o) && plain(lexicon, w, o, times)); o++) {
        objects.add(w.isNumber(o) ? w.lower(o) : w.stem(o)); // "expected a 50-point rise"
        // "stayed shut": the word after the verb carries a sense of its own
        senses.addAll(lexicon.amountWords().senses().getOrDefault(w.lower(o), Set.of()));
      }
    }
    boolean negated = false;
    TextSpan span = w.span(w.start(from), w.end(end - 1));
    for (PolarityFacet p : w.claim().facets(PolarityFacet.class)) {
      negated |= p.kind() == PolarityFacet.Kind.NEGATION && Spans.overlap(p.span(), span);
    }
    return new Predicate(Set.copyOf(verbs), Set.copyOf(objects), Set.copyOf(senses), negated);
  }

  /**
   * Whether this predicate and {@code other} say the same of their groups: one negated and the
   * other not, when they are the two sides of a pair of opposite predicates ("did not open" and
   * "stayed shut", the word after the verb giving its sense too); otherwise neither negated or
   * both, not the two sides of a pair of opposite predicates ("stayed" and "left": a share of one
   * is the complement of a share of the other), and they share their object ("wearing seat
   * belts" and "buckled their seat belts"), or a verb or its sense ("stayed open" and "remained
   * open") while their objects, if both have one, meet ("gives interviews" and "gives speeches"
   * do not). The stems of {@code heads} (the counted words) are no evidence.
   */
  boolean sameAs(Predicate other, Set<String> heads) {
    if (negated != other.negated()) {
      return opposes(other); // "did not open" says what "stayed shut" says
    }
    if (opposes(other)) {
      return false;
    }
    boolean object = QuantifierCheck.shared(objects, other.objects(), heads) >= 1;
    boolean verb = QuantifierCheck.shared(verbs, QuantifierCheck.union(other.verbs(),
        other.objects()), heads) >= 1
        || QuantifierCheck.shared(other.verbs(), QuantifierCheck.union(verbs, objects), heads) >= 1
        || QuantifierCheck.shared(senses, other.senses(), Set.of()) >= 1;
    return object || verb && (objects.isEmpty() || other.objects().isEmpty());
  }

  /**
   * Whether this predicate and {@code other} hold the two sides of a pair of opposite predicates
   * ("backed the plan" and "opposed the plan").
   */
  boolean opposes(Predicate other) {
    for (String s : senses) {
      if (other.senses().contains((s.startsWith("+") ? "-" : "+") + s.substring(1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean auxiliary(Lexicon lexicon, ClaimWords w, int k) {
    return lexicon.phrases().clauseAuxiliaries().contains(w.lower(k))
        || lexicon.copulas().contains(w.lower(k));
  }

  /**
   * Whether word {@code k} is a finite verb: a past in -ed or one of the pack's verb forms that
   * end a counted noun ("the members of the board backed the plan").
   */
  private static boolean finite(Lexicon lexicon, ClaimWords w, int k) {
    String s = w.lower(k);
    return lexicon.amountWords().verbForms().contains(s)
        || s.length() > 4 && s.endsWith("ed") && !w.isCapitalised(k);
  }

  /** The first content word from {@code k} before {@code end}, past stop words; -1 if none. */
  private static int next(ClaimWords w, int k, int end) {
    for (; k < end; k++) {
      if (w.isContent(k) || w.isNumber(k)) {
        return w.isContent(k) ? k : -1;
      }
    }
    return -1;
  }

  /** Whether word {@code k} is no number, time or reporting word. */
  private static boolean plain(Lexicon lexicon, ClaimWords w, int k, List<TimeFacet> times) {
    return !w.isNumber(k) && !lexicon.reporting().contains(w.rawStem(k))
        && times.stream().noneMatch(t -> Spans.within(w.start(k), w.end(k), t.span()));
  }
}
