package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.OrdinalFacet;
import dev.parallax.PolarityFacet;
import dev.parallax.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TEMPORAL: two dates or clock times of two articles for the same event that cannot name one
 * moment: another year, month or day of the month, another weekday (a full date fixes its
 * weekday, so "Friday" and "Tuesday, December 9, 2008" clash), or clock times more than
 * {@value #CLOCK_SLACK} minutes apart on one day ("10:30 a.m." and "about 10 a.m."), or less
 * where both are written more precisely than the quarter hour ({@link When#precision}: "6:31
 * p.m." and "6:41 p.m."), a clock
 * time that does not say which half of the day it is in being read 12 hours later too ("6:41"
 * agrees with "18:41"). Clock times with their time zones are compared in universal time, a time
 * without a zone being read as the local time of the other's zone but not of universal time, and
 * a day in one zone may be the day before or after in another ("0241 GMT Friday" is a Thursday
 * evening in Los Angeles). Parts that
 * one side leaves open never clash: "December" agrees with "December 9, 2008", "Tuesday" with
 * "Tuesday morning".
 *
 * <p>Dates are matched as amounts are ({@link NumericCheck}): candidates fix one part of the
 * calendar or clock, bound the same way, in related claims whose frames share a word; the
 * {@code temporal} model of {@link SameFact} reads how likely a pair dates one event (besides the
 * shared features: whether both fix a day, are bare weekdays, are years or months only, are clock
 * times, and whether one speaks of a plan and the other of what happened); only mutual best
 * matches are compared, and not when either article gives the other's date for the same frame
 * elsewhere. A date that bounds or anchors another event ("since Monday", "two days after
 * Friday", "by June") and an interval are left out, and so is a date in a web address, after
 * "Published" or "Posted", in a claim with fewer than {@value #MIN_WORDS} lower-case words
 * besides the words of a timestamp (a dateline, "Last updated at 11:11 GMT"), or read by an
 * ordinal. When one side speaks of a plan ("is expected Thursday") and
 * the other of what happened ("voted Wednesday"), the finding says so. A day named without its
 * year ("Tuesday") is never set against another year alone ("in 2019"): the two date two events.
 * The end of a stretch ("will stay shut until Feb. 14", and after a negated verb "will not reopen
 * before Feb. 24", whose negation does not drop it) is compared with other ends. Two days named
 * by one weekday alone, or written in the same words, in reports of one date never clash on the
 * day ({@link #oneWeekday}, {@link #sameWords}).
 */
final class TemporalCheck extends MatchedCheck<TemporalCheck.Holder> {
  /** A year written out in digits. */
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

  /** A clock time as written ("8 p.m.", "10:45", "0600 GMT"), not a day of the month. */
  private static final Pattern CLOCK = Pattern.compile(
      "(?i)\\b\\d{1,2}([:.]\\d{2}\\b|\\s*[ap]\\.?\\s?m\\b\\.?)|\\b\\d{4}\\s*(gmt|utc)\\b");

  /** The least lower-case content words of a claim whose dates are compared. */
  static final int MIN_WORDS = 1;
  /** Clock times this many minutes apart or less may name one moment. */
  static final int CLOCK_SLACK = 15;

  private final SameFact model;
  /**
   * The factor on the confidence of a date of a plan or an expectation against a date of what
   * happened ("is expected Thursday" against "voted Wednesday"): the plan may have changed, or
   * the two dates may be of two events, the one to come and the one past.
   */
  static final double PLANNED = 0.75;
  /**
   * The factor on the confidence of two dates of a telling ("said Friday", "confirmed Sunday"):
   * a source speaks more than once, and two reports may quote two statements of one source.
   */
  static final double TOLD = 0.75;

  private final Lexicon lexicon;
  private final OtherInstances others;

  private final java.util.Set<String> kin;

  /**
   * @param kin nouns of kin (pack facet {@code kin-noun}: "daughter"), lower case: a name's
   *     possessive before one names another person ("Ann Lind's daughter")
   */
  TemporalCheck(SameFact model, Lexicon lexicon, OtherInstances others,
      java.util.Set<String> kin) {
    this.model = model;
    this.lexicon = lexicon;
    this.others = others;
    this.kin = java.util.Set.copyOf(kin);
  }

  @Override
  boolean agree(Holder h, Holder o) {
    return h.moment().when().clash(o.moment().when(), CLOCK_SLACK).isEmpty();
  }

  /**
   * The note of two clock times that clash only because both are written more precisely than
   * the quarter hour ({@link When#precision}): how far apart they are.
   */
  static Optional<String> precisionNote(When x, When y) {
    int apart = x.minutesApart(y);
    return apart <= CLOCK_SLACK ? Optional.of("Both clock times are written to the minute or to"
        + " five minutes, so " + apart + " minutes apart they name two moments.")
        : Optional.empty();
  }

  @Override
  void judge(ArticlePair pair, SameFact.Pair<Holder> p, List<Holder> left, List<Holder> right,
      List<Finding> out) {
    Holder a = p.left();
    Holder b = p.right();
    Moment x = a.moment();
    Moment y = b.moment();
    Optional<String> clash = x.when().clash(y.when(), CLOCK_SLACK);
    if (clash.isEmpty() || !clash.get().equals("time")
        && (oneWeekday(pair, x, y) || sameWords(pair, x, y))
        || statedElsewhere(x, right)
        || statedElsewhere(y, left)
        || besideOther(x, b.view(), y) || besideOther(y, a.view(), x)) {
      return;
    }
    List<String> notes = new ArrayList<>();
    if (x.bound().equals("from") && y.bound().equals("from")) {
      notes.add("Both dates give when a stretch of time began (\"since\", \"from\").");
    } else if (x.bound().equals("to")) {
      notes.add("Both dates give when a stretch of time ended (\"until\", \"to\").");
    }
    if (clash.get().equals("time") && (x.when().eitherHalf() || y.when().eitherHalf())) {
      notes.add("A clock time without \"a.m.\" or \"p.m.\" was also read 12 hours later.");
    }
    if (clash.get().equals("time")) {
      precisionNote(x.when(), y.when()).ifPresent(notes::add);
    }
    if (clash.get().equals("time") && (x.when().lean() != 0 || y.when().lean() != 0)) {
      notes.add("\"Shortly after\" or \"just before\" a clock time was read as up to "
          + Math.max(Math.abs(x.when().lean()), Math.abs(y.when().lean()))
          + " minutes after or before it.");
    }
    double conf = SameFact.probability(p.logit());
    if (x.bound().equals("told")) {
      notes.add("Both dates are of a telling (\"said Friday\"): the two reports may quote two"
          + " statements.");
      conf *= TOLD;
    }
    if (planned(pair.left().published(), x) != planned(pair.right().published(), y)) {
      notes.add("One of them speaks of a plan or an expectation, the other of what happened:"
          + " the schedule may have changed.");
      conf *= PLANNED;
    }
    out.add(new Finding(Kind.TEMPORAL, a.view().claim(), b.view().claim(), x.facet().span(),
        y.facet().span(), shown(x, y), shown(y, x), clash.get(), notes, conf));
  }

  /**
   * The value a finding shows of {@code m}: a clock time whose day is not written, set against
   * one with its day, is shown without the publication date the time reader gave it, as it was
   * compared ("T20:00" against "2025-10-19T22:00").
   */
  private static String shown(Moment m, Moment other) {
    String v = m.facet().value();
    int t = v.indexOf('T');
    return m.when().clockOnly() && !other.when().clockOnly() && t > 0 ? v.substring(t) : v;
  }

  /**
   * Whether both moments name their day by one weekday alone ("until Tuesday", "8 p.m. Saturday"
   * and "Saturday evening"), in reports of one publication date: the two words name one day,
   * which the time reader may have placed a week apart by the tense of the verbs around ("will
   * remain in place until Tuesday", "has kept the warning in force until Tuesday"). Their clock
   * times are still compared ("at 6:20 a.m. Thursday" and "shortly after 9 a.m. Thursday").
   */
  boolean oneWeekday(ArticlePair pair, Moment x, Moment y) {
    return x.when().weekday() != 0 && x.when().weekday() == y.when().weekday()
        && pair.left().published().equals(pair.right().published())
        && weekdayAlone(x) && weekdayAlone(y);
  }

  /**
   * Whether both moments are written in the same words ("late October" and "late October"), in
   * reports of one publication date: the same words name one time, which the time reader may
   * have placed a year apart by the tense around them, as with {@link #oneWeekday}.
   */
  static boolean sameWords(ArticlePair pair, Moment x, Moment y) {
    return pair.left().published().equals(pair.right().published())
        && x.facet().span().text().equalsIgnoreCase(y.facet().span().text());
  }

  /**
   * Whether the moment's words name its day by a weekday alone, besides a clock time: no number
   * of a day and no word that places the weekday in a week (pack facet {@code week-placing}:
   * "last", "next").
   */
  private boolean weekdayAlone(Moment m) {
    String text = CLOCK.matcher(m.facet().span().text()).replaceAll(" ");
    if (text.matches("(?s).*\\d.*")) {
      return false;
    }
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (lexicon.temporal().weekPlacing().contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a moment is a plan or an expectation: its words say so ("is scheduled for", "will"),
   * or it falls after the report's publication, when nothing has happened yet ("The next annual
   * meeting is on November 17" in a report of October 21).
   */
  static boolean planned(Optional<LocalDate> published, Moment m) {
    if (m.expected()) {
      return true;
    }
    When w = m.when();
    if (published.isEmpty() || w.year() <= 0 || w.month() <= 0 || w.day() <= 0) {
      return false;
    }
    try {
      return LocalDate.of(w.year(), w.month(), w.day()).isAfter(published.get());
    } catch (java.time.DateTimeException e) {
      return false; // no such day
    }
  }

  /** A moment with its claim. */
  record Holder(ClaimView view, Moment moment) {}

  /**
   * Every pair of a left and a right moment that may date one event: both fix one part of the
   * calendar or clock, bound the same way, in related claims; with the features and log-odds of
   * the temporal model.
   */
  @Override
  List<SameFact.Pair<Holder>> pairs(ArticlePair pair, List<Holder> left, List<Holder> right) {
    return model.pairs("temporal", left, right, (h, o) ->
        comparable(h.moment().when(), o.moment().when()) && related(pair, h, o)
            && others.rejection(h.view(), o.view()) == null
            && !kinOf(h, o) && !kinOf(o, h),
        (h, o) -> features(pair, h, o),
        (h, o) -> h.moment().when().clash(o.moment().when(), CLOCK_SLACK).isPresent());
  }

  /**
   * Whether two moments may date one event, whatever parts of the calendar or clock they fix:
   * bound the same way, in related claims whose frames share a word, and not a day against
   * another year alone.
   */
  static boolean related(ArticlePair pair, Holder h, Holder o) {
    return h.moment().bound().equals(o.moment().bound())
        && pair.relation(h.view(), o.view()).isPresent()
        && Mention.shared(h.moment().frame(), o.moment().frame()) >= 1
        && !dayAgainstOtherYear(h.moment(), o.moment())
        && !dayAgainstOtherYear(o.moment(), h.moment());
  }

  /** The features of the {@code temporal} model of a pair of related moments. */
  static Map<String, Double> features(ArticlePair pair, Holder h, Holder o) {
    When x = h.moment().when();
    When y = o.moment().when();
    Map<String, Double> f = SameFact.common(h.moment(), o.moment(),
        pair.relation(h.view(), o.view()).orElseThrow());
    f.put("day", x.fixesDay() && y.fixesDay() ? 1.0 : 0.0);
    f.put("weekdays", x.day() == 0 && y.day() == 0 && x.weekday() != 0
        && y.weekday() != 0 ? 1.0 : 0.0);
    f.put("coarse", !x.fixesDay() && !y.fixesDay() ? 1.0 : 0.0);
    f.put("clock", x.minuteOfDay() >= 0 && y.minuteOfDay() >= 0 ? 1.0 : 0.0);
    f.put("plan", planned(pair.left().published(), h.moment())
        != planned(pair.right().published(), o.moment()) ? 1.0 : 0.0);
    return f;
  }

  @Override
  List<Holder> holders(ArticlePair.Side side) {
    List<Holder> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      if (lowerCaseWords(c.words()) < MIN_WORDS) {
        continue; // a dateline or a caption: "WASHINGTON, April 28, 2009"
      }
      for (Moment m : c.moments()) {
        if (!m.governed() && (!deniedTime(c, m) || m.bound().equals("to"))
            && !counted(c, m) && !lexicon.temporal().countedBack().contains(
                m.facet().span().text().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "))) {
          out.add(new Holder(c, m));
        }
      }
    }
    return out;
  }

  /**
   * Whether a negation of the claim bears on the time of moment {@code m}: one whose scope or
   * words hold it, other than a negation of a manner, a phrase negation (pack facet {@code
   * phrase-negation}) right after a verb: "was suspended without pay on Feb. 24" dates the
   * suspension, where "were still without power on Tuesday" dates a state (after a copula or a
   * word of standing, pack facet {@code standing-word}).
   */
  private boolean deniedTime(ClaimView c, Moment m) {
    TextSpan span = m.facet().span();
    ClaimWords w = c.words();
    for (PolarityFacet p : w.negations()) {
      if (!Spans.overlap(p.scope(), span) && !Spans.overlap(p.span(), span)) {
        continue;
      }
      int before = w.lastWordBefore(p.span().start());
      boolean manner = lexicon.negations().phraseNegations()
          .contains(p.span().text().toLowerCase(java.util.Locale.ROOT))
          && before >= 0 && w.isContent(before) && !lexicon.copulas().contains(w.lower(before))
          && !lexicon.amountWords().standingWords().contains(w.lower(before));
      if (!manner) {
        return true;
      }
    }
    return false;
  }

  private int lowerCaseWords(ClaimWords w) {
    int n = 0;
    for (int i = 0; i < w.size(); i++) {
      if (w.isContent(i) && !w.isCapitalised(i)
          && !lexicon.timestampWords().contains(w.lower(i))) {
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
   * Whether two moments say something about one part of the calendar or clock: both fix a year,
   * a month, a day or a clock time, or one names a week ("next week") and the other a week or a
   * date of a year.
   */
  private static boolean comparable(When a, When b) {
    return (a.year() != 0 || a.decade() != 0) && (b.year() != 0 || b.decade() != 0)
        || a.month() != 0 && b.month() != 0
        || a.weekday() != 0 && b.weekday() != 0
        || a.minuteOfDay() >= 0 && b.minuteOfDay() >= 0
        || a.isWeek() && (b.isWeek() || b.year() != 0) || b.isWeek() && a.year() != 0;
  }

  /**
   * Whether {@code day} is a day named without its year ("Tuesday", "yesterday", "March 3"), which
   * its report's date placed in a year, and {@code year} a year alone that is another year ("in
   * 2019"): news names a day of the week it tells of that way and an older event by its year, so
   * the two date two events, not one event twice.
   */
  static boolean dayAgainstOtherYear(Moment day, Moment year) {
    When d = day.when();
    When y = year.when();
    return d.day() != 0 && d.year() != 0 && !YEAR.matcher(day.facet().span().text()).find()
        && y.year() != 0 && y.month() == 0 && y.year() != d.year();
  }

  /**
   * Whether {@code claim} gives {@code m}'s date too, joined to its own date {@code partner} by a
   * comma or a conjunction ("a release in late 2009 or early 2010" against "late 2009 or early
   * 2010"; "the 1940s and 1950s" against "the 1940s"): a claim that names both dates side by side
   * does not disagree with either. A date of another event in the claim ("arrested on Tuesday,
   * the minister said on Wednesday") is no such date.
   */
  private boolean besideOther(Moment m, ClaimView claim, Moment partner) {
    ClaimWords w = claim.words();
    for (Moment o : claim.moments()) {
      if (o == partner || !comparable(m.when(), o.when())
          || m.when().clash(o.when(), CLOCK_SLACK).isPresent()) {
        continue;
      }
      if (Enumeration.sideBySide(w, partner.facet().span(), o.facet().span(),
          lexicon.listConjunctions())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code h} dates a kin of a person ("Ann Lind's daughter was born in 1968") whom
   * {@code o} names before its own date without the possessive ("Ann Lind was born in 1942"):
   * two people, two dates.
   */
  private boolean kinOf(Holder h, Holder o) {
    ClaimWords w = h.view().words();
    int first = w.firstWordFrom(h.moment().facet().span().start());
    for (int p = 0; p + 1 < first; p++) {
      if (!PersonName.possessive(w, p) || !PersonName.capitalised(w, p)
          || !kin.contains(w.lower(p + 1))) {
        continue;
      }
      String surname = PersonName.unowned(w, p);
      ClaimWords v = o.view().words();
      int end = v.firstWordFrom(o.moment().facet().span().start());
      for (int q = 0; q < end; q++) {
        if (PersonName.plain(v, q).equals(surname) && !PersonName.possessive(v, q)) {
          return true;
        }
      }
    }
    return false;
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
