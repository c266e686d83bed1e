package dev.parallax.facts;

import dev.parallax.TimeFacet;
import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.TimeExpr.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sentence into time facets: it walks the words left to right, takes the expression
 * the grammar finds at each, then resolves what an expression leaves to the text around it:
 * "the same period last year" is the month or quarter last named one year back, a clock time
 * takes the day named in its sentence (else the one named before, else the publication date),
 * and an expression after "since" or "until" opens or closes an interval. Made for one sentence;
 * what it names is carried to the next.
 */
final class TimeSentence extends TimeClauseReader {
  /**
   * What one sentence leaves to the next: the last day it names ("the same day"), the last
   * month or quarter it names, the period a report is about ("sales rose in February, against
   * the same period last year"), and the last year it names ("the following year").
   */
  record Carried(String day, String period, String year) {}

  /** A length that "earlier" can count back by: years, months or quarters ("a month earlier"). */
  private static final Pattern BACK = Pattern.compile("P(\\d{1,3})([YMQ])");

  /** The most words between "since" and the preposition of the event it dates. */
  static final int MAX_SINCE_EVENT_WORDS = 3;

  private final TimeGrammar grammar;
  private final String previousDay;
  private final String previousPeriod;

  TimeSentence(TimeWords tw, TimeCalendar cal, TimeNames names, int from, int to,
      Carried carried) {
    super(new TimeClause(tw, cal, from, to, new TimeAnchors(carried.day(), carried.period(),
        carried.year()), names));
    this.grammar = new TimeGrammar(clause);
    this.previousDay = carried.day();
    this.previousPeriod = carried.period();
  }

  /**
   * Reads the sentence into {@code out}; returns the last day and period it names, or those
   * of the sentences before.
   */
  Carried read(Spans spans, List<TimeFacet> out) {
    List<TimeExpr> found = new ArrayList<>();
    int w = from;
    while (w < to) {
      if (!tw.begins(w) && !t.isNumber(w)) {
        w++;
        continue;
      }
      TimeExpr e = grammar.parse(w);
      if (e != null && e.end() > w) {
        found.add(e);
        anchors.named(e);
        w = e.end();
      } else {
        w++;
      }
    }
    String period = previousPeriod;
    // "That compares with $4 billion a year ago": the period reported before; else the period
    // the sentence names before "ago" ("rose in March from a year ago"): one named after it is
    // no period reported ("took up the event three years ago, and will run in September")
    String named = period != null && compares() ? period : null;
    String back = period; // what "a year earlier" counts back from: a period, or a year named
    for (int i = 0; i < found.size(); i++) {
      TimeExpr e = found.get(i);
      TimeExpr same = period == null ? null : samePeriod(e, period);
      if (same == null) {
        same = yearsBack(e, back, named);
      }
      // "by the end of October", "in early May": a point of a period, a deadline, is no period
      // a report is about, which "the same period last year" would count back from
      boolean reported = e.reportsPeriod() && !tw.has(e.first(), TimeWords.MOD);
      if (reported) {
        named = e.value();
      }
      if (same != null) {
        found.set(i, same);
      } else if (reported) {
        period = e.value();
        back = period;
      } else if ((e.kind() == Kind.YEAR || e.kind() == Kind.REL) && e.value().length() == 4
          && Character.isDigit(e.value().charAt(0))) {
        // "a loss in 2025 after a profit a year earlier": 2024; "net income for the year ...
        // a year earlier", "last year ... a year earlier" likewise
        back = e.value();
      }
    }
    for (int i = 1; i < found.size(); i++) {
      TimeExpr later = rangeEnd(found.get(i - 1), found.get(i));
      if (later != null) {
        found.set(i, later);
      }
    }
    String anchor = null;
    String last = previousDay;
    for (int i = 0; i < found.size(); i++) { // no iterator a sentence
      TimeExpr e = found.get(i);
      if (e.day() != null && !e.day().startsWith("X")) {
        anchor = anchor == null ? e.day() : anchor;
        last = e.day();
      }
    }
    if (anchor == null) {
      anchor = previousDay != null ? previousDay : cal.known() ? cal.dayOffset(0) : null;
    }
    String before = null; // the last day named before the expression in this sentence
    for (int i = 0; i < found.size(); i++) {
      TimeExpr e = found.get(i);
      String value = e.value();
      if (e.kind() == Kind.CLOCK && value.startsWith("T")) {
        String day = clockDay(i < found.size() - 1 ? found.get(i + 1) : null, e, before);
        day = day != null ? day : previousDay != null ? previousDay : anchor;
        value = day != null ? day + value : value;
      }
      if (e.day() != null && !e.day().startsWith("X")) {
        before = e.day();
      }
      value = TimeClocks.settled(value, cal); // "8 p.m. ET" in June: -04
      Optional<String> start = Optional.empty();
      Optional<String> end = Optional.empty();
      if (e.type() == Type.DATE || e.type() == Type.TIME) {
        String bound = boundOf(e.first());
        if ("from".equals(bound)) {
          start = Optional.of(value);
        } else if ("to".equals(bound)) {
          end = Optional.of(value);
        }
      }
      int startChar = t.start(e.first());
      int endChar = e.endChar() >= 0 ? e.endChar() : t.endWithoutPossessive(e.end() - 1);
      out.add(new TimeFacet(spans.of(startChar, endChar), e.type(), value, start, end));
    }
    return new Carried(last, period, anchors.year());
  }

  /**
   * The bound an expression starting at word {@code first} gives: "from" or "to" of the word
   * right before it ("since August 2024"), or "from" when the preposition of an event (pack
   * value {@code event} of facet {@code time-bound}: "in", "on") stands before it and "since"
   * at most {@value #MAX_SINCE_EVENT_WORDS} words before that, with no punctuation between
   * ("since its creation in 2012", "since taking office in 2022", "since it was founded in
   * 1998"): the stretch began with the event the expression dates. Null for none.
   */
  private String boundOf(int first) {
    if (first - 1 < from) {
      return null;
    }
    String bound = tw.value(first - 1, TimeWords.BOUND);
    if (!"event".equals(bound)) {
      return bound;
    }
    for (int k = first - 2; k >= from && k >= first - 2 - MAX_SINCE_EVENT_WORDS; k--) {
      String between = t.text().substring(t.end(k), t.start(k + 1));
      if (!between.isBlank()) {
        return null; // "Since then, the company, founded in 1998,": no stretch from the event
      }
      String v = tw.value(k, TimeWords.BOUND);
      if (v != null) {
        return "from".equals(v) && k < first - 2 ? "from" : null;
      }
    }
    return null;
  }

  /**
   * The day a clock time {@code clock} is attached to in its sentence: the day named right after
   * it, at most one word between ("at 11:40 p.m. on Friday", "at 16:15 UTC, June 1"), else the
   * day named last before it ({@code before}: "next Sunday, May 20, with kick-off at 3 p.m.");
   * null when neither, and the time takes the day of the sentence before (a time told after its
   * day: "Polls opened on Sunday. Counting began at 8 p.m."), else publication.
   */
  private static String clockDay(TimeExpr next, TimeExpr clock, String before) {
    if (next != null && next.day() != null && !next.day().startsWith("X")
        && next.first() - clock.end() <= 1) {
      return next.day();
    }
    return before;
  }

  /**
   * The second month of a stretch "from June to November", "between May and August", "June
   * through September" (both named alone, in a known year), placed on or after the first: the
   * stretch runs forward from its first month ("this year's season runs from June to
   * November", published in September, ends in November of that year). Null when {@code b} is no
   * such month or already lies after {@code a}.
   */
  private TimeExpr rangeEnd(TimeExpr a, TimeExpr b) {
    if (a.kind() != Kind.MONTH || b.kind() != Kind.MONTH || b.first() != a.end() + 1
        || !a.value().matches("\\d{4}-\\d{2}") || !b.value().matches("\\d{4}-\\d{2}")) {
      return null;
    }
    int j = a.end();
    boolean pair = a.first() - 1 >= from && tw.has(a.first() - 1, TimeWords.PAIR);
    if (!("to".equals(tw.value(j, TimeWords.BOUND)) || tw.has(j, TimeWords.RANGE)
        && (pair || !tw.has(j, TimeWords.COORDINATOR)))) {
      return null; // "to", "through", "until"; "and" only after "between"
    }
    int y = Integer.parseInt(a.value().substring(0, 4));
    int m1 = Integer.parseInt(a.value().substring(5));
    int m2 = Integer.parseInt(b.value().substring(5));
    String v = TimeCalendar.month(m2 >= m1 ? y : y + 1, m2);
    return v.equals(b.value()) ? null
        : new TimeExpr(b.first(), b.end(), b.type(), v, b.kind(), b.day(), b.endChar());
  }

  /**
   * Whether the sentence sets one amount against another (pack facet {@code time-comparison}:
   * "compares with", "up from", "against"), as an earnings report sets the period it reports
   * against the same period before.
   */
  private boolean compares() {
    for (int k = from; k < to; k++) {
      if (tw.has(k, TimeWords.COMPARISON)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a year earlier", "two years earlier" (and "a month earlier" after a month, "a quarter
   * earlier" after a quarter) once the text has named the month or quarter it
   * reports, or a year the sentence named before it ({@code period}), and "a year ago" in a
   * sentence that names one, or that compares amounts after one was named ({@code named}):
   * that period the years back, as an earnings report compares a quarter with the same quarter
   * before ("rose 12 percent in the third quarter from a year earlier": 2024-Q3 after 2025-Q3);
   * null otherwise, and "a year earlier" then stays a length of time counted from another event.
   */
  private TimeExpr yearsBack(TimeExpr e, String period, String named) {
    int end = e.end();
    // a length of time alone is matched against the pattern
    Matcher back = period != null && e.kind() == Kind.DURATION ? BACK.matcher(e.value()) : null;
    if (back != null && back.matches()
        && end < to && "earlier".equals(tw.value(end, TimeWords.AGO))
        && !(end + 1 < to && "than".equalsIgnoreCase(t.word(end + 1)))) {
      // "a year earlier than planned" sets a length against another event, not a date
      int n = Integer.parseInt(back.group(1));
      boolean quarter = period.length() == 7 && period.charAt(5) == 'Q';
      if (back.group(2).equals("Y")) {
        int year = Integer.parseInt(period.substring(0, 4));
        return new TimeExpr(e.first(), end + 1, Type.DATE,
            TimeCalendar.year(year - n) + period.substring(4), Kind.REL, null, -1);
      }
      if (period.length() == 7 && period.charAt(5) != 'H'
          && quarter == back.group(2).equals("Q")) {
        // "in August, from a month earlier": July; "the third quarter ... a quarter earlier"
        return new TimeExpr(e.first(), end + 1, Type.DATE,
            cal.periodFrom(period, quarter ? "quarter" : "month", -n), Kind.REL, null, -1);
      }
      return null;
    }
    if (named != null && cal.known() && e.kind() == Kind.REL && e.end() - 1 >= from
        && "before".equals(tw.value(e.end() - 1, TimeWords.AGO))
        && e.value().matches("\\d{4}")) {
      int years = cal.dct().getYear() - Integer.parseInt(e.value());
      int year = Integer.parseInt(named.substring(0, 4));
      return years <= 0 ? null : new TimeExpr(e.first(), end, Type.DATE,
          TimeCalendar.year(year - years) + named.substring(4), Kind.REL, null, -1);
    }
    return null;
  }

  /**
   * "the same period last year", "the same quarter a year earlier", after a report names its
   * month or quarter: that period one year back (after "in February", {@code 2009-02} gives
   * {@code 2008-02}); null when {@code e} is not a year back after "the same" and a period noun
   * (pack facet {@code time-period}).
   */
  private TimeExpr samePeriod(TimeExpr e, String period) {
    int p = e.first() - 1;
    if (p - 2 < from || !tw.has(p, TimeWords.PERIOD) || !tw.has(p - 1, TimeWords.SAME)
        || !tw.has(p - 2, TimeWords.DET)) {
      return null;
    }
    int end = e.end();
    boolean yearBack = e.kind() == Kind.REL && e.value().equals(cal.ago("year", 1));
    if (!yearBack && e.value().equals("P1Y") && end < to
        && "earlier".equals(tw.value(end, TimeWords.AGO))) {
      yearBack = true; // "a year earlier"
      end++;
    }
    if (!yearBack) {
      return null;
    }
    int year = Integer.parseInt(period.substring(0, 4));
    return new TimeExpr(p - 2, end, Type.DATE, (year - 1) + period.substring(4), Kind.REL, null,
        -1);
  }
}
