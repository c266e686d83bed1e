package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the town where the hurt were taken: a verb of carrying the hurt, "to", a hospital
 * word and "in" with a named place ("were taken to hospitals in Dayton", "was flown to a hospital
 * in Toledo"; verbs and hospital words are the pack's, facets {@code hospital-verb} and {@code
 * hospital-noun}). An article that names one such town tells where the hurt of its story went;
 * two articles that each name one, sharing no word, clash unless either names the other's town
 * anywhere (a hospital town is often named for other things, and the hurt may have gone to both),
 * an article names two such towns or carries the hurt two ways (the hurt were split), a place is
 * an area a place noun names ("Stark County" may hold the town), or one town is reached by air
 * and the other by ground (the worst hurt are often flown farther than the rest; the ways are
 * the verbs' values in the pack). A finding stands at {@value #BASE} plus a tenth of the
 * claims' alignment score, 0.1 less when either claim is hedged.
 */
final class HospitalTowns {
  /** The confidence of a finding before the claims' alignment. */
  static final double BASE = 0.5;
  /** The most words of a town's name. */
  static final int MAX_PLACE_WORDS = 3;
  /** The most words between "to" and the hospital word ("to a nearby hospital"). */
  static final int MAX_TO_HOSPITAL = 2;

  private final Map<String, String> verbs;
  private final Set<String> hospitals;
  private final Set<String> placeNouns;

  HospitalTowns(AttributeWords words) {
    this.verbs = words.hospitalVerbs();
    this.hospitals = words.hospitalNouns();
    this.placeNouns = words.placeNouns();
  }

  /** One article's hospital town as one claim gives it. */
  private record Town(ClaimView view, TextSpan evidence, TextSpan place, Set<String> words,
      String way) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    Town a = town(pair.left());
    Town b = town(pair.right());
    if (a == null || b == null || !a.way().equals(b.way())
        || !Collections.disjoint(a.words(), b.words())
        || Hometowns.names(pair.left(), b.words()) || Hometowns.names(pair.right(), a.words())) {
      return;
    }
    double conf = BASE
        + pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score()).orElse(0.0)
        - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
    out.add(new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.evidence(),
        b.evidence(), a.evidence().text(), b.evidence().text(), "hospital town",
        List.of("Both tell where the hurt were taken."), conf));
  }

  /** The one hospital town of an article, or null when it names none, or two, or an area. */
  private Town town(ArticlePair.Side side) {
    return side.memo(this, "town", s -> readTown(s)).orElse(null);
  }

  private java.util.Optional<Town> readTown(ArticlePair.Side side) {
    List<Town> found = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i + 1 < w.size(); i++) {
        if (verbs.containsKey(w.lower(i)) && w.lower(i + 1).equals("to")) {
          Town t = town(c, w, i);
          if (t != null && !c.negated(t.evidence())) {
            found.add(t);
          }
        }
      }
    }
    if (found.isEmpty()) {
      return java.util.Optional.empty();
    }
    Town first = found.get(0);
    for (Town t : found) {
      if (!t.words().equals(first.words()) || !t.way().equals(first.way())) {
        return java.util.Optional.empty(); // the hurt were split between towns
      }
    }
    if (!Collections.disjoint(first.words(), placeNouns)) {
      return java.util.Optional.empty(); // "Stark County" may hold the other's town
    }
    return java.util.Optional.of(first);
  }

  /** "taken to (a nearby) hospital(s) in Dayton", whose verb is word {@code v}, or null. */
  private Town town(ClaimView c, ClaimWords w, int v) {
    int h = -1;
    for (int k = v + 2; k < w.size() && k <= v + 2 + MAX_TO_HOSPITAL; k++) {
      if (!w.gapIsSpace(w.end(k - 1), w.start(k))) {
        return null;
      }
      if (hospitals.contains(w.lower(k))) {
        h = k;
        break;
      }
    }
    if (h < 0 || h + 2 >= w.size() || !w.lower(h + 1).equals("in")
        || !w.gapIsSpace(w.end(h), w.start(h + 1))) {
      return null;
    }
    int[] run = PersonName.runFrom(w, h + 2);
    if (run == null || run[1] - run[0] >= MAX_PLACE_WORDS) {
      return null;
    }
    Set<String> words = new LinkedHashSet<>();
    for (int k = run[0]; k <= run[1]; k++) {
      words.add(w.lower(k));
    }
    return new Town(c, w.span(w.start(v), w.end(run[1])),
        w.span(w.start(run[0]), w.end(run[1])), Set.copyOf(words), verbs.get(w.lower(v)));
  }
}
