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
 * <p>So too an open stretch that a named person has spent on one thing, told with a verb in a
 * perfect tense and "since" right after the noun of the thing ("Graham Pellew, 63, who had led
 * Britain's second-largest teachers' union since 2012" against "Pellew had run the union since
 * 2009"): one person, one noun, two years.
 *
 * <p>Left alone: a person whose article gives two stretches (two offices, two terms), stretches
 * that do not overlap (a later office), and ends that agree. Confidence {@value #CONFIDENCE}, 0.1
 * less for a hedged claim. Immutable and thread-safe.
 */
final class PersonStretches implements Check {
  /** The most words between a verb in a perfect tense and the noun before "since". */
  static final int DEED_WORDS = 6;
  /** The confidence of a finding: one person may hold two overlapping offices. */
  static final double CONFIDENCE = 0.55;

  private final Set<String> titles;
  private final Set<String> perfects;

  /**
   * @param titles words of titles that stand before names ({@link AttributeWords#titles})
   * @param perfects forms of "have" before a participle (pack facet {@code perfect-auxiliary})
   */
  PersonStretches(Set<String> titles, Set<String> perfects) {
    this.titles = Set.copyOf(titles);
    this.perfects = Set.copyOf(perfects);
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

  /**
   * One open stretch of a named person ("had led Britain's second-largest teachers' union since
   * 2012"): the stem and the words of the noun it is spent on, right before "since".
   */
  private record Since(PersonName person, String noun, String written, ClaimView view,
      Moment start) {}

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (Since a : since(pair.left())) {
      for (Since b : since(pair.right())) {
        int x = a.start().when().year();
        int y = b.start().when().year();
        if (x == y || !a.noun().equals(b.noun()) || !a.person().samePerson(b.person())) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        out.add(new Finding(Kind.TEMPORAL, a.view().claim(), b.view().claim(),
            a.start().facet().span(), b.start().facet().span(), a.start().facet().value(),
            b.start().facet().value(), "year", List.of("Both dates give when a stretch of time"
                + " began (\"since\", \"from\").", "Both speak of "
                + a.person().fuller(b.person()) + " and the " + a.written() + "."), conf));
      }
    }
    for (Stretch a : stretches(pair.left())) {
      for (Stretch b : stretches(pair.right())) {
        if (!a.person().samePerson(b.person()) || a.from() > b.to() || b.from() > a.to()
            || a.from() == b.from() && a.to() == b.to()) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        String about = "Both speak of " + a.person().fuller(b.person())
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

  /** The open stretches of named people of one article; none of one told twice otherwise. */
  private List<Since> since(ArticlePair.Side side) {
    return side.memo(this, "since", s -> List.copyOf(readSince(s)));
  }

  private List<Since> readSince(ArticlePair.Side side) {
    Map<String, Set<List<String>>> given = PersonName.givenNames(side, titles);
    List<Since> all = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (Moment m : c.moments()) {
        int first = w.firstWordFrom(m.facet().span().start());
        if (!m.bound().equals("from") || m.governed() || c.negated(m.facet().span())
            || m.when().year() == 0 || m.when().month() != 0 || first < 2
            || !w.lower(first - 1).equals("since") || !w.isContent(first - 2)
            || w.isCapitalised(first - 2)) {
          continue;
        }
        PersonName p = perfectBefore(w, first - 2) ? nameBefore(w, first - 2) : null;
        PersonName resolved = p == null ? null : p.resolved(given);
        if (resolved != null) {
          all.add(new Since(resolved, w.stem(first - 2), w.text(first - 2), c, m));
        }
      }
    }
    List<Since> out = new ArrayList<>();
    for (Since s : all) {
      if (all.stream().noneMatch(o -> o.noun().equals(s.noun())
          && o.person().samePerson(s.person())
          && o.start().when().year() != s.start().when().year())) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether a verb in a perfect tense stands in the {@value #DEED_WORDS} words before word {@code
   * k} ("had led Britain's second-largest teachers' union", "has run the union"): a stretch a
   * person has spent, not a count of events ("the city's second strike since 1994").
   */
  private boolean perfectBefore(ClaimWords w, int k) {
    for (int j = k - 1; j >= 1 && j >= k - DEED_WORDS; j--) {
      if (perfects.contains(w.lower(j - 1)) && w.isContent(j)
          && !w.isCapitalised(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person's name nearest before word {@code k} in its claim, past possessives ("Britain's")
   * and an age between commas ("Graham Pellew, 63, who had led"), or null.
   */
  private PersonName nameBefore(ClaimWords w, int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (!PersonName.capitalised(w, j) || PersonName.possessive(w, j)) {
        continue;
      }
      int[] run = PersonName.runTo(w, j);
      PersonName p = run == null ? null : PersonName.of(w, run[0], run[1], titles);
      if (p != null) {
        return p;
      }
      j = run == null ? j : run[0];
    }
    return null;
  }
}
