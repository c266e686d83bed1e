package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEMPORAL, the stretch of one named person's career told twice: a claim that opens with a
 * person's name and gives one closed stretch of years ("Jones held the seat from 1994 to 2010,
 * when he retired") and a claim of the other article that opens with that person's name and gives
 * one ("Jones, who served from 1995 to 2011, did not seek re-election") tell one stretch when the
 * two overlap, however differently they word it; their starts, and their ends, then disagree when
 * they are other years. The two claims need not share a word but the name: a seat held and a
 * term served are one stretch of one life.
 *
 * <p>Left alone: a person whose article gives two stretches (two offices, two terms), stretches
 * that do not overlap (a later office), and ends that agree. Confidence {@value #CONFIDENCE}, 0.1
 * less for a hedged claim. Immutable and thread-safe.
 */
final class PersonStretches implements Check {
  /** The confidence of a finding: one person may hold two overlapping offices. */
  static final double CONFIDENCE = 0.55;

  private final Set<String> titles;

  /** @param titles words of titles that stand before names ({@link AttributeWords#titles}) */
  PersonStretches(Set<String> titles) {
    this.titles = Set.copyOf(titles);
  }

  /** One closed stretch of years of a named person, with the moments of its two ends. */
  private record Stretch(PersonName person, ClaimView view, Moment start, Moment end) {
    int from() {
      return start.when().year();
    }

    int to() {
      return end.when().year();
    }
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (Stretch a : stretches(pair.left())) {
      for (Stretch b : stretches(pair.right())) {
        if (!a.person().samePerson(b.person()) || a.from() > b.to() || b.from() > a.to()
            || a.from() == b.from() && a.to() == b.to()) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        String x = a.person().span().text();
        String y = b.person().span().text();
        String about = "Both speak of " + (y.length() > x.length() ? y : x)
            + " from one year to another.";
        if (a.from() != b.from()) {
          out.add(finding(a, b, a.start(), b.start(), "Both dates give when a stretch of time"
              + " began (\"since\", \"from\").", about, conf));
        }
        if (a.to() != b.to()) {
          out.add(finding(a, b, a.end(), b.end(), "Both dates give when a stretch of time"
              + " ended (\"until\", \"to\").", about, conf));
        }
      }
    }
  }

  private static Finding finding(Stretch a, Stretch b, Moment x, Moment y, String bound,
      String about, double conf) {
    return new Finding(Kind.TEMPORAL, a.view().claim(), b.view().claim(), x.facet().span(),
        y.facet().span(), x.facet().value(), y.facet().value(), "year", List.of(bound, about),
        conf);
  }

  /** The stretches of named people of one article; none of a person it gives two stretches. */
  private List<Stretch> stretches(ArticlePair.Side side) {
    return side.memo(this, "stretches", s -> List.copyOf(readStretches(s)));
  }

  private List<Stretch> readStretches(ArticlePair.Side side) {
    Map<String, Set<List<String>>> given = PersonName.givenNames(side, titles);
    List<Stretch> all = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      Stretch s = read(c, given);
      if (s != null) {
        all.add(s);
      }
    }
    List<Stretch> out = new ArrayList<>();
    for (Stretch s : all) {
      if (all.stream().noneMatch(o -> o != s && o.person().samePerson(s.person())
          && (o.from() != s.from() || o.to() != s.to()))) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The one closed stretch of years of a claim that opens with a person's name: a year that
   * starts a stretch followed by a year that ends one ("from 1994 to 2010"), neither governed nor
   * negated; null when the claim gives none or more than one.
   */
  private Stretch read(ClaimView c, Map<String, Set<List<String>>> given) {
    List<Moment> starts = new ArrayList<>();
    List<Moment> ends = new ArrayList<>();
    for (Moment m : c.moments()) {
      if (m.governed() || c.negated(m.facet().span()) || m.when().year() == 0
          || m.when().month() != 0) {
        continue;
      }
      if (m.bound().equals("from")) {
        starts.add(m);
      } else if (m.bound().equals("to")) {
        ends.add(m);
      }
    }
    if (starts.size() != 1 || ends.size() != 1
        || starts.get(0).facet().span().start() > ends.get(0).facet().span().start()
        || starts.get(0).when().year() > ends.get(0).when().year()) {
      return null;
    }
    ClaimWords w = c.words();
    int[] run = PersonName.runFrom(w, 0);
    if (run == null || run[1] + 1 >= w.size()) {
      return null;
    }
    String gap = w.between(w.end(run[1]), w.start(run[1] + 1)).strip();
    PersonName p = gap.isEmpty() || gap.equals(",")
        ? PersonName.of(w, run[0], run[1], titles) : null;
    PersonName resolved = p == null ? null : p.resolved(given);
    return resolved == null ? null : new Stretch(resolved, c, starts.get(0), ends.get(0));
  }
}
