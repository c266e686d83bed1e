package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
 */
final class OppositeCheck implements Check {
  /** The least alignment score of two claims compared. */
  static final double MIN_SCORE = 0.25;
  /** The least number of content words two unaligned claims share to be compared. */
  static final int MIN_SHARED = 3;
  /** How many content words each way of a state say what is in that state. */
  static final int AROUND = 4;

  private final Lexicon lexicon;

  OppositeCheck(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    pair.related().stream().filter(OppositeCheck::compared).map(this::first)
        .filter(Objects::nonNull).forEach(out::add);
  }

  /** Whether two related claims are close enough, and plain enough, to compare their states. */
  private static boolean compared(ArticlePair.Related rel) {
    return (rel.score() >= MIN_SCORE || rel.sharedCount() >= MIN_SHARED)
        && !rel.left().webAddress() && !rel.right().webAddress() && !rel.left().hedged()
        && !rel.right().hedged();
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
