package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * POLARITY by opposite states: one claim calls a thing intact, the other destroyed; unhurt and
 * injured; unarmed and armed (pairs of the pack facet {@code opposite-state}). The two claims must
 * be aligned with a score of at least {@value #MIN_SCORE} or share at least {@value #MIN_SHARED}
 * content words, and what is in the two states (the subject of "was unhurt", the object of
 * "destroyed") must share a word, or be one personal pronoun before a copula in claims aligned
 * with a score of at least {@value #PRONOUN_SCORE} ("He was unarmed", "He was armed").
 * Neither state may be negated ("was not damaged" is read by {@link PolarityCheck}), neither claim
 * hedged, and neither claim may hold both states ("left intact, with only smoke damage" is not
 * read as intact against damaged).
 *
 * <p>Adverbs of degree (pack facet {@code degree-opposite}) put one quality in opposite states
 * the same way: "well equipped" against "insufficiently equipped", the adverbs right before one
 * word, neither negated nor after "as", "so", "too" or "how"; a hedged claim is compared here,
 * with 0.1 less confidence.
 *
 * <p>A word joined to a prefix that denies it (pack facet {@code negating-prefix}) before a noun
 * ("non-life-threatening injuries") is the opposite state of the same word said of that noun
 * after a copula in the other claim ("their injuries were life-threatening"), in claims compared
 * as above.
 *
 * <p>Word forms of two states (pack facet {@code state-form}: "locked" and "unlocked", "closed"
 * and "open") are read right after a copula or a state verb only ("the exit was found locked",
 * "the road remained open"), and what is in the state is the subject before it: the same head
 * noun right before the verb in both claims, and all the content words of one subject among the
 * other claim's words ("the northbound lanes were closed" and "the southbound lanes remained
 * open" name two things). A state changes over time: two claims of which one names a time or a
 * number the other does not ("was closed on Monday", "was open on Tuesday") are not compared.
 */
final class OppositeCheck implements Check {
  /** The least alignment score of two claims compared. */
  static final double MIN_SCORE = 0.25;
  /** The least number of content words two unaligned claims share to be compared. */
  static final int MIN_SHARED = 3;
  /** How many content words each way of a state say what is in that state. */
  static final int AROUND = 4;

  /** Words after which an adverb of degree compares rather than states ("as well equipped as"). */
  private static final Set<String> COMPARING = Set.of("as", "so", "too", "how");

  private final Lexicon lexicon;
  private final DegreeWords degrees;
  private final StateForms forms;
  private final Set<String> negatingPrefixes;
  private final Set<String> pronouns;

  /**
   * A check.
   *
   * @param negatingPrefixes prefixes joined to a word by a hyphen that deny it (pack facet {@code
   *     negating-prefix}: "non-life-threatening"), lower case
   * @param pronouns personal pronouns that stand for a subject (pack facet {@code
   *     subject-pronoun}), lower case
   */
  OppositeCheck(Lexicon lexicon, DegreeWords degrees, StateForms forms,
      Set<String> negatingPrefixes, Set<String> pronouns) {
    this.lexicon = lexicon;
    this.degrees = degrees;
    this.forms = forms;
    this.negatingPrefixes = Set.copyOf(negatingPrefixes);
    this.pronouns = Set.copyOf(pronouns);
  }

  /** The least alignment score of two claims whose states are said of one pronoun alone. */
  static final double PRONOUN_SCORE = 0.5;

  /**
   * Whether the states at words {@code i} and {@code j} are said, after a copula, of the same
   * personal pronoun ("He was unarmed", "He was armed"): in claims aligned with a score of at
   * least {@value #PRONOUN_SCORE}, the one person the two sentences tell of.
   */
  private boolean samePronoun(ClaimWords a, int i, ClaimWords b, int j, double score) {
    String p = pronounBefore(a, i);
    return score >= PRONOUN_SCORE && p != null && p.equals(pronounBefore(b, j));
  }

  /** The personal pronoun right before the copula before word {@code i}, or null. */
  private String pronounBefore(ClaimWords w, int i) {
    for (int k = i - 1; k >= 1 && k >= i - AROUND; k--) {
      if (lexicon.copulas().contains(w.lower(k))) {
        return pronouns.contains(w.lower(k - 1)) ? w.lower(k - 1) : null;
      }
    }
    return null;
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (ArticlePair.Related rel : pair.related()) {
      Finding f = compared(rel) ? first(rel) : null;
      if (f == null && close(rel)) {
        f = degree(rel);
      }
      if (f == null && compared(rel)) {
        f = formState(rel);
      }
      if (f == null && compared(rel)) {
        f = prefixed(rel.left(), rel.right(), rel.score());
        Finding back = f != null ? null : prefixed(rel.right(), rel.left(), rel.score());
        f = back == null ? f : back.swapped();
      }
      if (f != null) {
        out.add(f);
      }
    }
  }

  /** Whether two related claims are close enough to compare, hedged or not. */
  private static boolean close(ArticlePair.Related rel) {
    return (rel.score() >= MIN_SCORE || rel.sharedCount() >= MIN_SHARED)
        && !rel.left().webAddress() && !rel.right().webAddress();
  }

  /**
   * One quality in opposite degrees: an adverb of enough in one claim and one of too little in
   * the other before the same word ("well equipped", "insufficiently equipped"), what is in the
   * two states sharing a word, neither negated nor comparing; null if none. A hedged claim
   * ("appeared to be poorly equipped") lowers the confidence by 0.1.
   */
  private Finding degree(ArticlePair.Related rel) {
    ClaimView a = rel.left();
    ClaimView b = rel.right();
    ClaimWords wa = a.words();
    ClaimWords wb = b.words();
    for (int i = 0; i + 1 < wa.size(); i++) {
      Set<String> opposite = degreeAt(a, i);
      if (opposite == null) {
        continue;
      }
      for (int j = 0; j + 1 < wb.size(); j++) {
        if (!opposite.contains(wb.lower(j)) || degreeAt(b, j) == null
            || !wa.stem(i + 1).equals(wb.stem(j + 1))) {
          continue;
        }
        Set<String> thing = thing(wa, i + 1);
        thing.retainAll(thing(wb, j + 1));
        thing.remove(wa.stem(i));
        thing.remove(wb.stem(j));
        if (thing.isEmpty()) {
          continue;
        }
        TextSpan x = wa.span(wa.start(i), wa.end(i + 1));
        TextSpan y = wb.span(wb.start(j), wb.end(j + 1));
        double conf = 0.5 + 0.4 * Math.min(1, rel.score()) - (a.hedged() || b.hedged() ? 0.1 : 0);
        return new Finding(Kind.POLARITY, a.claim(), b.claim(), x, y,
            wa.lower(i) + " " + wa.lower(i + 1), wb.lower(j) + " " + wb.lower(j + 1), "state",
            List.of(), conf);
      }
    }
    return null;
  }

  /**
   * The opposites of the adverb of degree at word {@code i}, when it stands right before a
   * content word in lower case (not a name or a day: "played well Tuesday", "fell ill Tuesday") (through a hyphen or quotation marks: "ill-equipped", "“insufficiently”
   * equipped"), not after a comparing word and not negated; null otherwise.
   */
  private Set<String> degreeAt(ClaimView c, int i) {
    ClaimWords w = c.words();
    Set<String> opposite = degrees.opposite().get(w.lower(i));
    if (opposite == null || i + 1 >= w.size() || !w.isContent(i + 1) || w.isCapitalised(i + 1)
        || w.isNumber(i + 1)
        || !w.between(w.end(i), w.start(i + 1)).matches("[\\s\"'\u201c\u201d\u2018\u2019-]*")
        || i > 0 && COMPARING.contains(w.lower(i - 1))
        || c.negated(w.span(w.start(i), w.end(i + 1)))) {
      return null;
    }
    return opposite;
  }

  /**
   * One thing in the two states of a pair of word forms (pack facet {@code state-form}), each
   * right after a copula or a state verb ("was found locked", "was found unlocked"), neither
   * negated, neither claim holding both, the subjects the same thing and neither claim naming a
   * time or number the other does not; null if none.
   */
  private Finding formState(ArticlePair.Related rel) {
    ClaimView a = rel.left();
    ClaimView b = rel.right();
    ClaimWords wa = a.words();
    ClaimWords wb = b.words();
    for (int i = 1; i < wa.size(); i++) {
      Set<String> opposite = formAt(a, i);
      if (opposite == null || says(wa, opposite)) {
        continue;
      }
      for (int j = 1; j < wb.size(); j++) {
        if (!opposite.contains(wb.lower(j)) || formAt(b, j) == null
            || says(wb, forms.opposite().get(wb.lower(j)))
            || !sameSubject(a, subject(wa, i), b, subject(wb, j))) {
          continue;
        }
        TextSpan none = wa.span(wa.start(i), wa.start(i));
        if (a.timesBeyond(b, none) || b.timesBeyond(a, wb.span(wb.start(j), wb.start(j)))) {
          return null; // "closed on Monday", "open on Tuesday": the state may have changed
        }
        TextSpan x = wa.span(wa.start(i), wa.end(i));
        TextSpan y = wb.span(wb.start(j), wb.end(j));
        return new Finding(Kind.POLARITY, a.claim(), b.claim(), x, y, wa.lower(i), wb.lower(j),
            "state", List.of(), 0.5 + 0.4 * Math.min(1, rel.score()));
      }
    }
    return null;
  }

  /**
   * The opposite forms of the state form at word {@code i}, when a copula or a state verb stands
   * right before it (through state verbs and their adverbs: "was found locked", "was left
   * largely open") and it is not negated; null otherwise.
   */
  private Set<String> formAt(ClaimView c, int i) {
    ClaimWords w = c.words();
    Set<String> opposite = forms.opposite().get(w.lower(i));
    if (opposite == null || !w.gapIsSpace(w.end(i - 1), w.start(i))
        || !lexicon.copulas().contains(w.lower(i - 1))
            && !lexicon.leftStates().contains(w.lower(i - 1))
        || c.negated(w.span(w.start(i), w.end(i)))) {
      return null;
    }
    return opposite;
  }

  /** Whether the claim has one of the word forms (lower case). */
  private static boolean says(ClaimWords w, Set<String> lower) {
    for (int i = 0; i < w.size(); i++) {
      if (lower.contains(w.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The content stems of the subject of the state at word {@code i}, nearest first: back past
   * the copula, state verbs and auxiliaries, up to {@value #AROUND} content words, not across a
   * semicolon, colon or dash.
   */
  private List<String> subject(ClaimWords w, int i) {
    int k = i - 1;
    while (k >= 0 && (lexicon.copulas().contains(w.lower(k))
        || lexicon.leftStates().contains(w.lower(k)) || !w.isContent(k) && !w.isNumber(k)
            && w.gapIsSpace(w.end(k), w.start(k + 1)))) {
      k--;
    }
    List<String> out = new java.util.ArrayList<>();
    for (; k >= 0 && out.size() < AROUND; k--) {
      if (w.between(w.end(k), w.start(k + 1)).matches(".*[;:\u2014].*")) {
        break;
      }
      if (w.isContent(k) || w.isNumber(k)) {
        out.add(w.isNumber(k) ? w.lower(k) : w.stem(k));
      }
    }
    return out;
  }

  /**
   * Whether two subjects name one thing: the same head (the nearest word) and all the words of
   * one among the other claim's words.
   */
  private static boolean sameSubject(ClaimView a, List<String> x, ClaimView b, List<String> y) {
    return !x.isEmpty() && !y.isEmpty() && x.get(0).equals(y.get(0))
        && (b.stems().containsAll(x) || a.stems().containsAll(y));
  }

  /**
   * A word that a prefix denies before a noun in {@code a} ("non-life-threatening injuries") and
   * that {@code b} states of the same noun after a copula ("their injuries were
   * life-threatening"), neither negated nor prefixed there; null if none. Before a noun the two
   * words name kinds that may both be ("non-union workers" and "union workers"), and so does a
   * claim that writes both ("business and non-business customers").
   */
  private Finding prefixed(ClaimView a, ClaimView b, double score) {
    ClaimWords wa = a.words();
    ClaimWords wb = b.words();
    for (int i = 0; i + 2 < wa.size(); i++) {
      if (!negatingPrefixes.contains(wa.lower(i)) || !hyphen(wa, i)) {
        continue;
      }
      int last = i + 1; // the denied words run on while hyphens join them: "life-threatening"
      while (last + 1 < wa.size() && hyphen(wa, last)) {
        last++;
      }
      int noun = last + 1;
      if (noun >= wa.size() || !wa.isContent(noun) || !wa.gapIsSpace(wa.end(last),
          wa.start(noun))) {
        continue;
      }
      int n = last - i;
      for (int k = 0; k + n <= wb.size(); k++) {
        int end = k + n - 1;
        if (!sameWords(wa, i + 1, wb, k, n) || k > 0 && negatingPrefixes.contains(wb.lower(k - 1))
            && hyphen(wb, k - 1) || b.negated(wb.span(wb.start(k), wb.end(end)))) {
          continue;
        }
        if (k >= 2 && lexicon.copulas().contains(wb.lower(k - 1))
            && wb.stem(k - 2).equals(wa.stem(noun)) && !statesPlain(wa, i + 1, n)) {
          TextSpan x = wa.span(wa.start(i), wa.end(noun));
          TextSpan y = wb.span(wb.start(k - 2), wb.end(end));
          return new Finding(Kind.POLARITY, a.claim(), b.claim(), x, y, x.text(), y.text(),
              "state", List.of(), 0.5 + 0.4 * Math.min(1, score));
        }
      }
    }
    return null;
  }

  /**
   * Whether the claim also states the {@code n} words from {@code i} without the prefix ("all
   * business and non-business customers": two kinds, not a state).
   */
  private boolean statesPlain(ClaimWords w, int i, int n) {
    for (int k = 0; k + n <= w.size(); k++) {
      if (k != i && sameWords(w, i, w, k, n)
          && !(k > 0 && negatingPrefixes.contains(w.lower(k - 1)) && hyphen(w, k - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code i} is joined to the word after it by a hyphen alone. */
  private static boolean hyphen(ClaimWords w, int i) {
    return i + 1 < w.size() && w.between(w.end(i), w.start(i + 1)).equals("-");
  }

  /** Whether the {@code n} words of {@code a} from {@code i} have the stems of {@code b}'s. */
  private static boolean sameWords(ClaimWords a, int i, ClaimWords b, int k, int n) {
    for (int d = 0; d < n; d++) {
      if (!b.isContent(k + d) || !a.stem(i + d).equals(b.stem(k + d))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two related claims are close enough, and plain enough, to compare their states. */
  private static boolean compared(ArticlePair.Related rel) {
    return close(rel) && !rel.left().hedged() && !rel.right().hedged();
  }

  /** The first pair of opposite states the two claims hold, either way round; null if none. */
  private Finding first(ArticlePair.Related rel) {
    for (Lexicon.Opposites o : lexicon.opposites()) {
      Finding f = opposed(rel.left(), rel.right(), o.side(), o.other(), rel.score());
      if (f != null) {
        return f;
      }
      Finding back = opposed(rel.right(), rel.left(), o.side(), o.other(), rel.score());
      if (back != null) {
        return back.swapped();
      }
    }
    return null;
  }

  /** The finding when {@code a} states one of {@code side} and {@code b} one of {@code other}. */
  private Finding opposed(ClaimView a, ClaimView b, Set<String> side, Set<String> other,
      double score) {
    int i = state(a, side, other);
    int j = state(b, other, side);
    if (i < 0 || j < 0) {
      return null;
    }
    Set<String> thing = thing(a.words(), i);
    thing.retainAll(thing(b.words(), j));
    if (thing.isEmpty() && !samePronoun(a.words(), i, b.words(), j, score)) {
      return null;
    }
    ClaimWords wa = a.words();
    ClaimWords wb = b.words();
    TextSpan x = wa.span(wa.start(i), wa.end(i));
    TextSpan y = wb.span(wb.start(j), wb.end(j));
    return new Finding(Kind.POLARITY, a.claim(), b.claim(), x, y, wa.lower(i), wb.lower(j),
        "state", List.of(), 0.5 + 0.4 * Math.min(1, score));
  }

  /**
   * The first word of the claim whose stem is in {@code states}, not negated, when the claim
   * has no word of {@code opposite}; -1 otherwise.
   */
  private static int state(ClaimView c, Set<String> states, Set<String> opposite) {
    ClaimWords w = c.words();
    if (!w.hasRawStem(states)) {
      return -1; // most claims hold no state word at all
    }
    int found = -1;
    for (int i = 0; i < w.size(); i++) {
      if (opposite.contains(w.rawStem(i))) {
        return -1;
      }
      if (found < 0 && states.contains(w.rawStem(i))
          && !c.negated(w.span(w.start(i), w.end(i)))) {
        found = i;
      }
    }
    return found;
  }

  /**
   * The content stems that name what is in the state at word {@code i}: after a copula or "left"
   * within {@value #AROUND} words before it ("the driver was unhurt", "was left largely intact"),
   * the subject, up to {@value #AROUND} content words before it; otherwise (a verb: "the fire
   * destroyed much of the supermarket") the object, up to {@value #AROUND} content words after it.
   */
  private Set<String> thing(ClaimWords w, int i) {
    boolean subject = false;
    for (int k = i - 1; k >= 0 && k >= i - AROUND; k--) {
      subject |= lexicon.copulas().contains(w.lower(k))
          || lexicon.leftStates().contains(w.lower(k));
    }
    Set<String> out = new LinkedHashSet<>();
    if (subject) {
      for (int k = i - 1, n = 0; k >= 0 && n < AROUND; k--) {
        if (w.isContent(k) && !lexicon.leftStates().contains(w.lower(k))) {
          out.add(w.stem(k));
          n++;
        }
      }
    } else {
      for (int k = i + 1, n = 0; k < w.size() && n < AROUND; k++) {
        if (w.isContent(k)) {
          out.add(w.stem(k));
          n++;
        }
      }
    }
    return out;
  }
}
