package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.NameFacet;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Places given by compass direction from one named place: "150 nautical miles east of Aden"
 * against "150 nautical miles west of Aden", or a region of it, "in eastern Oklahoma" against
 * "in western Oklahoma", or where it lies in its country, "the northern province of Kessa"
 * against "Kessa, a southern province". See {@link AttributeCheck} for the rules.
 */
final class CompassPlaces {
  /** Bearings of points outside a place this many degrees apart or more exclude each other. */
  static final int POINT_APART = 90;
  /** Bearings of regions of a place this many degrees apart or more exclude each other. */
  static final int REGION_APART = 135;
  /** Marks the anchor of where a place lies in its country, apart from the place itself. */
  static final String LIES_IN = "lies-in:";
  /** Marks an anchor that is the report's own place named by a common noun ("the town"). */
  static final String OWN = "own:";
  /** How many content words each way make a mention's frame. */
  static final int FRAME_WORDS = 6;

  private final AttributeWords words;

  CompassPlaces(AttributeWords words) {
    this.words = words;
  }

  /**
   * A direction from a named place.
   *
   * @param view the claim
   * @param evidence from the distance, or the compass word, to the end of the place's name
   * @param bearing degrees clockwise from north
   * @param region whether it names a region of the place ("eastern", "the east coast of")
   * @param anchor the canonical name of the place
   * @param place the name of the place as written
   * @param distance the distance from the place, if given
   * @param frame the content stems around the mention, its own words left out
   * @param located the stems of what the direction places: the noun right before it, and the
   *     noun before a preposition that leads to that noun ("a fire at a substation east of")
   * @param locatedNoun whether an article stands right before that word ("a substation"), so
   *     that it is a noun and not a verb ("smoke drifted north of the city")
   */
  record Mention(ClaimView view, TextSpan evidence, int bearing, boolean region, String anchor,
      String place, Amount distance, Set<String> frame, Set<String> located,
      boolean locatedNoun) {

    /** Whether the two directions place one thing, named by one noun in both. */
    boolean placesSameThing(Mention o) {
      return !Collections.disjoint(located, o.located);
    }

    /**
     * Whether this direction places a thing, named by a noun, that the other claim does not
     * name at all: the shelter south of a town against the fire north of it.
     */
    boolean placesOtherThing(Mention o) {
      return locatedNoun && Collections.disjoint(located, o.view().stems());
    }
  }

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Mention> left = mentions(pair.left());
    List<Mention> right = mentions(pair.right());
    Set<String> leftNames = names(pair.left());
    Set<String> rightNames = names(pair.right());
    for (Mention a : left) {
      Mention b = best(pair, a, right, true, leftNames, rightNames);
      if (b == null || best(pair, b, left, false, rightNames, leftNames) != a) {
        continue;
      }
      int apart = apart(a.bearing(), b.bearing());
      if (apart < (a.region() ? REGION_APART : POINT_APART)
          || statedElsewhere(b, left) || statedElsewhere(a, right)) {
        continue;
      }
      ArticlePair.Related rel = pair.relation(a.view(), b.view()).orElse(null);
      double conf = AttributeCheck.BASE;
      if (a.distance() != null && b.distance() != null) {
        conf += 0.15;
      }
      conf += 0.05 * Math.min(dev.parallax.contradict.Mention.shared(a.frame(), b.frame()), 3);
      conf += rel == null ? 0 : 0.1 * rel.score();
      if (apart >= REGION_APART) {
        conf += 0.05;
      }
      if (a.region()) {
        conf -= 0.1;
      }
      if (a.view().hedged() || b.view().hedged()) {
        conf -= 0.1;
      }
      String note = a.anchor().startsWith(LIES_IN)
          ? "The two put " + a.place() + " in parts of its country " + apart
              + " degrees apart."
          : "The two directions from " + a.place() + " are " + apart + " degrees apart.";
      out.add(new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.evidence(),
          b.evidence(), a.evidence().text(), b.evidence().text(), "place", List.of(note), conf));
    }
  }

  /** Degrees between two bearings, 0 to 180. */
  static int apart(int a, int b) {
    int d = Math.abs(a - b) % 360;
    return d > 180 ? 360 - d : d;
  }

  /**
   * The mention of {@code others} that best matches {@code m}: of the same place and kind, at a
   * distance that agrees when both give one, otherwise in a related claim with a like frame;
   * null when none matches or two match equally well.
   */
  private Mention best(ArticlePair pair, Mention m, List<Mention> others, boolean mIsLeft,
      Set<String> mNames, Set<String> otherNames) {
    List<BestMatch.Candidate<Mention>> found = new ArrayList<>();
    for (Mention o : others) {
      if (o.region() != m.region()) {
        continue;
      }
      boolean oneDistance = m.distance() != null && o.distance() != null
          && m.distance().measure().equals(o.distance().measure())
          && !AmountIntervals.disagree(m.distance(), o.distance());
      if (!oneDistance && (m.placesOtherThing(o) || o.placesOtherThing(m))) {
        continue; // two things placed around one place; one distance given twice is one point
      }
      ArticlePair.Related rel = (mIsLeft ? pair.relation(m.view(), o.view())
          : pair.relation(o.view(), m.view())).orElse(null);
      if (!o.anchor().equals(m.anchor())) {
        boolean town = townNamed(m, o, mNames) || townNamed(o, m, otherNames);
        if (town && rel != null && oneDistance) {
          // "3 km south of Castelmoro" and "3 km north of the town" in a report naming it
          found.add(new BestMatch.Candidate<>(o, 3 + BestMatch.claimRank(rel)));
        }
        continue;
      }
      int frame = dev.parallax.contradict.Mention.shared(m.frame(), o.frame());
      double rank;
      if (rel == null) {
        continue; // claims that share too little to state one fact
      }
      boolean same = m.placesSameThing(o);
      if (m.anchor().startsWith(OWN) && (m.distance() == null || o.distance() == null)
          && !(same && m.locatedNoun() && o.locatedNoun())) {
        continue; // the town's own place: only one distance from it, or one thing, is one point
      }
      if (m.distance() != null && o.distance() != null) {
        if (!m.distance().measure().equals(o.distance().measure())
            || AmountIntervals.disagree(m.distance(), o.distance())) {
          continue; // another point at another distance
        }
        rank = 3 + frame;
      } else if (frame >= 2 || frame >= 1 && rel.score() >= 0.4) {
        rank = frame + (same ? 1 : 0);
      } else if (same) {
        rank = 1; // one thing placed on two sides of one place, in claims that share little else
      } else {
        continue;
      }
      found.add(new BestMatch.Candidate<>(o, rank + BestMatch.claimRank(rel)));
    }
    return BestMatch.unique(found);
  }

  /**
   * Whether {@code own} measures from the report's own town named by a common noun ("the
   * town", not "downtown") and {@code named} from a named place that own's article names too,
   * so that the common noun may stand for it; read only at one distance (see {@link #best}).
   */
  private static boolean townNamed(Mention own, Mention named, Set<String> ownNames) {
    return own.anchor().startsWith(OWN) && !own.anchor().equals(OWN + "downtown")
        && !named.anchor().startsWith(OWN) && !named.anchor().startsWith(LIES_IN)
        && ownNames.contains(named.anchor());
  }

  /** The canonical names an article gives anywhere. */
  private static Set<String> names(ArticlePair.Side side) {
    Set<String> out = new HashSet<>();
    for (ClaimView c : side.claims()) {
      for (NameFacet n : c.words().claim().facets(NameFacet.class)) {
        out.add(n.canonical());
      }
    }
    return out;
  }

  /**
   * Whether {@code others} give a direction from {@code m}'s place that agrees with {@code m}'s:
   * then the two articles may speak of two points, or one of them of both.
   */
  private static boolean statedElsewhere(Mention m, List<Mention> others) {
    for (Mention o : others) {
      if (o.anchor().equals(m.anchor()) && o.region() == m.region()
          && apart(o.bearing(), m.bearing()) < (m.region() ? REGION_APART : POINT_APART)) {
        return true;
      }
    }
    return false;
  }

  /** The directions from named places in the claims of one article. */
  List<Mention> mentions(ArticlePair.Side side) {
    List<Mention> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        Mention m = mention(c, w, i);
        if (m != null && !c.negated(m.evidence())) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private Mention mention(ClaimView c, ClaimWords w, int i) {
    int bearing = words.bearing(w.lower(i));
    if (bearing < 0 || inName(w, i)
        || i > 0 && words.bearing(w.lower(i - 1)) >= 0 && w.gapIsSpace(w.end(i - 1), w.start(i))
        || i > 0 && words.bearing(w.lower(i - 1)) >= 0
            && w.between(w.end(i - 1), w.start(i)).equals("-")) {
      return null;
    }
    int j = i;
    if (i + 1 < w.size() && words.bearing(w.lower(i + 1)) >= 0 && !inName(w, i + 1)
        && w.between(w.end(i), w.start(i + 1)).equals("-")) {
      bearing = halfway(bearing, words.bearing(w.lower(i + 1))); // "north-east", "south-western"
      j = i + 1;
    }
    boolean region = AttributeWords.regional(w.lower(j));
    int k = j + 1;
    if (region && k < w.size() && words.placeNouns().contains(w.lower(k))) {
      return lying(c, w, i, j, k, bearing);
    }
    if (k < w.size() && words.compassParts().contains(w.lower(k))) {
      region = true; // "the east coast of", "the western tip of"
      k++;
      if (k >= w.size() || !w.lower(k).equals("of")) {
        return null;
      }
      k = skipPlaceNoun(w, k + 1);
    } else if (!region) {
      if (k >= w.size() || !w.lower(k).equals("of")) {
        return null;
      }
      k = skipPlaceNoun(w, k + 1);
    }
    // "eastern Oklahoma" names a region of the place; "the northern city of Mosul" places the
    // city in its country, and is not read
    NameFacet anchor = nameAt(w, k);
    if (anchor == null) {
      return region ? null : ownPlace(c, w, i, k, bearing);
    }
    Amount distance = region ? null : distanceBefore(c, w, i);
    int from = distance == null ? w.start(i) : distance.evidence().start();
    TextSpan evidence = w.span(from, anchor.span().end());
    return new Mention(c, evidence, bearing, region, anchor.canonical(),
        anchor.span().text(), distance, frame(w, evidence), located(w, evidence),
        articleBefore(w, evidence));
  }

  /**
   * A direction from the report's own place named by a common noun: "40 miles north of the
   * city", "a substation south of downtown" (a name after "downtown" belongs to it). Two such
   * directions are compared only at one distance or when they place one thing (see
   * {@link #best}); its anchor is {@value #OWN} and the noun. Null when the noun has no "the"
   * before it (other than "downtown"), or another noun follows it ("the city limits").
   */
  private Mention ownPlace(ClaimView c, ClaimWords w, int i, int k, int bearing) {
    if (k >= w.size() || !words.ownPlaces().contains(w.lower(k))) {
      return null;
    }
    String noun = w.lower(k);
    boolean downtown = noun.equals("downtown");
    if (!downtown && !w.lower(k - 1).equals("the")) {
      return null;
    }
    int end = w.end(k);
    int next = k + 1;
    if (!downtown && next < w.size() && words.ownPlaceParts().contains(w.lower(next))
        && w.gapIsSpace(end, w.start(next))) {
      end = w.end(next); // "the city centre": the town's own middle, as "downtown"
      next++;
    }
    if (downtown) {
      NameFacet name = nameAt(w, next);
      if (name != null) {
        end = name.span().end();
        next = w.firstWordFrom(end);
      }
    }
    if (!downtown && next < w.size() && w.gapIsSpace(w.end(next - 1), w.start(next))
        && w.isContent(next) && !w.isCapitalised(next)) {
      return null; // "the city limits", "the town hall"; "downtown" is no noun's modifier here
    }
    if (next < w.size() && w.between(w.end(next - 1), w.start(next)).startsWith("'")) {
      return null; // "the city's harbour"
    }
    Amount distance = distanceBefore(c, w, i);
    TextSpan evidence = w.span(distance == null ? w.start(i) : distance.evidence().start(), end);
    return new Mention(c, evidence, bearing, false, OWN + noun, w.between(w.start(k), end),
        distance, frame(w, evidence), located(w, evidence),
        articleBefore(w, evidence));
  }

  /**
   * Where a named place lies in its country, by a compass adjective before a place noun: "the
   * northern province of Kessa" and "Kessa, a southern province" cannot both hold. Such a
   * mention is kept apart from regions and points of the place itself (its anchor is the place's
   * name after {@value #LIES_IN}). Null when no name stands after "of" or before the comma.
   */
  private Mention lying(ClaimView c, ClaimWords w, int i, int j, int k, int bearing) {
    NameFacet anchor = null;
    int from = w.start(i);
    int to = w.end(k);
    if (k + 1 < w.size() && w.lower(k + 1).equals("of")) {
      anchor = nameAt(w, k + 2 < w.size() && w.lower(k + 2).equals("the") ? k + 3 : k + 2);
      if (anchor != null) {
        to = anchor.span().end();
      }
    } else {
      int det = i - 1; // "Kessa, a southern province"
      if (det >= 1 && (w.lower(det).equals("a") || w.lower(det).equals("an")
          || w.lower(det).equals("the"))
          && w.between(w.end(det - 1), w.start(det)).strip().equals(",")) {
        for (NameFacet n : w.claim().facets(NameFacet.class)) {
          if (n.span().end() == w.end(det - 1)) {
            anchor = n;
            from = n.span().start();
          }
        }
      }
    }
    if (anchor == null) {
      return null;
    }
    TextSpan evidence = w.span(from, to);
    return new Mention(c, evidence, bearing, true, LIES_IN + anchor.canonical(),
        anchor.span().text(), null, frame(w, evidence), located(w, evidence),
        articleBefore(w, evidence));
  }

  /** Skips "the", and "the town of" and the like, before the name of a place. */
  private int skipPlaceNoun(ClaimWords w, int k) {
    int at = k;
    if (at < w.size() && w.lower(at).equals("the")) {
      at++;
    }
    if (at + 1 < w.size() && words.placeNouns().contains(w.lower(at))
        && w.lower(at + 1).equals("of")) {
      at += 2;
      if (at < w.size() && w.lower(at).equals("the")) {
        at++;
      }
      return at;
    }
    return k < w.size() && w.lower(k).equals("the") ? k + 1 : k;
  }

  /** The name that starts at word {@code k}, when it is one word or more of capitals. */
  private static NameFacet nameAt(ClaimWords w, int k) {
    if (k >= w.size()) {
      return null;
    }
    for (NameFacet n : w.claim().facets(NameFacet.class)) {
      if (n.span().start() == w.start(k)) {
        return n;
      }
    }
    return null;
  }

  /**
   * Whether word {@code i} is written with a capital: part of a name ("North Korea", "East
   * Flatbush", "Western Naval Command"), or a headline's word.
   */
  private static boolean inName(ClaimWords w, int i) {
    return w.isCapitalised(i);
  }

  /**
   * The length right before word {@code i}: "150 nautical miles east", "55 kilometers (34
   * miles) west"; null when another word stands between.
   */
  private static Amount distanceBefore(ClaimView c, ClaimWords w, int i) {
    Amount found = null;
    for (Amount a : c.amounts()) {
      if (!a.measure().equals("length") || a.derived() || a.evidence().end() > w.start(i)) {
        continue;
      }
      boolean clean = true;
      for (int k = w.firstWordFrom(a.evidence().end()); k < i; k++) {
        boolean inConversion = false;
        for (Amount d : c.amounts()) {
          if (d.derived() && Spans.within(w.start(k), w.end(k), d.evidence())) {
            inConversion = true;
          }
        }
        if (!inConversion) {
          clean = false;
        }
      }
      if (clean) {
        found = a;
      }
    }
    return found;
  }

  /** The bearing halfway between two bearings, the shorter way round. */
  static int halfway(int a, int b) {
    int d = ((b - a) % 360 + 540) % 360 - 180;
    return ((a + d / 2) % 360 + 360) % 360;
  }

  /** The content stems around the evidence, up to {@value #FRAME_WORDS} each way. */
  private static Set<String> frame(ClaimWords w, TextSpan evidence) {
    Set<String> out = new LinkedHashSet<>();
    int first = w.firstWordFrom(evidence.start());
    int last = w.lastWordBefore(evidence.end());
    for (int i = first - 1, n = 0; i >= 0 && n < FRAME_WORDS; i--) {
      if (w.isContent(i)) {
        out.add(w.stem(i));
        n++;
      }
    }
    for (int i = last + 1, n = 0; i < w.size() && n < FRAME_WORDS; i++) {
      if (w.isContent(i)) {
        out.add(w.stem(i));
        n++;
      }
    }
    return out;
  }

  /**
   * What a direction places: the noun right before it, past the pack's linking words ("the
   * store, which is two blocks north of", "a plant just south of"), and the noun before a
   * preposition that leads to that noun ("a wildfire in the foothills west of" places the
   * wildfire too). Names and numbers are left out; empty when a name or no content word stands
   * before the direction.
   */
  private Set<String> located(ClaimWords w, TextSpan evidence) {
    Set<String> out = new LinkedHashSet<>();
    int k = w.firstWordFrom(evidence.start()) - 1;
    while (k >= 0 && words.locatedLinks().contains(w.lower(k))) {
      k--;
    }
    if (k < 0 || !w.isContent(k) || w.isCapitalised(k)) {
      return out;
    }
    out.add(w.stem(k));
    for (int p = k - 1; p >= 1 && p >= k - 3; p--) {
      if (!w.gapIsSpace(w.end(p), w.start(p + 1))) {
        break; // punctuation ends the phrase
      }
      if (words.locatedPrepositions().contains(w.lower(p))) {
        if (w.isContent(p - 1) && !w.isCapitalised(p - 1)
            && w.gapIsSpace(w.end(p - 1), w.start(p))) {
          out.add(w.stem(p - 1));
        }
        break;
      }
    }
    return out;
  }

  /** Whether the word {@link #located} reads first has "a", "an" or "the" right before it. */
  private boolean articleBefore(ClaimWords w, TextSpan evidence) {
    int k = w.firstWordFrom(evidence.start()) - 1;
    while (k >= 0 && words.locatedLinks().contains(w.lower(k))) {
      k--;
    }
    return k >= 1 && w.isContent(k) && Set.of("a", "an", "the").contains(w.lower(k - 1));
  }
}
