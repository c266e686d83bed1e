package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.OrdinalFacet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
  /** The least lower-case content words of a claim whose dates are compared. */
  static final int MIN_WORDS = 2;
  /** Clock times this many minutes apart or less may name one moment. */
  static final int CLOCK_SLACK = 15;
  /** The least overlap of two claims' wording for two bare weekdays to be compared. */
  static final double WEEKDAY_OVERLAP = 0.4;
  /** The least overlap of two claims' wording for their years or months to be compared. */
  static final double YEAR_OVERLAP = 0.5;
  /** What two bare weekdays, years, months or clock times take from the confidence. */
  static final double COARSE = 0.12;
  /** The least confidence of a temporal finding. */
  static final double BASE = 0.3;

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Holder> left = holders(pair.left());
    List<Holder> right = holders(pair.right());
    for (BestMatch.Mutual<Holder> m : BestMatch.mutual(left, right,
        (h, others, isLeft) -> best(pair, h, others, isLeft))) {
      Holder a = m.left();
      Holder b = m.right();
      Moment x = a.moment();
      Moment y = b.moment();
      Optional<String> clash = x.when().clash(y.when(), CLOCK_SLACK);
      if (clash.isEmpty() || statedElsewhere(x, right) || statedElsewhere(y, left)) {
        continue;
      }
      ArticlePair.Related rel = pair.relation(a.view(), b.view()).orElseThrow();
      double conf = BASE + NumericCheck.WORDING
          * Math.min(1, rel.overlap() / NumericCheck.FULL_OVERLAP);
      if (x.when().fixesDay() && y.when().fixesDay()) {
        conf += 0.05;
      }
      if (x.when().day() == 0 && y.when().day() == 0 && x.when().weekday() != 0
          && y.when().weekday() != 0 || !x.when().fixesDay() && !y.when().fixesDay()) {
        // two bare weekdays, two years or months, two clock times: a story holds several events
        // on several days and years as often as one event dated twice
        conf -= COARSE;
      }
      conf -= NumericCheck.RIVAL * Math.min(3, m.there().rivals() + m.back().rivals());
      List<String> notes = new ArrayList<>();
      if (x.expected() != y.expected()) {
        conf -= 0.25;
        notes.add("One of them speaks of a plan or an expectation, the other of what happened:"
            + " the schedule may have changed.");
      }
      if (a.view().hedged() || b.view().hedged()) {
        conf -= 0.1;
      }
      out.add(new Finding(Kind.TEMPORAL, a.view().claim(), b.view().claim(), x.facet().span(),
          y.facet().span(), x.facet().value(), y.facet().value(), clash.get(), notes, conf));
    }
  }

  private record Holder(ClaimView view, Moment moment) {}

  private List<Holder> holders(ArticlePair.Side side) {
    List<Holder> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      if (lowerCaseWords(c.words()) < MIN_WORDS) {
        continue; // a dateline or a caption: "WASHINGTON, April 28, 2009"
      }
      for (Moment m : c.moments()) {
        if (!m.governed() && !c.negated(m.facet().span()) && !counted(c, m)) {
          out.add(new Holder(c, m));
        }
      }
    }
    return out;
  }

  private static int lowerCaseWords(ClaimWords w) {
    int n = 0;
    for (int i = 0; i < w.size(); i++) {
      if (w.isContent(i) && !w.isCapitalised(i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the moment is the window or the date of an ordinal statement of its claim ("the first
   * since August 2024", "the first occurred last August"): the ordinal check reads it.
   */
  private static boolean counted(ClaimView c, Moment m) {
    for (OrdinalFacet o : c.claim().facets(OrdinalFacet.class)) {
      if (o.window().map(w -> Spans.overlap(w.span(), m.facet().span())).orElse(false)
          || o.when().map(w -> Spans.overlap(w.span(), m.facet().span())).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The moment of {@code others} that {@code h} is matched to: one that fixes a part of the
   * calendar or clock that {@code h} fixes too, in a related claim, sharing a word of what
   * happened among the nearest words and naming no other people. Two weekdays need two such
   * words and claims that share {@value #WEEKDAY_OVERLAP} of their wording (a story spans a week
   * of events); two years or months need them among the nearest words and claims that share
   * {@value #YEAR_OVERLAP} of their wording.
   */
  private Optional<BestMatch<Holder>> best(ArticlePair pair, Holder h, List<Holder> others,
      boolean hIsLeft) {
    Moment a = h.moment();
    List<BestMatch.Candidate<Holder>> found = new ArrayList<>();
    for (Holder o : others) {
      Moment b = o.moment();
      if (!comparable(a.when(), b.when()) || !a.bound().equals(b.bound())) {
        continue;
      }
      ArticlePair.Related rel = (hIsLeft ? pair.relation(h.view(), o.view())
          : pair.relation(o.view(), h.view())).orElse(null);
      if (rel == null || Mention.shared(a.coreWhat(), b.coreWhat()) < 1
          || a.aboutOthersThan(b)) {
        continue; // what happened must be the same, to the same people
      }
      int what = Mention.shared(a.what(), b.what());
      int core = Mention.shared(a.core(), b.core());
      if (what < 2) {
        continue; // one word in common dates two events of one story as often as one
      }
      boolean weekdays = a.when().day() == 0 && b.when().day() == 0
          && a.when().weekday() != 0 && b.when().weekday() != 0;
      if (weekdays && (what < 2 || rel.overlap() < WEEKDAY_OVERLAP)) {
        continue;
      }
      if (!a.when().fixesDay() && !b.when().fixesDay()
          && (core < 1 || what < 2 || rel.overlap() < YEAR_OVERLAP)) {
        continue;
      }
      double rank = Mention.shared(a.frame(), b.frame()) + core
          + 0.1 * Math.min(rel.shared().size(), 8) + rel.score();
      found.add(new BestMatch.Candidate<>(o, rank));
    }
    return BestMatch.of(found, o -> a.when().clash(o.moment().when(), CLOCK_SLACK).isEmpty());
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

  private static boolean statedElsewhere(Moment m, List<Holder> others) {
    for (Holder o : others) {
      if (comparable(m.when(), o.moment().when()) && m.bound().equals(o.moment().bound())
          && Mention.shared(m.frame(), o.moment().frame()) >= 1
          && m.when().clash(o.moment().when(), CLOCK_SLACK).isEmpty()) {
        return true;
      }
    }
    return false;
  }

}
