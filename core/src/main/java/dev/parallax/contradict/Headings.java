package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The way something moves or tips, written as a compass point or a vessel's side right after a
 * verb of movement: "was moving north-northeast at 14 mph" against "was heading north-northwest",
 * "began listing to starboard" against "tilted to port". A compass point is as precise as its
 * words: a cardinal point ("north") covers 45 degrees either side, an intercardinal one
 * ("northeast") 22 and a point of two words ("north-northeast") 11; two headings clash only when
 * what they cover does not meet, so "north" and "north-northeast" agree. Two sides of a vessel
 * always clash. A compass word before "of" places something ("east of the city") and is left to
 * {@link CompassPlaces}; a capitalised one is part of a name.
 *
 * <p>Two headings of two articles are compared when their verbs are of one kind (the way
 * something goes, a turn, the side a vessel tips to: a storm that "turned north" may have been
 * "moving northwest"), their claims are related and the words around them share two content
 * words (one when the claims are aligned with a score of at least 0.4), each is the other's best
 * match, and neither article gives, anywhere, a heading of that kind that agrees with the
 * other's (a course that changed). A finding stands at {@value AttributeCheck#BASE}, plus 0.05
 * for each shared word around (at most three) and 0.1 times the alignment score, less 0.1 when
 * either claim is hedged.
 */
final class Headings {
  private static final String SIDE = "lean";

  private final AttributeWords words;

  Headings(AttributeWords words) {
    this.words = words;
  }

  /**
   * A heading in a claim.
   *
   * @param view the claim
   * @param evidence from the verb to the end of the compass point or side
   * @param kind the kind of the verb ("course", "turn", "lean")
   * @param bearing degrees clockwise from north, or from a vessel's bow for a side
   * @param spread how many degrees the words cover either side of the bearing
   * @param frame the content stems around the heading, its own words left out
   */
  record Heading(ClaimView view, TextSpan evidence, String kind, int bearing, int spread,
      Set<String> frame) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Heading> left = headings(pair.left());
    List<Heading> right = headings(pair.right());
    for (Heading a : left) {
      Heading b = best(pair, a, right, true);
      if (b == null || best(pair, b, left, false) != a || !clash(a, b)
          || agreeing(b, left) || agreeing(a, right)) {
        continue;
      }
      ArticlePair.Related rel = pair.relation(a.view(), b.view()).orElse(null);
      double conf = AttributeCheck.BASE
          + 0.05 * Math.min(Mention.shared(a.frame(), b.frame()), 3)
          + (rel == null ? 0 : 0.1 * rel.score());
      if (a.view().hedged() || b.view().hedged()) {
        conf -= 0.1;
      }
      String note = a.kind().equals(SIDE)
          ? "The two tip the vessel to opposite sides."
          : "The two headings are " + CompassPlaces.apart(a.bearing(), b.bearing())
              + " degrees apart.";
      out.add(new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.evidence(),
          b.evidence(), a.evidence().text(), b.evidence().text(), "heading", List.of(note),
          conf));
    }
  }

  /** Whether two headings of one kind cover no direction in common. */
  static boolean clash(Heading a, Heading b) {
    return a.kind().equals(b.kind())
        && CompassPlaces.apart(a.bearing(), b.bearing()) >= a.spread() + b.spread();
  }

  /** Whether {@code others} hold a heading of {@code h}'s kind that agrees with it. */
  private static boolean agreeing(Heading h, List<Heading> others) {
    for (Heading o : others) {
      if (o.kind().equals(h.kind()) && !clash(o, h)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The heading of {@code others} of {@code m}'s kind, in a related claim with a like frame, that
   * best matches {@code m}; null when none does or two match equally well.
   */
  private static Heading best(ArticlePair pair, Heading m, List<Heading> others,
      boolean mIsLeft) {
    List<BestMatch.Candidate<Heading>> found = new ArrayList<>();
    for (Heading o : others) {
      if (!o.kind().equals(m.kind())) {
        continue;
      }
      ArticlePair.Related rel = (mIsLeft ? pair.relation(m.view(), o.view())
          : pair.relation(o.view(), m.view())).orElse(null);
      int frame = Mention.shared(m.frame(), o.frame());
      if (rel == null || !(frame >= 2 || frame >= 1 && rel.score() >= 0.4)) {
        continue;
      }
      found.add(new BestMatch.Candidate<>(o, frame + BestMatch.claimRank(rel)));
    }
    return BestMatch.unique(found);
  }

  /** The headings in the claims of one article, leaving out denied ones. */
  List<Heading> headings(ArticlePair.Side side) {
    List<Heading> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i + 1 < w.size(); i++) {
        Heading h = heading(c, w, i);
        if (h != null && !c.negated(h.evidence())) {
          out.add(h);
        }
      }
    }
    return out;
  }

  private Heading heading(ClaimView c, ClaimWords w, int i) {
    String kind = words.headingVerbs().get(w.lower(i));
    if (kind == null) {
      return null;
    }
    int k = i + 1;
    if (kind.equals(SIDE)) {
      // "listing to starboard", "tilted to port"
      if (k + 1 >= w.size() || !w.lower(k).equals("to")
          || !words.sides().containsKey(w.lower(k + 1))) {
        return null;
      }
      int bearing = words.sides().get(w.lower(k + 1));
      return new Heading(c, w.span(w.start(i), w.end(k + 1)), kind, bearing, 89,
          frame(w, i, k + 1));
    }
    int bearing = words.bearing(w.lower(k));
    if (bearing < 0 || AttributeWords.regional(w.lower(k)) || w.isCapitalised(k)) {
      return null;
    }
    int last = k;
    if (k + 1 < w.size() && w.between(w.end(k), w.start(k + 1)).equals("-")
        && words.bearing(w.lower(k + 1)) >= 0 && !AttributeWords.regional(w.lower(k + 1))) {
      bearing = CompassPlaces.halfway(bearing, words.bearing(w.lower(k + 1)));
      last = k + 1; // "north-northeast", "north-east"
    }
    if (last + 1 < w.size() && (w.lower(last + 1).equals("of")
        || words.compassParts().contains(w.lower(last + 1)))) {
      return null; // "moving north of the city", "heading east coast"
    }
    return new Heading(c, w.span(w.start(i), w.end(last)), kind, bearing, spread(bearing),
        frame(w, i, last));
  }

  /**
   * How many degrees either side of its bearing a compass point covers: 45 for a cardinal point,
   * 22 for an intercardinal one, 11 for a point between.
   */
  static int spread(int bearing) {
    return bearing % 90 == 0 ? 45 : bearing % 45 == 0 ? 22 : 11;
  }

  /** The content stems around words {@code first} to {@code last}, up to six each way. */
  private static Set<String> frame(ClaimWords w, int first, int last) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = first - 1, n = 0; i >= 0 && n < CompassPlaces.FRAME_WORDS; i--) {
      if (w.isContent(i)) {
        out.add(w.stem(i));
        n++;
      }
    }
    for (int i = last + 1, n = 0; i < w.size() && n < CompassPlaces.FRAME_WORDS; i++) {
      if (w.isContent(i)) {
        out.add(w.stem(i));
        n++;
      }
    }
    return out;
  }
}
