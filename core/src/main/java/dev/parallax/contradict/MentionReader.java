package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the fact mentions of one claim: its amounts (quantities and lengths of time) and its
 * moments (dates and clock times), each with its frame, the content words around it
 * ({@link Frames}).
 *
 * <p>The amounts come from the claim's quantity facets ({@link QuantityAmounts}), its lengths
 * of time ({@link TimeLengths}), its game clocks ({@link GameClocks}) and its days placed
 * against another event ({@link RelativeDays}), in text order; an
 * amount left without words of its own shares those of the amount before it. The moments come
 * from {@link MomentReader}.
 */
final class MentionReader {

  private final QuantityAmounts quantityAmounts;
  private final TimeLengths lengths;
  private final GameClocks clocks;
  private final MomentReader momentReader;
  private final RelativeDays relativeDays;
  private final Lexicon lexicon;

  /**
   * @param rankings superlatives and the ordinals before them, whose stretches date nothing
   * @param passives forms of "be" that make a verb passive (pack facet {@code
   *     passive-auxiliary}), lower case
   * @param perfects forms of "have" that make a verb a perfect (pack facet {@code
   *     perfect-auxiliary}), lower case
   */
  MentionReader(Lexicon lexicon, RankingWords rankings, java.util.Set<String> passives,
      java.util.Set<String> perfects) {
    this.lexicon = lexicon;
    Frames frames = new Frames(lexicon);
    this.quantityAmounts = new QuantityAmounts(lexicon, frames);
    this.lengths = new TimeLengths(lexicon, frames, quantityAmounts);
    this.clocks = new GameClocks(lexicon, frames);
    this.momentReader = new MomentReader(lexicon, frames, rankings, passives, perfects);
    this.relativeDays = new RelativeDays(lexicon, frames);
  }

  /**
   * The content stems of a claim, with the kind of each counted noun that the pack folds with
   * others ("homes" and "houses", "soldiers" and "troops", cues {@code counted-kind-*}): two
   * claims that count one kind of thing share that word, however each writes it.
   */
  Set<String> stems(ClaimWords w, List<Amount> amounts) {
    Set<String> out = w.contentStems();
    for (Amount a : amounts) {
      if (a.measure().equals("count") && !a.noun().isEmpty()) {
        String kind = lexicon.countedKind(a.noun().get(0));
        if (!kind.equals(a.noun().get(0))) {
          out.remove(a.noun().get(0));
          out.add(KIND + kind);
        }
      }
    }
    return out;
  }

  /**
   * Whether time facet {@code t} is part of the unit of quantity {@code q}: a rate after its
   * number ("140 kilometers per hour", "$20 a month"), which the quantity holds whole.
   */
  private static boolean partOfUnit(TimeFacet t, QuantityFacet q) {
    return t.type() == TimeFacet.Type.SET && q.unit().isPresent()
        && q.span().start() < t.span().start() && t.span().end() <= q.span().end();
  }

  /** What starts a counted kind among the stems of a claim. */
  static final String KIND = "#";

  /** The amounts of a claim, in text order. */
  List<Amount> amounts(ClaimWords w) {
    return amounts(w, null);
  }

  /**
   * The amounts of a claim, in text order, where {@code carried} is the last count of the clause
   * this claim continues (one sentence split in two: "Seth VanDeest led Drake with 13 points,"
   * and "while Richard Carter added 12"), which supplies a noun left out; null when none.
   */
  List<Amount> amounts(ClaimWords w, Amount carried) {
    List<TimeFacet> times = w.claim().facets(TimeFacet.class);
    List<QuantityFacet> quantities = w.claim().facets(QuantityFacet.class);
    Stops stops = Stops.forAmounts(w);
    List<Amount> out = new ArrayList<>();
    List<String> lastNoun = carried == null ? List.of() : carried.noun();
    Amount previous = carried;
    TextSpan before = null;
    for (QuantityFacet q : quantities) {
      if (times.stream().anyMatch(t -> Spans.overlap(t.span(), q.span())
          && !partOfUnit(t, q))) {
        continue; // a year, a day of the month or a length of time, read below
      }
      Amount a = quantityAmounts.amount(w, q, stops, lastNoun, previous, before);
      before = q.span();
      if (a != null) {
        out.add(a);
        if (!a.measure().equals(QuantityAmounts.BARE)) {
          previous = a;
        }
        if (lends(a)) {
          lastNoun = a.noun();
        }
      }
    }
    for (TimeFacet t : times) {
      Amount into = t.type() == TimeFacet.Type.DURATION ? clocks.intoPeriod(w, t, stops) : null;
      Amount a = into != null ? into
          : t.type() == TimeFacet.Type.DURATION ? lengths.duration(w, t, stops)
          : t.type() == TimeFacet.Type.DATE ? lengths.ago(w, t, stops) : null;
      if (a != null) {
        out.add(a);
      }
    }
    out.addAll(clocks.gameClocks(w, stops));
    out.addAll(relativeDays.amounts(w, stops));
    out.sort((x, y) -> Integer.compare(x.evidence().start(), y.evidence().start()));
    // "killed 230,000 people in 14 countries": an amount left without words of its own shares
    // the words of the amount before it in the claim, whose verb governs both
    for (int i = 1; i < out.size(); i++) {
      Amount a = out.get(i);
      if (a.frame().isEmpty() && !a.measure().equals(QuantityAmounts.BARE)) {
        Amount p = out.get(i - 1);
        out.set(i, new Amount(a.claim(), a.evidence(), a.measure(), a.noun(), p.frame(),
            p.core(), p.names(), a.value(), a.low(), a.high(), a.step(), a.approximation(),
            a.unit(), a.derived(), a.increment(), a.scope(), a.shown(), a.per()));
      }
    }
    return List.copyOf(out);
  }

  /** The dates and clock times of a claim, in text order. */
  List<Moment> moments(ClaimWords w) {
    return momentReader.moments(w);
  }

  /**
   * Whether a number after {@code a} that leaves its noun out may count {@code a}'s noun: a count
   * of whole things ("killed six people ... and injured 20"), not a decimal that a noun names
   * ("an 8.2-magnitude quake killed seven": seven people, not seven magnitudes).
   */
  static boolean lends(Amount a) {
    return a.measure().equals("count") && !a.noun().isEmpty() && a.value() == Math.rint(a.value());
  }
}
