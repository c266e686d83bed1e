package dev.parallax.facts;

import static dev.parallax.facts.OrdinalClauses.breakBefore;
import static dev.parallax.facts.OrdinalClauses.firstTimeAfter;
import static dev.parallax.facts.OrdinalClauses.insideTime;
import static dev.parallax.facts.OrdinalClauses.isCapitalised;
import static dev.parallax.facts.OrdinalClauses.nameStart;
import static dev.parallax.facts.OrdinalClauses.pastTense;
import static dev.parallax.facts.OrdinalClauses.trim;
import static dev.parallax.facts.OrdinalClauses.verbUse;
import static dev.parallax.facts.OrdinalClauses.widen;
import static dev.parallax.facts.PolarityExtractor.startsOf;
import static dev.parallax.facts.PolarityExtractor.wordAt;

import dev.parallax.OrdinalFacet;
import dev.parallax.TimeFacet;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.facts.PolarityExtractor.Starts;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ordinal and event-count statements: "the first known defection since August 2024"
 * (1, "defection", window from 2024-08, [known]), "only the second known case via direct land
 * crossing this year" (2, "case via direct land crossing", window 2025, [only, known]), "the third
 * time in a month", "the 10th such incident this year".
 *
 * <p>An ordinal is an {@code ordinal} cue of {@code ordinals.rules} ("first" ... "twentieth") or a
 * word shaped like "1st", "2nd", "10th"; it opens a statement only right after an
 * {@code ordinal-determiner} ("the", "a", "its"...), and never inside one of the given time
 * expressions ("August 1st"), nor as part of a name ("the Fifth Amendment", "the 21st century",
 * "the First National Bank": see {@link #named}). Qualifiers ({@code ordinal-qualifier}) are read up to two words
 * before the determiner ("only the second") and right after the ordinal ("first known",
 * "10th such").
 *
 * <p><b>Event and window.</b> The event is the words after the ordinal and its qualifiers:
 *
 * <ul>
 *   <li>when "since" ({@code ordinal-since}) follows within {@value #MAX_SINCE_LEAD} words, before
 *       any word that joins another clause ({@code ordinal-clause-joiner}: "and its first since
 *       2016" is no window of the third before it), the
 *       event ends before it and the window is the first time expression at most
 *       {@value #MAX_SINCE_WORDS} words after "since" in the same clause; when that expression
 *       does not itself start at "since" ("since a staff sergeant defected ... in August 2024"),
 *       the window is widened to start there, open-ended from the expression's date;
 *   <li>otherwise, when a time expression follows in the same clause within
 *       {@value #MAX_EVENT_WORDS} words, that expression is the window and the event is the head
 *       noun with its modifiers up to it, trailing stop words dropped ("case via direct land
 *       crossing", "time" in "the third time in a month"); if a past-tense verb stands between
 *       ("the first defection occurred last August"), the event ends before the verb and the
 *       time says when it happened instead, unless the time is a length of time, which dates no
 *       single event ("the second official convicted in a decade": the window);
 *   <li>otherwise the event is the run of content words after the ordinal (at most
 *       {@value #MAX_HEAD_WORDS}, up to a stop word, a number or a past-tense verb), cut after its
 *       last {@code count-noun} ("defection attempt" in "the second defection attempt by a
 *       soldier"; "incident" in "the third incident drew a warning"); a length of time that ends
 *       the clause of the counted noun within {@value #MAX_STRETCH_WORDS} words is then the
 *       window ("the first official to be convicted in federal court in the past ten years").
 * </ul>
 *
 * <p>When the noun is left out ("the first occurred last August": the word after the ordinal is a
 * stop word or a past-tense verb), the statement takes the event and window of the statement
 * before it in the same sentence ("... only the second known case ... this year—the first
 * occurred last August": the first case this year), and the time that follows it in its clause
 * says when the event happened. After "a" or "an" an ordinal without its noun is a statement
 * only as one more member of the series the ordinal of one less names before it in the sentence
 * ("her second marriage also failed, as did a third": the third marriage); "in a second" is a
 * moment. The statement's span runs from its first qualifier or determiner to the end of its
 * event.
 *
 * <p>Immutable and thread-safe; work is bounded per ordinal.
 */
public final class OrdinalExtractor {
  /** A year, or a season, quarter, half or month of one, as a time value writes it. */
  private static final java.util.regex.Pattern PERIOD =
      java.util.regex.Pattern.compile("\\d{4}(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]|\\d{2}))?");
  /** The articles, which open an object after a participle. */
  private static final java.util.regex.Pattern ARTICLE =
      java.util.regex.Pattern.compile("(?i)a|an|the");

  /** The most words between an ordinal's qualifiers and its window. */
  static final int MAX_EVENT_WORDS = 6;
  /** The most words between "since" and the time expression it opens. */
  static final int MAX_SINCE_WORDS = 15;
  /**
   * The most words between an ordinal's noun and a "since" in its clause that opens its window
   * ("the fourth theft from a restaurant wine cellar in the region since 2023").
   */
  static final int MAX_SINCE_LEAD = 10;
  /**
   * The most words between an ordinal's qualifiers and a length of time that ends the clause of
   * its noun ("the first senior official in the city to be convicted in federal court in the
   * past ten years"), read as its window when no time stands nearer.
   */
  static final int MAX_STRETCH_WORDS = 15;
  /** The most words from the end of an ordinal to a noun of history that is its window. */
  static final int HISTORY_WORDS = 6;

  /** The most words of an event read without a window. */
  static final int MAX_HEAD_WORDS = 4;

  private static final Pattern DIGITS = Pattern.compile("(\\d{1,4})(st|nd|rd|th)");
  private static final Pattern ONE = Pattern.compile("\\bone\\b");

  /** An ordinal extractor. */
  public OrdinalExtractor() {}

  /**
   * The ordinal statements of one analysed text, in text order.
   *
   * @param times the time expressions of the same text (the time extractor's output)
   */
  public List<OrdinalFacet> extract(Spans spans, CueHits cues, List<TimeFacet> times) {
    AnalyzedText t = spans.text();
    List<OrdinalFacet> out = new ArrayList<>();
    if (t.wordCount() == 0) {
      return out;
    }
    List<TimeFacet> sorted = new ArrayList<>(times);
    sorted.sort(Comparator.comparing(TimeFacet::span));
    // the number of the first ordinal cue with one at each start, by start (binary search)
    List<CueHit> ordinalHits = cues.of("ordinal");
    int[] ordinalStarts = new int[ordinalHits.size()];
    int[] ordinals = new int[ordinalHits.size()];
    int ordinalCount = 0;
    for (CueHit h : ordinalHits) { // in text order
      if (ordinalCount > 0 && ordinalStarts[ordinalCount - 1] == h.start()) {
        continue; // an earlier cue at this start gave the number
      }
      try {
        ordinals[ordinalCount] = Integer.parseInt(h.value().strip());
        ordinalStarts[ordinalCount++] = h.start();
      } catch (NumberFormatException e) {
        // a cue without a number is no ordinal
      }
    }
    Cues c = new Cues(startsOf(cues, "ordinal-determiner"), startsOf(cues, "ordinal-qualifier"),
        startsOf(cues, "count-noun"), startsOf(cues, "ordinal-since"),
        startsOf(cues, "ordinal-name-noun"), startsOf(cues, "ordinal-owner-place"),
        startsOf(cues, "ordinal-window-lead"), startsOf(cues, "ordinal-copula"),
        startsOf(cues, "ordinal-hyphen-kind-noun"), startsOf(cues, "ordinal-restrictor"),
        startsOf(cues, "ordinal-history"), startsOf(cues, "ordinal-clause-joiner"),
        startsOf(cues, "ordinal-class-phrase"));
    int nextTime = 0;
    int nextOrdinal = 0; // the words ascend: the first ordinal start not before the word
    for (int s = 0; s < t.sentences().size(); s++) {
      CharSpan sentence = t.sentences().get(s);
      while (nextTime < sorted.size() && sorted.get(nextTime).span().start() < sentence.start()) {
        nextTime++;
      }
      List<TimeFacet> inSentence = new ArrayList<>();
      for (int i = nextTime; i < sorted.size()
          && sorted.get(i).span().start() < sentence.end(); i++) {
        inSentence.add(sorted.get(i));
      }
      List<OrdinalFacet> found = new ArrayList<>();
      int headline = -1; // whether the sentence is in title case: asked at an ordinal only
      for (int w = t.firstWord(s); w < t.endWord(s); w++) {
        int start = t.start(w);
        while (nextOrdinal < ordinalCount && ordinalStarts[nextOrdinal] < start) {
          nextOrdinal++;
        }
        int n = nextOrdinal < ordinalCount && ordinalStarts[nextOrdinal] == start
            ? ordinals[nextOrdinal] : digits(t.term(w));
        if (n < 1 || insideTime(inSentence, start, t.end(w))) {
          continue;
        }
        if (headline < 0) {
          headline = NameExtractor.isTitleCase(t, s) ? 1 : 0;
        }
        if (!named(t, c, w, t.firstWord(s), t.endWord(s), headline == 1)) {
          OrdinalFacet f = read(spans, c, s, w, n, inSentence, found);
          if (f != null) {
            found.add(f);
          }
        }
      }
      out.addAll(found);
    }
    return List.copyOf(out);
  }

  /**
   * Whether word {@code i} is a possessive that determines the noun after it, as "the" does: a
   * common noun written with "'s" or "’s" after a determiner ("the region's second major
   * blaze", "the city's first strike"), or a place's name ending in a word for a place
   * ("Lenox County's third hostage standoff"). A person's name ("Klitschko's 58th victory") is
   * not read: a person's career has many sequences ("his second victory over Thompson").
   */
  private static boolean possessive(AnalyzedText t, int i, Cues c) {
    String x = t.text().substring(t.start(i), t.end(i));
    if (i < 1 || x.length() <= 2 || !(x.endsWith("'s") || x.endsWith("’s"))) {
      return false;
    }
    if (Character.isLowerCase(x.charAt(0))) {
      return c.determiners.contains(t.start(i - 1));
    }
    // "Lenox County's third hostage standoff": a place's name ends in a word for a place
    // (ordinal-owner-place), and says where the count runs, as "in Lenox County" does
    return c.places.contains(t.start(i)) && isCapitalised(t, i - 1)
        && t.text().substring(t.end(i - 1), t.start(i)).equals(" ");
  }

  /** Whether word {@code i} is a capitalised word written with "'s" or "’s": a name's. */
  private static boolean namePossessive(AnalyzedText t, int i) {
    String x = t.text().substring(t.start(i), t.end(i));
    return i >= 0 && x.length() > 2 && (x.endsWith("'s") || x.endsWith("’s"))
        && Character.isUpperCase(x.charAt(0));
  }

  /**
   * The common noun right before a copula ({@code ordinal-copula}: "is", "was", "marks") that
   * word {@code first}, an ordinal statement's first word, follows: "The deal is the third";
   * -1 when there is none (a pronoun, a name, a break).
   */
  private static int copulaSubject(AnalyzedText t, Cues c, int first, int from) {
    int k = first - 1;
    int s = k - 1;
    if (s < from || !c.copulas.contains(t.start(k)) || breakBefore(t, first)
        || breakBefore(t, k) || t.isStopWord(s) || t.isNumber(s)
        || !Character.isLowerCase(t.text().charAt(t.start(s)))) {
      return -1;
    }
    return s;
  }

  /**
   * Whether a phrase of {@code ordinal-class-phrase} ("for a", "among") stands in the clause
   * after the ordinal, within {@value #MAX_SINCE_LEAD} words of word {@code j} and before any
   * verb or restricting clause ("the third final to be settled by a shootout" is no class): the
   * ordinal counts over a class of owners.
   */
  private static boolean overClass(AnalyzedText t, Cues c, int j, int to) {
    for (int q = j; q < to && q - j <= MAX_SINCE_LEAD && (q == j || !breakBefore(t, q))
        && !c.joiners.contains(t.start(q)) && !c.restrictors.contains(t.start(q))
        && !pastTense(t, q); q++) {
      if (c.classes.contains(t.start(q))) {
        return true;
      }
    }
    return false;
  }

  private static OrdinalFacet read(Spans spans, Cues c, int s, int w, int n,
      List<TimeFacet> times, List<OrdinalFacet> before) {
    AnalyzedText t = spans.text();
    int from = t.firstWord(s);
    int to = t.endWord(s);
    int det = w - 1;
    if (det < from || breakBefore(t, w)) {
      return null;
    }
    // "Helion's 11th launch of the year": any other name's possessive opens a statement only
    // with a window to count in (a person's career has many sequences: "his second victory")
    boolean anyName = !c.determiners.contains(t.start(det)) && !possessive(t, det, c)
        && namePossessive(t, det);
    boolean owned = possessive(t, det, c) || anyName;
    if (!c.determiners.contains(t.start(det)) && !owned) {
      return null;
    }
    List<String> qualifiers = new ArrayList<>();
    // "the region's second major blaze": the possessor is where it is counted, as "in the
    // region" is, and the statement opens at "the"
    boolean named = owned && isCapitalised(t, det);
    int ownerStart = named ? nameStart(t, det, from) : det;
    String owner = owned
        ? t.text().substring(t.start(ownerStart), t.endWithoutPossessive(det)) : "";
    if (named) {
      det = ownerStart; // the statement opens at the name
      if (det - 1 >= from && c.determiners.contains(t.start(det - 1)) && !breakBefore(t, det)) {
        det--; // "the RBNZ's fifth": a name that takes an article opens with it
      }
    } else if (det - 1 >= from && !owner.isEmpty() && !breakBefore(t, det)) {
      det--;
    }
    int first = det;
    for (int k = det - 1; k >= from && det - k <= 2 && c.qualifiers.contains(t.start(k))
        && !breakBefore(t, k + 1); k--) {
      qualifiers.add(0, t.term(k));
      first = k;
    }
    int j = w + 1;
    while (j < to && c.qualifiers.contains(t.start(j)) && !breakBefore(t, j)) {
      qualifiers.add(t.term(j));
      j++;
    }
    if (overClass(t, c, j, to)) {
      return null; // "the third this year for a Norwegian drugmaker": many owners' series
    }
    boolean elided = j >= to || breakBefore(t, j) || t.isStopWord(j) && !(j + 1 < to && t.hyphenedModifier(j))
        || t.isNumber(j) && !t.numberModifier(j)
        || c.since.contains(t.start(j))
        || (pastTense(t, j) && verbUse(t, times, j + 1, to));
    // "The deal is the third this year", "The accident is the fourth fatal one": the subject
    // of the copula names what is counted when the ordinal leaves its noun out
    int subject = copulaSubject(t, c, first, from);
    String ownerPart = owner.isEmpty() ? "" : " of " + owner;
    if (elided) {
      if (t.term(det).equals("a") || t.term(det).equals("an")) {
        // "her second marriage failed, as did a third": one more member of the series the
        // ordinal of one less names before it, in the same sentence; "in a second" is no place
        OrdinalFacet last = before.isEmpty() ? null : before.get(before.size() - 1);
        if (last == null || last.ordinal() != n - 1 || last.event().isEmpty()
            || det > from && t.term(det - 1).equals("in")) {
          return null;
        }
        return new OrdinalFacet(spans.words(first, j - 1), n, last.event(), last.window(),
            qualifiers, Optional.empty());
      }
      TimeFacet after = firstTimeAfter(t, times, j - 1, to, MAX_EVENT_WORDS);
      // "the bank's fifth since it began easing in August last year": "since" right after the
      // ordinal opens its window, as it does after a noun, never a date of when
      TimeFacet since = j < to && !breakBefore(t, j) && c.since.contains(t.start(j))
          ? firstTimeAfter(t, times, j - 1, to, MAX_SINCE_WORDS + 1) : null;
      if (since != null) {
        after = since.span().start() == t.start(j) ? since : widen(spans, j, since);
      }
      OrdinalFacet antecedent = null;
      for (OrdinalFacet b : before) {
        if (!b.event().isEmpty()) {
          antecedent = b;
        }
      }
      if (antecedent != null && j < to && !breakBefore(t, j)
          && c.restrictors.contains(t.start(j))) {
        // "the third serious accident this year, and the first in which a cable had failed":
        // a clause after the ordinal counts a part of what the one before counts
        antecedent = null;
        if (subject < 0) {
          return null;
        }
      }
      if (antecedent == null && subject >= 0) {
        if (anyName && after == null) {
          return null;
        }
        return new OrdinalFacet(spans.words(first, j - 1), n, t.term(subject) + ownerPart,
            Optional.ofNullable(after), qualifiers, Optional.empty());
      }
      if (anyName) {
        return null;
      }
      if (since != null) {
        return new OrdinalFacet(spans.words(first, j - 1), n,
            antecedent == null ? "" : antecedent.event(), Optional.of(after), qualifiers,
            Optional.empty());
      }
      // "the first win since 2016 and only the third in school history": all of history is
      // the window of its own, not the one before's
      return new OrdinalFacet(spans.words(first, j - 1), n,
          antecedent == null ? "" : antecedent.event(),
          antecedent == null || overHistory(t, c, j, to) ? Optional.empty()
              : antecedent.window(), qualifiers,
          Optional.ofNullable(after));
    }
    int eventEnd;
    Optional<TimeFacet> window = Optional.empty();
    Optional<TimeFacet> when = Optional.empty();
    int since = -1;
    for (int q = j + 1; q < to && q - j <= MAX_SINCE_LEAD && !breakBefore(t, q)
        && !c.joiners.contains(t.start(q)); q++) {
      if (c.since.contains(t.start(q))) {
        since = q;
        break;
      }
    }
    TimeFacet next = firstTimeAfter(t, times, j, to, MAX_EVENT_WORDS + 1);
    if (since >= 0 && next != null && next.span().end() <= t.start(since)) {
      since = -1; // "11th launch of the year and 31st since 2014": the nearer time is its window
    }
    TimeFacet stretch = null;
    if (since < 0 && next == null) {
      // "the first official to be convicted in federal court in the past ten years": a length
      // of time that ends the clause of the counted noun bounds the count
      TimeFacet far = firstTimeAfter(t, times, j, to, MAX_STRETCH_WORDS + 1);
      stretch = far != null && (far.type() == TimeFacet.Type.DURATION
          || calendarPeriod(far) && !pastTenseBefore(t, c, j, far)) ? far : null;
    }
    if (since >= 0) {
      eventEnd = trim(t, j, since - 1);
      TimeFacet tf = firstTimeAfter(t, times, since - 1, to, MAX_SINCE_WORDS + 1);
      if (tf != null) {
        window = Optional.of(tf.span().start() == t.start(since) ? tf : widen(spans, since, tf));
      }
    } else if (next != null) {
      int tw = wordAt(t, next.span().start());
      int end = trim(t, j, tw - 1);
      // "in nearly three decades": what bounds or rounds the window is not the event's
      while (end > j && c.leads.contains(t.start(end))) {
        end = trim(t, j, end - 1);
      }
      int verb = -1;
      for (int q = j + 1; q <= end; q++) {
        if (pastTense(t, q)) {
          verb = q;
          break;
        }
      }
      if (verb >= 0) {
        eventEnd = trim(t, j, verb - 1);
        // a length of time dates no single event: "the second official convicted in a decade"
        // counts over the decade, where "the first defection occurred last August" dates one
        if (next.type() == TimeFacet.Type.DURATION) {
          window = Optional.of(next);
        } else {
          when = Optional.of(next);
        }
      } else {
        eventEnd = end;
        window = Optional.of(next);
      }
    } else {
      eventEnd = j;
      int count = -1;
      for (int q = j; q < to && q - j < MAX_HEAD_WORDS; q++) {
        if (q > j && (breakBefore(t, q) || t.isStopWord(q) && !(q + 1 < to && t.hyphenedModifier(q))
            || t.isNumber(q) || pastTense(t, q) || participleWithObject(t, q, to))) {
          break;
        }
        eventEnd = q;
        if (c.counts.contains(t.start(q))) {
          count = q;
        }
      }
      if (count >= 0) {
        eventEnd = count;
      }
      window = Optional.ofNullable(stretch);
    }
    if (anyName && window.isEmpty()) {
      return null;
    }
    if (subject >= 0 && eventEnd + 1 < to && t.term(eventEnd + 1).equals("one")
        && !breakBefore(t, eventEnd + 1)) {
      eventEnd++; // "the fourth fatal one this year": a stop word, here the counted noun
    }
    String event = NameExtractor.SPACES
        .matcher(t.text().substring(t.start(j), t.endWithoutPossessive(eventEnd))).replaceAll(" ")
        + ownerPart;
    if (subject >= 0) {
      // "the fourth fatal one": "one" stands for the subject's noun
      event = ONE.matcher(event).replaceFirst(t.term(subject));
    }
    return new OrdinalFacet(spans.of(t.start(first), t.endWithoutPossessive(eventEnd)), n, event,
        window, qualifiers, when);
  }

  /**
   * Whether the ordinal at word {@code w} is part of a name, not a count: a noun of the facet
   * {@code ordinal-name-noun} follows it ("the Fifth Amendment", "the 21st century", "the third
   * floor", "a third-degree burn", "the third-biggest debut"), or a noun of {@code
   * ordinal-hyphen-kind-noun} joined to it by a hyphen ("a third-rate burglary"), or, outside a title-case headline, the ordinal is written with a capital or in
   * digits and a capitalised word follows ("the First National Bank", "the 82nd Airborne"), or
   * the ordinal is a word written with a capital inside its sentence, after no break ("pleaded
   * the Fifth", "Henry the Eighth"; not "Second, the plan" opening its sentence).
   */
  private static boolean named(AnalyzedText t, Cues c, int w, int from, int to,
      boolean headline) {
    String text = t.text();
    char own = text.charAt(t.start(w));
    if (!headline && w > from && Character.isUpperCase(own) && !t.isNumber(w)
        && !breakBefore(t, w)) {
      return true; // "pleaded the Fifth", "the Third Reich", "Henry the Eighth": a name
    }
    int next = w + 1;
    if (next >= to || breakBefore(t, next)) {
      return false;
    }
    if (c.names.contains(t.start(next))) {
      return true;
    }
    if (text.substring(t.end(w), t.start(next)).equals("-")
        && (c.hyphenKinds.contains(t.start(next))
            || superlative(text, t.start(next), t.end(next)))) {
      return true; // "a third-rate burglary", "the second-oldest church"; but "the sixth rate cut"
    }
    return !headline && (Character.isUpperCase(own) || Character.isDigit(own))
        && Character.isUpperCase(text.charAt(t.start(next)));
  }

  /**
   * Whether the word at chars {@code [start, end)} has the form of a superlative: lower case,
   * ending in "est" after at least two letters ("oldest", "busiest"). Joined to an ordinal by a
   * hyphen such a word ranks ("the second-oldest church"); no noun is written so.
   */
  private static boolean superlative(String text, int start, int end) {
    return end - start >= 5 && text.startsWith("est", end - 3)
        && text.substring(start, end).chars().allMatch(Character::isLowerCase);
  }

  /**
   * Whether a time is a period of the calendar, a year or a part of one ("this year", "this
   * summer", "in 2026", "in the first quarter"): after the counted noun and its phrases it bounds
   * the count ("the fourth crash involving a police pursuit in West Yorkshire this year"), where
   * a day dates one event.
   */
  private static boolean calendarPeriod(TimeFacet f) {
    return f.type() == TimeFacet.Type.DATE && PERIOD.matcher(f.value()).matches();
  }

  /**
   * Whether a past-tense verb, a word that joins another clause ({@code ordinal-clause-joiner})
   * or "since" stands between word {@code j} and time {@code f}: then the time dates a deed or
   * bounds another count ("the third victory in its history and its first since 2016").
   */
  private static boolean pastTenseBefore(AnalyzedText t, Cues c, int j, TimeFacet f) {
    for (int q = j; q < t.wordCount() && t.end(q) <= f.span().start(); q++) {
      if (pastTense(t, q) || q > j && (c.joiners.contains(t.start(q))
          || c.since.contains(t.start(q)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code q} is a participle in "-ing" with an article after it: a clause that
   * says more of the counted noun ("the fourth crash involving a police pursuit"), not part of it
   * ("the third mass shooting").
   */
  private static boolean participleWithObject(AnalyzedText t, int q, int to) {
    String term = t.term(q);
    return term.length() > 5 && term.endsWith("ing") && q + 1 < to && !breakBefore(t, q + 1)
        && ARTICLE.matcher(t.term(q + 1)).matches();
  }

  /**
   * Whether a noun of the stretch something has existed (facet {@code ordinal-history}) stands
   * in the phrase that starts at word {@code j}, at most {@value #HISTORY_WORDS} words on and
   * with no break ("in school history", "in the club's 120-year history").
   */
  private static boolean overHistory(AnalyzedText t, Cues c, int j, int to) {
    for (int k = j; k < to && k < j + HISTORY_WORDS; k++) {
      if (k > j && breakBefore(t, k)) {
        return false;
      }
      if (c.histories.contains(t.start(k))) {
        return true;
      }
    }
    return false;
  }

  /** The number of an ordinal in digits ("1st", "10th"), or 0. */
  static int digits(String term) {
    if (term.isEmpty() || term.charAt(0) < '0' || term.charAt(0) > '9') {
      return 0; // runs for every word: skip the pattern for most
    }
    char last = term.charAt(term.length() - 1);
    if (term.length() < 3 || term.length() > 6 || last != 't' && last != 'd' && last != 'h') {
      return 0; // a number that is no ordinal ("2024", "34,000"): no suffix, no pattern
    }
    Matcher m = DIGITS.matcher(term);
    if (!m.matches()) {
      return 0;
    }
    return Integer.parseInt(m.group(1));
  }

  /** The first chars of the words of each helper facet, for one text. */
  private record Cues(Starts determiners, Starts qualifiers, Starts counts, Starts since,
      Starts names, Starts places, Starts leads, Starts copulas, Starts hyphenKinds,
      Starts restrictors, Starts histories, Starts joiners, Starts classes) {}

  @Override
  public String toString() {
    return "OrdinalExtractor[ordinal, qualifiers, event, window]";
  }
}
