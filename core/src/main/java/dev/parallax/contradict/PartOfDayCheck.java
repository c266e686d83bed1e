package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TEMPORAL: a clock time and a part of the day of two articles for the same event, where the
 * clock time lies outside the hours the part covers (pack facet {@code part-of-day-hours}) by
 * more than {@value TemporalCheck#CLOCK_SLACK} minutes: "at about 1:30 p.m." and "late Sunday
 * morning". News calls the small hours morning ("early Tuesday morning" at 2 a.m.), and a night
 * runs into the next day's early hours. A clock time whose day is not written is on the part's
 * day; a clock time in universal time is no local part of a day.
 *
 * <p>The moments are those of {@link TemporalCheck}, paired as it pairs them (bound the same way,
 * in related claims whose frames share a word) and scored by its {@code temporal} model, but
 * matched apart from dates and clock times: a part of the day is too coarse to be a rival of a
 * clock time ("Tuesday afternoon" says nothing against "3 p.m." or "3:45 p.m."). Only a clock
 * time and a part of one day, or of no day written, are candidates; each mutual best match that
 * clashes is reported.
 */
final class PartOfDayCheck extends MatchedCheck<TemporalCheck.Holder> {
  /** An hour of a 12-hour dial, written in digits without a leading zero: "3:00", "11". */
  private static final Pattern DIAL_12 = Pattern.compile("(?<![\\d:.])(?:[1-9]|1[0-2])(?:[:.]\\d{2})?\\b");
  private final TemporalCheck temporal;
  private final SameFact model;
  private final Map<String, TemporalWords.Hours> parts;
  private final Set<String> halves;

  PartOfDayCheck(TemporalCheck temporal, SameFact model, Lexicon lexicon) {
    this.temporal = temporal;
    this.model = model;
    this.parts = lexicon.temporal().partsOfDay();
    this.halves = lexicon.temporal().halves();
  }

  @Override
  List<TemporalCheck.Holder> holders(ArticlePair.Side side) {
    return side.memo(temporal, "holders", s -> List.copyOf(temporal.holders(s)));
  }

  @Override
  List<SameFact.Pair<TemporalCheck.Holder>> pairs(ArticlePair pair,
      List<TemporalCheck.Holder> left, List<TemporalCheck.Holder> right) {
    return model.pairs("temporal", left, right,
        (h, o) -> candidates(h.moment().when(), o.moment().when())
            && TemporalCheck.related(pair, h, o),
        (h, o) -> TemporalCheck.features(pair, h, o),
        (h, o) -> !agree(h, o));
  }

  @Override
  boolean agree(TemporalCheck.Holder h, TemporalCheck.Holder o) {
    return when(h.moment()).clash(when(o.moment()), TemporalCheck.CLOCK_SLACK, parts).isEmpty();
  }

  @Override
  void judge(ArticlePair pair, SameFact.Pair<TemporalCheck.Holder> p,
      List<TemporalCheck.Holder> left, List<TemporalCheck.Holder> right, List<Finding> out) {
    Moment x = p.left().moment();
    Moment y = p.right().moment();
    Optional<String> clash = when(x).clash(when(y), TemporalCheck.CLOCK_SLACK, parts);
    if (clash.isEmpty() || givenBy(left, p.left().view(), y)
        || givenBy(right, p.right().view(), x)) {
      return;
    }
    List<String> notes = new ArrayList<>();
    if (when(x).eitherHalf() || when(y).eitherHalf()) {
      notes.add("A clock time without \"a.m.\" or \"p.m.\" was also read 12 hours later.");
    }
    double conf = SameFact.probability(p.logit());
    if (x.expected() != y.expected()) {
      notes.add("One of them speaks of a plan or an expectation, the other of what happened:"
          + " the schedule may have changed.");
      conf *= TemporalCheck.PLANNED;
    }
    out.add(new Finding(Kind.TEMPORAL, p.left().view().claim(), p.right().view().claim(),
        x.facet().span(), y.facet().span(), value(x), value(y), clash.get(), notes, conf));
  }

  /**
   * Whether an article also gives the other article's moment {@code m} (a clock time or a part
   * of the day) for that event, agreeing with it: a clock time within {@value
   * TemporalCheck#CLOCK_SLACK} minutes of it, or the same part of the day on no other day, in
   * {@code claim} (its claim of the pair) or dating a frame that shares a word with {@code m}'s.
   * A report that writes "the plane will leave Lisbon on Monday morning, with departure from the
   * island set for 1 p.m." gives both times of its own, and the part of the day is not set
   * against the other's "1 p.m."; as an amount stated elsewhere in an article is not set against
   * the other's ({@link NumericCheck}).
   */
  private boolean givenBy(List<TemporalCheck.Holder> side, ClaimView claim, Moment m) {
    When w = when(m);
    boolean clock = w.minuteOfDay() >= 0;
    for (TemporalCheck.Holder o : side) {
      When v = when(o.moment());
      boolean kind = clock ? v.minuteOfDay() >= 0
          : v.minuteOfDay() < 0 && v.partOfDay().equals(w.partOfDay());
      if (kind && o.moment().bound().equals(m.bound())
          && (o.view() == claim || Mention.shared(m.frame(), o.moment().frame()) >= 1)
          && v.clash(w, TemporalCheck.CLOCK_SLACK, parts).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The moment's parts, a clock time written in digits without a mark of its half of the day
   * ("at approximately 3:00") being read in either half, whatever half the time reader chose
   * from the words after it: a part of the day says which half, and is not to be set against a
   * guess.
   */
  private When when(Moment m) {
    When w = m.when();
    String text = m.facet().span().text();
    if (w.minuteOfDay() < 0 || w.eitherHalf() || !DIAL_12.matcher(text).find()) {
      return w;
    }
    String letters = TemporalWords.bare(text);
    for (String h : halves) {
      if (letters.endsWith(h)) {
        return w;
      }
    }
    return w.eitherHalf(true);
  }

  /**
   * Whether one is a clock time and the other a part of the day without one, on one day or with
   * no day written on the clock time's side.
   */
  private static boolean candidates(When a, When b) {
    When clock = a.minuteOfDay() >= 0 ? a : b;
    When part = clock == a ? b : a;
    return clock.minuteOfDay() >= 0 && part.minuteOfDay() < 0 && !part.partOfDay().isEmpty()
        && (clock.clockOnly() || clock.clash(part, TemporalCheck.CLOCK_SLACK).isEmpty()
            && clock.fixesDay() == part.fixesDay());
  }

  /**
   * The value a finding shows: a clock time whose day is not written is shown without the
   * publication date the time reader gave it, as it was compared ("13:30").
   */
  static String value(Moment m) {
    String v = m.facet().value();
    int t = v.indexOf('T');
    return m.when().clockOnly() && t > 0 ? v.substring(t) : v;
  }
}
