package dev.parallax.contradict;

import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the moments of a claim: its dates and clock times, each with its frame and what the
 * words around it say of it: whether it bounds a stretch of time ("since 2002", "until 1998",
 * "began in July"), dates a telling ("police said Friday", "said at practice on Wednesday"),
 * dates a thing rather than the claim's event ("Sunday's game", "his Monday column", "his 2008
 * Bentley", "the quarter ended July 31") or is expected rather than past. A clock time without
 * words of a day takes its day from the publication date; one next to its day is one moment with
 * it; one without "a.m." or "p.m." may be 12 hours later. "The day" of an event told before has
 * no date here, and a date's words stop where the clause of another event begins after it.
 */
final class MomentReader {

  /** The most words between a superlative or a first and the "since" of its stretch. */
  static final int RANKING_WORDS = 4;

  /** Words that give a clock time its day: a weekday, a month, a year, a relative day. */
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?i)\\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
          + "|today|tonight|yesterday|tomorrow|overnight)|\\b(this|last) (morning|afternoon|evening"
          + "|night)\\b|\\d{4}|\\d+/\\d+");
  /** The hour and minutes of a clock time as written ("6:41", "3.45pm"). */
  private static final Pattern DIAL = Pattern.compile("\\b(\\d{1,2})[:.](\\d{2})\\b");
  /** A year written as its four digits. */
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  /** The most words of a phrase of where or to whom something was told, and its first word. */
  private static final int TELLING_PHRASE = 5;
  /** A day named only by its place in the story ("the day", "that same day"). */
  private static final Pattern THE_DAY = Pattern.compile("(?i)(the|that)( same)? day");
  /** The most words between a negation and the "before" or "until" of the end it states. */
  static final int NEGATED_END_WORDS = 6;


  private final Lexicon lexicon;
  private final Frames frames;
  private final RankingWords rankings;
  private final Set<String> passives;
  private final Set<String> perfects;

  /**
   * @param rankings superlatives and the ordinals before them, whose stretches date nothing
   * @param passives forms of "be" that make the verb after them passive (pack facet {@code
   *     passive-auxiliary}), lower case: "The leak was reported at 9:26 a.m." dates the report of
   *     the leak, an event of the story, not a telling
   * @param perfects forms of "have" that make the verb after them a perfect (pack facet {@code
   *     perfect-auxiliary}), lower case
   */
  MomentReader(Lexicon lexicon, Frames frames, RankingWords rankings, Set<String> passives,
      Set<String> perfects) {
    this.lexicon = lexicon;
    this.frames = frames;
    this.rankings = rankings;
    this.passives = Set.copyOf(passives);
    this.perfects = Set.copyOf(perfects);
  }

  /** The dates and clock times of a claim, in text order. */
  List<Moment> moments(ClaimWords w) {
    Stops stops = withoutModelYears(w, Stops.forMoments(w));
    List<Moment> out = new ArrayList<>();
    for (TimeFacet t : w.claim().facets(TimeFacet.class)) {
      if (t.type() != TimeFacet.Type.DATE && t.type() != TimeFacet.Type.TIME) {
        continue;
      }
      String bound = "";
      String value = t.value();
      if (t.from().isPresent() && t.to().isEmpty()) {
        bound = "from"; // "since 2002": when a stretch of time began
        value = t.from().get();
      } else if (t.to().isPresent() && t.from().isEmpty()) {
        bound = "to"; // "will stay shut until Feb. 14": when a stretch of time ends
        value = t.to().get();
      } else if (t.from().isPresent() || t.to().isPresent()) {
        continue; // a closed interval
      }
      Optional<When> when = When.of(value);
      if (when.isEmpty()) {
        continue;
      }
      if (t.type() == TimeFacet.Type.TIME && !DATE_WORDS.matcher(t.span().text()).find()) {
        // "at 2:56", "6am": the day comes from the publication date, not from the words
        When c = when.get();
        when = Optional.of(new When(0, 0, 0, 0, 0, c.minuteOfDay(), c.partOfDay(), false, 0,
            c.zone(), ""));
      }
      if (t.type() == TimeFacet.Type.TIME && when.get().zone() == When.NO_ZONE
          && localClock(w, t)) {
        when = Optional.of(when.get().zoned(When.LOCAL)); // "8:12 p.m. local time"
      }
      if (t.type() == TimeFacet.Type.TIME && eitherHalf(w, t, when.get())) {
        when = Optional.of(when.get().eitherHalf(true));
      }
      if (!when.get().period().isEmpty() && companyYear(w, t)) {
        continue; // "its fiscal first quarter": a part of the company's own year
      }
      if (t.type() == TimeFacet.Type.DATE && dayOfAnotherEvent(w, t)) {
        continue; // "later in the day": the day of an event told before, not of publication
      }
      int first = w.firstWordFrom(t.span().start());
      if (rankingWindow(w, first)) {
        continue; // "the deadliest attack since 1990": the stretch a ranking holds over
      }
      boolean governed = false;
      int lean = clockLean(w, t, first, when.get());
      if (lean != 0) {
        when = Optional.of(when.get().leaning(lean));
      }
      for (int i = first - 1; i >= 0 && i >= first - 3 && lean == 0; i--) {
        if (lexicon.intervalWords().containsKey(w.lower(i)) && bound.isEmpty() && i == first - 1) {
          bound = lexicon.intervalWords().get(w.lower(i)); // "from 1990", "until 1998"
        } else if (lexicon.dateGovernors().contains(w.lower(i)) && !toldDeed(w, i)
            || i + 1 < first && lexicon.dateGovernors().contains(w.lower(i) + " " + w.lower(i + 1))) {
          // "from 1994 to 2006": the start of the end's own stretch does not govern the end
          boolean ownStart = bound.equals("to")
              && "from".equals(lexicon.intervalWords().get(w.lower(i)));
          governed |= !ownStart && (!lexicon.intervalWords().containsKey(w.lower(i))
              || !bound.isEmpty() && i < first - 1);
        }
        if (w.isContent(i)) {
          break;
        }
      }
      if (lean == 0 && negatedEnd(w, first)) {
        bound = "to"; // "will not reopen before Feb. 24": the closure lasts until then
        governed = false;
      }
      if (bound.isEmpty() && !governed && started(w, first) && when.get().minuteOfDay() < 0) {
        // "the fighting began in July": the start "since July" gives; a start at a clock time
        // ("the race started at 7:30 a.m.") is an event at that time, as "the gun went at 8:30"
        bound = "from";
      }
      if (bound.isEmpty() && toldOn(w, first, w.lastWordBefore(t.span().end()))) {
        bound = "told"; // "Smith said Friday that she went": the date of the telling
      }
      String around = w.between(t.span().start() - 1, t.span().end() + 1);
      if (around.startsWith("/") || around.endsWith("/") || t.span().text().contains("/")
          && t.span().text().matches(".*\\d{4}/\\d.*")) {
        continue; // a date in a web address or a file name: when the page was made
      }
      String after = w.between(t.span().end(), t.span().end() + 2);
      if (after.equals("'s") || after.equals("\u2019s")) {
        governed = true; // "Sunday's game": the date of what the noun names
      }
      governed |= modifier(w, first, w.lastWordBefore(t.span().end())) || endsPeriod(w, first)
          || modelYear(w, t);
      boolean expected = false;
      int from = Math.max(0, first - 8);
      for (int i = from; i < w.size() && w.start(i) < t.span().end() + 1; i++) {
        expected |= lexicon.expectations().contains(w.lower(i))
            || lexicon.temporal().plansBeforeTo().contains(w.lower(i)) && i + 1 < w.size()
                && (w.lower(i + 1).equals("to") || w.lower(i + 1).equals("for"));
      }
      // "at 3:30 a.m. on Sunday": a clock time and its day are one moment with one frame
      TextSpan whole = t.span();
      for (TextSpan x : stops.spans()) {
        if (adjacent(w, x, t.span())) {
          whole = w.span(Math.min(whole.start(), x.start()), Math.max(whole.end(), x.end()));
        }
      }
      Set<String> other = anotherClause(w, w.lastWordBefore(whole.end()));
      out.add(new Moment(w, t, when.get(), without(frames.frame(w, whole, stops), other),
          without(frames.core(w, whole, stops), other),
          without(frames.names(w, whole, stops), other), bound, governed, expected));
    }
    // "held the seat from 1994 to 2006": the end of a stretch has the words of its start, which
    // the start's date stops before the end
    for (int i = 1; i < out.size(); i++) {
      Moment end = out.get(i);
      Moment start = out.get(i - 1);
      if (end.bound().equals("to") && start.bound().equals("from") && !end.governed()
          && w.firstWordFrom(start.facet().span().end()) + 1 == w.firstWordFrom(
              end.facet().span().start())) {
        out.set(i, new Moment(w, end.facet(), end.when(), start.frame(), start.core(),
            start.names(), end.bound(), false, end.expected()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the date at word {@code first} follows "before" or "until" (pack facet {@code
   * negated-end}) after a negated verb of its clause, up to {@value #NEGATED_END_WORDS} words
   * before ("the schools will not reopen before Feb. 24", "trains will not run until Wednesday"):
   * a thing that does not happen before a date keeps the state it ends until that date, as "the
   * schools stay shut until Feb. 24" says.
   */
  private boolean negatedEnd(ClaimWords w, int first) {
    if (first < 1 || !lexicon.temporal().negatedEnds().contains(w.lower(first - 1))) {
      return false;
    }
    for (dev.parallax.PolarityFacet p : w.negations()) {
      int k = w.lastWordBefore(p.span().end());
      if (k < first - 1 && k >= first - 2 - NEGATED_END_WORDS
          && w.between(p.span().end(), w.start(first - 1)).matches("[^,;.:]*")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the date at word {@code first} opens the stretch of a ranking below the top: right
   * after a word that starts a stretch ("since"), with a superlative after an ordinal (pack facets
   * {@code superlative} and {@code rank-ordinal}) at most {@value #RANKING_WORDS} words before it
   * in its clause ("the third-deadliest attack since 1990", "the second highest level since
   * 2008"). The date is not when the one above came, as it is after a superlative alone ("the
   * deadliest accident since 1988": the last deadlier one came then), and it dates no event;
   * unless the ranked phrase is the object of a deed in a perfect tense ({@link #deedOfRanked}).
   */
  private boolean rankingWindow(ClaimWords w, int first) {
    if (first < 2 || !"from".equals(lexicon.intervalWords().get(w.lower(first - 1)))) {
      return false;
    }
    RankingWords r = rankings;
    for (int k = first - 2; k >= 0 && k >= first - 1 - RANKING_WORDS; k--) {
      if (w.between(w.end(k), w.start(k + 1)).matches("(?s).*[,;:()].*")) {
        return false;
      }
      String lower = w.lower(k);
      int hyphen = lower.indexOf('-');
      if (hyphen > 0 && r.place(lower.substring(0, hyphen)) != null
          && r.superlatives().containsKey(lower.substring(hyphen + 1))
          || k > 0 && r.superlatives().containsKey(lower) && r.place(w.lower(k - 1)) != null) {
        return !deedOfRanked(w, k);
      }
    }
    return false;
  }

  /**
   * Whether the ranked noun phrase before word {@code k} is the object of a verb in a perfect
   * tense that is no copula ("had led Britain's second-largest union since 2012"): the stretch
   * after "since" is the deed's, not the ranking's ("has been the second-largest since 2012").
   */
  private boolean deedOfRanked(ClaimWords w, int k) {
    for (int j = k - 1; j >= 1 && j >= k - RANKING_WORDS; j--) {
      if (lexicon.copulas().contains(w.lower(j))) {
        return false;
      }
      if (perfects.contains(w.lower(j - 1)) && w.isContent(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stems of the words of another event's clause after the date that ends at word {@code
   * last}: those after the first word of the pack facet {@code clause-connective} that follows
   * it ("charged Saturday after opening fire at the party": "open", "fire", "parti"), but for
   * stems that also stand before that word. Empty when no such word follows.
   */
  private Set<String> anotherClause(ClaimWords w, int last) {
    int k = last + 1;
    while (k < w.size() && !lexicon.temporal().connectives().contains(w.lower(k))) {
      k++;
    }
    Set<String> out = new java.util.HashSet<>();
    for (int i = k + 1; i < w.size(); i++) {
      out.add(w.stem(i));
    }
    for (int i = 0; i <= k && i < w.size(); i++) {
      out.remove(w.stem(i));
    }
    return out;
  }

  private static Set<String> without(Set<String> stems, Set<String> other) {
    if (other.isEmpty()) {
      return stems;
    }
    Set<String> out = new java.util.LinkedHashSet<>(stems);
    out.removeAll(other);
    return Set.copyOf(out);
  }

  /**
   * Whether the facet is a year that names which of a kind of thing is meant, between a
   * determiner (pack facet {@code date-modifier-determiner}) and a name ("his 2008 Bentley", "a
   * 1967 Mustang", "the 2004 Tony telecast"): a model or an edition, not a date of the claim's
   * event.
   */
  private boolean modelYear(ClaimWords w, TimeFacet t) {
    if (!YEAR.matcher(t.span().text()).matches()) {
      return false;
    }
    int first = w.firstWordFrom(t.span().start());
    int last = w.lastWordBefore(t.span().end());
    return first > 0 && last + 1 < w.size()
        && lexicon.dateModifierDeterminers().contains(w.lower(first - 1))
        && w.isCapitalised(last + 1) && !DATE_WORDS.matcher(w.text(last + 1)).lookingAt()
        && w.gapIsSpace(w.end(last), w.start(last + 1));
  }

  /** The stops of a claim without its model years, which are words of a noun phrase. */
  private Stops withoutModelYears(ClaimWords w, Stops stops) {
    List<TextSpan> spans = new ArrayList<>(stops.spans());
    List<TextSpan> passable = new ArrayList<>(stops.passable());
    for (TimeFacet t : w.claim().facets(TimeFacet.class)) {
      if (modelYear(w, t)) {
        spans.remove(t.span());
        passable.add(t.span());
      }
    }
    return spans.size() == stops.spans().size() ? stops
        : new Stops(List.copyOf(spans), List.copyOf(passable));
  }

  /**
   * Whether the date of words {@code first..last} modifies the noun after it, between a
   * determiner (pack facet {@code date-modifier-determiner}) and a lower-case noun ("in its
   * Tuesday editions", "his Monday column", "the Friday deadline"): the date of that thing, not
   * of the claim's event.
   */
  private boolean modifier(ClaimWords w, int first, int last) {
    return first > 0 && last + 1 < w.size()
        && lexicon.dateModifierDeterminers().contains(w.lower(first - 1))
        && w.isContent(last + 1) && !w.isCapitalised(last + 1)
        && w.gapIsSpace(w.end(last), w.start(last + 1));
  }

  /**
   * Whether a word of the pack facet {@code company-year} is among the words of the date or one
   * of the two words before it ("its fiscal first quarter", "the first financial quarter").
   */
  private boolean companyYear(ClaimWords w, TimeFacet t) {
    int first = w.firstWordFrom(t.span().start());
    for (int i = Math.max(0, first - 2); i < w.size() && w.start(i) < t.span().end(); i++) {
      if (lexicon.temporal().companyYears().contains(w.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the date that starts at word {@code first} names a period of the calendar by its last
   * day: after a verb of the pack facet {@code period-end}, "on" allowed between, with a noun of
   * the pack facet {@code period-noun} up to three words before the verb ("the four fiscal
   * quarters ended July 31", "the quarter, which ends January 31").
   */
  private boolean endsPeriod(ClaimWords w, int first) {
    int e = first - 1;
    if (e >= 0 && w.lower(e).equals("on")) {
      e--;
    }
    if (e < 1 || !lexicon.temporal().periodEnds().contains(w.lower(e))) {
      return false;
    }
    for (int k = e - 1; k >= 0 && k >= e - 3; k--) {
      if (lexicon.temporal().periods().contains(w.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the date of words {@code first..last} dates a telling: a verb of telling (pack facet
   * {@code speech-date}) right before it, "on" allowed between ("Ketsoyan said Friday that",
   * "police said on Monday."), or right after it with no punctuation between ("police on Friday
   * said"; not "Colter, who took over in January 2022, said"); not a passive one ("The leak was
   * reported at 9:26 a.m."), which dates when the thing became known.
   */
  private boolean toldOn(ClaimWords w, int first, int last) {
    int before = first - 1;
    if (before >= 0 && w.lower(before).equals("on")) {
      before--;
    }
    // "police on Friday said", but not "Colter, who took over in January 2022, said": a comma
    // closes the aside the date stands in
    return before >= 0 && lexicon.speechDates().contains(w.lower(before)) && !passive(w, before)
        || last + 1 < w.size() && lexicon.speechDates().contains(w.lower(last + 1))
            && w.gapIsSpace(w.end(last), w.start(last + 1))
        || toldWhere(w, before);
  }

  /**
   * Whether word {@code end} ends a phrase that says where or to whom something was told, right
   * after a verb of telling (pack facet {@code speech-date}): a word of the pack facet {@code
   * telling-place} and one to {@value #TELLING_PHRASE} words more ("said at practice on
   * Wednesday", "said at a news conference Wednesday", "told reporters on Tuesday", "said at a
   * news conference late on Friday").
   */
  private boolean toldWhere(ClaimWords w, int end) {
    for (int v = end - 1; v >= 0 && v >= end - TELLING_PHRASE; v--) {
      if (lexicon.speechDates().contains(w.lower(v))) {
        // "told jurors in closing arguments on Monday": the hearer first, then the place
        int next = v + 1;
        if (lexicon.temporal().hearerVerbs().contains(w.lower(v)) && next <= end) {
          next += w.lower(next).equals("the") && next + 1 <= end ? 2 : 1;
        }
        if (next <= end && !lexicon.temporal().tellingPlaces().contains(w.lower(next))
            || passive(w, v)) {
          return false;
        }
        for (int i = next; i <= end; i++) {
          if (lexicon.temporal().connectives().contains(w.lower(i)) || w.isNumber(i)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether a form of "be" stands right before word {@code v}, making it passive. */
  private boolean passive(ClaimWords w, int v) {
    return v >= 1 && passives.contains(w.lower(v - 1)) && w.gapIsSpace(w.end(v - 1), w.start(v));
  }

  /**
   * Whether a phrase of pack facet {@code local-clock} follows the time, past spaces and an
   * opening bracket ("at 8:12 p.m. local time", "4:30 a.m. (local time)"): the time of the
   * place, whose zone the report does not name.
   */
  private boolean localClock(ClaimWords w, TimeFacet t) {
    String text = w.claim().text();
    int from = t.span().end() - w.claim().span().start();
    if (from < 0 || from > text.length()) {
      return false;
    }
    String after = text.substring(from).replaceFirst("^[\\s(]+", "")
        .toLowerCase(java.util.Locale.ROOT);
    for (String phrase : lexicon.temporal().localClock()) {
      if (after.startsWith(phrase)
          && (after.length() == phrase.length() || !Character.isLetter(after.charAt(phrase.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clock time of a facet does not say which half of the day it is in: an hour from 1
   * to 12 written without a leading zero, and no mark of the pack facet {@code clock-half}
   * ("a.m.", "pm") in its words or right after them. "6:41" may be 6:41 or 18:41; "06:41",
   * "18:41" and "6:41 p.m." may not. A time in words ("a quarter past four") is read the same
   * way, with its mark at its end ("six in the morning"); noon is one moment.
   */
  private boolean eitherHalf(ClaimWords w, TimeFacet t, When when) {
    int hour = when.minuteOfDay() / 60;
    if (when.minuteOfDay() < 0 || hour < 1 || hour > 12) {
      return false;
    }
    String text = t.span().text();
    String after = TemporalWords.bare(
        w.between(t.span().end(), Math.min(t.span().end() + 6, w.claim().span().end())));
    Matcher m = DIAL.matcher(text);
    if (!m.find()) {
      // "a quarter past four", "ten to nine": a dial read in words says its half only by a mark
      // at its end or right after it; "noon" and "midday" (12:00 in words) name one moment
      if (text.chars().anyMatch(Character::isDigit) || when.minuteOfDay() == 12 * 60) {
        return false;
      }
      String bare = TemporalWords.bare(text);
      for (String half : lexicon.temporal().halves()) {
        if (bare.endsWith(half) || after.startsWith(half)) {
          return false;
        }
      }
      return true;
    }
    if (m.group(1).startsWith("0")) {
      return false;
    }
    String bare = TemporalWords.bare(text.substring(m.end())) + after;
    for (String half : lexicon.temporal().halves()) {
      if (bare.startsWith(half)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a date facet is "the day", "that day" or "the same day" with no day named before it
   * in the claim: the day of an event the story told before ("Later in the day, the body was
   * recovered"), which the publication date does not give.
   */
  private static boolean dayOfAnotherEvent(ClaimWords w, TimeFacet t) {
    if (!THE_DAY.matcher(t.span().text()).matches()) {
      return false;
    }
    for (TimeFacet o : w.claim().facets(TimeFacet.class)) {
      if (o.span().end() <= t.span().start() && !THE_DAY.matcher(o.span().text()).matches()
          && When.of(o.value()).map(When::fixesDay).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the date that starts at word {@code first} comes right after a verb of the pack
   * facet {@code start-verb}, "in", "on" or "at" allowed between ("began in July", "broke out
   * on Monday"): when a stretch of time began.
   */
  private boolean started(ClaimWords w, int first) {
    int v = first - 1;
    if (v >= 0 && (w.lower(v).equals("in") || w.lower(v).equals("on")
        || w.lower(v).equals("at"))) {
      v--;
    }
    if (v < 0) {
      return false;
    }
    Set<String> verbs = lexicon.temporal().startVerbs();
    return verbs.contains(w.lower(v))
        || v >= 1 && verbs.contains(w.lower(v - 1) + " " + w.lower(v));
  }

  /** Whether two spans stand next to each other with at most "on", "at" or a comma between. */
  private static boolean adjacent(ClaimWords w, TextSpan a, TextSpan b) {
    if (Spans.overlap(a, b)) {
      return false;
    }
    String gap = a.end() <= b.start() ? w.between(a.end(), b.start())
        : w.between(b.end(), a.start());
    return gap.strip().matches("(?i)(,|on|at|,\\s*on|of)?");
  }


  /**
   * Whether the word at {@code i}, a word of a page's timestamp ("published", "posted"), is the
   * verb of a clause after an auxiliary ("The report was published on Tuesday"): it tells when
   * the thing was published, an event, not when a page was made ("Published: May 3, 2013").
   */
  private boolean toldDeed(ClaimWords w, int i) {
    return i >= 1 && lexicon.timestampWords().contains(w.lower(i))
        && lexicon.phrases().clauseAuxiliaries().contains(w.lower(i - 1))
        && w.gapIsSpace(w.end(i - 1), w.start(i));
  }

  /**
   * How far from a clock time its own event may lie when a word of the pack facet {@code
   * clock-approximator} and a side ({@code clock-side}: "after", "past", "before") stand right
   * before it ("was hit shortly after 4:30 a.m.", "just before midnight"): the approximator's
   * minutes, after or before; 0 otherwise, when "after" or "before" anchors another event.
   */
  private int clockLean(ClaimWords w, TimeFacet t, int first, When when) {
    if (t.type() != TimeFacet.Type.TIME || when.minuteOfDay() < 0 || first < 2) {
      return 0;
    }
    String side = lexicon.temporal().clockSides().get(w.lower(first - 1));
    if (side == null || !w.gapIsSpace(w.end(first - 1), w.start(first))) {
      return 0;
    }
    Integer minutes = lexicon.temporal().clockApproximators().get(w.lower(first - 2));
    if (minutes == null && first >= 3) {
      minutes = lexicon.temporal().clockApproximators().get(w.lower(first - 3) + " " + w.lower(first - 2));
    }
    if (minutes == null) {
      return 0;
    }
    return side.equals("before") ? -minutes : minutes;
  }
}
