package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.PolarityFacet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TEMPORAL: the time before which a thing does not happen against a time given for the thing
 * itself. "Lawmakers are not expected to vote until July 14" says the vote comes on July 14 or
 * later, so it cannot come on June 9 ("the council is due to vote on June 9"); "first output is
 * not expected before 2031" cannot be "the first chips in 2029"; "will not attempt to refloat the
 * ferry before Saturday morning" cannot be "will try to refloat it on Thursday afternoon". A
 * negated verb before "until" or "before" a date (pack facet {@code negated-end}), or before
 * "until after" it ("was not brought under control until after midnight"), makes the date the
 * earliest time of what the verb names; the other article's date of that event, or its
 * deadline ("expected to reopen the road by Friday", pack facet {@code deadline}), clashes when
 * every day it may name lies before the earliest date's first day, or, on one day, when its clock
 * time lies more than {@value TemporalCheck#CLOCK_SLACK} minutes before the earliest time. A
 * later or equal date agrees ("will vote on July 20" against "not until July 14").
 *
 * <p>The two are matched as {@link TemporalCheck} matches two dates: in related claims whose
 * frames share a word, scored by the {@code temporal} model of {@link SameFact}, mutual best
 * matches only, and not when the earliest date's own article also gives the other's date for its
 * frame (two events of one kind: one vote on June 9, another not before July 14). A date written
 * without its year in a clause of a plan or an expectation is read as the next such date from the
 * report's publication, as news writes the dates to come; the time reader may place the date
 * after "until" in the year before. A plan against what happened keeps the lower confidence of
 * {@link TemporalCheck#PLANNED}.
 */
final class EarliestCheck extends MatchedCheck<EarliestCheck.Holder> {
  /** A year written out in digits. */
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
  /** A month named in words. */
  private static final Pattern MONTH = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
  /** Minutes of a whole day: "not until midnight" is the end of its day. */
  private static final int DAY = 24 * 60;
  /** The most words of the thing a clause speaks of, before its negation. */
  static final int SUBJECT_WORDS = 3;

  /** The most words between "until" or "before" and a date it bounds ("until at least"). */
  static final int BOUND_WORDS = 3;

  private final TemporalCheck temporal;
  private final SameFact model;
  private final Lexicon lexicon;

  EarliestCheck(TemporalCheck temporal, SameFact model, Lexicon lexicon) {
    this.temporal = temporal;
    this.model = model;
    this.lexicon = lexicon;
  }

  /**
   * A moment with its claim and what it says of the event.
   *
   * @param view the claim
   * @param moment the date or clock time
   * @param when its parts, a date to come without its year placed after the publication
   * @param earliest whether the event does not happen before it ("not ... until July 14");
   *     otherwise it is the event's own time or deadline
   * @param event for an earliest time, the stems of the words that name the event that does not
   *     happen before it
   */
  record Holder(ClaimView view, Moment moment, When when, boolean earliest,
      Set<String> event) {
    TemporalCheck.Holder plain() {
      return new TemporalCheck.Holder(view, moment);
    }
  }

  @Override
  List<Holder> holders(ArticlePair.Side side) {
    List<Holder> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (Moment m : c.moments()) {
        int first = w.firstWordFrom(m.facet().span().start());
        String before = first > 0 ? w.lower(first - 1) : "";
        boolean negated = c.negated(m.facet().span());
        // "were not brought under control until after midnight": "after" between the two
        int until = "after".equals(lexicon.temporal().clockSides().get(before)) && first > 1
            ? first - 2 : first - 1;
        boolean earliest = negated && until >= 0
            && lexicon.temporal().negatedEnds().contains(w.lower(until))
            && (m.bound().equals("to") && !m.governed() || until == first - 2);
        boolean own = m.bound().isEmpty() && !negated && !bounded(w, first)
            && (!m.governed() || lexicon.temporal().deadlines().contains(before)
                && !possessive(w, m));
        if (earliest || own) {
          out.add(new Holder(c, m, ahead(m, side.published()), earliest,
              earliest ? event(w, until) : Set.of()));
        }
      }
    }
    return out;
  }

  /**
   * The stems of the words that name the event of a negated verb before "until" or "before" at
   * word {@code until}: the first content word after the negation that is not a catenative verb
   * (pack facet {@code catenative}: "not expected to vote until": "vote"), or, when none is left,
   * the content words before the negation in its clause, up to {@value #SUBJECT_WORDS} ("first
   * output is not expected until 2031": "first", "output").
   */
  private Set<String> event(ClaimWords w, int until) {
    int neg = -1;
    for (PolarityFacet p : w.negations()) {
      int k = w.lastWordBefore(p.span().end());
      if (k < until && k > neg) {
        neg = k;
      }
    }
    Set<String> out = new HashSet<>();
    if (neg < 0) {
      return out;
    }
    for (int i = neg + 1; i < until; i++) {
      if (w.isContent(i) && !lexicon.temporal().catenatives().contains(w.lower(i))) {
        out.add(w.stem(i));
        return out;
      }
    }
    for (int i = neg - 1; i >= 0 && out.size() < SUBJECT_WORDS
        && w.between(w.end(i), w.start(i + 1)).matches("[^,;:]*"); i--) {
      if (w.isContent(i) && !lexicon.temporal().catenatives().contains(w.lower(i))) {
        out.add(w.stem(i));
      }
    }
    return out;
  }

  /**
   * Whether "until" or "before" (pack facet {@code negated-end}) stands up to {@value
   * #BOUND_WORDS} words before the date at word {@code first} ("suspended until at least
   * Thursday"): the date bounds a stretch, it does not date the event.
   */
  private boolean bounded(ClaimWords w, int first) {
    for (int i = first - 1; i >= 0 && i >= first - BOUND_WORDS; i--) {
      if (lexicon.temporal().negatedEnds().contains(w.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the date is a possessive ("by Friday's storm"): it dates a noun, not the event. */
  private static boolean possessive(ClaimWords w, Moment m) {
    String after = w.between(m.facet().span().end(), m.facet().span().end() + 2);
    return after.equals("'s") || after.equals("\u2019s");
  }

  /**
   * The parts of the moment, a month and day written without a year in a clause of a plan or an
   * expectation being placed on or after the publication date: "is due to vote on June 9" in a
   * report of May 19 is June 9 of that year, "first payments not expected before November" in
   * one of August 13 is that November.
   */
  static When ahead(Moment m, Optional<LocalDate> published) {
    When w = m.when();
    String text = m.facet().span().text();
    if (!m.expected() || published.isEmpty() || w.year() == 0 || w.month() == 0 || w.isWeek()
        || YEAR.matcher(text).find() || !MONTH.matcher(text).find()) {
      return w;
    }
    LocalDate p = published.get();
    boolean later = w.month() > p.getMonthValue()
        || w.month() == p.getMonthValue() && (w.day() == 0 || w.day() >= p.getDayOfMonth());
    return w.inYear(later ? p.getYear() : p.getYear() + 1);
  }

  @Override
  List<SameFact.Pair<Holder>> pairs(ArticlePair pair, List<Holder> left, List<Holder> right) {
    return model.pairs("temporal", left, right,
        (h, o) -> h.earliest() != o.earliest() && related(pair, h, o),
        (h, o) -> TemporalCheck.features(pair, h.plain(), o.plain()),
        (h, o) -> !agree(h, o));
  }

  /**
   * Two moments in related claims, the frame of the event's own time holding a word of the event
   * that does not happen before the other ("due to vote on June 9" and "not expected to vote
   * until July 14", not "walked out on Oct. 14" and "will not return to the plant until Nov. 3"),
   * both fixing a day or a year or both clock times alone.
   */
  private static boolean related(ArticlePair pair, Holder h, Holder o) {
    Holder first = h.earliest() ? h : o;
    Holder own = h.earliest() ? o : h;
    return pair.relation(h.view(), o.view()).isPresent()
        && Mention.shared(first.event(), own.moment().frame()) >= 1
        && (h.when().days().isPresent() && o.when().days().isPresent()
            || h.when().clockOnly() && o.when().clockOnly());
  }

  @Override
  boolean agree(Holder h, Holder o) {
    if (h.earliest() == o.earliest()) {
      return true;
    }
    return !before(h.earliest() ? o.when() : h.when(), h.earliest() ? h.when() : o.when());
  }

  /**
   * Whether every moment {@code own} may name lies before the first moment {@code earliest} may
   * name: an earlier day, or on one day an earlier clock time by more than the slack.
   */
  static boolean before(When own, When earliest) {
    Optional<When.Days> a = own.days();
    Optional<When.Days> b = earliest.days();
    if (a.isPresent() && b.isPresent() && a.get().last().isBefore(b.get().first())) {
      return true;
    }
    boolean oneDay = a.isPresent() && b.isPresent() && a.get().equals(b.get())
        && a.get().first().equals(a.get().last())
        || own.clockOnly() && earliest.clockOnly();
    if (!oneDay || own.minuteOfDay() < 0 || earliest.minuteOfDay() < 0 || own.eitherHalf()
        || earliest.eitherHalf() || own.zone() != earliest.zone()) {
      return false;
    }
    int from = earliest.minuteOfDay() == 0 ? DAY : earliest.minuteOfDay() + Math.min(0,
        earliest.lean());
    return own.minuteOfDay() + Math.max(0, own.lean()) + TemporalCheck.CLOCK_SLACK < from;
  }

  @Override
  void judge(ArticlePair pair, SameFact.Pair<Holder> p, List<Holder> left, List<Holder> right,
      List<Finding> out) {
    Holder a = p.left();
    Holder b = p.right();
    Holder first = a.earliest() ? a : b;
    Holder own = a.earliest() ? b : a;
    if (agree(a, b) || temporal.oneWeekday(pair, a.moment(), b.moment())
        || alsoOwn(first, a.earliest() ? left : right, own)) {
      return;
    }
    List<String> notes = new ArrayList<>();
    notes.add("One says it does not happen before " + first.when().human() + " (\""
        + first.moment().facet().span().text() + "\"); the other gives "
        + own.when().human() + ", earlier.");
    double conf = SameFact.probability(p.logit());
    if (a.moment().expected() != b.moment().expected()) {
      notes.add("One of them speaks of a plan or an expectation, the other of what happened:"
          + " the schedule may have changed.");
      conf *= TemporalCheck.PLANNED;
    }
    out.add(new Finding(Kind.TEMPORAL, a.view().claim(), b.view().claim(),
        a.moment().facet().span(), b.moment().facet().span(), shown(a), shown(b), "", notes,
        conf));
  }

  /** The value of the moment as compared: a date to come in the year it was placed in. */
  private static String shown(Holder h) {
    String v = h.moment().facet().value();
    return h.when().year() != h.moment().when().year() && v.matches("\\d{4}.*")
        ? h.when().year() + v.substring(4) : v;
  }

  /**
   * Whether the earliest date's own article gives the other's date, or one as early, for a frame
   * that shares a word with the earliest date's: the article then tells of two events of one
   * kind, the one before and the one not before its date.
   */
  private static boolean alsoOwn(Holder earliest, List<Holder> side, Holder own) {
    for (Holder o : side) {
      if (!o.earliest() && o != earliest
          && Mention.shared(o.moment().frame(), earliest.moment().frame()) >= 1
          && !before(own.when(), o.when()) && !before(o.when(), own.when())
          && (o.when().days().isPresent() || o.when().clockOnly())) {
        return true;
      }
    }
    return false;
  }
}
