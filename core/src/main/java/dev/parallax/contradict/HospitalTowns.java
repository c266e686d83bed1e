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
 * word and "in" with a named place ("were taken to hospitals in Dayton", "was flown by medical
 * helicopter to a burn unit in Toledo"; verbs, hospital words and the words that open the means
 * are the pack's, facets {@code hospital-verb}, {@code hospital-noun} and {@code
 * hospital-means}); or a hospital named by capitalised words before the hospital word and placed
 * by no town ("taken to Edouard Herriot hospital"), which is compared only with another such
 * name. An article that names one such town for a way of carrying (by air or by ground; the ways
 * are the verbs' values in the pack) tells where the hurt it carried that way went; two articles
 * that each name one for one way, sharing no word, clash unless either names the other's town
 * anywhere (a hospital town is often named for other things, and the hurt may have gone to
 * both), or a place is an area a place noun names ("Stark County" may hold the town; "Mexico
 * City" is a town). A way whose hurt went to two towns is not compared, nor, when either
 * article carries the hurt two ways (the hurt were split), a way other than an airlift: the few
 * flown are the worst hurt, one group both reports pick out, while "the injured" taken by road
 * may be only some of them. A finding stands at {@value #BASE} plus a tenth of the claims'
 * alignment score, 0.1 less when either claim is hedged.
 */
final class HospitalTowns {
  /** The confidence of a finding before the claims' alignment. */
  static final double BASE = 0.5;
  /** The most words of a town's name. */
  static final int MAX_PLACE_WORDS = 3;
  /** The most words between "to" and the hospital word ("to a specialist burn unit"). */
  static final int MAX_TO_HOSPITAL = 3;
  /** The most words of the means between the verb and "to" ("by medical helicopter"). */
  static final int MAX_MEANS = 3;
  /** The way of the verbs of an airlift in the pack. */
  static final String AIR = "air";

  private final Map<String, String> verbs;
  private final Set<String> hospitals;
  /** The place nouns that name an area that may hold a town ("county", "province"). */
  private final Set<String> placeNouns;
  private final Set<String> means;

  HospitalTowns(AttributeWords words) {
    this.verbs = words.hospitalVerbs();
    this.hospitals = words.hospitalNouns();
    // a town's own noun in its name ("Mexico City", "Jersey City") names the town, not an area
    Set<String> areas = new LinkedHashSet<>(words.placeNouns());
    areas.removeAll(words.ownPlaces());
    this.placeNouns = Set.copyOf(areas);
    this.means = words.hospitalMeans();
  }

  /**
   * One article's hospital town as one claim gives it.
   *
   * @param way how the hurt were carried, and "name" after it for a hospital named without its
   *     town: only towns of one key are compared
   */
  private record Town(ClaimView view, TextSpan evidence, TextSpan place, Set<String> words,
      String way) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    Map<String, Town> left = towns(pair.left());
    Map<String, Town> right = towns(pair.right());
    for (Map.Entry<String, Town> e : left.entrySet()) {
      Town a = e.getValue();
      Town b = right.get(e.getKey());
      boolean split = left.size() > 1 || right.size() > 1;
      if (b == null || split && !e.getKey().startsWith(AIR)
          || !Collections.disjoint(a.words(), b.words())
          || Hometowns.names(pair.left(), b.words()) || Hometowns.names(pair.right(), a.words())) {
        continue;
      }
      double conf = BASE
          + pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score()).orElse(0.0)
          - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
      out.add(new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.evidence(),
          b.evidence(), a.evidence().text(), b.evidence().text(), "hospital town",
          List.of("Both tell where the hurt were taken."), conf));
    }
  }

  /**
   * The one hospital town of an article for each way the hurt were carried (and each named
   * hospital), leaving out a way whose hurt went to two towns, or to an area.
   */
  private Map<String, Town> towns(ArticlePair.Side side) {
    return side.memo(this, "towns", s -> readTowns(s));
  }

  private Map<String, Town> readTowns(ArticlePair.Side side) {
    Map<String, List<Town>> found = new LinkedHashMap<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i + 1 < w.size(); i++) {
        if (!verbs.containsKey(w.lower(i))) {
          continue;
        }
        int to = to(w, i);
        Town t = to < 0 ? null : town(c, w, i, to);
        if (t != null && !c.negated(t.evidence())) {
          found.computeIfAbsent(t.way(), k -> new ArrayList<>()).add(t);
        }
      }
    }
    Map<String, Town> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Town>> e : found.entrySet()) {
      Town first = e.getValue().get(0);
      if (e.getValue().stream().allMatch(t -> t.words().equals(first.words()))
          && Collections.disjoint(first.words(), placeNouns)) {
        out.put(e.getKey(), first); // "Stark County" may hold the other's town
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The word "to" after the verb at {@code v}: right after it, or past the means the hurt were
   * carried by ("flown by medical helicopter to"); or -1.
   */
  private int to(ClaimWords w, int v) {
    if (w.lower(v + 1).equals("to")) {
      return v + 1;
    }
    if (!means.contains(w.lower(v + 1))) {
      return -1;
    }
    for (int k = v + 2; k < w.size() && k <= v + 2 + MAX_MEANS; k++) {
      if (!w.gapIsSpace(w.end(k - 1), w.start(k))) {
        return -1;
      }
      if (w.lower(k).equals("to")) {
        return k > v + 2 ? k : -1;
      }
    }
    return -1;
  }

  /**
   * "taken to (a nearby) hospital(s) in Dayton", "taken to Mercy Hospital", whose verb is word
   * {@code v} and "to" word {@code to}, or null.
   */
  private Town town(ClaimView c, ClaimWords w, int v, int to) {
    int h = -1;
    for (int k = to + 1; k < w.size() && k <= to + 1 + MAX_TO_HOSPITAL; k++) {
      if (!w.gapIsSpace(w.end(k - 1), w.start(k)) && !PersonName.joined(w, k)
          && !(PersonName.possessive(w, k - 1) && w.between(w.end(k - 1), w.start(k))
              .endsWith(" "))) {
        return null; // "to St. Vincent's hospital" runs on inside a name
      }
      if (hospitals.contains(w.lower(k)) || k > to + 1
          && hospitals.contains(w.lower(k - 1) + " " + w.lower(k))) {
        h = k;
        break;
      }
    }
    if (h < 0) {
      return null;
    }
    String way = verbs.get(w.lower(v));
    if (h + 2 >= w.size() || !w.lower(h + 1).equals("in")
        || !w.gapIsSpace(w.end(h), w.start(h + 1))) {
      return named(c, w, v, to, h, way);
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
        w.span(w.start(run[0]), w.end(run[1])), Set.copyOf(words), way);
  }

  /**
   * "taken to Edouard Herriot hospital", "taken to the Croix-Rousse hospital": a hospital named
   * by capitalised words between "to" (and "the") and the hospital word at {@code h}, placed by
   * no town; or null.
   */
  private Town named(ClaimView c, ClaimWords w, int v, int to, int h, String way) {
    int first = w.lower(to + 1).equals("the") ? to + 2 : to + 1;
    int last = h - 1;
    while (last >= first && hospitals.contains(w.lower(last) + " " + w.lower(last + 1))) {
      last--; // "Charleston Area Medical Center": "Medical" belongs to the hospital word
    }
    if (last < first) {
      return null;
    }
    Set<String> words = new LinkedHashSet<>();
    for (int k = first; k <= last; k++) {
      if (!PersonName.capitalised(w, k)) {
        return null;
      }
      words.add(w.lower(k));
    }
    return new Town(c, w.span(w.start(v), w.end(h)), w.span(w.start(first), w.end(last)),
        Set.copyOf(words), way + " name");
  }
}
