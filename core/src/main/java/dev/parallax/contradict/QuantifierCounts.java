package dev.parallax.contradict;

import static dev.parallax.contradict.QuantifierCheck.BASE;
import static dev.parallax.contradict.QuantifierCheck.RESTATED_SCORE;
import static dev.parallax.contradict.QuantifierCheck.WHOLE;
import static dev.parallax.contradict.QuantifierCheck.agree;
import static dev.parallax.contradict.QuantifierCheck.likeFrames;
import static dev.parallax.contradict.QuantifierCheck.related;
import static dev.parallax.contradict.QuantifierCheck.sameDoing;
import static dev.parallax.contradict.QuantifierCheck.samePlaces;
import static dev.parallax.contradict.QuantifierCheck.share;
import static dev.parallax.contradict.QuantifierCheck.shared;
import static dev.parallax.contradict.QuantifierCheck.union;

import dev.parallax.Contradiction.Kind;
import dev.parallax.QuantityFacet;
import dev.parallax.contradict.CountedNumbers.Count;
import dev.parallax.contradict.QuantifierCheck.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The part of {@link QuantifierCheck} that sets quantifier words against numbers.
 *
 * <p><b>Vague counts and numbers.</b> A vague plural read as a range ("dozens": 24 to 144,
 * "hundreds of thousands") that the numeric check cannot compare (no counted noun of its own, as
 * in "dozens of people"), and a phrase with a count range in the pack ({@code quantifier-count}:
 * "several" 2 to 20, "no" and "no one" 0) are set against the counted numbers of the other
 * article that count a noun of their own, matched as mentions are. A number is read as the values
 * its words allow, a bound open on its far side ("at least five" agrees with "dozens", "more than
 * 200" does not); the two disagree when no value lies within both. Two vague counts of one
 * place on the quantifier scale are set against each other so too ("dozens of protesters"
 * against "hundreds of protesters", both "many"), and so are two of places the scale does not
 * tell apart ("dozens of workers", 24 to 144, against "a few workers", 2 to 12); of places it
 * tells apart, the scale's finding stands alone. A vague count and a number
 * of one noun with one verb, in claims aligned with a score of at least
 * {@value QuantifierCheck#RESTATED_SCORE}, are matched though their frames share nothing more
 * when the vague count is "none" and its claim says nothing that the other does not ("No shots
 * were fired." against "Officers fired two shots."); so is "none" of a stated whole against a
 * part of it.
 *
 * <p><b>A part against all.</b> A count of a part of a whole it states ("close four of its nine
 * centres", {@link CountedNumbers#parts}) and "all" of the same words with the same act in the
 * other article ("close all nine of its centres") exclude each other, unless "all" states
 * another whole ("all 11 points" against "10 of the team's first 17 points"); so do a part and
 * a share of the same stated whole that it lies outside ("close four of the nine centres" against
 * "close most of the nine centres", {@link QuantifierCheck#clash}), a vague small count of a
 * stated whole among them ("a few of the eight bakeries" against "seven of the eight"). Matched
 * and scored as vague counts are.
 */
final class QuantifierCounts {
  /** The counted numbers of an article, whole and part. */
  private final CountedNumbers numbers;

  QuantifierCounts(CountedNumbers numbers) {
    this.numbers = numbers;
  }

  /** Sets the vague counts, parts and "all" of each article against the numbers of the other. */
  void inspect(ArticlePair pair, List<Mention> left, List<Mention> right, List<Finding> found) {
    List<Count> leftNumbers = numbers.numbers(pair.left());
    List<Count> rightNumbers = numbers.numbers(pair.right());
    countsAgainstNumbers(pair, left, right, leftNumbers, rightNumbers, true, found);
    countsAgainstNumbers(pair, right, left, rightNumbers, leftNumbers, false, found);
    partsAgainstAll(pair, numbers.parts(pair.left()), right, true, false, found);
    partsAgainstAll(pair, numbers.parts(pair.right()), left, false, false, found);
    // a percentage is a part of a whole of 100 of whatever the other article shares out
    partsAgainstAll(pair, numbers.percents(pair.left()), right, true, true, found);
    partsAgainstAll(pair, numbers.percents(pair.right()), left, false, true, found);
  }


  /** The best match of a count in the other article. */
  private record CountMatch(Count count, int frame, double score) {}

  /**
   * Sets the vague counts of {@code side} against the counted numbers of {@code other}.
   *
   * @param own the counted numbers of {@code side}'s article
   * @param numbers the counted numbers of {@code other}'s article
   * @param sideIsLeft whether {@code side} is the left article of the pair
   */
  private void countsAgainstNumbers(ArticlePair pair, List<Mention> side, List<Mention> other,
      List<Count> own, List<Count> numbers, boolean sideIsLeft, List<Finding> out) {
    List<Count> vague = vagueCounts(side);
    List<Count> theirVague = vagueCounts(other);
    List<Count> candidates = new ArrayList<>(own);
    candidates.addAll(vague);
    // two vague counts whose ranges do not meet disagree too ("dozens of protesters" against
    // "hundreds of demonstrators"); they are matched from the left only, once
    List<Count> targets = new ArrayList<>(numbers);
    if (sideIsLeft) {
      targets.addAll(theirVague);
    }
    for (Count m : vague) {
      CountMatch ab = bestCount(pair, m, targets, sideIsLeft);
      if (ab == null) {
        continue;
      }
      CountMatch ba = bestCount(pair, ab.count(), candidates, !sideIsLeft);
      Count n = ab.count();
      if (ba == null || ba.count() != m || !disagree(m, n)) {
        continue;
      }
      if (n.vague() != null && n.vague().scale().rank() != m.vague().scale().rank()
          && n.vague().scale().excludes(m.vague().scale())) {
        continue; // "no injuries" and "several injuries": their places on the scale tell them
                  // apart; ranges tell apart what the scale does not ("dozens", "a few")
      }
      List<Count> theirs = new ArrayList<>(numbers);
      theirs.addAll(theirVague);
      if (agreesElsewhere(m, theirs) || agreesElsewhere(n, candidates)) {
        continue;
      }
      double far = Math.max(n.low() - m.high(), m.low() - n.high());
      // far outside the vague range; of two vague ranges, the wider, so either way round
      double width = n.vague() == null ? m.high() - m.low()
          : Math.max(m.high() - m.low(), n.high() - n.low());
      double conf = BASE + 0.04 * Math.min(ab.frame(), 3) + 0.1 * ab.score()
          + (far > width / 2 ? 0.05 : 0)
          - (m.view().hedged() || n.view().hedged() ? 0.1 : 0);
      Finding f = new Finding(Kind.QUANTIFIER, m.view().claim(), n.view().claim(),
          m.evidence(), n.evidence(), m.shown(), n.shown(), "amounts", List.of(), conf);
      out.add(sideIsLeft ? f : f.swapped());
    }
  }

  /**
   * A part against the whole: a count of a part of a stated whole ("close four of its nine
   * centres") against "all" of the same thing with the same act in the other article ("close all
   * nine of its centres"). The part says that not all of them were.
   */
  private static void partsAgainstAll(ArticlePair pair, List<Count> parts, List<Mention> other,
      boolean partIsLeft, boolean percents, List<Finding> out) {
    for (Count c : parts) {
      for (Mention m : other) {
        if (!m.scale().scale().equals(QuantifierReader.AMOUNT)
            || m.counts() && m.scale().rank() != 0 && Double.isNaN(m.whole())) {
          continue; // "none of the 12 miners", "a few of the eight" are shares of them too
        }
        if (m.scale().rank() == WHOLE ? !(c.high() < c.whole()) || !sameWhole(m, c.whole())
            : m.whole() != c.whole() && !(percents && Double.isNaN(m.whole()))
                || outsideShare(c, m) == null) {
          continue; // "all" against a part less than the whole; a share against a part outside it
        }
        ArticlePair.Related rel = (partIsLeft ? pair.relation(c.view(), m.view())
            : pair.relation(m.view(), c.view())).orElse(null);
        if (rel == null || !agree(c.noun(), c.frame(), m.head(), m.frame())
            || !samePlaces(c.places(), c.view(), m.places(), m.view())
            || !sameDoing(c.acts(), union(c.noun(), c.frame()), c.predicate(), m.acts(),
                union(m.head(), m.frame()), m.q().predicate(), union(c.noun(), m.head()))) {
          continue;
        }
        Set<String> nouns = union(c.noun(), m.head());
        Set<String> leave = c.verb().equals(m.verb()) ? union(nouns, Set.of(c.verb())) : nouns;
        int frame = shared(c.frame(), m.frame(), leave);
        int core = shared(c.core(), m.core(), leave);
        if (!related(frame, core, nouns.size(), m.scale().person(), rel)
            && !restated(m, c, rel)) {
          continue;
        }
        double conf = BASE + 0.04 * Math.min(frame, 3) + 0.1 * rel.score()
            - (c.view().hedged() || m.view().hedged() ? 0.1 : 0);
        Finding f = new Finding(Kind.QUANTIFIER, c.view().claim(), m.view().claim(),
            c.evidence(), m.evidence(), c.shown(),
            m.scale().rank() == WHOLE || Double.isNaN(m.whole()) ? m.scale().name() : share(m),
            "amounts", List.of(), conf);
        out.add(partIsLeft ? f : f.swapped());
        break;
      }
    }
  }

  /**
   * The share of the part's whole that {@code m} allows, when the part lies outside it ("six of
   * the eight" against "a few of the eight", "120 of the 260 patients" against "most of the 260
   * patients"); null when the part may be that share.
   */
  private static double[] outsideShare(Count c, Mention m) {
    double[] share = m.scale().shares(c.whole());
    return c.high() < share[0] || c.low() > share[1] ? share : null;
  }

  /**
   * Whether "all" states no number or the same whole as the part: "all nine of its centres"
   * against "four of its nine", not "all 11 points" against "10 of the team's first 17 points".
   */
  private static boolean sameWhole(Mention m, double whole) {
    for (QuantityFacet q : m.view().claim().facets(QuantityFacet.class)) {
      if (Spans.overlap(q.span(), m.evidence()) && q.unit().isEmpty()
          && q.dimension().isEmpty() && q.value() != whole) {
        return false;
      }
    }
    return true;
  }

  /** The vague counts among {@code mentions}. */
  private static List<Count> vagueCounts(List<Mention> mentions) {
    List<Count> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.counts()) {
        String shown = m.low() == m.high() ? (m.low() == 0 ? "none" : NumberWords.plain(m.low()))
            : NumberWords.plain(m.low()) + " to " + NumberWords.plain(m.high());
        out.add(new Count(m.view(), m.evidence(), m.head(), m.frame(), m.core(), m.places(),
            m.acts(), m.verb(), m.low(), m.high(), shown, m, Double.NaN, m.q().predicate()));
      }
    }
    return out;
  }

  /**
   * The count of {@code others} that best matches {@code c} as a count of the same words, or
   * null when none does or one that agrees does nearly as well.
   */
  private static CountMatch bestCount(ArticlePair pair, Count c, List<Count> others,
      boolean cIsLeft) {
    List<BestMatch.Candidate<CountMatch>> found = new ArrayList<>();
    for (Count o : others) {
      if (o == c || o.view() == c.view()) {
        continue;
      }
      ArticlePair.Related rel = (cIsLeft ? pair.relation(c.view(), o.view())
          : pair.relation(o.view(), c.view())).orElse(null);
      if (rel == null || !agree(c.noun(), c.frame(), o.noun(), o.frame())
          || !samePlaces(c.places(), c.view(), o.places(), o.view())
          || !sameDoing(c.acts(), union(c.noun(), c.frame()), c.predicate(), o.acts(),
              union(o.noun(), o.frame()), o.predicate(), union(c.noun(), o.noun()))) {
        continue;
      }
      Set<String> nouns = union(c.noun(), o.noun());
      Set<String> leave = c.verb().equals(o.verb()) ? union(nouns, Set.of(c.verb())) : nouns;
      int frame = shared(c.frame(), o.frame(), leave);
      int core = shared(c.core(), o.core(), leave);
      boolean person = c.vague() != null && c.vague().scale().person()
          || o.vague() != null && o.vague().scale().person();
      Count v = c.vague() != null ? c : o.vague() != null ? o : null;
      Count n = v == c ? o : c; // "none" of a stated whole is a share of it: see partsAgainstAll
      if (related(frame, core, nouns.size(), person, rel) || v != null
          && Double.isNaN(v.vague().whole()) && restated(v.vague(), n, rel)) {
        found.add(new BestMatch.Candidate<>(new CountMatch(o, frame, rel.score()),
            frame + core + BestMatch.claimRank(rel)));
      }
    }
    return BestMatch.of(found, x -> !disagree(c, x.count())).map(BestMatch::chosen)
        .orElse(null);
  }

  /**
   * Whether "none" (a vague count whose most is 0) and a count of one noun with one verb, in
   * claims aligned with a score of at least {@value #RESTATED_SCORE}, state one thing though their
   * frames share nothing more: the claim of "none" says nothing the other does not ("No shots were
   * fired." against "Officers fired two shots at the car"), and the other no time or number but
   * its count ("during a 2019 standoff"). Only "none" is read so: "dozens of shots were fired" may
   * hold with "two shots at the car"; and so is a share of a whole that the part states too ("one
   * of the four suspects was held" against "two of the four suspects were held"): one whole
   * named in both says that they count one group.
   */
  private static boolean restated(Mention none, Count count, ArticlePair.Related rel) {
    ClaimWords w = none.view().words();
    boolean share = !Double.isNaN(none.whole()) && none.whole() == count.whole();
    boolean said = (none.high() == 0 || share) && none.verb().equals(count.verb()) && rel.score()
        >= RESTATED_SCORE && !count.view().timesBeyond(none.view(), count.evidence());
    for (int i = 0; said && i < w.size(); i++) { // "none" itself is no word the other must say
      said = !w.isContent(i) || Spans.within(w.start(i), w.end(i), none.q().word())
          || count.view().stems().contains(w.stem(i));
    }
    return said;
  }

  /** Whether no value lies within what the words of both counts allow. */
  private static boolean disagree(Count a, Count b) {
    return a.high() < b.low() || b.high() < a.low();
  }

  /**
   * Whether {@code others} (of one article) hold a count that agrees with {@code c}, of the same
   * thing (in a like frame) or in the same words: then the two articles may count two sets, or
   * one of them only says more.
   */
  private static boolean agreesElsewhere(Count c, List<Count> others) {
    for (Count o : others) {
      if (o != c && agree(c.noun(), c.frame(), o.noun(), o.frame()) && !disagree(c, o)
          && (likeFrames(c.noun(), c.frame(), c.core(), o.noun(), o.frame(), o.core())
              || c.shown().equals(o.shown()) && c.noun().equals(o.noun()))) {
        return true;
      }
    }
    return false;
  }
}
