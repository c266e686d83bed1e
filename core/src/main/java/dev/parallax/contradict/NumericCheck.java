package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.QuantityFacet.Approximation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
  /** Amounts further apart than this factor are less likely two readings of one fact. */
  static final double MAX_RATIO = 5;
  /** Matches whose ranks differ by less than this are equally good. */
  static final double TIE = 0.5;
  /** How much less a match counts when its amounts are further apart than {@link #MAX_RATIO}. */
  static final double FAR_APART = 1.5;
  static final boolean DEBUG = System.getProperty("pxdebug") != null;

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Holder> left = holders(pair.left());
    List<Holder> right = holders(pair.right());
    for (Holder a : left) {
      Match ab = best(pair, a, right, true);
      if (ab == null) {
        continue;
      }
      Match ba = best(pair, ab.other(), left, false);
      if (DEBUG) {
        System.err.println("NUM " + a.amount().evidence().text() + " -> "
            + ab.other().amount().evidence().text() + " back " + (ba == null ? null
            : ba.other().amount().evidence().text()) + " dis=" + disagree(a.amount(),
            ab.other().amount()) + " elsewhere=" + statedElsewhere(a.amount(), right) + "/"
            + statedElsewhere(ab.other().amount(), left));
      }
      if (ba == null || ba.other() != a) {
        continue;
      }
      Amount x = a.amount();
      Amount y = ab.other().amount();
      if (!disagree(x, y) || statedElsewhere(x, right) || statedElsewhere(y, left)) {
        continue;
      }
      ArticlePair.Related rel = pair.relation(a.view(), ab.other().view()).orElseThrow();
      double conf = BASE + WORDING * Math.min(1, rel.overlap() / FULL_OVERLAP);
      if (coreWhat(x, y) >= 2) {
        conf += 0.05;
      }
      // many amounts of one kind (a box score, a price list) make any one match less sure
      conf -= RIVAL * Math.min(3, ab.rivals() + ba.rivals());
      if (x.approximation() == Approximation.EXACT && y.approximation() == Approximation.EXACT) {
        conf += 0.05;
      }
      List<String> notes = new ArrayList<>();
      if (implied(x) || implied(y)) {
        conf -= 0.1;
        notes.add("A bound such as \"more than\" or \"as many as\" is read as close to its"
            + " number, as news writes it.");
      }
      if (ratio(x, y) >= FAR_RATIO) {
        conf -= 0.25; // a total and a part, or two different things, more often than a dispute
      }
      if (a.view().hedged() || ab.other().view().hedged()) {
        conf -= 0.1;
      }
      if (DEBUG) {
        notes.add(features(a.view(), x, ab.other().view(), y, pair));
      }
      out.add(new Finding(Kind.NUMERIC, a.view().claim(), ab.other().view().claim(),
          x.evidence(), y.evidence(), x.shown(), y.shown(), "", notes, conf));
    }
  }

  /** An amount with its claim. */
  private record Holder(ClaimView view, Amount amount) {}

  /** The best match of an amount in the other article. */
  private record Match(Holder other, int frame, double score, int rivals) {}

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
   * The amount of {@code others} that best matches {@code h} by frame, or null when none matches
   * or two that disagree with each other match equally well.
   */
  private static Match best(ArticlePair pair, Holder h, List<Holder> others, boolean hIsLeft) {
    List<Match> found = new ArrayList<>();
    List<Double> ranks = new ArrayList<>();
    for (Holder o : others) {
      if (!h.amount().measure().equals(o.amount().measure())
          || h.amount().measure().equals(MentionReader.BARE)) {
        continue;
      }
      ArticlePair.Related rel = (hIsLeft ? pair.relation(h.view(), o.view())
          : pair.relation(o.view(), h.view())).orElse(null);
      if (rel == null) {
        continue;
      }
      int frame = sharedFrame(h.amount(), o.amount());
      int core = sharedCore(h.amount(), o.amount());
      if (!comparable(h.amount(), o.amount())) {
        continue;
      }
      boolean ok = coreWhat(h.amount(), o.amount()) >= 1
          && !otherPeople(h.amount().names(), o.amount().names());
      if (ok) {
        found.add(new Match(o, frame + core, rel.score(), 0));
        ranks.add(frame + core + 0.1 * Math.min(rel.shared().size(), 8) + rel.score()
            - (ratio(h.amount(), o.amount()) > MAX_RATIO ? FAR_APART : 0));
      }
    }
    int b = -1;
    for (int i = 0; i < found.size(); i++) {
      if (b < 0 || ranks.get(i) > ranks.get(b)) {
        b = i;
      }
    }
    if (b < 0) {
      return null;
    }
    for (int i = 0; i < found.size(); i++) {
      if (i != b && ranks.get(i) >= ranks.get(b) - TIE
          && !disagree(h.amount(), found.get(i).other().amount())) {
        return null; // a reading nearly as strong agrees: the frames do not tell them apart
      }
    }
    Match m = found.get(b);
    return new Match(m.other(), m.frame(), m.score(), found.size() - 1);
  }

  static String features(ClaimView cl, Amount x, ClaimView cr, Amount y, ArticlePair pair) {
    Set<String> fx = new LinkedHashSet<>(x.frame());
    fx.removeAll(x.names());
    Set<String> fy = new LinkedHashSet<>(y.frame());
    fy.removeAll(y.names());
    Set<String> u = new LinkedHashSet<>(fx);
    u.addAll(fy);
    Set<String> cu = new LinkedHashSet<>(cl.stems());
    cu.addAll(cr.stems());
    ArticlePair.Related rel = pair.relation(cl, cr).orElse(null);
    int sh = rel == null ? 0 : rel.shared().size();
    return String.format(java.util.Locale.ROOT, "[FEAT core=%d what=%d fj=%.2f cj=%.2f sc=%.2f"
        + " names=%s ratio=%.1f]", coreWhat(x, y), shared(x, fx, y, fy),
        u.isEmpty() ? 0 : (double) shared(x, fx, y, fy) / u.size(), (double) sh / cu.size(),
        rel == null ? 0 : rel.score(), x.names().isEmpty() || y.names().isEmpty() ? "none"
        : otherPeople(x.names(), y.names()) ? "other" : "same", ratio(x, y));
  }

  /** How many times the larger amount is the smaller. */
  private static double ratio(Amount x, Amount y) {
    return Math.max(Math.abs(x.value()), Math.abs(y.value()))
        / Math.max(1e-9, Math.min(Math.abs(x.value()), Math.abs(y.value())));
  }

  /** Whether two amounts measure the same kind of thing. */
  static boolean comparable(Amount a, Amount b) {
    if (!a.measure().equals(b.measure())) {
      return false;
    }
    if (!a.measure().equals("count") && !a.measure().equals("age")) {
      return true;
    }
    for (String n : a.noun()) {
      if (b.noun().contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** The frame words two amounts share, their counted nouns left out. */
  static int sharedFrame(Amount a, Amount b) {
    return shared(a, a.frame(), b, b.frame());
  }

  /** The stems two sets share, the counted nouns of counts left out. */
  private static int shared(Amount a, Set<String> x, Amount b, Set<String> y) {
    Set<String> s = new LinkedHashSet<>(x);
    s.retainAll(y);
    if (a.measure().equals("count")) {
      s.removeAll(a.noun());
      s.removeAll(b.noun());
    }
    return s.size();
  }

  /**
   * Whether {@code others} state {@code a}'s value of the same measure anywhere, or agree with it
   * in a frame like its own: then the two articles do not disagree, one of them only says more.
   */
  private static boolean statedElsewhere(Amount a, List<Holder> others) {
    for (Holder o : others) {
      Amount b = o.amount();
      boolean bare = b.measure().equals(MentionReader.BARE) && a.value() == b.value()
          && a.measure().equals("count");
      if ((comparable(a, b) || bare) && sharedFrame(a, b) + sharedCore(a, b) >= 1
          && !disagree(a, b)) {
        return true;
      }
    }
    return false;
  }

  /** The frame words two amounts share that are not names: what happened, not to whom. */
  static int sharedWhat(Amount a, Amount b) {
    Set<String> x = new LinkedHashSet<>(a.frame());
    x.removeAll(a.names());
    Set<String> y = new LinkedHashSet<>(b.frame());
    y.removeAll(b.names());
    return shared(a, x, b, y);
  }

  /** The core words two amounts share that are not names, their counted nouns left out. */
  static int coreWhat(Amount a, Amount b) {
    Set<String> x = new LinkedHashSet<>(a.core());
    x.removeAll(a.names());
    Set<String> y = new LinkedHashSet<>(b.core());
    y.removeAll(b.names());
    return shared(a, x, b, y);
  }

  /**
   * Whether both frames name someone or somewhere and no name is common to both: the same kind
   * of fact about other people or places ("the Orioles offered seven years", "the Red Sox eight").
   */
  static boolean otherPeople(Set<String> a, Set<String> b) {
    return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
  }

  /** The core words two amounts share, their counted nouns left out. */
  static int sharedCore(Amount a, Amount b) {
    return shared(a, a.core(), b, b.core());
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
