package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.QuantityFacet.Approximation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NUMERIC: two amounts of two articles that measure the same thing and that no rounding or
 * approximation reconciles.
 *
 * <p><b>Same thing.</b> Two amounts are comparable when they have one measure (a dimension such as
 * length or duration, money of one currency, or a count) and, for counts, one counted noun ("12
 * people" and "18 people", never "40 rounds" and "two nations"). Among comparable amounts, each
 * is matched to the amount of the other article whose frame (the words around it, up to the next
 * number) shares most with its own; the two must share at least one frame word and their claims at
 * least two content words, or their claims must be aligned. Only mutual best matches are
 * compared, and not when either article states the other's value of the same frame elsewhere
 * (an update, a part and its total).
 *
 * <p><b>By stated precision.</b> Each amount is the interval its words allow: an exact number to
 * half a step of its last written digit ("$3.5 billion" is 3.45 to 3.55 billion, "40" is 35 to
 * 45, "two decades" 15 to 25 years), "about" ten percent each way, "nearly" up to the number,
 * "more than N" and "as many as N" near N (news writes the round number just below or at the
 * amount), a restatement in another unit ("(155 miles)") five percent each way. Two amounts
 * disagree when their intervals do not meet; amounts that state the same number never do.
 */
final class NumericCheck implements Check {
  /** The least confidence of a numeric finding. */
  static final double BASE = 0.3;
  /** How much the shared wording of the two claims adds to the confidence, at most. */
  static final double WORDING = 0.5;
  /** The overlap of two claims' wording that counts as one wording ({@link #WORDING} in full). */
  static final double FULL_OVERLAP = 0.7;
  /** How much each other amount that could be the match takes from the confidence. */
  static final double RIVAL = 0.07;
  /** Amounts this many times apart are read as two quantities more often than as one. */
  static final double FAR_RATIO = 2;
  /** A year in days, the unit of ages. */
  static final double ONE_YEAR = 366;
  /** Amounts further apart than this factor are less likely two readings of one fact. */
  static final double MAX_RATIO = 5;
  /** How much less a match ranks when its amounts are further apart than {@link #MAX_RATIO}. */
  static final double FAR_APART = 1.5;

  private final Lexicon lexicon;

  NumericCheck(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Holder> left = holders(pair.left());
    List<Holder> right = holders(pair.right());
    for (BestMatch.Mutual<Holder> m : BestMatch.mutual(left, right,
        (h, others, isLeft) -> best(pair, h, others, isLeft))) {
      Holder a = m.left();
      Holder b = m.right();
      Amount x = a.amount();
      Amount y = b.amount();
      if (!disagree(x, y) || statedElsewhere(x, right) || statedElsewhere(y, left)
          || sameValueIn(x, b.view()) || sameValueIn(y, a.view())) {
        continue;
      }
      ArticlePair.Related rel = pair.relation(a.view(), b.view()).orElseThrow();
      double conf = BASE + WORDING * Math.min(1, rel.overlap() / FULL_OVERLAP);
      if (Mention.shared(x.coreWhat(), y.coreWhat()) >= 2) {
        conf += 0.05;
      }
      if (x.approximation() == Approximation.EXACT && y.approximation() == Approximation.EXACT) {
        conf += 0.05;
      }
      // many amounts of one kind (a box score, a price list) make any one match less sure
      conf -= RIVAL * Math.min(3, m.there().rivals() + m.back().rivals());
      List<String> notes = new ArrayList<>();
      if (implied(x) || implied(y)) {
        conf -= 0.1;
        notes.add("A bound such as \"more than\" or \"as many as\" is read as close to its"
            + " number, as news writes it.");
      }
      if (ratio(x, y) >= FAR_RATIO) {
        conf -= 0.25; // a total and a part, or two different things, more often than a dispute
      }
      if (ratio(x, y) > MAX_RATIO) {
        conf -= 0.2; // an order of magnitude apart: hardly ever two readings of one amount
      }
      if (a.view().hedged() || b.view().hedged()) {
        conf -= 0.1;
      }
      if (x.measure().equals("age") && Math.abs(x.value() - y.value()) <= ONE_YEAR) {
        conf -= 0.15;
        notes.add("Ages a year apart may be one person before and after a birthday.");
      }
      out.add(new Finding(Kind.NUMERIC, a.view().claim(), b.view().claim(), x.evidence(),
          y.evidence(), x.shown(), y.shown(), "", notes, conf));
    }
  }

  /** An amount with its claim. */
  private record Holder(ClaimView view, Amount amount) {}

  private static List<Holder> holders(ArticlePair.Side side) {
    List<Holder> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      for (Amount a : c.amounts()) {
        if (!a.derived() && !c.negated(a.evidence())) {
          out.add(new Holder(c, a));
        }
      }
    }
    return out;
  }

  /**
   * The amount of {@code others} that {@code h} is matched to: comparable, in a related claim,
   * sharing a word of what happened among the nearest words and naming no other people; ranked
   * by the words their frames share, their claims share and the claims' alignment.
   */
  private Optional<BestMatch<Holder>> best(ArticlePair pair, Holder h,
      List<Holder> others, boolean hIsLeft) {
    Amount a = h.amount();
    List<BestMatch.Candidate<Holder>> found = new ArrayList<>();
    for (Holder o : others) {
      Amount b = o.amount();
      if (a.measure().equals(MentionReader.BARE) || !comparable(a, b) && !people(a, b)) {
        continue;
      }
      ArticlePair.Related rel = (hIsLeft ? pair.relation(h.view(), o.view())
          : pair.relation(o.view(), h.view())).orElse(null);
      if (rel == null || Mention.shared(a.coreWhat(), b.coreWhat()) < 1
          || a.aboutOthersThan(b)
          || !a.scope().isEmpty() && !b.scope().isEmpty()
              && java.util.Collections.disjoint(a.scope(), b.scope())) {
        continue; // "170,000 people in the province" and "230,000 people across Asia": two counts
      }
      double rank = Mention.shared(a.frame(), b.frame()) + Mention.shared(a.core(), b.core())
          + 0.1 * Math.min(rel.shared().size(), 8) + rel.score()
          - (ratio(a, b) > MAX_RATIO ? FAR_APART : 0);
      found.add(new BestMatch.Candidate<>(o, rank));
    }
    return BestMatch.of(found, o -> !disagree(a, o.amount()));
  }

  /**
   * Whether one amount counts people of any kind ("200 people") and the other people of one kind
   * ("400 protesters").
   */
  private boolean people(Amount a, Amount b) {
    if (!a.measure().equals("count") || !b.measure().equals("count") || a.noun().isEmpty()
        || b.noun().isEmpty()) {
      return false;
    }
    String x = a.noun().get(0);
    String y = b.noun().get(0);
    return lexicon.peopleGeneric().contains(x) && lexicon.peopleNouns().contains(y)
        || lexicon.peopleGeneric().contains(y) && lexicon.peopleNouns().contains(x);
  }

  /**
   * Whether {@code claim} itself states {@code a}'s value of the same measure ("two sons, ages 6
   * and 16" against "ages 16 and 6"): a list in another order, not a disagreement.
   */
  private static boolean sameValueIn(Amount a, ClaimView claim) {
    for (Amount o : claim.amounts()) {
      if (o.value() == a.value() && comparable(a, o)) {
        return true;
      }
    }
    return false;
  }

  /** How many times the larger amount is the smaller. */
  private static double ratio(Amount x, Amount y) {
    return Math.max(Math.abs(x.value()), Math.abs(y.value()))
        / Math.max(1e-9, Math.min(Math.abs(x.value()), Math.abs(y.value())));
  }

  /** Whether two amounts measure the same kind of thing: for counts and ages, of one noun. */
  static boolean comparable(Amount a, Amount b) {
    if (!a.measure().equals(b.measure())) {
      return false;
    }
    if (!a.measure().equals("count") && !a.measure().equals("age")) {
      return true;
    }
    if (a.measure().equals("age")) {
      // one person: one name holds the other ("Gomes", "Gary Gomes"), not "Catherine Gomes"
      return !a.noun().isEmpty() && !b.noun().isEmpty()
          && (a.noun().containsAll(b.noun()) || b.noun().containsAll(a.noun()));
    }
    for (String n : a.noun()) {
      if (b.noun().contains(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code others} agree with {@code a} in a frame like its own (a bare number of the
   * same value counts too): then the two articles do not disagree, one of them only says more.
   */
  private static boolean statedElsewhere(Amount a, List<Holder> others) {
    for (Holder o : others) {
      Amount b = o.amount();
      boolean bare = b.measure().equals(MentionReader.BARE) && a.value() == b.value()
          && a.measure().equals("count");
      if ((comparable(a, b) || bare)
          && Mention.shared(a.frame(), b.frame()) + Mention.shared(a.core(), b.core()) >= 1
          && !disagree(a, b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean implied(Amount a) {
    return a.approximation() == Approximation.MORE_THAN
        || a.approximation() == Approximation.AT_LEAST
        || a.approximation() == Approximation.AT_MOST;
  }

  /** Whether no reading of the two amounts' words lets them state one value. */
  static boolean disagree(Amount a, Amount b) {
    if (a.value() == b.value()) {
      return false;
    }
    if (a.approximation() == b.approximation() && a.approximation() != Approximation.RANGE
        && a.step() == b.step() && a.unit().equals(b.unit())) {
      return true; // one form, one precision, two values: "more than 26,000" and "more than 31,000"
    }
    double[] x = interval(a, b);
    double[] y = interval(b, a);
    return !(x[0] < y[1] && y[0] < x[1]);
  }

  /** The values the words of {@code a} allow, widened when {@code other} uses another unit. */
  private static double[] interval(Amount a, Amount other) {
    double v = a.value();
    double h = a.step() / 2;
    double lo;
    double hi;
    switch (a.approximation()) {
      case ABOUT -> {
        double d = Math.max(v - a.low(), h);
        lo = v - d;
        hi = v + Math.max(a.high() - v, h);
      }
      case RANGE -> {
        lo = a.low() - h;
        hi = a.high() + h;
      }
      case MORE_THAN, AT_LEAST -> {
        lo = v;
        hi = v + Math.max(a.step(), 0.5 * Math.abs(v));
      }
      case AT_MOST -> {
        lo = v - Math.max(a.step(), 0.5 * Math.abs(v));
        hi = v;
      }
      case LESS_THAN -> {
        lo = Math.max(a.low(), v - Math.max(a.step(), 0.5 * Math.abs(v)));
        hi = v;
      }
      default -> {
        lo = v - h;
        hi = v + h;
      }
    }
    double slack = 0;
    if (a.derived()) {
      slack = 0.05;
    } else if (!a.unit().equals(other.unit())) {
      slack = 0.01;
    }
    return new double[] {lo - Math.abs(lo) * slack, hi + Math.abs(hi) * slack};
  }
}
