package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.contradict.CountedNumbers.Count;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * QUANTIFIER: quantifier, frequency or degree words of two articles that exclude each other when
 * they speak of one thing ("few residents attended" and "most residents attended", "never stops"
 * and "often stops", "partially destroyed" and "completely destroyed"), and vague counts that no
 * reading reconciles with a number ("dozens of families" and "more than 200 families", "no one
 * was injured" and "three people were injured").
 *
 * <p><b>Mentions.</b> The mentions of each claim ({@link Quantifier}) are read once per claim by
 * {@link QuantifierReader}: a phrase of one of the scales of the pack with the words it
 * quantifies, its frame, the places it is counted in and what befell what it quantifies.
 *
 * <p><b>Same thing.</b> Two mentions of one scale are compared when their claims are related and
 * <ul>
 *   <li>their quantified words agree: they share a stem, and each one's words are among the
 *       other's words or frame ("many young protesters" and "few protesters" do not agree);
 *   <li>the same befalls what they quantify: the content words after the quantified words (or
 *       the verb before the quantifier) of each are among the other's words ("were sheltering"
 *       and "were killed" differ, as do "gives interviews" and "gives speeches");
 *   <li>their frames (the content words around them, up to the next number or quantifier) share
 *       a near word or two words beyond the quantified words and their common verb, or, for
 *       "no one" and "everyone" or three agreeing quantified words, one word or three words of
 *       their claims;
 *   <li>no place named near one of them ("several houses in Takengon") is missing from the
 *       other's claim.
 * </ul>
 * Each mention is matched to the one of the other article whose frame shares most with its own,
 * and only mutual best matches are compared; not when a match nearly as good agrees, nor when
 * either article says something that agrees of the same thing elsewhere or in the same words.
 *
 * <p><b>Exclusion.</b> Ranks run from 0 (none, never) to 5 (all, always). Two places exclude each
 * other when the lower rank is at most {@value #MAX_LOW} and the two lie at least
 * {@value #MIN_GAP} apart (none and some, few and many, rarely and always); a place flagged
 * {@code partial} ("partly") excludes rank 5 ("completely"). "Some", "many", "most" and "all"
 * never exclude each other: "some residents" may well be all of them.
 *
 * <p><b>Vague counts and numbers.</b> A vague plural read as a range ("dozens": 24 to 144,
 * "hundreds of thousands") that the numeric check cannot compare (no counted noun of its own, as
 * in "dozens of people"), and a phrase with a count range in the pack ({@code quantifier-count}:
 * "several" 2 to 20, "no" and "no one" 0) are set against the counted numbers of the other
 * article that count a noun of their own, matched as mentions are. A number is read as the values
 * its words allow, a bound open on its far side ("at least five" agrees with "dozens", "more than
 * 200" does not); the two disagree when no value lies within both. A vague count and a number
 * of one noun with one verb, in claims aligned with a score of at least {@value #RESTATED_SCORE},
 * are matched though their frames share nothing more when the vague count is "none" and its
 * claim says nothing that the other does not ("No shots were fired." against "Officers fired two
 * shots."); so is "none" of a stated whole against a part of it.
 *
 * <p><b>A part against all.</b> A count of a part of a whole it states ("close four of its nine
 * centres", {@link CountedNumbers#parts}) and "all" of the same words with the same act in the
 * other article ("close all nine of its centres") exclude each other, unless "all" states
 * another whole ("all 11 points" against "10 of the team's first 17 points"); so do a part and
 * a share of the same stated whole that it lies outside ("close four of the nine centres" against
 * "close most of the nine centres", {@link #shares}). Matched and scored as vague counts are.
 *
 * <p><b>Confidence</b> starts at {@value #BASE}, rises by 0.04 for each shared frame word (at
 * most three) and by a tenth of the alignment score of the two claims, and by 0.05 when the two
 * places lie at least three ranks apart (none and many) or a number lies outside the vague range
 * by more than half its width; it falls by 0.1 when either claim is hedged. So it stays between
 * 0.4 and 0.77: the words are vaguer than numbers. One finding is kept per pair of claims.
 */
final class QuantifierCheck implements Check {
  /** The least confidence of a quantifier finding. */
  static final double BASE = 0.5;
  /** The highest rank of the lower of two places that exclude each other. */
  static final int MAX_LOW = 1;
  /** The least distance between the ranks of two places that exclude each other. */
  static final int MIN_GAP = 2;
  /** The rank of "all", "always", "completely". */
  static final int WHOLE = 5;
  /** How many content words claims share for a strong agreement of quantified words. */
  static final int STRONG_SHARED = 3;
  /** The least alignment score of two claims whose counts share only their noun and verb. */
  static final double RESTATED_SCORE = 0.5;

  /** The counted numbers of an article, whole and part. */
  private final CountedNumbers numbers;

  QuantifierCheck(Lexicon lexicon) {
    this.numbers = new CountedNumbers(lexicon);
  }

  /** A quantifier with its claim. */
  record Mention(ClaimView view, Quantifier q) {
    TextSpan evidence() {
      return q.evidence();
    }

    String phrase() {
      return q.phrase();
    }

    QuantifierScale scale() {
      return q.scale();
    }

    Set<String> head() {
      return q.head();
    }

    Set<String> frame() {
      return q.frame();
    }

    Set<String> core() {
      return q.core();
    }

    Set<String> places() {
      return q.places();
    }

    Set<String> acts() {
      return q.acts();
    }

    String verb() {
      return q.verb();
    }

    double low() {
      return q.low();
    }

    double high() {
      return q.high();
    }

    boolean counts() {
      return q.counts();
    }

    /** The whole the words take a share of, or NaN ({@link Quantifier#whole}). */
    double whole() {
      return q.whole();
    }
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Finding> found = new ArrayList<>();
    List<Mention> left = mentions(pair.left());
    List<Mention> right = mentions(pair.right());
    quantifiers(pair, left, right, found);
    List<Count> leftNumbers = numbers.numbers(pair.left());
    List<Count> rightNumbers = numbers.numbers(pair.right());
    countsAgainstNumbers(pair, left, right, leftNumbers, rightNumbers, true, found);
    countsAgainstNumbers(pair, right, left, rightNumbers, leftNumbers, false, found);
    partsAgainstAll(pair, numbers.parts(pair.left()), right, true, false, found);
    partsAgainstAll(pair, numbers.parts(pair.right()), left, false, false, found);
    // a percentage is a part of a whole of 100 of whatever the other article shares out
    partsAgainstAll(pair, numbers.percents(pair.left()), right, true, true, found);
    partsAgainstAll(pair, numbers.percents(pair.right()), left, false, true, found);
    // one finding per pair of claims, the surest, then the one whose evidence comes first, so
    // that the articles in either order give the same
    for (Finding f : found) {
      boolean best = true;
      for (Finding g : found) {
        if (g != f && g.left() == f.left() && g.right() == f.right()
            && (g.confidence() > f.confidence() || g.confidence() == f.confidence()
                && order(g) < order(f))) {
          best = false;
        }
      }
      if (best) {
        out.add(f);
      }
    }
  }

  /** A key of a finding's evidence that does not change when its sides are swapped. */
  private static long order(Finding f) {
    int a = f.leftEvidence().start();
    int b = f.rightEvidence().start();
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  /** Quantifier words of the two articles that exclude each other. */
  private void quantifiers(ArticlePair pair, List<Mention> left, List<Mention> right,
      List<Finding> out) {
    for (Mention a : left) {
      Match ab = best(pair, a, right, true);
      if (ab == null) {
        continue;
      }
      Match ba = best(pair, ab.mention(), left, false);
      if (ba == null || ba.mention() != a) {
        continue;
      }
      Mention b = ab.mention();
      if (!clash(a, b) || statedElsewhere(a, right) || statedElsewhere(b, left)) {
        continue;
      }
      int gap = Math.abs(a.scale().rank() - b.scale().rank());
      double conf = BASE + 0.04 * Math.min(ab.frame(), 3) + 0.1 * ab.score()
          + (gap >= 3 ? 0.05 : 0) - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
      String aspect = switch (a.scale().scale()) {
        case "quantifier-frequency" -> "frequencies";
        case "quantifier-degree" -> "degrees";
        case "quantifier-vote" -> "votes";
        default -> "amounts";
      };
      boolean shares = !a.scale().excludes(b.scale()); // of one stated whole ("of the eight")
      out.add(new Finding(Kind.QUANTIFIER, a.view().claim(), b.view().claim(), a.evidence(),
          b.evidence(), shares ? share(a) : a.scale().name(),
          shares ? share(b) : b.scale().name(), aspect, List.of(), conf));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Mentions of an article, and what two must share to be compared
  // ---------------------------------------------------------------------------------------------

  private static List<Mention> mentions(ArticlePair.Side side) {
    List<Mention> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      for (Quantifier q : c.quantifiers()) {
        out.add(new Mention(c, q));
      }
    }
    return out;
  }

  /**
   * Whether two mentions or counts say that the same befell what they count: each one's acts are
   * among the other's counted words, frame or acts ("were sheltering" and "were killed" are not),
   * or neither has any.
   */
  private static boolean sameAct(Set<String> acts, Set<String> context, Set<String> otherActs,
      Set<String> otherContext) {
    if (acts.isEmpty() || otherActs.isEmpty()) {
      return acts.isEmpty() && otherActs.isEmpty();
    }
    return union(otherContext, otherActs).containsAll(acts)
        && union(context, acts).containsAll(otherActs);
  }

  /** Whether each side's places are named in the other side's claim. */
  private static boolean samePlaces(Set<String> a, ClaimView ca, Set<String> b, ClaimView cb) {
    return cb.stems().containsAll(a) && ca.stems().containsAll(b);
  }

  // ---------------------------------------------------------------------------------------------
  // Matching quantifiers
  // ---------------------------------------------------------------------------------------------

  /** The best match of a mention in the other article. */
  private record Match(Mention mention, int frame, double score) {}

  /**
   * The mention of {@code others} on the same scale that best matches {@code m} by frame, or null
   * when none matches or one that agrees with {@code m} matches nearly as well.
   */
  private static Match best(ArticlePair pair, Mention m, List<Mention> others, boolean mIsLeft) {
    List<BestMatch.Candidate<Match>> found = new ArrayList<>();
    for (Mention o : others) {
      if (!o.scale().scale().equals(m.scale().scale())) {
        continue;
      }
      ArticlePair.Related rel = (mIsLeft ? pair.relation(m.view(), o.view())
          : pair.relation(o.view(), m.view())).orElse(null);
      if (rel == null || !agree(m.head(), m.frame(), o.head(), o.frame())) {
        continue;
      }
      Set<String> heads = union(m.head(), o.head());
      boolean amount = m.scale().scale().equals(QuantifierReader.AMOUNT);
      Set<String> leave = amount && m.verb().equals(o.verb()) ? union(heads, Set.of(m.verb()))
          : heads;
      int frame = shared(m.frame(), o.frame(), leave);
      int core = shared(m.core(), o.core(), leave);
      if (related(frame, core, heads.size(), m.scale().person() || o.scale().person(), rel)
          && samePlaces(m.places(), m.view(), o.places(), o.view())
          && (m.scale().afterCopula() || o.scale().afterCopula()
              || sameAct(m.acts(), union(m.head(), m.frame()), o.acts(),
                  union(o.head(), o.frame())))) {
        found.add(new BestMatch.Candidate<>(new Match(o, frame, rel.score()),
            frame + core + BestMatch.claimRank(rel)));
      }
    }
    return BestMatch.of(found, x -> !clash(m, x.mention())).map(BestMatch::chosen)
        .orElse(null);
  }

  /**
   * Whether two mentions whose frames share {@code frame} words, {@code core} of them near the
   * mentions, and whose agreeing quantified words are {@code heads} words in all, in claims
   * related by {@code rel}, speak of one thing: they share a near word or two words of their
   * frames; or they agree on three quantified words ("attacks on aid convoys"), or on people and
   * what befell them ("no one was killed" and "12 people were killed"), and share a frame word or
   * their claims {@value #STRONG_SHARED} words.
   */
  private static boolean related(int frame, int core, int heads, boolean person,
      ArticlePair.Related rel) {
    boolean strong = heads >= 3 || person && heads >= 2;
    return core >= 1 || frame >= 2
        || strong && (frame >= 1 || rel.sharedCount() >= STRONG_SHARED);
  }

  /**
   * Whether two sets of quantified words name one thing: they share a stem, and each one's words
   * are among the other's words or frame.
   */
  static boolean agree(Set<String> a, Set<String> aFrame, Set<String> b, Set<String> bFrame) {
    if (a.isEmpty() || b.isEmpty() || a.stream().noneMatch(b::contains)) {
      return false;
    }
    return union(b, bFrame).containsAll(a) && union(a, aFrame).containsAll(b);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return s;
  }

  /** How many stems {@code a} and {@code b} share, {@code leave} left out. */
  private static int shared(Set<String> a, Set<String> b, Set<String> leave) {
    Set<String> s = new LinkedHashSet<>(a);
    s.retainAll(b);
    s.removeAll(leave);
    return s.size();
  }

  /**
   * Whether the two places on one scale exclude each other, or, as shares of one whole both
   * state, cannot meet ({@link #shares}).
   */
  static boolean clash(Mention a, Mention b) {
    if (a.scale().excludes(b.scale())) {
      return true;
    }
    if (!a.scale().scale().equals(QuantifierReader.AMOUNT)
        || !b.scale().scale().equals(QuantifierReader.AMOUNT)) {
      return false;
    }
    double whole = a.whole();
    if (Double.isNaN(whole) || whole != b.whole()) {
      return false;
    }
    double[] x = a.scale().shares(whole);
    double[] y = b.scale().shares(whole);
    return x[1] < y[0] || y[1] < x[0];
  }

  /** How an explanation names the share of its whole a mention gives ("more than half of 8"). */
  private static String share(Mention m) {
    String whole = NumberWords.plain(m.whole());
    QuantifierScale s = m.scale();
    if (s.rank() == 0) {
      return "none of " + whole;
    } else if (s.small()) {
      return "at most about half of " + whole;
    } else if (s.rank() == WHOLE - 1) {
      return "more than half of " + whole + ", not all";
    } else if (s.rank() == WHOLE) {
      return "all " + whole;
    }
    return s.name() + " of " + whole;
  }

  /**
   * Whether {@code others} say something that agrees with {@code m} of the same thing (in a like
   * frame) or in the same words ("dozens of children" in both): then the two articles may speak
   * of two sets, or one of them only says more.
   */
  private static boolean statedElsewhere(Mention m, List<Mention> others) {
    for (Mention o : others) {
      if (o.scale().scale().equals(m.scale().scale())
          && agree(m.head(), m.frame(), o.head(), o.frame()) && !clash(m, o)
          && (likeFrames(m.head(), m.frame(), m.core(), o.head(), o.frame(), o.core())
              || o.phrase().equals(m.phrase()) && o.head().equals(m.head()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two frames share a word beyond the quantified words. */
  private static boolean likeFrames(Set<String> head, Set<String> frame, Set<String> core,
      Set<String> otherHead, Set<String> otherFrame, Set<String> otherCore) {
    Set<String> heads = union(head, otherHead);
    return shared(frame, otherFrame, heads) + shared(core, otherCore, heads) >= 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Vague counts against numbers
  // ---------------------------------------------------------------------------------------------

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
    for (Count m : vague) {
      CountMatch ab = bestCount(pair, m, numbers, sideIsLeft);
      if (ab == null) {
        continue;
      }
      CountMatch ba = bestCount(pair, ab.count(), candidates, !sideIsLeft);
      Count n = ab.count();
      if (ba == null || ba.count() != m || !disagree(m, n)) {
        continue;
      }
      List<Count> theirs = new ArrayList<>(numbers);
      theirs.addAll(theirVague);
      if (agreesElsewhere(m, theirs) || agreesElsewhere(n, candidates)) {
        continue;
      }
      double far = Math.max(n.low() - m.high(), m.low() - n.high());
      double conf = BASE + 0.04 * Math.min(ab.frame(), 3) + 0.1 * ab.score()
          + (far > (m.high() - m.low()) / 2 ? 0.05 : 0)
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
            || m.counts() && m.scale().rank() != 0) {
          continue; // "none of the 12 miners" is a share of them too
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
            || !sameAct(c.acts(), union(c.noun(), c.frame()), m.acts(),
                union(m.head(), m.frame()))) {
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
            m.acts(), m.verb(), m.low(), m.high(), shown, m, Double.NaN));
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
          || !sameAct(c.acts(), union(c.noun(), c.frame()), o.acts(),
              union(o.noun(), o.frame()))) {
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
   * hold with "two shots at the car".
   */
  private static boolean restated(Mention none, Count count, ArticlePair.Related rel) {
    ClaimWords w = none.view().words();
    boolean said = none.high() == 0 && none.verb().equals(count.verb()) && rel.score()
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
