package dev.parallax.facts;

import static java.util.Objects.requireNonNull;

import dev.parallax.TimeFacet;
import dev.parallax.text.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 *       future word ("will", "scheduled") is the nearest verb form before it in its clause, a verb of schedule
 *       follows its plural subject ("lawmakers return on Monday") or a present "be" states when
 *       an event is set ("the deadline is midnight Friday") (a base
 *       form after "to" or a modal, "wants to cut", tells no past), or it follows
 *       "until" with no past tense before ("remain closed until Friday"); "next Sunday" is the
 *       first Sunday after publication, "last Sunday" the last one before;
 *   <li>a month alone names the latest such month on or before publication ("August" in October
 *       2025 → 2025-08; forward after a future word, or after "until" with no past tense
 *       before); "last August" the latest one strictly before the publication month; a month
 *       that is also a name ("May", "June") counts alone only after a {@code
 *       time-month-context} word ("in May", not "Theresa May"), and no month written alone is one
 *       after a title or a name ("Mr. March", "Fredric March"); a month or weekday that begins the
 *       name of a firm, a street or a newspaper ("March Systems", "April Lane", "the Sunday
 *       Herald") or that the article uses as a surname ("Ms. Monday", then "Carla Monday") is no
 *       time ({@link TimeNames}); a month and day without a year
 *       follow the nearest verb form before them: on or before publication after a past tense
 *       ("the flood peaked on March 3"), on or after it after a future word ("to be held on"),
 *       else the year that puts them nearest to publication; a quarter without a year likewise
 *       ("the fourth quarter" in August is the coming one), or in the year of the quarter the
 *       text named before; a deadline "by" right before the date reads forward unless a past
 *       tense comes first, "since" reads back (pack facet {@code time-lean}); "the 19th
 *       century" → 18;
 *   <li>a holiday whose date the calendar gives ("Christmas Eve", "Thanksgiving", "Labor Day",
 *       "Good Friday") is placed as a month and day is, "last Christmas" and "next Thanksgiving"
 *       counted from publication; not when it qualifies a noun ("a Christmas celebration",
 *       "Thanksgiving dinner") or follows a possessive or a name ("Orthodox Christmas");
 *   <li>"this year" → 2025, "last week" → 2025-W42, "two years ago" → 2023 (the unit's
 *       granularity), "the 1990s" → 199X, "the past decade" → DURATION P10Y (decades count in
 *       years), "in the past decades" → DURATION PXDE, "three days" → DURATION P3D, "every week"
 *       → SET P1W; the first number of a range takes the second's unit ("between 60 and 90
 *       days" → P60D and P90D); "five more years" → P5Y; "fiscal 2025", "fiscal year 2025",
 *       "FY2025", "the current fiscal year" → FY2025; "the
 *       first half of 2026" → 2026-H1 (never without a year: a game has halves too);
 *   <li>"the same period last year", "the same quarter a year earlier" → the month or quarter
 *       the text last named, one year back ("sales rose in February 2010 against the same
 *       period last year" → 2009-02); "a year earlier" after such a month or quarter, and "a
 *       year ago" in a sentence that names one, likewise; "the day" ("to end the day at 7,114") → the day last named,
 *       else the publication date; "the end of the year", "the entire year" → the year of the
 *       month or quarter last named, else of publication;
 *   <li>a season without a year reads ahead after a future word ("will close in the summer"),
 *       back after a past tense ("closed in the spring"), else it is of the publication year; a
 *       season or weekday that begins a name is none ("the Arab Spring", "the Summer Olympics",
 *       "the Sunday Times"), nor is "the fall of" something;
 *   <li>"the next day", "the following day", "the previous day", "the day before" (nothing
 *       after it), "the following year", "the prior quarter" → next to the day, year or quarter
 *       the text named last, else to publication (pack facet {@code time-sequel}); "March next
 *       year", "in April last year" → that month of that year; "Monday last week" → that
 *       Monday;
 *   <li>a clock time keeps its zone as an offset ("10:30 a.m. EDT" → T10:30-04, "8 p.m. ET"
 *       -04 or -05 by the American season of its day); "the night of Oct. 10", "the early hours
 *       of Sunday" → that part of that day (TNI);
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
 * its words. A {@link TimeSentence} reads one sentence with a {@link TimeGrammar}, which tries
 * the readings of {@link TimeDates}, {@link TimeQuarters}, {@link TimeRelatives}, {@link
 * TimeClocks} and {@link TimeHolidays}; they place
 * what has no year by the {@link TimeTense} of the clause and compute values with a {@link
 * TimeCalendar}. Immutable and thread-safe.
 */
public final class TimeExtractor {
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
    TimeNames names = new TimeNames(words);
    List<TimeFacet> out = new ArrayList<>();
    TimeSentence.Carried carried = new TimeSentence.Carried(null, null, null);
    for (int s = 0; s < t.sentences().size(); s++) {
      if (!words.anyBegins(t.firstWord(s), t.endWord(s))) {
        continue; // no expression can start: the sentence names nothing, and carries all on
      }
      carried = new TimeSentence(words, cal, names, t.firstWord(s), t.endWord(s), carried)
          .read(spans, out);
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "TimeExtractor[TIMEX3, news conventions]";
  }
}
