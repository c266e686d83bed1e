package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.OrdinalFacet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ORDINAL, one thing numbered twice: two articles give the same event a different place in one
 * sequence ("the seventh day of protests" and "the eighth day of protests"). The two statements
 * must name the same thing in the same words (by stem or synonym; "day" and "day", not "NBA
 * coach" and "Eastern Conference coach"), over the same window or none, neither dating its own
 * event, in claims that restate each other: at least {@value #MIN_OVERLAP} of the shorter claim's
 * wording in common and two shared words besides the counted noun. Places in a sequence that
 * many things share ("the sixth round", "the second floor") and generic counts ("the second
 * time") are left out, and so is a place that the other article also gives the same thing.
 *
 * <p>Confidence: 0.3, plus up to 0.5 for the claims' shared wording (full at 0.7 of the shorter
 * claim's words), minus 0.1 for a hedged claim.
 */
final class RenumberCheck implements Check {
  /** The least overlap of the two claims' wording. */
  static final double MIN_OVERLAP = 0.35;
  /** The least confidence of a finding. */
  static final double BASE = 0.3;
  /** How much the shared wording of the two claims adds to the confidence, at most. */
  static final double WORDING = 0.5;
  /** The overlap of two claims' wording that counts as one wording ({@link #WORDING} in full). */
  static final double FULL_OVERLAP = 0.7;

  private final EventNouns events;
  private final Lexicon lexicon;

  RenumberCheck(EventNouns events, Lexicon lexicon) {
    this.events = events;
    this.lexicon = lexicon;
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (ArticlePair.Related rel : pair.related()) {
      if (rel.overlap() < MIN_OVERLAP) {
        continue;
      }
      for (OrdinalFacet a : rel.left().claim().facets(OrdinalFacet.class)) {
        for (OrdinalFacet b : rel.right().claim().facets(OrdinalFacet.class)) {
          if (a.ordinal() == b.ordinal() || a.when().isPresent() || b.when().isPresent()
              || rel.left().denied() || rel.right().denied()) {
            continue;
          }
          String ha = events.head(a.event());
          String hb = events.head(b.event());
          if (ha == null || !ha.equals(hb) || !sameWindow(a, b)
              || lexicon.positionNouns().contains(ha) || lexicon.genericNouns().contains(ha)
              || !events.words(a.event()).equals(events.words(b.event()))
              || !events.scope(a.event()).equals(events.scope(b.event()))
              || numbers(pair.left(), ha, b.ordinal()) || numbers(pair.right(), ha, a.ordinal())) {
            continue;
          }
          Set<String> shared = new LinkedHashSet<>(rel.shared());
          shared.remove(ha);
          if (shared.size() < 2) {
            continue;
          }
          double conf = BASE + WORDING
              * Math.min(1, rel.overlap() / FULL_OVERLAP);
          if (rel.left().hedged() || rel.right().hedged()) {
            conf -= 0.1;
          }
          out.add(new Finding(Kind.ORDINAL, rel.left().claim(), rel.right().claim(), a.span(),
              b.span(), a.ordinal() + " " + a.event(), b.ordinal() + " " + b.event(),
              "place in the sequence", List.of(), conf));
        }
      }
    }
  }

  /** Whether an article itself gives some {@code head} the place {@code ordinal}. */
  private boolean numbers(ArticlePair.Side side, String head, int ordinal) {
    for (ClaimView c : side.claims()) {
      for (OrdinalFacet o : c.claim().facets(OrdinalFacet.class)) {
        if (o.ordinal() == ordinal && head.equals(events.head(o.event()))) {
          return true;
        }
      }
    }
    return false;
  }


  private static boolean sameWindow(OrdinalFacet a, OrdinalFacet b) {
    if (a.window().isEmpty() || b.window().isEmpty()) {
      return a.window().isEmpty() && b.window().isEmpty();
    }
    return Objects.equals(a.window().get().value(), b.window().get().value())
        && Objects.equals(a.window().get().from(), b.window().get().from());
  }

}
