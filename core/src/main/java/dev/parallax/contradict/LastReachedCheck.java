package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.PolarityFacet;
import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEMPORAL: two statements of when a level was last reached, in dated reports, whose years lie
 * more than a year apart: "the highest since 2016" says the level was last this high in 2016,
 * "a four-year high" (or "the highest in four years") four years before the report, so one
 * level cannot be both. A statement is a superlative (pack facet {@code superlative}) at most
 * {@value #GAP} words before "since" and a year ("the highest level since 2016"), or before "in"
 * and a number of years, or a number of years joined to a noun of an extreme level (pack facet
 * {@code level-extreme}: "high", "low"), each with its scale ("height", "lowness"); a superlative
 * after an ordinal ("the third deadliest since 1990") ranks and is left out. Two of one scale are
 * compared when their claims are related or state one amount ("5.2%"), and not when both name
 * someone or somewhere and share no name (two teams, two countries).
 *
 * <p>A thing that happened again says so the same two ways: "for the first time since 1998" (a
 * word of the pack facet {@code last-time-first} at most {@value #GAP} words before "since" and a
 * year) and "ended a 19-year wait" (a number of years joined to a noun of the pack facet {@code
 * last-time-wait}, after a verb of the pack facet {@code last-time-ending} at most two words
 * before it: the wait ran from the last time to the report). The two are compared as two
 * statements of when it last happened, of the scale {@value #LAST_TIME}; the first ones since
 * two years are {@link OrdinalCheck}'s. A denial since a year says so too ("the rate has not been
 * cut since 2009": last cut in 2009), and so does "last" before a verb, after no determiner, at
 * most {@value #GAP} words before "in" and a year (pack facet {@code last-time-last}: "the rate
 * was last lowered in 2012"); these are compared with any statement of the last time, and two
 * of them only when their verbs are one ("was last seen in 1938" and "was last sold in 1887" tell
 * of two deeds).
 */
final class LastReachedCheck implements Check {
  /** The most words between the superlative and "since" or "in". */
  static final int GAP = 3;
  /** The confidence of a finding: the two may speak of two levels of one story. */
  static final double CONFIDENCE = 0.6;
  /** The aspect of a finding, as its explanation names it. */
  static final String LAST = "year it was last reached";
  /** The aspect of a finding of the last time a thing happened. */
  static final String LAST_HAPPENED = "year it last happened";

  /** The scale of the last time a thing happened. */
  static final String LAST_TIME = "occurrence";

  private static final Pattern YEARS = Pattern.compile("P(\\d{1,3})Y");

  private final Map<String, String> superlatives;
  private final Map<String, Integer> ordinals;
  private final Map<String, String> extremes;
  private final Waits waits;

  /**
   * The words of a wait that ended, and of a last time.
   *
   * @param firsts words that say a thing happened for the first time since a year ("first")
   * @param nouns nouns of a wait that a number of years is joined to ("wait", "drought")
   * @param endings verbs that end such a wait ("ended", "snapped")
   * @param lasts words that before a verb say when it last happened ("was last lowered in 2012")
   * @param determiners words before which "last" is no adverb ("the last game in 2019")
   */
  record Waits(Set<String> firsts, Set<String> nouns, Set<String> endings, Set<String> lasts,
      Set<String> determiners) {
    /** Checks and copies. */
    Waits {
      firsts = Set.copyOf(firsts);
      nouns = Set.copyOf(nouns);
      endings = Set.copyOf(endings);
      lasts = Set.copyOf(lasts);
      determiners = Set.copyOf(determiners);
    }
  }

  /**
   * How a statement of the last time a thing happened is worded: "for the first time since
   * 1998", "ended a 19-year wait", "has not happened since 1998", "last happened in 1998".
   */
  enum Form { FIRST, WAIT, DENIED, LAST }

  /**
   * A check.
   *
   * @param ranking the scale each superlative names ("highest": height), and the ordinal words
   *     that give one a lower place ("third deadliest" ranks, it says no year of a last time)
   * @param extremes the scale each noun of an extreme level names (pack facet {@code
   *     level-extreme}: "high": height), lower case
   * @param waits the words of a wait that ended, and of the first time since a year
   */
  LastReachedCheck(RankingWords ranking, Map<String, String> extremes, Waits waits) {
    this.superlatives = Map.copyOf(ranking.superlatives());
    this.ordinals = Map.copyOf(ranking.ordinals());
    this.extremes = Map.copyOf(extremes);
    this.waits = waits;
  }

  /**
   * A statement of the year a level was last reached, on its scale, and how it is worded; {@code
   * deed} the stem of the verb after "last" ("was last sold in 1887": sold), empty for the other
   * forms.
   */
  private record Last(ClaimView view, TextSpan span, int year, String scale, String shown,
      Form form, String deed) {

    Last(ClaimView view, TextSpan span, int year, String scale, String shown) {
      this(view, span, year, scale, shown, Form.FIRST, "");
    }

    Last(ClaimView view, TextSpan span, int year, String scale, String shown, Form form) {
      this(view, span, year, scale, shown, form, "");
    }
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    Optional<LocalDate> pl = pair.left().published();
    Optional<LocalDate> pr = pair.right().published();
    if (pl.isEmpty() || pr.isEmpty() || !pl.get().equals(pr.get())) {
      return;
    }
    List<Last> left = lasts(pair.left(), pl.get().getYear());
    List<Last> right = lasts(pair.right(), pl.get().getYear());
    for (Last a : left) {
      for (Last b : right) {
        if (!a.scale().equals(b.scale()) || Math.abs(a.year() - b.year()) <= 1
            || a.scale().equals(LAST_TIME) && a.form() == b.form()
                && (a.form() == Form.FIRST || a.form() == Form.WAIT)
            || a.form() == Form.LAST && b.form() == Form.LAST && !a.deed().equals(b.deed())
            || pair.relation(a.view(), b.view()).isEmpty() && !oneAmount(a.view(), b.view())
            || OrdinalCheck.namesOthers(a.view().words(), b.view().words())) {
          // "Rovers ... for the first time since 2011", "Uniao ... a 19-year wait"; "was last
          // seen in 1938" and "was last sold in 1887" tell when two deeds last happened
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.05 : 0);
        out.add(new Finding(Kind.TEMPORAL, a.view().claim(), b.view().claim(), a.span(),
            b.span(), a.shown(), b.shown(), a.scale().equals(LAST_TIME) ? LAST_HAPPENED : LAST,
            List.of(), conf));
      }
    }
  }

  /** Whether the two claims state one amount with its unit ("5.2%" and "5.2%"). */
  private static boolean oneAmount(ClaimView a, ClaimView b) {
    for (QuantityFacet x : a.claim().facets(QuantityFacet.class)) {
      for (QuantityFacet y : b.claim().facets(QuantityFacet.class)) {
        if (x.unit().isPresent() && x.unit().equals(y.unit()) && x.value() == y.value()) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Last> lasts(ArticlePair.Side side, int now) {
    List<Last> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (TimeFacet t : c.claim().facets(TimeFacet.class)) {
        int first = w.firstWordFrom(t.span().start());
        int last = w.lastWordBefore(t.span().end());
        if (first < 1 || first > last) {
          continue;
        }
        if (c.negated(t.span())) {
          if (t.type() == TimeFacet.Type.DATE && t.from().isPresent() && t.to().isEmpty()
              && t.from().get().matches("\\d{4}") && w.lower(first - 1).equals("since")) {
            // "the rate has not been cut since 2009": it was last cut in 2009
            int year = Integer.parseInt(t.from().get());
            int from = w.start(first - 1);
            for (PolarityFacet n : w.negations()) {
              if (n.span().start() < from && t.span().end() <= n.scope().end()
                  && w.firstWordFrom(n.span().end()) >= first - 1 - GAP) {
                from = n.span().start(); // "not been cut since 2009", not "No governor ..."
              }
            }
            out.add(new Last(c, w.span(from, t.span().end()), year, LAST_TIME,
                "last happened in " + year, Form.DENIED));
          }
          continue;
        }
        int lastWord = lastBefore(w, first - 1);
        if (lastWord >= 0 && t.type() == TimeFacet.Type.DATE && t.value().matches("\\d{4}")
            && t.from().isEmpty() && w.lower(first - 1).equals("in")) {
          // "the rate was last lowered in 2012"
          int year = Integer.parseInt(t.value());
          out.add(new Last(c, w.span(w.start(lastWord), t.span().end()), year, LAST_TIME,
              "last happened in " + year, Form.LAST, w.stem(lastWord + 1)));
          continue;
        }
        Matcher years = YEARS.matcher(t.value());
        if (t.type() == TimeFacet.Type.DATE && t.from().isPresent() && t.to().isEmpty()
            && t.from().get().matches("\\d{4}") && w.lower(first - 1).equals("since")) {
          // "the highest since 2016", "for the first time since 1998"
          String scale = superlativeBefore(w, first - 1);
          if (scale == null && firstBefore(w, first - 1)) {
            scale = LAST_TIME;
          }
          if (scale != null) {
            int year = Integer.parseInt(t.from().get());
            out.add(new Last(c, span(w, first - 1, t), year, scale,
                (scale.equals(LAST_TIME) ? "last happened in " : "was last reached in ") + year));
          }
        } else if (t.type() == TimeFacet.Type.DURATION && years.matches()) {
          int n = Integer.parseInt(years.group(1));
          String scale = null;
          String after = w.between(t.span().end(), t.span().end() + 1);
          if (last + 1 < w.size() && (after.equals(" ") || after.equals("-"))
              && extremes.containsKey(w.lower(last + 1))) {
            scale = extremes.get(w.lower(last + 1)); // "a four-year high"
            if (scale != null) {
              out.add(new Last(c, w.span(t.span().start(), w.end(last + 1)), now - n, scale,
                  "was last reached " + n + " years before " + now));
            }
          } else if (last + 1 < w.size() && (after.equals(" ") || after.equals("-"))
              && waits.nouns().contains(w.lower(last + 1)) && ended(w, first)) {
            // "ended a 19-year wait": it last happened 19 years before the report
            out.add(new Last(c, w.span(t.span().start(), w.end(last + 1)), now - n, LAST_TIME,
                "last happened " + n + " years before " + now, Form.WAIT));
          } else if (w.lower(first - 1).equals("in")) {
            scale = superlativeBefore(w, first - 1); // "the highest level in seven years"
            if (scale == null && firstBefore(w, first - 1)) {
              scale = LAST_TIME; // "for the first time in 19 years"
            }
            if (scale != null) {
              out.add(new Last(c, span(w, first - 1, t), now - n, scale,
                  (scale.equals(LAST_TIME) ? "last happened " : "was last reached ") + n
                      + " years before " + now));
            }
          }
        }
      }
    }
    return out;
  }

  /** The scale of a superlative at most {@value #GAP} words before word {@code at}, or null. */
  private String superlativeBefore(ClaimWords w, int at) {
    for (int k = at - 1; k >= 0 && k >= at - GAP; k--) {
      String scale = superlatives.get(w.lower(k));
      if (scale != null) {
        // "the third deadliest since 1990" ranks the event; it names no last time
        return k > 0 && ordinals.containsKey(w.lower(k - 1)) ? null : scale;
      }
    }
    return null;
  }

  /**
   * Whether a word of {@code last-time-first} stands at most {@value #GAP} words before word
   * {@code at} ("for the first time since").
   */
  private boolean firstBefore(ClaimWords w, int at) {
    for (int k = at - 1; k >= 0 && k >= at - GAP; k--) {
      if (waits.firsts().contains(w.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word of {@code last-time-last} at most {@value #GAP} words before word {@code at} ("in"),
   * before a word in lower case and after no determiner ("was last lowered in", "the team last
   * won the cup in"; not "the last game in"), or -1.
   */
  private int lastBefore(ClaimWords w, int at) {
    for (int k = at - 2; k >= 0 && k >= at - 1 - GAP; k--) {
      if (waits.lasts().contains(w.lower(k)) && w.isContent(k + 1) && !w.isCapitalised(k + 1)
          && (k == 0 || !waits.determiners().contains(w.lower(k - 1)))
          && !w.inTime(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a verb of {@code last-time-ending} stands at most two words before word {@code at}
   * ("ended a 19-year wait", "ended their 19-year wait").
   */
  private boolean ended(ClaimWords w, int at) {
    for (int k = at - 1; k >= 0 && k >= at - 2; k--) {
      if (waits.endings().contains(w.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** The statement's span: from its superlative (or "first") to the end of the time. */
  private TextSpan span(ClaimWords w, int at, TimeFacet t) {
    int from = at;
    for (int k = at - 1; k >= 0 && k >= at - GAP; k--) {
      if (superlatives.containsKey(w.lower(k)) || waits.firsts().contains(w.lower(k))) {
        from = k;
        break;
      }
    }
    return w.span(w.start(from), t.span().end());
  }
}
