package dev.parallax.contradict;

import dev.parallax.PolarityFacet;
import dev.parallax.TimeFacet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A denial of a stretch of time: "since" and a time after a negation in its clause ("Its budget
 * has not passed on a one-vote margin since 2009", "The team has not won the title since 1995")
 * denies the event from then to the time of writing, not the event itself. A claim that gives
 * no other date or time of day does not set its event against that stretch ("It was the first
 * time since 2009 that the budget passed by a single vote" denies the stretch too), and neither
 * does one whose dates all lie at or before the stretch's start ("won the title in 1990", "won
 * it in 1995": the last time, which the stretch starts from). A claim that dates its event inside
 * the stretch, or on a day the calendar does not place ("was seen on Wednesday" against "has not
 * been seen since Tuesday"), may. A denial before or until a time delays its event, which the
 * earliest times compare ({@link #delays}).
 */
final class DeniedStretches {
  /** A calendar date of a year, a month of it or a day of it. */
  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private DeniedStretches() {}

  /**
   * Whether negation {@code neg} of {@code denied} denies a stretch that {@code asserted} does
   * not date its event inside.
   */
  static boolean outside(ClaimView denied, PolarityFacet neg, ClaimView asserted) {
    Optional<TimeFacet> since = since(denied, neg);
    if (since.isEmpty()) {
      return false;
    }
    String start = since.get().value();
    return asserted.claim().facets(TimeFacet.class).stream()
        .filter(o -> o.type() == TimeFacet.Type.DATE || o.type() == TimeFacet.Type.TIME)
        .allMatch(o -> o.value().equals(start) || notAfter(o.value(), start));
  }

  /** The time after "since" in the clause of the negation, after it, or empty. */
  private static Optional<TimeFacet> since(ClaimView denied, PolarityFacet neg) {
    ClaimWords w = denied.words();
    for (TimeFacet t : denied.claim().facets(TimeFacet.class)) {
      int first = w.firstWordFrom(t.span().start());
      if (first >= 1 && w.lower(first - 1).equals("since")
          && w.start(first - 1) >= neg.span().end()
          && w.between(neg.span().end(), w.start(first - 1)).matches("[^,;.:]*")) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether calendar date {@code value} lies at or before {@code start}, compared at the
   * coarser of the two ("1995-06" is not after "1995"); false when either is no calendar date.
   */
  static boolean notAfter(String value, String start) {
    if (!CALENDAR.matcher(value).matches() || !CALENDAR.matcher(start).matches()) {
      return false;
    }
    int n = Math.min(value.length(), start.length());
    return value.substring(0, n).compareTo(start.substring(0, n)) <= 0;
  }

  /**
   * Whether negation {@code neg} of {@code denied} only delays its event: a time after "until"
   * or "before" (of {@code negatedEnds}, pack facet
   * {@code negated-end}, "until after" too) in the clause of the negation, after it ("the council
   * will not vote on the plan until July 14", "the bridge will not reopen before Monday"), says
   * when the event comes, not that it does not: {@link EarliestCheck} sets that time against the
   * other report's. A claim that bounds its event by the same words denies or asserts it in one
   * stretch ("ruled out strikes before the end of the year").
   */
  static boolean delays(ClaimView denied, PolarityFacet neg, ClaimView asserted,
      java.util.Set<String> negatedEnds) {
    ClaimWords w = denied.words();
    String other = asserted.claim().text().toLowerCase(Locale.ROOT);
    for (TimeFacet t : denied.claim().facets(TimeFacet.class)) {
      int first = w.firstWordFrom(t.span().start());
      for (int k = first - 1; k >= 0 && k >= first - 2; k--) {
        if (negatedEnds.contains(w.lower(k))
            && w.start(k) >= neg.span().end()
            && w.between(neg.span().end(), w.start(k)).matches("[^,;.:]*")
            && !other.contains(w.between(w.start(k), t.span().end()).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
