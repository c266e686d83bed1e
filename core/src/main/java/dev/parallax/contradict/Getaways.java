package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the means of an escape: a verb of getting away ("fled", "escaped", "sped off") and,
 * in its clause, a preposition and a means of travel ("fled on two motor scooters", "escaped in
 * a van", "fled on foot"). The means are the pack's (facet {@code vehicle}), each of a coarse kind
 * (on foot, two wheels, a motor vehicle, a boat, an aircraft, a train), so that news naming one
 * vehicle two ways ("a van", "a car") stays silent. Two articles clash when they give an escape two
 * kinds and neither names the other's kind anywhere (a getaway in two stages names both, "fled
 * on foot after crashing the car"). A finding stands at {@value #BASE} plus a tenth of the
 * claims' alignment score, 0.1 less when either claim is hedged.
 */
final class Getaways {
  /** The confidence of a finding before the claims' alignment. */
  static final double BASE = 0.5;
  /** The most words between the verb and the preposition ("fled the scene in a van"). */
  static final int MAX_TO_PREPOSITION = 4;
  /** The most words between the preposition and the vehicle ("in a silver Honda sedan"). */
  static final int MAX_TO_VEHICLE = 3;
  private final Set<String> verbs;
  private final Set<String> prepositions;
  /** Small words that may stand between the verb and its means ("fled from the scene on foot"). */
  private final Set<String> between;
  private final Map<String, String> vehicles;

  Getaways(AttributeWords words) {
    this.verbs = words.getawayVerbs();
    this.prepositions = words.getawayPrepositions();
    this.between = words.getawayFillers();
    this.vehicles = words.vehicles();
  }

  /** One escape as one claim gives it: its means and the kind of it. */
  private record Getaway(ClaimView view, TextSpan evidence, String kind) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Getaway> left = getaways(pair.left());
    List<Getaway> right = getaways(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Getaway a : left) {
      for (Getaway b : right) {
        if (a.kind().equals(b.kind()) || names(pair.left(), b.kind())
            || names(pair.right(), a.kind())) {
          continue;
        }
        double conf = BASE
            + pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score()).orElse(0.0)
            - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(),
            a.evidence(), b.evidence(), a.evidence().text(), b.evidence().text(), "getaway",
            List.of("Both tell how the escape was made."), conf);
        AttributeCheck.keep(best, "getaway", f);
      }
    }
    out.addAll(best.values());
  }

  /** Whether any claim of {@code side} names a means of travel of {@code kind}. */
  private boolean names(ArticlePair.Side side, String kind) {
    return side.memo(this, "kinds", this::kindsNamed).contains(kind);
  }

  /** The kinds of means of travel the claims of one article name (read once per article). */
  private Set<String> kindsNamed(ArticlePair.Side side) {
    Set<String> out = new LinkedHashSet<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        String kind = kindAt(w, i);
        if (kind != null) {
          out.add(kind);
        }
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The kind of the means of travel at word {@code i}, or null; "foot" is one only after "on"
   * ("fled on foot", not "a foot injury").
   */
  private String kindAt(ClaimWords w, int i) {
    String kind = vehicles.get(w.lower(i));
    if (kind != null && w.lower(i).equals("foot")
        && (i == 0 || !w.lower(i - 1).equals("on"))) {
      return null;
    }
    return kind;
  }

  private List<Getaway> getaways(ArticlePair.Side side) {
    return side.memo(this, "getaways", s -> List.copyOf(readGetaways(s)));
  }

  private List<Getaway> readGetaways(ArticlePair.Side side) {
    List<Getaway> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        if (!verbs.contains(w.lower(i))) {
          continue;
        }
        Getaway g = getaway(c, w, i);
        if (g != null && !c.negated(g.evidence())) {
          out.add(g);
        }
      }
    }
    return out;
  }

  /** The means of the escape whose verb is word {@code v}, within its clause, or null. */
  private Getaway getaway(ClaimView c, ClaimWords w, int v) {
    for (int p = v + 1; p < w.size() && p <= v + 1 + MAX_TO_PREPOSITION; p++) {
      if (!w.gapIsSpace(w.end(p - 1), w.start(p))) {
        return null; // the clause ends
      }
      if (!prepositions.contains(w.lower(p))) {
        if (w.isStopWord(p) && !between.contains(w.lower(p))) {
          return null; // another clause: "fled after being struck by a car"
        }
        continue;
      }
      for (int k = p + 1; k < w.size() && k <= p + MAX_TO_VEHICLE; k++) {
        if (!w.gapIsSpace(w.end(k - 1), w.start(k))) {
          return null;
        }
        String kind = kindAt(w, k);
        if (kind != null) {
          return new Getaway(c, w.span(w.start(v), w.end(k)), kind);
        }
      }
      return null; // the first preposition after the verb names no means: "fled in panic"
    }
    return null;
  }
}
