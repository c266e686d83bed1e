package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * TEMPORAL: two dates or clock times of two articles for the same event that cannot name one
 * moment: another year, month or day of the month, another weekday (a full date fixes its
 * weekday, so "Friday" and "Tuesday, December 9, 2008" clash), or clock times more than
 * {@value #CLOCK_SLACK} minutes apart on one day ("10:30 a.m." and "about 10 a.m."). Parts that
 * one side leaves open never clash: "December" agrees with "December 9, 2008", "Tuesday" with
 * "Tuesday morning".
 *
 * <p>Dates are matched as amounts are: each date to the date of the other article whose frame
 * (the words around it, up to the next number or date) shares most with its own, at least one
 * word, in claims that share at least two; only mutual best matches are compared, and not when
 * either article gives the other's date for the same frame elsewhere. A date that bounds or
 * anchors another event ("since Monday", "two days after Friday", "by June") and an interval are
 * left out, and so is a date in a web address or after "Published" or "Posted". Years and months
 * date background as often as the news, so two of them are compared only when the words nearest
 * them match and their claims share at least {@value #YEAR_OVERLAP} of their wording. When one side
 * speaks of a plan ("is expected Thursday") and the other of what
 * happened ("voted Wednesday"), the finding is kept with a low confidence and says so.
 */
final class TemporalCheck implements Check {
  /** Clock times this many minutes apart or less may name one moment. */
  static final int CLOCK_SLACK = 15;
  /** The least overlap of two claims' wording for their years or months to be compared. */
  static final double YEAR_OVERLAP = 0.5;
  /** The least confidence of a temporal finding. */
  static final double BASE = 0.3;

  private final Lexicon lexicon;

  TemporalCheck(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

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
      if (NumericCheck.DEBUG) {
        System.err.println("TMP " + a.moment().facet().span().text() + " -> "
            + ab.other().moment().facet().span().text() + " back " + (ba == null ? null
            : ba.other().moment().facet().span().text()) + " clash="
            + a.moment().when().clash(ab.other().moment().when(), CLOCK_SLACK) + " elsewhere="
            + statedElsewhere(a.moment(), right) + "/" + statedElsewhere(ab.other().moment(), left));
      }
      if (ba == null || ba.other() != a) {
        continue;
      }
      Moment x = a.moment();
      Moment y = ab.other().moment();
      Optional<String> clash = x.when().clash(y.when(), CLOCK_SLACK);
      if (clash.isEmpty() || statedElsewhere(x, right) || statedElsewhere(y, left)) {
        continue;
      }
      ArticlePair.Related rel = pair.relation(a.view(), ab.other().view()).orElseThrow();
      double conf = BASE + NumericCheck.WORDING
          * Math.min(1, rel.overlap() / NumericCheck.FULL_OVERLAP);
      if (x.when().fixesDay() && y.when().fixesDay()) {
        conf += 0.05;
      }
      List<String> notes = new ArrayList<>();
      if (x.expected() != y.expected()) {
        conf -= 0.25;
        notes.add("One of them speaks of a plan or an expectation, the other of what happened:"
            + " the schedule may have changed.");
      }
      if (a.view().hedged() || ab.other().view().hedged()) {
        conf -= 0.1;
      }
      if (NumericCheck.DEBUG) {
        notes.add(features(a.view(), x, ab.other().view(), y, pair));
      }
      out.add(new Finding(Kind.TEMPORAL, a.view().claim(), ab.other().view().claim(),
          x.facet().span(), y.facet().span(), x.facet().value(), y.facet().value(),
          clash.get(), notes, conf));
    }
  }

  static String features(ClaimView cl, Moment x, ClaimView cr, Moment y, ArticlePair pair) {
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
    Set<String> cx = new LinkedHashSet<>(x.core());
    cx.removeAll(x.names());
    Set<String> cy = new LinkedHashSet<>(y.core());
    cy.removeAll(y.names());
    return String.format(java.util.Locale.ROOT, "[FEAT core=%d what=%d fj=%.2f cj=%.2f sc=%.2f"
        + " names=%s day=%s]", shared(cx, cy), shared(fx, fy),
        u.isEmpty() ? 0 : (double) shared(fx, fy) / u.size(), (double) sh / cu.size(),
        rel == null ? 0 : rel.score(), x.names().isEmpty() || y.names().isEmpty() ? "none"
        : NumericCheck.otherPeople(x.names(), y.names()) ? "other" : "same",
        x.when().fixesDay() && y.when().fixesDay());
  }

  private record Holder(ClaimView view, Moment moment) {}

  private record Match(Holder other, int frame, double score) {}

  private List<Holder> holders(ArticlePair.Side side) {
    List<Holder> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      for (Moment m : c.moments()) {
        if (!m.governed() && !c.negated(m.facet().span()) && !counted(c, m)) {
          out.add(new Holder(c, m));
        }
      }
    }
    return out;
  }

  /**
   * Whether the moment is the window or the date of an ordinal statement of its claim ("the first
   * since August 2024", "the first occurred last August"): the ordinal check reads it.
   */
  private static boolean counted(ClaimView c, Moment m) {
    for (dev.parallax.OrdinalFacet o : c.claim().facets(dev.parallax.OrdinalFacet.class)) {
      if (o.window().map(w -> Spans.overlap(w.span(), m.facet().span())).orElse(false)
          || o.when().map(w -> Spans.overlap(w.span(), m.facet().span())).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private Match best(ArticlePair pair, Holder h, List<Holder> others, boolean hIsLeft) {
    Match best = null;
    double bestRank = -1;
    boolean tie = false;
    for (Holder o : others) {
      if (!comparable(h.moment().when(), o.moment().when())) {
        continue;
      }
      ArticlePair.Related rel = (hIsLeft ? pair.relation(h.view(), o.view())
          : pair.relation(o.view(), h.view())).orElse(null);
      if (rel == null) {
        continue;
      }
      int frame = sharedFrame(h.moment(), o.moment());
      int core = shared(h.moment().core(), o.moment().core());
      Set<String> x = new LinkedHashSet<>(h.moment().frame());
      x.removeAll(h.moment().names());
      Set<String> y = new LinkedHashSet<>(o.moment().frame());
      y.removeAll(o.moment().names());
      Set<String> cx = new LinkedHashSet<>(h.moment().core());
      cx.removeAll(h.moment().names());
      Set<String> cy = new LinkedHashSet<>(o.moment().core());
      cy.removeAll(o.moment().names());
      if (shared(cx, cy) < 1
          || NumericCheck.otherPeople(h.moment().names(), o.moment().names())) {
        continue; // what happened must be the same, to the same people
      }
      boolean weekdaysOnly = h.moment().when().day() == 0 && o.moment().when().day() == 0
          && h.moment().when().weekday() != 0 && o.moment().when().weekday() != 0;
      if (weekdaysOnly && shared(x, y) < 2) {
        continue; // a story spans a week of events: two weekdays need more than one word
      }
      if (!h.moment().when().fixesDay() && !o.moment().when().fixesDay()
          && (core < 1 || shared(x, y) < 2 || rel.overlap() < YEAR_OVERLAP)) {
        continue; // years and months date background as often as the news: ask for more
      }
      double rank = frame + core + 0.1 * Math.min(rel.shared().size(), 8) + rel.score();
      if (rank > bestRank + 1e-9) {
        best = new Match(o, frame, rel.score());
        bestRank = rank;
        tie = false;
      } else if (Math.abs(rank - bestRank) <= 1e-9) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /**
   * Whether two moments say something about one part of the calendar or clock: both fix a year,
   * a month, a day or a clock time.
   */
  private static boolean comparable(When a, When b) {
    return (a.year() != 0 || a.decade() != 0) && (b.year() != 0 || b.decade() != 0)
        || a.month() != 0 && b.month() != 0
        || a.weekday() != 0 && b.weekday() != 0
        || a.minuteOfDay() >= 0 && b.minuteOfDay() >= 0;
  }

  static int sharedFrame(Moment a, Moment b) {
    return shared(a.frame(), b.frame());
  }

  private static int shared(Set<String> a, Set<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.retainAll(b);
    return s.size();
  }

  private static boolean statedElsewhere(Moment m, List<Holder> others) {
    for (Holder o : others) {
      if (comparable(m.when(), o.moment().when()) && sharedFrame(m, o.moment()) >= 1
          && m.when().clash(o.moment().when(), CLOCK_SLACK).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
