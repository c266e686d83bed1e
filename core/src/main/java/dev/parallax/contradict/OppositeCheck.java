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
 * "destroyed") must share a word.
 * Neither state may be negated ("was not damaged" is read by {@link PolarityCheck}), neither claim
 * hedged, and neither claim may hold both states ("left intact, with only smoke damage" is not
 * read as intact against damaged).
 *
 * <p>Adverbs of degree (pack facet {@code degree-opposite}) put one quality in opposite states
 * the same way: "well equipped" against "insufficiently equipped", the adverbs right before one
 * word, neither negated nor after "as", "so", "too" or "how"; a hedged claim is compared here,
 * with 0.1 less confidence.
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

  OppositeCheck(Lexicon lexicon, DegreeWords degrees) {
    this.lexicon = lexicon;
    this.degrees = degrees;
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (ArticlePair.Related rel : pair.related()) {
      Finding f = compared(rel) ? first(rel) : null;
      if (f == null && close(rel)) {
        f = degree(rel);
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
    if (thing.isEmpty()) {
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
