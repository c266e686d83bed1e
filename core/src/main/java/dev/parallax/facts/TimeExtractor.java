package dev.parallax.facts;

import static java.util.Objects.requireNonNull;

import dev.parallax.TimeFacet;
import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in an analysed text and normalises them TIMEX3-style against the
 * article's publication date, following news conventions.
 *
 * <p>The words it reads (month and weekday names, units, number words, relative words such as
 * "last", "next", "ago", "since", reference words such as "now" or "recently") are the
 * {@code time-*} cues of the fact pack {@code dev/parallax/facts/en/time.rules}; this class only
 * composes them into expressions and computes values:
 *
 * <ul>
 *   <li>a weekday names the latest such day on or before publication ("Sunday" → 2025-10-19 for
 *       2025-10-20; a weekday named on its publication day is that day), or the next one when a
 *       future word ("will", "scheduled") is the nearest verb form before it in its clause (a base
 *       form after "to" or a modal, "wants to cut", tells no past), or it follows
 *       "until" with no past tense before ("remain closed until Friday"); "next Sunday" is the
 *       first Sunday after publication, "last Sunday" the last one before;
 *   <li>a month alone names the latest such month on or before publication ("August" in October
 *       2025 → 2025-08; forward after a future word, or after "until" with no past tense
 *       before); "last August" the latest one strictly before the publication month; a month
 *       that is also a name ("May", "June") counts alone only after a {@code
 *       time-month-context} word ("in May", not "Theresa May"); a month and day without a year
 *       follow the nearest verb form before them: on or before publication after a past tense
 *       ("the flood peaked on March 3"), on or after it after a future word ("to be held on"),
 *       else the year that puts them nearest to publication; a quarter without a year likewise
 *       ("the fourth quarter" in August is the coming one); "the 19th century" → 18;
 *   <li>"this year" → 2025, "last week" → 2025-W42, "two years ago" → 2023 (the unit's
 *       granularity), "the 1990s" → 199, "the past decade" → DURATION P10Y (decades count in
 *       years), "in the past decades" → DURATION PXDE, "three days" → DURATION P3D, "every week"
 *       → SET P1W; the first number of a range takes the second's unit ("between 60 and 90
 *       days" → P60D and P90D); "fiscal 2025", "fiscal year 2025", "FY2025" → FY2025; "the
 *       first half of 2026" → 2026-H1 (never without a year: a game has halves too);
 *   <li>"the same period last year", "the same quarter a year earlier" → the month or quarter
 *       the text last named, one year back ("sales rose in February 2010 against the same
 *       period last year" → 2009-02); "the day" ("to end the day at 7,114") → the day last named,
 *       else the publication date; "the end of the year", "the entire year" → the year of the
 *       month or quarter last named, else of publication;
 *   <li>"now", "currently" → PRESENT_REF; "recently", "the past" → PAST_REF; "the future" →
 *       FUTURE_REF;
 *   <li>"the morning" → TIME 2025-10-20TMO; "Sunday morning" → TIME 2025-10-19TMO; a clock time
 *       ("3 p.m.") is anchored to a day named next to it or in its sentence, else to the
 *       publication date (2025-10-20T15:00), else it stays {@code T15:00};
 *   <li>an interval: after "since" the expression gets {@code from} = its value and no {@code to}
 *       (open at the end); after "until" it gets {@code to} = its value and no {@code from}.
 *       "until very recently" is DATE PAST_REF with {@code to} = PAST_REF: it ends a short time
 *       before publication, which TIMEX3 calls PAST_REF (not PRESENT_REF).
 * </ul>
 *
 * <p>Spans follow TIMEX3: a leading preposition ("on", "in", "since") is left out; a determiner,
 * modifier or degree word that belongs to the expression is kept ("the past decade", "early
 * 2009", "very recently"); a possessive "'s" is left out. Without a publication date, values
 * keep unknown parts ({@code XXXX-08}, {@code XXXX-WXX-7}) and are never guessed; absolute dates
 * stay absolute.
 *
 * <p>Each sentence is read once, left to right, with a bounded look-ahead: the work is linear in
 * its words. Immutable and thread-safe.
 */
public final class TimeExtractor {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}(?:\\.\\d{1,2})?");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern CENTURY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})0s|(\\d)0s");
  /** How many words before a month-day, quarter or interval bound the tense is read. */
  private static final int TENSE_WORDS = 8;
  /** How many words before a weekday or month name a future word still governs it. */
  private static final int CLAUSE_WORDS = 14;
  /** A fiscal year in its glued notation, "FY2026" or "FY26" (lower-cased term). */
  private static final Pattern FISCAL_GLUED = Pattern.compile("fy(\\d{4}|\\d{2})");
  /** A month or a quarter of a known year: the period a report is about. */
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-(?:\\d{2}|Q[1-4])");
  private static final Pattern CLOCK_TOKEN = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?(am|pm)");
  private static final String CURRENCY = "$€£¥#";

  /** Whether {@code s} is {@code min} to {@code max} ASCII digits (regex {@code \\d{min,max}}). */
  static boolean digits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** An extractor; it holds no state. */
  public TimeExtractor() {}

  /**
   * The time expressions of {@code spans.text()}, in text order, none overlapping another.
   *
   * @param spans the article's spans (its id and analysed text)
   * @param cues the cues found in that text by a {@link FactCues} that holds the time pack
   * @param published the publication date, if known
   */
  public List<TimeFacet> extract(Spans spans, CueHits cues, Optional<LocalDate> published) {
    requireNonNull(spans, "spans");
    requireNonNull(cues, "cues");
    requireNonNull(published, "published");
    AnalyzedText t = spans.text();
    TimeWords words = new TimeWords(cues);
    TimeCalendar cal = new TimeCalendar(published.orElse(null));
    List<TimeFacet> out = new ArrayList<>();
    Carried carried = new Carried(null, null);
    for (int s = 0; s < t.sentences().size(); s++) {
      carried = new Sentence(words, cal, t.firstWord(s), t.endWord(s), carried).read(spans, out);
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "TimeExtractor[TIMEX3, news conventions]";
  }

  /**
   * What one sentence leaves to the next: the last day it names ("the same day"), and the last
   * month or quarter it names, the period a report is about ("sales rose in February, against
   * the same period last year").
   */
  private record Carried(String day, String period) {}

  /** What an expression is, for the grammar that combines expressions. */
  private enum Kind {
    FULL_DATE, DAY, MONTH, MONTH_YEAR, YEAR, DECADE, REL, REL_DURATION, DURATION, CLOCK, REF,
    SEASON, PART, SET, QUARTER, WEEKEND, PLURAL
  }

  /**
   * One expression: words {@code [first, end)}, its TIMEX3 type and value; {@code day} is the
   * day it names when it names one (for anchoring clock times); {@code endChar} overrides the
   * end of the span when not -1.
   */
  private record Expr(int first, int end, Type type, String value, Kind kind, String day,
      int endChar) {
    Expr from(int w) {
      return new Expr(w, end, type, value, kind, day, endChar);
    }

    Expr to(int e, int ec) {
      return new Expr(first, e, type, value, kind, day, ec);
    }
  }

  private record Num(double value, int end, boolean digits, boolean article) {
    boolean vague() {
      return Double.isNaN(value);
    }
  }

  /** The grammar over one sentence's words. */
  private static final class Sentence {
    private final TimeWords tw;
    private final AnalyzedText t;
    private final TimeCalendar cal;
    private final int from;
    private final int to;
    private final String previousDay;

    private final String previousPeriod;
    /** The last day named so far in this sentence or the sentences before it. */
    private String dayBefore;
    /** The last month or quarter named so far in this sentence or the sentences before it. */
    private String periodBefore;

    Sentence(TimeWords tw, TimeCalendar cal, int from, int to, Carried carried) {
      this.tw = tw;
      this.t = tw.text();
      this.cal = cal;
      this.from = from;
      this.to = to;
      this.previousDay = carried.day();
      this.previousPeriod = carried.period();
      this.dayBefore = carried.day();
      this.periodBefore = carried.period();
    }

    /**
     * Reads the sentence into {@code out}; returns the last day and period it names, or those
     * of the sentences before.
     */
    Carried read(Spans spans, List<TimeFacet> out) {
      List<Expr> found = new ArrayList<>();
      int w = from;
      while (w < to) {
        if (!tw.begins(w) && !t.isNumber(w)) {
          w++;
          continue;
        }
        Expr e = parse(w);
        if (e != null && e.end() > w) {
          found.add(e);
          if (e.day() != null && !e.day().startsWith("X")) {
            dayBefore = e.day(); // "fell on Monday to end the day": that Monday
          }
          if (reportsPeriod(e)) {
            periodBefore = e.value();
          }
          w = e.end();
        } else {
          w++;
        }
      }
      String period = previousPeriod;
      for (int i = 0; i < found.size(); i++) {
        Expr e = found.get(i);
        Expr same = period == null ? null : samePeriod(e, period);
        if (same != null) {
          found.set(i, same);
        } else if (reportsPeriod(e)) {
          period = e.value();
        }
      }
      String anchor = null;
      String last = previousDay;
      for (Expr e : found) {
        if (e.day() != null && !e.day().startsWith("X")) {
          anchor = anchor == null ? e.day() : anchor;
          last = e.day();
        }
      }
      if (anchor == null) {
        anchor = previousDay != null ? previousDay : cal.known() ? cal.dayOffset(0) : null;
      }
      for (Expr e : found) {
        String value = e.value();
        if (e.kind() == Kind.CLOCK && value.startsWith("T") && anchor != null) {
          value = anchor + value;
        }
        Optional<String> start = Optional.empty();
        Optional<String> end = Optional.empty();
        if (e.type() == Type.DATE || e.type() == Type.TIME) {
          String bound = e.first() - 1 >= from ? tw.value(e.first() - 1, TimeWords.BOUND) : null;
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
      return new Carried(last, period);
    }

    /** Whether {@code e} names a month or quarter of a known year: a period a report is about. */
    private static boolean reportsPeriod(Expr e) {
      return (e.kind() == Kind.MONTH || e.kind() == Kind.MONTH_YEAR || e.kind() == Kind.QUARTER)
          && PERIOD.matcher(e.value()).matches();
    }

    /**
     * "the same period last year", "the same quarter a year earlier", after a report names its
     * month or quarter: that period one year back (after "in February", {@code 2009-02} gives
     * {@code 2008-02}); null when {@code e} is not a year back after "the same" and a period noun
     * (pack facet {@code time-period}).
     */
    private Expr samePeriod(Expr e, String period) {
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
      return new Expr(p - 2, end, Type.DATE, (year - 1) + period.substring(4), Kind.REL, null,
          -1);
    }

    // ---------------------------------------------------------------- the grammar

    private Expr parse(int w) {
      Expr best = core(w);
      if (tw.has(w, TimeWords.DET) && w + 1 < to) {
        Expr in = core(w + 1);
        if (in != null && takesDeterminer(in)) {
          best = longer(best, in.from(w));
        }
      }
      if (tw.has(w, TimeWords.MOD)) {
        String mod = tw.value(w, TimeWords.MOD);
        int a = tw.after(w, TimeWords.MOD);
        if (a < to && tw.joined(a - 1, "-")) {
          Expr in = core(a);
          if (in == null && tw.has(a, TimeWords.DET)) {
            Expr inner = core(a + 1);
            in = inner != null && takesDeterminer(inner) ? inner.from(a) : null;
          }
          if (in != null && takesModifier(mod, in)) {
            best = longer(best, in.from(w));
          }
        }
      }
      if (tw.has(w, TimeWords.DEGREE)) {
        int a = w + 1;
        while (a < to && a < w + 3 && tw.has(a, TimeWords.DEGREE)) {
          a++;
        }
        Expr in = ref(a);
        if (in != null) {
          best = longer(best, in.from(w));
        }
      }
      return best == null ? null : suffix(best);
    }

    private static boolean takesDeterminer(Expr e) {
      return switch (e.kind()) {
        case REL, REL_DURATION, QUARTER, DECADE, PART, SEASON, WEEKEND, PLURAL -> true;
        default -> false;
      };
    }

    private static boolean takesModifier(String mod, Expr e) {
      if (mod.equals("EARLIER")) {
        return e.kind() == Kind.DAY || e.kind() == Kind.REL;
      }
      return switch (e.kind()) {
        case YEAR, MONTH, MONTH_YEAR, REL, QUARTER, SEASON, DECADE, DAY, FULL_DATE, WEEKEND -> true;
        default -> false;
      };
    }

    /** A part of the day or a clock time after a day; a day after a clock time. */
    private Expr suffix(Expr e) {
      if (e.day() != null && e.type() == Type.DATE && e.end() < to) {
        String part = tw.value(e.end(), TimeWords.PART);
        if (part != null) {
          return new Expr(e.first(), tw.after(e.end(), TimeWords.PART), Type.TIME,
              e.day() + "T" + part, Kind.DAY, null, -1);
        }
        for (int c = e.end(); c <= e.end() + 1 && c < to; c++) {
          if (!tw.gapAfter(c - 1).isBlank()
              || (c > e.end() && !tw.has(e.end(), TimeWords.LINK))) {
            break;
          }
          Expr clock = clock(c);
          if (clock != null) {
            return new Expr(e.first(), clock.end(), Type.TIME, e.day() + clock.value(), Kind.DAY,
                null, clock.endChar());
          }
        }
      }
      if (e.kind() == Kind.CLOCK) {
        int last = e.endChar() >= 0 ? e.end() : e.end() - 1;
        for (int c = e.end(); c <= e.end() + 1 && c < to; c++) {
          boolean blank = c - 1 == last ? e.endChar() < 0 || t.start(c) == e.endChar()
              || t.text().substring(e.endChar(), t.start(c)).isBlank()
              : tw.gapAfter(c - 1).isBlank();
          if (!blank || (c > e.end() && !tw.has(e.end(), TimeWords.LINK))) {
            break;
          }
          Expr day = dayNamed(c);
          if (day != null && day.day() != null && day.type() == Type.DATE) {
            return new Expr(e.first(), day.end(), Type.TIME, day.day() + e.value(), Kind.DAY,
                null, -1);
          }
        }
      }
      return e;
    }

    private Expr dayNamed(int w) {
      Expr best = date(w);
      best = longer(best, weekday(w));
      best = longer(best, dayWord(w));
      return best;
    }

    private Expr core(int w) {
      if (w >= to || (!tw.begins(w) && !t.isNumber(w))) {
        return null;
      }
      Expr best = date(w);
      best = longer(best, weekday(w));
      best = longer(best, dayWord(w));
      best = longer(best, rel(w));
      best = longer(best, count(w));
      best = longer(best, decade(w));
      best = longer(best, clock(w));
      best = longer(best, year(w));
      best = longer(best, ref(w));
      best = longer(best, season(w));
      best = longer(best, part(w));
      best = longer(best, set(w));
      best = longer(best, quarter(w));
      best = longer(best, century(w));
      best = longer(best, pluralUnit(w));
      best = longer(best, weekend(w));
      best = longer(best, theDay(w));
      best = longer(best, theYear(w));
      return best;
    }

    private static Expr longer(Expr a, Expr b) {
      if (b == null) {
        return a;
      }
      if (a == null) {
        return b;
      }
      return b.end() > a.end() || (b.end() == a.end() && b.first() < a.first()) ? b : a;
    }

    /**
     * Whether a weekday or month at word w reads forward: the nearest verb form at most
     * {@value #CLAUSE_WORDS} words before it is a future word ("will eliminate 789, or about a
     * quarter, of its dealers by early June"; not "will testify about what happened on Friday"),
     * or it ends a stretch ("until Friday") that no verb in
     * the past tense before it closes ("markets remain closed until Friday", not "stayed closed
     * until Friday").
     */
    private boolean forward(int w) {
      return tense(w, CLAUSE_WORDS) > 0
          || w - 1 >= from && "to".equals(tw.value(w - 1, TimeWords.BOUND)) && tense(w) >= 0;
    }

    /**
     * Which way the clause before word {@code w} points, by the nearest verb form at most
     * {@value #TENSE_WORDS} words before it: +1 for a future word ("will", "scheduled", "may",
     * "to be"), -1 for a verb in the past tense (a word of the pack facet {@code time-past},
     * "was", "said", "fell", or a lower-case word in "-ed", the regular English past: "peaked",
     * "reached"; a participle after a form of "be", facet {@code time-be}, or a base form after
     * "to" or a modal, facet {@code time-base}, is passed over), 0 for neither.
     */
    private int tense(int w) {
      return tense(w, TENSE_WORDS);
    }

    private int tense(int w, int words) {
      for (int k = w - 1; k >= from && k >= w - words; k--) {
        if (tw.has(k, TimeWords.FUTURE)) {
          return 1;
        }
        String word = t.word(k);
        boolean regular = word.length() > 4 && word.endsWith("ed")
            && Character.isLowerCase(word.charAt(0));
        if ((regular || tw.has(k, TimeWords.PAST)) && k - 1 >= from
            && (tw.has(k - 1, TimeWords.BE) || tw.has(k - 1, TimeWords.BASE))) {
          // "to be held", "was signed": the form of "be" before it tells the time; "wants to
          // cut", "would set": a base form after "to" or a modal tells none
          continue;
        }
        if (tw.has(k, TimeWords.PAST) || regular) {
          return -1;
        }
      }
      return 0;
    }

    private boolean context(int w) {
      return w - 1 >= from && (tw.has(w - 1, TimeWords.DET) || tw.has(w - 1, TimeWords.REL));
    }

    // ---------------------------------------------------------------- dates

    private Expr date(int w) {
      Expr e = monthFirst(w);
      e = longer(e, dayFirst(w));
      e = longer(e, numeric(w));
      return e;
    }

    /** "October 19, 2025", "Oct. 19", "August 2024", "August of 2024", "August". */
    private Expr monthFirst(int w) {
      String mv = tw.value(w, TimeWords.MONTH);
      if (mv == null) {
        return null;
      }
      int m = Integer.parseInt(mv);
      int a = tw.after(w, TimeWords.MONTH);
      int d = a < to && tw.joined(a - 1, ".") ? dayOfMonth(a) : -1;
      if (d > 0) {
        int y = a + 1 < to && tw.joined(a, ",") ? yearNumber(a + 1) : -1;
        if (y > 0) {
          LocalDate date = TimeCalendar.safeDate(y, m, d);
          if (date != null) {
            String v = TimeCalendar.day(date);
            return new Expr(w, a + 2, Type.DATE, v, Kind.FULL_DATE, v, -1);
          }
        }
        String v = cal.monthDay(m, d, tense(w));
        if (v != null) {
          return new Expr(w, a + 1, Type.DATE, v, Kind.DAY, v, -1);
        }
      }
      int y = a < to && tw.joined(a - 1, ",.") ? yearNumber(a) : -1;
      if (y > 0) {
        return new Expr(w, a + 1, Type.DATE, TimeCalendar.month(y, m), Kind.MONTH_YEAR, null, -1);
      }
      if (a + 1 < to && tw.has(a, TimeWords.OF)) {
        y = yearNumber(a + 1);
        if (y > 0) {
          return new Expr(w, a + 2, Type.DATE, TimeCalendar.month(y, m), Kind.MONTH_YEAR, null,
              -1);
        }
        Expr year = rel(a + 1);
        if (year != null && year.kind() == Kind.REL && year.value().matches("\\d{4}")) {
          return new Expr(w, year.end(), Type.DATE,
              TimeCalendar.month(Integer.parseInt(year.value()), m), Kind.MONTH_YEAR, null, -1);
        }
      }
      if (tw.has(w, TimeWords.MONTH_NAME) && !monthContext(w)) {
        return null; // "Theresa May", "Mrs. May", "Legislators May Clarify": a name, a verb
      }
      return new Expr(w, a, Type.DATE, cal.monthRelative(m, forward(w) ? 1 : -1), Kind.MONTH,
          null, -1);
    }

    /**
     * Whether the month word at {@code w} stands where a month does: after a word of the pack
     * facet {@code time-month-context} ("in May", "since June"), or one word after a month that
     * does ("in May and June").
     */
    private boolean monthContext(int w) {
      if (w - 1 >= from && tw.has(w - 1, TimeWords.MONTH_CONTEXT)) {
        return true;
      }
      return w - 2 >= from && tw.has(w - 2, TimeWords.MONTH)
          && (!tw.has(w - 2, TimeWords.MONTH_NAME) || monthContext(w - 2));
    }

    /** "19 October", "19 October 2025". */
    private Expr dayFirst(int w) {
      int d = dayOfMonth(w);
      if (d < 0 || w + 1 >= to || !tw.has(w + 1, TimeWords.MONTH) || !tw.joined(w, "")) {
        return null;
      }
      int m = Integer.parseInt(tw.value(w + 1, TimeWords.MONTH));
      int a = tw.after(w + 1, TimeWords.MONTH);
      int y = a < to && tw.joined(a - 1, ",.") ? yearNumber(a) : -1;
      if (y > 0) {
        LocalDate date = TimeCalendar.safeDate(y, m, d);
        if (date != null) {
          String v = TimeCalendar.day(date);
          return new Expr(w, a + 1, Type.DATE, v, Kind.FULL_DATE, v, -1);
        }
      }
      String v = cal.monthDay(m, d, tense(w));
      return v == null ? null : new Expr(w, a, Type.DATE, v, Kind.DAY, v, -1);
    }

    /**
     * "2025-10-19", "2025/10/19", "10/19/2025", "19/10/2025", "10/19/25", "19-10-2025": day first
     * when the first number cannot be a month, else month first (as in American news).
     */
    private Expr numeric(int w) {
      if (w + 2 >= to || !t.isNumber(w) || !t.isNumber(w + 1) || !t.isNumber(w + 2)) {
        return null;
      }
      String sep = tw.gapAfter(w);
      if (!(sep.equals("-") || sep.equals("/")) || !tw.tight(w + 1, sep)) {
        return null;
      }
      int a = intOf(t.term(w));
      int b = intOf(t.term(w + 1));
      int c = intOf(t.term(w + 2));
      LocalDate date;
      if (digits(t.term(w), 4, 4)) {
        date = TimeCalendar.safeDate(a, b, c);
      } else if (sep.equals("/") && (digits(t.term(w + 2), 4, 4) || digits(t.term(w + 2), 2, 2))
          || sep.equals("-") && digits(t.term(w + 2), 4, 4)) {
        int y = c < 100 ? (c < 50 ? 2000 + c : 1900 + c) : c;
        date = a > 12 ? TimeCalendar.safeDate(y, b, a) : TimeCalendar.safeDate(y, a, b);
      } else {
        return null;
      }
      if (date == null) {
        return null;
      }
      String v = TimeCalendar.day(date);
      return new Expr(w, w + 3, Type.DATE, v, Kind.FULL_DATE, v, -1);
    }

    private Expr weekday(int w) {
      String dv = tw.value(w, TimeWords.WEEKDAY);
      if (dv == null) {
        return null;
      }
      int a = tw.after(w, TimeWords.WEEKDAY);
      if (a < to && tw.joined(a - 1, ",")) {
        Expr d = date(a);
        if (d != null && d.day() != null) {
          return d.from(w);
        }
      }
      String v = cal.weekday(Integer.parseInt(dv), forward(w) ? 1 : -1);
      return new Expr(w, a, Type.DATE, v, Kind.DAY, v, -1);
    }

    private Expr dayWord(int w) {
      String dv = tw.value(w, TimeWords.DAY);
      if (dv == null) {
        return null;
      }
      String[] p = dv.split(" ");
      String day = cal.dayOffset(Integer.parseInt(p[0]));
      int a = tw.after(w, TimeWords.DAY);
      if (p.length > 1) {
        return new Expr(w, a, Type.TIME, day + "T" + p[1], Kind.PART, null, -1);
      }
      return new Expr(w, a, Type.DATE, day, Kind.DAY, day, -1);
    }

    // ---------------------------------------------------------------- relative expressions

    /** "last week", "next Sunday", "this August", "the past nine days", "coming weeks". */
    private Expr rel(int w) {
      String r = tw.value(w, TimeWords.REL);
      if (r == null) {
        return null;
      }
      boolean coming = r.equals("coming"); // "the coming months": like "next", but vague
      if (coming) {
        r = "next";
      }
      int a = tw.after(w, TimeWords.REL);
      if (a >= to) {
        return null;
      }
      boolean the = w - 1 >= from && tw.has(w - 1, TimeWords.DET);
      Num n = number(a);
      if (n != null && !n.article()) {
        int u = unitAfter(n);
        if (u >= 0) {
          String unit = tw.value(u, TimeWords.UNIT);
          return new Expr(w, u + 1, Type.DURATION, duration(unit, n.value()), Kind.REL_DURATION,
              null, -1);
        }
      }
      String unit = tw.value(a, TimeWords.UNIT);
      if (unit != null) {
        int e = tw.after(a, TimeWords.UNIT);
        if (plural(a) && coming) {
          return new Expr(w, e, Type.DATE, "FUTURE_REF", Kind.REL, null, -1); // "coming weeks"
        }
        if (plural(a)) {
          return new Expr(w, e, Type.DURATION, duration(unit, Double.NaN), Kind.REL_DURATION,
              null, -1);
        }
        if (r.equals("past") && the) {
          return new Expr(w, e, Type.DURATION, duration(unit, 1), Kind.REL_DURATION, null, -1);
        }
        int off = switch (r) {
          case "last", "past" -> -1;
          case "next" -> 1;
          default -> 0;
        };
        if (unit.equals("day") || unit.equals("hour") || unit.equals("minute")
            || unit.equals("fortnight")) {
          return null;
        }
        if (unit.equals("quarter") && a + 1 < to && tw.has(a + 1, TimeWords.OF)) {
          return null;
        }
        String v = cal.unitOffset(unit, off);
        return v == null ? null : new Expr(w, e, Type.DATE, v, Kind.REL, null, -1);
      }
      String mv = tw.value(a, TimeWords.MONTH);
      if (mv != null) {
        int dir = switch (r) {
          case "last", "past" -> -2;
          case "next" -> 2;
          default -> 0;
        };
        return new Expr(w, tw.after(a, TimeWords.MONTH), Type.DATE,
            cal.monthRelative(Integer.parseInt(mv), dir), Kind.MONTH, null, -1);
      }
      String dv = tw.value(a, TimeWords.WEEKDAY);
      if (dv != null) {
        int dir = switch (r) {
          case "last", "past" -> -2;
          case "next" -> 2;
          default -> 1;
        };
        String v = cal.weekday(Integer.parseInt(dv), dir);
        return new Expr(w, tw.after(a, TimeWords.WEEKDAY), Type.DATE, v, Kind.DAY, v, -1);
      }
      String sv = tw.value(a, TimeWords.SEASON);
      if (sv != null) {
        int dir = switch (r) {
          case "last", "past" -> -1;
          case "next" -> 1;
          default -> 0;
        };
        return new Expr(w, tw.after(a, TimeWords.SEASON), Type.DATE,
            cal.season(sv.split(" ")[0], dir), Kind.SEASON, null, -1);
      }
      String pv = tw.value(a, TimeWords.PART);
      if (pv != null && !r.equals("next")) {
        int off = r.equals("this") ? 0 : -1;
        return new Expr(w, tw.after(a, TimeWords.PART), Type.TIME,
            cal.dayOffset(off) + "T" + pv, Kind.PART, null, -1);
      }
      return null;
    }

    /** "three days", "12-year", "a year", "two years ago", "15 a year" (a set). */
    private Expr count(int w) {
      Num n = number(w);
      if (n == null || w - 1 >= from && t.isNumber(w - 1) && tw.tight(w - 1, ":")) {
        return null; // the seconds of "6:00 minutes remaining" count nothing
      }
      int u = unitAfter(n);
      if (u < 0) {
        return rangeStart(w, n);
      }
      String unit = tw.value(u, TimeWords.UNIT);
      if (n.article() && unit.equals("quarter")) {
        return null;
      }
      int e = tw.after(u, TimeWords.UNIT);
      if (unit.equals("quarter") && (n.value() == 1 || n.value() == 3) && u == n.end()
          && e < to && tw.has(e, TimeWords.OF)) {
        // "three quarters of the staff", "one quarter of a billion": a fraction, not a time
        // ("two consecutive quarters of growth" is one)
        return null;
      }
      if (e < to && "before".equals(tw.value(e, TimeWords.AGO))) {
        String v = n.vague() ? "PAST_REF" : cal.ago(unit, n.value());
        return new Expr(w, e + 1, Type.DATE, v, Kind.REL, null, -1);
      }
      if (n.article() && w - 1 >= from && (t.isNumber(w - 1) || tw.has(w - 1, TimeWords.NUMBER))) {
        return new Expr(w, e, Type.SET, duration(unit, 1), Kind.SET, null, -1);
      }
      if (n.digits() && n.value() >= 1000 && !tw.tight(w, "-")) {
        return null;
      }
      return new Expr(w, e, Type.DURATION, duration(unit, n.value()), Kind.DURATION, null, -1);
    }

    /**
     * The first number of a range of lengths of time, which takes the unit of the second
     * ("between 60 and 90 days": 60 days); null when no range follows.
     */
    private Expr rangeStart(int w, Num n) {
      int j = n.end();
      if (n.vague() || n.article() || j >= to || !tw.has(j, TimeWords.RANGE)) {
        return null;
      }
      Num second = number(j + 1);
      if (second == null || second.vague() || second.article() || second.value() <= n.value()) {
        return null;
      }
      int u = unitAfter(second);
      if (u < 0 || u != second.end()) {
        return null;
      }
      String unit = tw.value(u, TimeWords.UNIT);
      return new Expr(w, n.end(), Type.DURATION, duration(unit, n.value()), Kind.DURATION, null,
          -1);
    }

    /** The word of the unit after a number, allowing one adjective before a plural unit. */
    private int unitAfter(Num n) {
      int u = n.end();
      if (u >= to || !tw.joined(u - 1, "-")) {
        return -1;
      }
      if (tw.has(u, TimeWords.UNIT)) {
        return u;
      }
      if (!n.article() && u + 1 < to && tw.has(u + 1, TimeWords.UNIT) && plural(u + 1)
          && isPlainWord(u) && tw.joined(u, "-")) {
        return u + 1;
      }
      return -1;
    }

    private boolean isPlainWord(int w) {
      String s = t.word(w);
      if (s.isEmpty() || !Character.isLowerCase(s.charAt(0)) || t.isNumber(w)) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isLetter(s.charAt(i))) {
          return false;
        }
      }
      return !t.isStopWord(w) && !tw.has(w, TimeWords.REL) && !tw.has(w, TimeWords.REF);
    }

    private boolean plural(int w) {
      String term = t.term(w);
      return term.endsWith("s") && !term.endsWith("ss");
    }

    /** "years" after "for", "in", "over the", "recent"; "the weekend". */
    private Expr pluralUnit(int w) {
      String unit = tw.value(w, TimeWords.UNIT);
      if (unit == null || !plural(w) || w - 1 < from) {
        return null;
      }
      if (tw.has(w - 1, TimeWords.LINK) || tw.has(w - 1, TimeWords.DET)
          || tw.has(w - 1, TimeWords.SPAN_VERB)
          || w - 2 >= from && tw.has(w - 1, TimeWords.LIMITER) && tw.has(w - 2, TimeWords.LINK)) {
        // "for days", "the weeks", "took minutes", "in just minutes"
        return new Expr(w, tw.after(w, TimeWords.UNIT), Type.DURATION, duration(unit, Double.NaN),
            Kind.PLURAL, null, -1);
      }
      return null;
    }

    /**
     * "the day", "the same day", "to end the day at 7,114": the day last named, else the
     * publication date; not a day set against another event (pack facet {@code time-anchor}).
     */
    private Expr theDay(int w) {
      if (w - 1 < from || !tw.has(w - 1, TimeWords.DET)) {
        return null;
      }
      int a = tw.has(w, TimeWords.SAME) ? w + 1 : w;
      if (a >= to || !"day".equals(tw.value(a, TimeWords.UNIT)) || plural(a)) {
        return null;
      }
      if (a + 1 < to && (tw.has(a + 1, TimeWords.OF) || tw.has(a + 1, TimeWords.ANCHOR))) {
        return null; // "the day of the vote", "the day after", "the day that changed it"
      }
      String day = dayBefore != null ? dayBefore : cal.dayOffset(0);
      return new Expr(w, a + 1, Type.DATE, day, Kind.REL, null, -1);
    }

    /**
     * "the end of the year", "for the entire year" (pack facet {@code time-whole}): the year of the month or quarter last named
     * ("a loss in the fourth quarter of 2005 and for the entire year"), else of publication; not
     * a year set against another event ("the year before", pack facet {@code time-anchor}), of
     * something ("the year of the flood") or named by its number ("the year 2000").
     */
    private Expr theYear(int w) {
      if (!"year".equals(tw.value(w, TimeWords.UNIT)) || plural(w)
          || !Character.isLowerCase(t.word(w).charAt(0))) {
        return null;
      }
      int d = w - 2 >= from && tw.has(w - 1, TimeWords.WHOLE) ? w - 2 : w - 1; // "the entire"
      if (d < from || !tw.has(d, TimeWords.DET)) {
        return null;
      }
      if (w + 1 < to && (tw.has(w + 1, TimeWords.OF) || tw.has(w + 1, TimeWords.ANCHOR)
          || t.isNumber(w + 1))) {
        return null;
      }
      String y = periodBefore != null ? periodBefore.substring(0, 4) : cal.unitOffset("year", 0);
      return new Expr(d == w - 1 ? w : d, w + 1, Type.DATE, y, Kind.REL, null, -1);
    }

    private Expr weekend(int w) {
      if (!"weekend".equals(tw.value(w, TimeWords.UNIT)) || plural(w) || !context(w)) {
        return null;
      }
      return new Expr(w, w + 1, Type.DATE, cal.unitOffset("weekend", 0), Kind.WEEKEND, null, -1);
    }

    /**
     * "the 19th century", "the 21st century": TIMEX3 writes a century as its first two digits
     * ("18" for the 1800s).
     */
    private Expr century(int w) {
      int a = w - 1 >= from && tw.has(w - 1, TimeWords.DET) ? w - 1 : w;
      if (w + 1 >= to || !"century".equals(tw.value(w + 1, TimeWords.UNIT)) || plural(w + 1)) {
        return null;
      }
      Matcher m = CENTURY.matcher(t.term(w));
      if (!m.matches()) {
        return null;
      }
      int n = Integer.parseInt(m.group(1));
      if (n < 1 || n > 30) {
        return null;
      }
      return new Expr(a, w + 2, Type.DATE, String.format(java.util.Locale.ROOT, "%02d", n - 1),
          Kind.YEAR, null, -1);
    }

    /** "the first quarter of 2009", "the fourth quarter of last year", "the third quarter". */
    private Expr quarter(int w) {
      String ov = tw.value(w, TimeWords.ORDINAL);
      if (ov == null) {
        return null;
      }
      int a = tw.after(w, TimeWords.ORDINAL);
      if (a >= to || plural(a)) {
        return null;
      }
      boolean half = tw.has(a, TimeWords.HALF);
      if (!half && !"quarter".equals(tw.value(a, TimeWords.UNIT))) {
        return null;
      }
      int q = Integer.parseInt(ov);
      if (half && q > 2) {
        return null;
      }
      String code = half ? "-H" : "-Q";
      int e = a + 1;
      if (e + 2 < to && tw.has(e, TimeWords.OF) && tw.has(e + 1, TimeWords.DET)
          && "year".equals(tw.value(e + 2, TimeWords.UNIT)) && !plural(e + 2)) {
        // "the first half of the year": of the year the text is about (see theYear)
        String y = periodBefore != null ? periodBefore.substring(0, 4)
            : cal.unitOffset("year", 0);
        return new Expr(w, e + 3, Type.DATE, y + code + q, Kind.QUARTER, null, -1);
      }
      if (e + 1 < to && tw.has(e, TimeWords.OF)) {
        int y = yearNumber(e + 1);
        if (y > 0) {
          return new Expr(w, e + 2, Type.DATE, TimeCalendar.year(y) + code + q, Kind.QUARTER,
              null, -1);
        }
        Expr r = rel(e + 1);
        if (r != null && r.kind() == Kind.REL && r.value().matches("\\d{4}|X{4}")) {
          return new Expr(w, r.end(), Type.DATE, r.value() + code + q, Kind.QUARTER, null, -1);
        }
      }
      if (e < to) {
        int y = yearNumber(e);
        if (y > 0) {
          return new Expr(w, e + 1, Type.DATE, TimeCalendar.year(y) + code + q, Kind.QUARTER,
              null, -1);
        }
      }
      if (half) {
        return null; // "the first half" of a game or of a year nobody names
      }
      return new Expr(w, e, Type.DATE, cal.quarter(q, tense(w)), Kind.QUARTER, null, -1);
    }

    // ---------------------------------------------------------------- years and decades

    private Expr year(int w) {
      int y = yearNumber(w);
      if (y < 0 && t.isNumber(w) && digits(t.term(w), 2, 2) && t.start(w) > 0
          && "'\u2019".indexOf(t.text().charAt(t.start(w) - 1)) >= 0
          && (t.start(w) < 2 || !Character.isLetterOrDigit(t.text().charAt(t.start(w) - 2)))) {
        int yy = Integer.parseInt(t.term(w));
        return new Expr(w, w + 1, Type.DATE, TimeCalendar.year(yy < 50 ? 2000 + yy : 1900 + yy),
            Kind.YEAR, null, t.end(w));
      }
      if (y < 0) {
        Matcher fy = FISCAL_GLUED.matcher(t.term(w));
        if (fy.matches()) {
          int n = Integer.parseInt(fy.group(1));
          return new Expr(w, w + 1, Type.DATE, "FY" + (n < 100 ? 2000 + n : n), Kind.YEAR, null,
              -1); // "FY2026", "FY26"
        }
        return null;
      }
      int start = t.start(w);
      if (start > 0 && CURRENCY.indexOf(t.text().charAt(start - 1)) >= 0) {
        return null;
      }
      int f = w - 1 >= from && tw.has(w - 1, TimeWords.FISCAL) ? w - 1
          : w - 2 >= from && tw.has(w - 2, TimeWords.FISCAL)
              && "year".equals(tw.value(w - 1, TimeWords.UNIT)) ? w - 2 : -1;
      if (f >= 0) {
        // "fiscal 2025", "fiscal year 2024", "FY 2026": the fiscal year that ends in it
        return new Expr(f, w + 1, Type.DATE, "FY" + y, Kind.YEAR, null, -1);
      }
      String after = tw.gapAfter(w);
      if (after.contains("%")) {
        return null;
      }
      boolean linked = w - 1 >= from
          && (tw.has(w - 1, TimeWords.LINK) || tw.has(w - 1, TimeWords.DET));
      if (!linked) {
        if (y < 1900 || y > 2099) {
          return null;
        }
        if (w + 1 < to && after.isBlank() && isPlainWord(w + 1)
            && !tw.has(w + 1, TimeWords.MONTH)) {
          return null; // "2000 people"
        }
      } else if (y < 1900 && w + 1 < to && after.isBlank() && isPlainWord(w + 1) && plural(w + 1)
          && !tw.has(w + 1, TimeWords.MONTH) && !tw.has(w + 1, TimeWords.UNIT)) {
        // "for 1098 yards", "over 1500 troops": before 1900, a number that counts a plural noun
        // is a count ("In 2005 voters approved" keeps its year)
        return null;
      }
      return new Expr(w, w + 1, Type.DATE, TimeCalendar.year(y), Kind.YEAR, null, -1);
    }

    private Expr decade(int w) {
      String term = t.term(w);
      String rest = t.text().substring(t.end(w), Math.min(t.text().length(), t.end(w) + 2));
      if (t.isNumber(w) && digits(term, 4, 4) && term.endsWith("0")
          && (rest.equals("'s") || rest.equals("\u2019s"))) {
        // "the 1930's": a decade, not the possessive of a year ("A380's" is no year at all)
        return new Expr(w, w + 1, Type.DATE, term.substring(0, 3), Kind.DECADE, null, -1);
      }
      if (!t.isNumber(w) || !term.endsWith("0s")) {
        return null; // cheap test before the pattern
      }
      Matcher m = DECADE.matcher(term);
      if (!m.matches()) {
        return null;
      }
      String v = m.group(1) != null ? m.group(1) : "19" + m.group(2);
      return new Expr(w, w + 1, Type.DATE, v, Kind.DECADE, null, -1);
    }

    // ---------------------------------------------------------------- clock times

    private Expr clock(int w) {
      String cv = tw.value(w, TimeWords.CLOCK);
      if (cv != null && cv.startsWith("T")) {
        return zoned(w, tw.after(w, TimeWords.CLOCK), cv);
      }
      boolean digits = t.isNumber(w);
      if (!digits && !tw.has(w, TimeWords.NUMBER)) {
        return null;
      }
      String term = t.term(w);
      Matcher tok = term.endsWith("m") ? CLOCK_TOKEN.matcher(term) : null;
      if (tok != null && tok.matches()) {
        // "3pm", "3.45pm" (minutes after a point, as British papers write them)
        int h = hour12(Integer.parseInt(tok.group(1)), tok.group(3));
        int min = tok.group(2) == null ? 0 : Integer.parseInt(tok.group(2));
        return h < 0 || min > 59 ? null : zoned(w, w + 1, hhmm(h, min));
      }
      if (digits(term, 4, 4) && w + 1 < to && tw.has(w + 1, TimeWords.ZONE)) {
        int h = Integer.parseInt(term.substring(0, 2));
        int min = Integer.parseInt(term.substring(2));
        return h < 24 && min < 60 ? zoned(w, w + 1, hhmm(h, min)) : null;
      }
      int h;
      if (digits) {
        if (!digits(term, 1, 2)) {
          return null;
        }
        h = Integer.parseInt(term);
      } else {
        Num n = number(w);
        if (n == null || n.article() || n.vague() || n.end() != w + 1) {
          return null;
        }
        h = (int) n.value();
      }
      int c = w + 1;
      int min = 0;
      boolean explicit = false;
      if (digits && c < to && tw.tight(w, ":") && digits(t.term(c), 2, 2)) {
        min = Integer.parseInt(t.term(c));
        c++;
        explicit = true;
      }
      String ampm = c < to ? tw.value(c, TimeWords.CLOCK) : null;
      if (ampm != null && (ampm.equals("am") || ampm.equals("pm"))) {
        h = hour12(h, ampm);
        c = tw.after(c, TimeWords.CLOCK);
        explicit = true;
      } else if ("oclock".equals(ampm)) {
        c = tw.after(c, TimeWords.CLOCK);
        explicit = true;
      }
      if (!explicit || h < 0 || h > 24 || min > 59) {
        return null;
      }
      int left = c < to && tw.has(c, TimeWords.UNIT) ? tw.after(c, TimeWords.UNIT) : c;
      if (ampm == null && left < to && tw.has(left, TimeWords.COUNTDOWN)) {
        return null; // "with 7:41 to go", "6:00 minutes remaining": a game clock, no time of day
      }
      return zoned(w, c, hhmm(h, min));
    }

    /** A clock value with a time zone after it, and the period of "a.m." kept in the span. */
    private Expr zoned(int w, int e, String value) {
      String v = value;
      int end = e;
      if (end < to && tw.has(end, TimeWords.ZONE) && tw.gapAfter(end - 1).isBlank()) {
        if ("Z".equals(tw.value(end, TimeWords.ZONE))) {
          v = v + "Z";
        }
        end = tw.after(end, TimeWords.ZONE);
      }
      int endChar = -1;
      String last = t.term(end - 1);
      if ((last.equals("a.m") || last.equals("p.m") || last.equals("m"))
          && t.end(end - 1) < t.text().length()
          && t.text().charAt(t.end(end - 1)) == '.') {
        endChar = t.end(end - 1) + 1;
      }
      return new Expr(w, end, Type.TIME, v, Kind.CLOCK, null, endChar);
    }

    private static int hour12(int h, String ampm) {
      if (h < 1 || h > 12) {
        return -1;
      }
      if (ampm.startsWith("p") || ampm.startsWith("P")) {
        return h == 12 ? 12 : h + 12;
      }
      return h == 12 ? 0 : h;
    }

    private static String hhmm(int h, int m) {
      return String.format(Locale.ROOT, "T%02d:%02d", h, m);
    }

    // ---------------------------------------------------------------- vague and recurring

    private Expr ref(int w) {
      if (w >= to) {
        return null;
      }
      String v = tw.value(w, TimeWords.REF);
      if (v == null) {
        return null;
      }
      int a = tw.after(w, TimeWords.REF);
      boolean recent = v.equals("RECENT");
      if ((recent || v.equals("PAST_REF")) && a < to && tw.has(a, TimeWords.UNIT) && plural(a)) {
        int e = tw.after(a, TimeWords.UNIT);
        return recent
            // "recent days", "in recent years": a stretch just before publication
            ? new Expr(w, e, Type.DATE, "PAST_REF", Kind.PLURAL, null, -1)
            // "the past decades": a vague length of time
            : new Expr(w, e, Type.DURATION, duration(tw.value(a, TimeWords.UNIT), Double.NaN),
                Kind.PLURAL, null, -1);
      }
      if (recent) {
        v = "PAST_REF";
      }
      return new Expr(w, a, Type.DATE, v, Kind.REF, null, -1);
    }

    /** "spring", "summer 2024", "the summer of 2024"; "fall" only after a determiner. */
    private Expr season(int w) {
      String sv = tw.value(w, TimeWords.SEASON);
      if (sv == null) {
        return null;
      }
      String[] p = sv.split(" ");
      if (p.length > 1 && !context(w)) {
        return null;
      }
      int a = tw.after(w, TimeWords.SEASON);
      int y = a < to ? yearNumber(a) : -1;
      if (y > 0) {
        return new Expr(w, a + 1, Type.DATE, TimeCalendar.year(y) + "-" + p[0], Kind.SEASON,
            null, -1);
      }
      if (a + 1 < to && tw.has(a, TimeWords.OF)) {
        y = yearNumber(a + 1);
        if (y > 0) {
          return new Expr(w, a + 2, Type.DATE, TimeCalendar.year(y) + "-" + p[0], Kind.SEASON,
              null, -1);
        }
      }
      return new Expr(w, a, Type.DATE, cal.season(p[0], 0), Kind.SEASON, null, -1);
    }

    /** "the morning" (after a determiner; "Sunday morning" is read by {@link #suffix}). */
    private Expr part(int w) {
      String pv = tw.value(w, TimeWords.PART);
      if (pv == null || !(w - 1 >= from && tw.has(w - 1, TimeWords.DET))) {
        return null;
      }
      return new Expr(w, tw.after(w, TimeWords.PART), Type.TIME, cal.dayOffset(0) + "T" + pv,
          Kind.PART, null, -1);
    }

    private Expr set(int w) {
      String sv = tw.value(w, TimeWords.SET);
      if (sv == null) {
        return null;
      }
      int a = tw.after(w, TimeWords.SET);
      if (!sv.equals("every")) {
        return new Expr(w, a, Type.SET, sv, Kind.SET, null, -1);
      }
      if (a >= to) {
        return null;
      }
      Num n = number(a);
      if (n != null && !n.vague()) {
        int u = unitAfter(n);
        if (u >= 0) {
          return new Expr(w, u + 1, Type.SET, duration(tw.value(u, TimeWords.UNIT), n.value()),
              Kind.SET, null, -1);
        }
      }
      String unit = tw.value(a, TimeWords.UNIT);
      if (unit != null) {
        return new Expr(w, tw.after(a, TimeWords.UNIT), Type.SET, duration(unit, 1), Kind.SET, null,
            -1);
      }
      String dv = tw.value(a, TimeWords.WEEKDAY);
      if (dv != null) {
        return new Expr(w, tw.after(a, TimeWords.WEEKDAY), Type.SET, "XXXX-WXX-" + dv, Kind.SET,
            null, -1);
      }
      String pv = tw.value(a, TimeWords.PART);
      if (pv != null) {
        return new Expr(w, tw.after(a, TimeWords.PART), Type.SET, "XXXX-XX-XXT" + pv, Kind.SET,
            null, -1);
      }
      String mv = tw.value(a, TimeWords.MONTH);
      if (mv != null) {
        return new Expr(w, tw.after(a, TimeWords.MONTH), Type.SET,
            String.format(Locale.ROOT, "XXXX-%02d", Integer.parseInt(mv)), Kind.SET, null, -1);
      }
      return null;
    }

    // ---------------------------------------------------------------- numbers

    /** A count: digits ("3", "2.5") or number words ("three", "twenty-five", "a", "several"). */
    private Num number(int w) {
      if (w >= to) {
        return null;
      }
      if (t.isNumber(w)) {
        String term = t.term(w);
        if (!DIGITS.matcher(term).matches()) {
          return null;
        }
        return new Num(Double.parseDouble(term), w + 1, true, false);
      }
      CueHit h = tw.hit(w, TimeWords.NUMBER);
      if (h == null) {
        return null;
      }
      String[] p = h.value().split(" ");
      int e = tw.after(w, TimeWords.NUMBER);
      if (p[0].equals("X")) {
        return new Num(Double.NaN, e, false, false);
      }
      double n = Double.parseDouble(p[0]);
      boolean article = p.length > 1 && p[1].equals("article");
      if (n >= 20 && n < 100 && n % 10 == 0 && e < to && tw.joined(e - 1, "-")) {
        String next = tw.value(e, TimeWords.NUMBER);
        if (next != null && next.matches("[1-9]")) {
          n += Integer.parseInt(next);
          e = tw.after(e, TimeWords.NUMBER);
        }
      }
      return new Num(n, e, false, article);
    }

    private int dayOfMonth(int w) {
      if (w >= to || !t.isNumber(w)) {
        return -1;
      }
      Matcher m = DAY_OF_MONTH.matcher(t.term(w));
      if (!m.matches()) {
        return -1;
      }
      int d = Integer.parseInt(m.group(1));
      return d >= 1 && d <= 31 ? d : -1;
    }

    private int yearNumber(int w) {
      if (w >= to || !t.isNumber(w) || !digits(t.term(w), 4, 4)) {
        return -1;
      }
      int y = Integer.parseInt(t.term(w));
      return y >= 1000 && y <= 2199 ? y : -1;
    }

    private static int intOf(String s) {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /** A TIMEX3 duration: P3D, P2W, P6M, P2Y, P10Y (a decade), PT3H; PXY when vague. */
    private static String duration(String unit, double n) {
      boolean vague = Double.isNaN(n);
      return switch (unit) {
        case "hour" -> "PT" + (vague ? "X" : fmt(n)) + "H";
        case "minute" -> "PT" + (vague ? "X" : fmt(n)) + "M";
        case "day" -> "P" + (vague ? "X" : fmt(n)) + "D";
        case "week" -> "P" + (vague ? "X" : fmt(n)) + "W";
        case "fortnight" -> "P" + (vague ? "X" : fmt(2 * n)) + "W";
        case "weekend" -> "P" + (vague ? "X" : fmt(n)) + "WE";
        case "month" -> "P" + (vague ? "X" : fmt(n)) + "M";
        case "quarter" -> "P" + (vague ? "X" : fmt(n)) + "Q";
        case "decade" -> vague ? "PXDE" : "P" + fmt(10 * n) + "Y";
        case "century" -> vague ? "PXCE" : "P" + fmt(100 * n) + "Y";
        default -> "P" + (vague ? "X" : fmt(n)) + "Y";
      };
    }

    private static String fmt(double n) {
      if (n == Math.rint(n)) {
        return Long.toString((long) n);
      }
      return String.valueOf(n);
    }
  }
}
