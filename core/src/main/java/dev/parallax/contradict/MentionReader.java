package dev.parallax.contradict;

import dev.parallax.AttributionFacet;
import dev.parallax.NameFacet;
import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fact mentions of one claim: its amounts (quantities and lengths of time) and its
 * moments (dates and clock times), each with its frame, the content words around it.
 *
 * <p>A frame holds up to {@value #FRAME_WORDS} content words each way of the mention, and stops at the
 * next number or time expression: in "killing seven people and injuring 40", "injuring" belongs
 * to 40, not to seven.
 */
final class MentionReader {

  /** How many content words each way a frame holds at most. */
  static final int FRAME_WORDS = 6;
  /** How many content words after a number are read as the noun it counts. */
  static final int NOUN_WORDS = 3;
  /** The measure of a number that says nothing of what it counts. */
  static final String BARE = "number";
  /** The measure of a game clock, the time left in a period ("with 7:41 to go"). */
  static final String GAME_CLOCK = "game-clock";
  /** How many content words each way make the core of a frame. */
  static final int CORE_WORDS = 2;

  private static final Pattern DURATION =
      Pattern.compile("P(\\d+(?:\\.\\d+)?)(Y|M|W|D|DE|CE)|PT(\\d+(?:\\.\\d+)?)([HMS])");

  /** Words that give a clock time its day: a weekday, a month, a year, a relative day. */
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?i)\\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
          + "|today|tonight|yesterday|tomorrow)|\\d{4}|\\d+/\\d+");

  private final Lexicon lexicon;

  MentionReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

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
    Stops stops = amountStops(w);
    List<Amount> out = new ArrayList<>();
    List<String> lastNoun = carried == null ? List.of() : carried.noun();
    Amount previous = carried;
    TextSpan before = null;
    for (QuantityFacet q : quantities) {
      if (times.stream().anyMatch(t -> Spans.overlap(t.span(), q.span()))) {
        continue; // a year, a day of the month or a length of time, read below
      }
      Amount a = amount(w, q, stops, lastNoun, previous, before);
      before = q.span();
      if (a != null) {
        out.add(a);
        if (!a.measure().equals(BARE)) {
          previous = a;
        }
        if (!a.noun().isEmpty() && a.measure().equals("count")) {
          lastNoun = a.noun();
        }
      }
    }
    for (TimeFacet t : times) {
      Amount a = t.type() == TimeFacet.Type.DURATION ? duration(w, t, stops)
          : t.type() == TimeFacet.Type.DATE ? ago(w, t, stops) : null;
      if (a != null) {
        out.add(a);
      }
    }
    out.addAll(gameClocks(w, stops));
    out.sort((x, y) -> Integer.compare(x.evidence().start(), y.evidence().start()));
    // "killed 230,000 people in 14 countries": an amount left without words of its own shares
    // the words of the amount before it in the claim, whose verb governs both
    for (int i = 1; i < out.size(); i++) {
      Amount a = out.get(i);
      if (a.frame().isEmpty() && !a.measure().equals(BARE)) {
        Amount p = out.get(i - 1);
        out.set(i, new Amount(a.claim(), a.evidence(), a.measure(), a.noun(), p.frame(),
            p.core(), p.names(), a.value(), a.low(), a.high(), a.step(), a.approximation(),
            a.unit(), a.derived(), a.increment(), a.scope(), a.shown()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The game clocks of a claim: minutes and seconds left in a period, before a word of the pack's
   * {@code countdown} facet, "minutes" allowed between ("with 7:41 to go", "6:00 minutes
   * remaining in the third quarter"). Measured in seconds, exactly.
   */
  private List<Amount> gameClocks(ClaimWords w, Stops stops) {
    List<Amount> out = new ArrayList<>();
    for (int i = 0; i + 2 < w.size(); i++) {
      if (!w.isNumber(i) || !w.isNumber(i + 1) || !w.text(i).matches("\\d{1,2}")
          || !w.text(i + 1).matches("[0-5]\\d")
          || !w.between(w.end(i), w.start(i + 1)).equals(":")) {
        continue;
      }
      int k = i + 2;
      if (lexicon.clockUnits().contains(w.lower(k)) && k + 1 < w.size()) {
        k++;
      }
      String next = w.lower(k);
      String two = k + 1 < w.size() ? next + " " + w.lower(k + 1) : next;
      if (!lexicon.countdown().contains(next) && !lexicon.countdown().contains(two)) {
        continue;
      }
      TextSpan span = w.span(w.start(i), w.end(i + 1));
      // the period ("left in the first half") is shared by every play of the game: the words
      // of the play say which one it was
      int last = lexicon.countdown().contains(next) ? k : k + 1;
      if (last + 4 < w.size() && w.lower(last + 1).equals("in")
          && w.lower(last + 2).equals("the")) {
        last += 4;
      }
      TextSpan withPeriod = w.span(w.start(i), w.end(Math.min(last, w.size() - 1)));
      double seconds = Integer.parseInt(w.text(i)) * 60 + Integer.parseInt(w.text(i + 1));
      out.add(new Amount(w, span, GAME_CLOCK, List.of(), frame(w, withPeriod, stops),
          core(w, withPeriod, stops), names(w, withPeriod, stops), seconds, seconds, seconds, 1,
          Approximation.EXACT, "s", false, false, Set.of(), span.text() + " left"));
    }
    return out;
  }

  /** The dates and clock times of a claim, in text order. */
  List<Moment> moments(ClaimWords w) {
    Stops stops = momentStops(w);
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
      } else if (t.from().isPresent() || t.to().isPresent()) {
        continue; // a closed interval or an end only
      }
      Optional<When> when = When.of(value);
      if (when.isEmpty()) {
        continue;
      }
      if (t.type() == TimeFacet.Type.TIME && !DATE_WORDS.matcher(t.span().text()).find()) {
        // "at 2:56", "6am": the day comes from the publication date, not from the words
        When c = when.get();
        when = Optional.of(new When(0, 0, 0, 0, 0, c.minuteOfDay(), c.partOfDay()));
      }
      int first = w.firstWordFrom(t.span().start());
      boolean governed = false;
      for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
        if (lexicon.intervalWords().containsKey(w.lower(i)) && bound.isEmpty() && i == first - 1) {
          bound = lexicon.intervalWords().get(w.lower(i)); // "from 1990", "until 1998"
        } else if (lexicon.dateGovernors().contains(w.lower(i))
            || i + 1 < first && lexicon.dateGovernors().contains(w.lower(i) + " " + w.lower(i + 1))) {
          governed |= !lexicon.intervalWords().containsKey(w.lower(i)) || !bound.isEmpty()
              && i < first - 1;
        }
        if (w.isContent(i)) {
          break;
        }
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
      governed |= modifier(w, first, w.lastWordBefore(t.span().end()));
      boolean expected = false;
      int from = Math.max(0, first - 8);
      for (int i = from; i < w.size() && w.start(i) < t.span().end() + 1; i++) {
        expected |= lexicon.expectations().contains(w.lower(i));
      }
      // "at 3:30 a.m. on Sunday": a clock time and its day are one moment with one frame
      TextSpan whole = t.span();
      for (TextSpan x : stops.spans()) {
        if (adjacent(w, x, t.span())) {
          whole = w.span(Math.min(whole.start(), x.start()), Math.max(whole.end(), x.end()));
        }
      }
      out.add(new Moment(w, t, when.get(), frame(w, whole, stops), core(w, whole, stops),
          names(w, whole, stops), bound, governed, expected));
    }
    return List.copyOf(out);
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
   * Whether the date of words {@code first..last} dates a telling: a verb of telling (pack facet
   * {@code speech-date}) right before it, "on" allowed between ("Ketsoyan said Friday that",
   * "police said on Monday."), or right after it ("police on Friday said").
   */
  private boolean toldOn(ClaimWords w, int first, int last) {
    int before = first - 1;
    if (before >= 0 && w.lower(before).equals("on")) {
      before--;
    }
    return before >= 0 && lexicon.speechDates().contains(w.lower(before))
        || last + 1 < w.size() && lexicon.speechDates().contains(w.lower(last + 1));
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
   * Where the frame of a mention stops: at {@code spans}, the other mentions of its kind, and at a
   * number, unless the number lies in one of {@code passable}, a mention of the other kind. A date
   * and an amount of one clause share its verb ("sold for $30 million in 1967": the sale is
   * valued and dated), two amounts or two dates part it ("killed 12 and wounded 20").
   */
  record Stops(List<TextSpan> spans, List<TextSpan> passable) {}

  /** The most words from "of" to the whole's number in a partitive ("of the Saints' 16"). */
  static final int PARTITIVE_WORDS = 4;

  /**
   * The stops of an amount's frame: every number, date and length of time, but not the
   * restatement of an amount in other units ("1,150 kilometers (700 miles) southeast of Tehran":
   * the distance is southeast of Tehran).
   */
  private static Stops amountStops(ClaimWords w) {
    List<TextSpan> spans = new ArrayList<>();
    List<TextSpan> passable = new ArrayList<>();
    for (TimeFacet t : w.claim().facets(TimeFacet.class)) {
      if (t.type() == TimeFacet.Type.DURATION || When.of(t.value()).isPresent()) {
        spans.add(t.span());
      }
    }
    QuantityFacet prior = null;
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (prior != null && prior.unit().isPresent() && q.unit().isPresent()
          && isConversion(w, prior.span(), q.span())) {
        passable.add(q.span());
      } else {
        spans.add(q.span());
      }
      prior = q;
    }
    return new Stops(List.copyOf(spans), List.copyOf(passable));
  }

  /**
   * The stops of a date's frame: every other date, clock time and length of time; numbers that
   * are part of an amount do not stop it.
   */
  private static Stops momentStops(ClaimWords w) {
    List<TextSpan> spans = new ArrayList<>();
    for (TimeFacet t : w.claim().facets(TimeFacet.class)) {
      if (t.type() == TimeFacet.Type.DURATION || When.of(t.value()).isPresent()) {
        spans.add(t.span());
      }
    }
    List<TextSpan> passable = new ArrayList<>();
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (spans.stream().noneMatch(p -> Spans.overlap(p, q.span()))) {
        passable.add(q.span());
      }
    }
    return new Stops(List.copyOf(spans), List.copyOf(passable));
  }

  /** The content stems around {@code span}, stopping at other numbers and times. */
  Set<String> frame(ClaimWords w, TextSpan span, Stops stops) {
    return around(w, span, stops, FRAME_WORDS);
  }

  /** The stems of the frame that are written with a capital: names, not what happened. */
  Set<String> names(ClaimWords w, TextSpan span, Stops stops) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> frame = around(w, span, stops, FRAME_WORDS);
    for (int i = 0; i < w.size(); i++) {
      if (i == 0 && (w.isStopWord(0) || lowerElsewhere(w, 0) || !inName(w, 0))) {
        continue; // a capital at the start of a claim may only mark the start ("Voters in 2009")
      }
      if (w.isCapitalised(i) && frame.contains(w.stem(i)) && !inAttribution(w, i)) {
        boolean lower = false;
        for (int j = 0; j < w.size(); j++) {
          lower |= !w.isCapitalised(j) && w.stem(j).equals(w.stem(i));
        }
        if (!lower) {
          out.add(w.stem(i));
        }
      }
    }
    return out;
  }

  /**
   * Whether the word at {@code i} names who speaks ("Iranian officials said", "according to
   * ISNA"): a source, which two reports of one fact often differ in, not a participant. A claim in
   * the reporter's own voice (an attribution of mode REPORTER, which covers the claim) gives no
   * names at all: measured on the dev events, the names of such claims (the story's protagonists,
   * named in most of its claims) make the same-fact models worse, not better (counting them and
   * refitting: 13 of 154 disagreements found on unseen events instead of 14, 14 of 23 findings
   * gold instead of 14 of 21).
   */
  private static boolean inAttribution(ClaimWords w, int i) {
    for (AttributionFacet a : w.claim().facets(AttributionFacet.class)) {
      if (a.mode() != AttributionFacet.Mode.DIRECT_QUOTE && a.span().start() <= w.start(i)
          && w.end(i) <= a.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code i} is part of a name that the name reader found (which reads a
   * capital at the start of a sentence as a name only when the text capitalises the word
   * elsewhere too).
   */
  private static boolean inName(ClaimWords w, int i) {
    for (NameFacet n : w.claim().facets(NameFacet.class)) {
      if (n.span().start() <= w.start(i) && w.end(i) <= n.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code i} is also written in lower case in its claim. */
  private static boolean lowerElsewhere(ClaimWords w, int i) {
    for (int j = 0; j < w.size(); j++) {
      if (j != i && !w.isCapitalised(j) && w.stem(j).equals(w.stem(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first {@code content} content stems on each side of {@code span} within its frame: the
   * words that say what happened to what a number counts ("were injured", "killing").
   */
  Set<String> core(ClaimWords w, TextSpan span, Stops stops) {
    return around(w, span, stops, CORE_WORDS, true);
  }

  /**
   * The content stems around {@code span}, at most {@code content} each way: a word between two
   * mentions belongs to the nearer one, a word halfway to the one after it ("killing seven
   * people and injuring 40": "injuring" belongs to 40).
   */
  private Set<String> around(ClaimWords w, TextSpan span, Stops stops, int content) {
    return around(w, span, stops, content, false);
  }

  /** The same, counting only words in lower case when {@code lower} (names are skipped). */
  private Set<String> around(ClaimWords w, TextSpan span, Stops stops, int content,
      boolean lower) {
    Set<String> out = new LinkedHashSet<>();
    int first = w.firstWordFrom(span.start());
    int last = w.lastWordBefore(span.end());
    int left = -1;
    int right = w.size();
    for (int i = first - 1; i >= 0; i--) {
      if (isStop(w, i, span, stops)) {
        left = i;
        break;
      }
    }
    for (int i = last + 1; i < w.size(); i++) {
      if (isStop(w, i, span, stops)) {
        right = i;
        break;
      }
    }
    // "12 people had been killed and 20 wounded": a conjunction between two mentions parts their
    // words, the one nearest the later mention (the earlier mention's clause runs up to it);
    // without one, each word goes to the nearer mention (a comma parts too much: "Smith, 45,")
    int leftJoin = -1; // words up to this one belong to the mention on the left
    for (int i = left; i < first && left >= 0; i++) {
      if (i > left && partsClauses(w, i)) {
        leftJoin = i;
      }
    }
    int rightJoin = -1; // words from this one on belong to the mention on the right
    for (int i = last + 1; i <= right && right < w.size(); i++) {
      if (i < right && partsClauses(w, i)) {
        rightJoin = i;
      }
    }
    for (int i = first - 1, c = 0; i > left && c < content; i--) {
      if (leftJoin >= 0 ? i <= leftJoin : left >= 0 && first - i > i - left) {
        break;
      }
      if (w.isContent(i) && w.text(i).length() > 1
          && !lexicon.frameNoise().contains(w.rawStem(i))
          && !(lower && i > 0 && w.isCapitalised(i))) {
        out.add(w.stem(i));
        c++;
      }
    }
    for (int i = last + 1, c = 0; i < right && c < content; i++) {
      if (rightJoin >= 0 ? i >= rightJoin : right < w.size() && i - last >= right - i) {
        break;
      }
      if (w.isContent(i) && w.text(i).length() > 1
          && !lexicon.frameNoise().contains(w.rawStem(i))
          && !(lower && i > 0 && w.isCapitalised(i))) {
        out.add(w.stem(i));
        c++;
      }
    }
    return out;
  }

  /**
   * Whether word {@code i} is a conjunction that parts two clauses (pack facet {@code
   * frame-conjunction}), not one that joins two names ("James Haarsma and Pieter van Tongeren").
   */
  private boolean partsClauses(ClaimWords w, int i) {
    return lexicon.frameConjunctions().contains(w.lower(i))
        && !(i > 0 && i + 1 < w.size() && w.isCapitalised(i - 1) && w.isCapitalised(i + 1));
  }

  private static boolean isStop(ClaimWords w, int i, TextSpan self, Stops stops) {
    if (Spans.within(w.start(i), w.end(i), self)) {
      return false;
    }
    if (ageAfterName(w, i)) {
      return false; // "Alexis Grigoropoulos, 15, on Saturday": the age belongs to the name
    }
    if (w.isNumber(i)) {
      for (TextSpan p : stops.passable()) {
        if (Spans.within(w.start(i), w.end(i), p)) {
          return false;
        }
      }
      return true;
    }
    for (TextSpan s : stops.spans()) {
      if (!Spans.overlap(s, self) && Spans.within(w.start(i), w.end(i), s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} is an age set off after a name, as news gives it ("Robert Buckley, 32,
   * died"; "Gray, 16."; "Buckley (32)"): a whole number up to 120 right after a name the name
   * reader knows and a comma or an opening bracket, followed by a comma, a closing bracket or the
   * end of the claim.
   */
  private static boolean ageAfterName(ClaimWords w, int i) {
    if (i < 1 || !w.isNumber(i) || !w.text(i).matches("[1-9][0-9]?|1[01][0-9]|120")
        || !w.isCapitalised(i - 1) || !inName(w, i - 1)) {
      return false;
    }
    String before = w.between(w.end(i - 1), w.start(i)).strip();
    String after = i + 1 < w.size() ? w.between(w.end(i), w.start(i + 1)).strip()
        : w.between(w.end(i), w.claim().span().end()).strip();
    return before.equals(",") && (after.startsWith(",") || i + 1 >= w.size()
        && (after.isEmpty() || after.equals(".")))
        || before.equals("(") && after.startsWith(")");
  }

  private Amount amount(ClaimWords w, QuantityFacet q, Stops stops,
      List<String> lastNoun, Amount previous, TextSpan before) {
    int at = w.firstWordFrom(q.span().start());
    if (at >= 1 && at < w.size() && !w.isNumber(at)
        && lexicon.vagueScale().contains(w.lower(at - 1))) {
      return null; // "several hundred people": vague, not a hundred
    }
    double f = q.toBase();
    double step = step(q) * Math.abs(f);
    String unit = q.unit().orElse("");
    boolean derived = before != null && isConversion(w, before, q.span());
    if (q.unit().isPresent() || q.dimension().isPresent()) {
      String dim = q.dimension().orElse(unit);
      String measure = dim.equals("money") ? "money:" + unit : dim;
      List<String> noun = noun(w, q.span().end());
      return new Amount(w, q.span(), measure, noun, frame(w, q.span(), stops),
          core(w, q.span(), stops), names(w, q.span(), stops),
          q.value() * f, Math.min(q.low() * f, q.high() * f), Math.max(q.low() * f, q.high() * f),
          step, q.approximation(), unit, derived, increment(w, q.span()), scope(w, q.span().end()),
          amountText(q, ""));
    }
    if (lexicon.pronounNumbers().contains(q.span().text().toLowerCase(Locale.ROOT))) {
      return null; // "one of them", "the one who": a pronoun more often than a count
    }
    int k = w.firstWordFrom(q.span().end());
    List<String> noun = noun(w, q.span().end());
    TextSpan evidence = q.span();
    String counted = "";
    if (!noun.isEmpty() && q.value() != Math.rint(q.value())
        && w.between(q.span().end(), w.start(k)).equals("-")) {
      return null; // "an eighth-round decision", "a third-party candidate": not a fraction
    }
    if (!noun.isEmpty() && w.between(q.span().end(), w.start(k)).equals("-")) {
      step = 1; // "a 40-word oath", "a 60-page report": a compound names a kind, exactly
    }
    if (!noun.isEmpty()) {
      evidence = w.span(q.span().start(), w.end(k));
      counted = w.isCapitalised(k) ? w.text(k) : w.text(k).toLowerCase(Locale.ROOT);
    } else if (!lastNoun.isEmpty() && elliptic(w, q.span().end())) {
      noun = lastNoun;
      counted = previous == null ? ""
          : previous.evidence().text().replaceFirst("^.*\\s", "").toLowerCase(Locale.ROOT);
    } else {
      Amount age = apposedAge(w, q, stops);
      if (age != null) {
        return age;
      }
      QuantityFacet of = partOf(w, q);
      List<String> whole = of == null ? List.of() : noun(w, of.span().end());
      if (!whole.isEmpty()) {
        // "missing 10 of the Saints' 16 games": the part counts what the whole counts; a part of
        // a stretch ("eight of their last 10 games") is a part too
        return new Amount(w, q.span(), "count", whole, frame(w, q.span(), stops),
            core(w, q.span(), stops), names(w, q.span(), stops), q.value(), q.low(), q.high(),
            step, q.approximation(), "", derived,
            increment(w, q.span()) || increment(w, of.span()), scope(w, q.span().end()),
            amountText(q, String.join(" ", whole)));
      }
      int j = w.firstWordFrom(q.span().start()) - 1;
      if (j >= 1 && w.lower(j).equals("of") && w.isContent(j - 1) && !w.isCapitalised(j - 1)
          && w.gapIsSpace(w.end(j - 1), w.start(j)) && w.gapIsSpace(w.end(j), q.span().start())) {
        // "a magnitude of 5.9", "a population of 120,000": the noun before "of" is what the
        // number measures
        return new Amount(w, w.span(w.start(j - 1), q.span().end()), "count",
            List.of(w.stem(j - 1)), frame(w, q.span(), stops), core(w, q.span(), stops),
            names(w, q.span(), stops), q.value(), q.low(), q.high(), step, q.approximation(),
            "", derived, increment(w, q.span()), scope(w, q.span().end()),
            amountText(q, w.lower(j - 1)));
      }
      // a bare number: nothing tells what it counts, so it is never compared; it may still
      // show that an article states a value ("nine in favour and three against")
      return new Amount(w, q.span(), BARE, List.of(), frame(w, q.span(), stops),
          core(w, q.span(), stops), names(w, q.span(), stops), q.value(), q.low(), q.high(),
          step, q.approximation(), "", derived, increment(w, q.span()), Set.of(),
          amountText(q, ""));
    }
    return new Amount(w, evidence, "count", noun, frame(w, evidence, stops),
        core(w, evidence, stops), names(w, evidence, stops), q.value(), q.low(),
        q.high(), step, q.approximation(), "", derived, increment(w, q.span()),
        scope(w, evidence.end()),
        amountText(q, counted));
  }

  /**
   * Whether the amount at {@code span} counts a part, not the total: what was added to an earlier
   * amount, a word of the pack facet {@code increment-before} right before it, past "a" or "an"
   * ("another 20 people", "an additional six engines"), or of {@code increment-after} right after
   * its number ("20 more troops", "two additional life sentences"); or a stretch of a sequence, a
   * word of {@code sequence-part} right before it ("the first two games", "the final 10
   * minutes").
   */
  private boolean increment(ClaimWords w, TextSpan span) {
    int first = w.firstWordFrom(span.start());
    int before = first - 1;
    if (before >= 0 && lexicon.sequenceParts().contains(w.lower(before))) {
      return true;
    }
    if (before >= 0 && (w.lower(before).equals("a") || w.lower(before).equals("an"))) {
      before--;
    }
    if (before >= 0 && lexicon.incrementsBefore().contains(w.lower(before))) {
      return true;
    }
    int after = w.firstWordFrom(span.end());
    return after < w.size() && w.gapIsSpace(span.end(), w.start(after))
        && lexicon.incrementsAfter().contains(w.lower(after));
  }

  /**
   * The age of {@code q} when it is set off after a name ({@link #ageAfterName}); the name's
   * words say whose age it is. Null for anything else.
   */
  private Amount apposedAge(ClaimWords w, QuantityFacet q, Stops stops) {
    double n = q.value();
    int first = w.firstWordFrom(q.span().start());
    if (q.approximation() != Approximation.EXACT || n != Math.rint(n)
        || first != w.lastWordBefore(q.span().end()) || !ageAfterName(w, first)) {
      return null;
    }
    List<String> name = new ArrayList<>();
    for (int i = first - 1; i >= 0 && w.isCapitalised(i) && inName(w, i) && name.size() < 4;
        i--) {
      if (i < first - 1 && !w.gapIsSpace(w.end(i), w.start(i + 1))) {
        break;
      }
      name.add(0, w.stem(i));
    }
    double days = 365.25;
    return new Amount(w, q.span(), "age", List.copyOf(name), frame(w, q.span(), stops),
        core(w, q.span(), stops), names(w, q.span(), stops), n * days, n * days, n * days, days,
        Approximation.EXACT, "year", false, false, Set.of(), NumberWords.plain(n) + " years old");
  }

  /**
   * The whole a number without a noun is a part of: a word of the pack facet {@code partitive}
   * right after it, then within {@value #PARTITIVE_WORDS} words a count ("10 of the Saints' 16
   * games", "30 of the 80 wounded"); null otherwise.
   */
  private QuantityFacet partOf(ClaimWords w, QuantityFacet q) {
    int k = w.firstWordFrom(q.span().end());
    if (k >= w.size() || !lexicon.partitives().contains(w.lower(k))
        || !w.between(q.span().end(), w.start(k)).isBlank()) {
      return null;
    }
    for (QuantityFacet o : w.claim().facets(QuantityFacet.class)) {
      int f = w.firstWordFrom(o.span().start());
      if (f > k && f - k <= PARTITIVE_WORDS && o.unit().isEmpty() && o.dimension().isEmpty()) {
        return o;
      }
    }
    return null;
  }

  /** The stems of the noun a number counts: content words right after it ("48-page" too). */
  private List<String> noun(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    if (k >= w.size()) {
      return List.of();
    }
    String gap = w.between(after, w.start(k));
    if (!gap.isBlank() && !gap.equals("-")) {
      return List.of();
    }
    // "a 60-page report": a hyphen joins the number to what it counts, and the words after
    // name what the compound describes, not what is counted
    boolean compound = gap.equals("-");
    List<String> noun = new ArrayList<>();
    for (int i = k; i < w.size() && noun.size() < NOUN_WORDS; i++) {
      if (!w.isContent(i)) {
        break;
      }
      String before = i > k ? w.between(w.end(i - 1), w.start(i)) : "";
      if (i > k && (compound ? !before.equals("-") : !before.isBlank() && !before.equals("-"))) {
        break;
      }
      noun.add(w.stem(i));
    }
    return List.copyOf(noun);
  }

  /**
   * The stems of a place phrase right after offset {@code after} ("in the province on Sumatra",
   * "across Asia"), up to {@value #NOUN_WORDS} content words before punctuation or a verb-like
   * word; empty when none follows.
   */
  private Set<String> scope(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    if (k >= w.size() || !w.between(after, w.start(k)).isBlank()
        || !lexicon.scopeWords().contains(w.lower(k))) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = k + 1; i < w.size() && out.size() < NOUN_WORDS; i++) {
      if (!w.between(w.end(i - 1), w.start(i)).isBlank()) {
        break;
      }
      if (w.isContent(i)) {
        out.add(w.stem(i));
      } else if (!w.isStopWord(i) && !w.isNumber(i)) {
        break;
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Whether a number without a noun leaves its noun out for the one before it to supply: it ends
   * the claim, or punctuation or a word of the pack facet {@code elliptic-follower} follows
   * ("killing seven people and injuring 40, 15 of them", "scored 14 points and VanDeest scored 13
   * for the Bulldogs"), not another word ("three other weapons" counts something else).
   */
  private boolean elliptic(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    if (k >= w.size()) {
      return true;
    }
    String gap = w.between(after, w.start(k));
    if (gap.strip().equals("-") || gap.strip().equals("\u2013")) {
      return false; // "a 31-24 victory", "29-of-34": joined to what follows, not left out
    }
    return !gap.isBlank() || lexicon.ellipticFollowers().contains(w.lower(k));
  }

  /** Whether {@code q} follows {@code prior} in parentheses or after "or": "248 km (155 miles)". */
  private static boolean isConversion(ClaimWords w, TextSpan prior, TextSpan q) {
    String gap = w.between(prior.end(), q.start()).strip();
    return gap.equals("(") || gap.equals("or") || gap.equals(", or") || gap.endsWith("(");
  }

  /**
   * A distance back in time that no publication date resolves ("married two weeks ago", "about a
   * fortnight ago", "four months ago"): a length of time before the report, compared with
   * another such length (measure {@code offset:before}), as reports of one day give them. Null
   * for a resolved date or other words.
   */
  private Amount ago(ClaimWords w, TimeFacet t, Stops stops) {
    if (!t.value().startsWith("XXXX-XX-XX") && !t.value().equals("XXXX")) {
      return null;
    }
    int first = w.firstWordFrom(t.span().start());
    int last = w.lastWordBefore(t.span().end());
    if (last < first + 1 || !"before".equals(lexicon.offsets().get(w.lower(last)))
        || !lexicon.offsetUnits().containsKey(w.lower(last - 1))) {
      return null;
    }
    double n = Double.NaN;
    Approximation approx = Approximation.EXACT;
    TextSpan span = t.span();
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (q.span().end() > t.span().start() && q.span().start() < w.start(last - 1)) {
        n = q.value();
        approx = q.approximation();
        span = w.span(Math.min(q.span().start(), t.span().start()), t.span().end());
      }
    }
    if (Double.isNaN(n) && last - 2 >= first && w.isNumber(last - 2)
        && w.text(last - 2).matches("\\d{1,3}")) {
      n = Integer.parseInt(w.text(last - 2)); // "12 weeks ago"
    } else if (Double.isNaN(n) && last - 2 >= first && w.lower(last - 2).matches("an?")) {
      n = 1; // "a week ago", "a fortnight ago"
    }
    if (Double.isNaN(n)) {
      return null; // a number the quantity reader did not read: no guess
    }
    if (approx == Approximation.EXACT) {
      approx = approximation(w, w.firstWordFrom(span.start()));
    }
    double days = lexicon.offsetUnits().get(w.lower(last - 1));
    double v = n * days;
    double low = approx == Approximation.ABOUT ? v * 0.9 : v;
    double high = approx == Approximation.ABOUT ? v * 1.1 : v;
    String unit = w.lower(last - 1).replaceFirst("s$", "");
    String shown = (approx == Approximation.ABOUT ? "about " : "") + NumberWords.plain(n) + " "
        + unit + (n == 1 ? "" : "s") + " before";
    return new Amount(w, span, "offset:before", List.of(), frame(w, span, stops),
        core(w, span, stops), names(w, span, stops), v, low, high, days, approx, unit, false,
        false, Set.of(), shown);
  }

  private Amount duration(ClaimWords w, TimeFacet t, Stops stops) {
    Matcher m = DURATION.matcher(t.value());
    if (!m.matches()) {
      return null;
    }
    TextSpan span = t.span();
    Double whole = null;
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (q.span().start() < t.span().start() && q.span().end() > t.span().start()
          && q.span().end() <= t.span().end()) {
        // "4 1/2 months", "41/2 months": the time reader took the last number of a whole
        // number and a fraction; the quantity reader read them all
        whole = q.value();
        span = w.span(q.span().start(), t.span().end());
      }
    }
    double n;
    double days;
    String unitName;
    if (m.group(1) != null) {
      n = Double.parseDouble(m.group(1));
      switch (m.group(2)) {
        case "Y" -> { days = 365.25; unitName = "year"; }
        case "M" -> { days = 30.44; unitName = "month"; }
        case "W" -> { days = 7; unitName = "week"; }
        case "D" -> { days = 1; unitName = "day"; }
        case "DE" -> { days = 3652.5; unitName = "decade"; }
        default -> { days = 36525; unitName = "century"; }
      }
    } else {
      n = Double.parseDouble(m.group(3));
      switch (m.group(4)) {
        case "H" -> { days = 1 / 24.0; unitName = "hour"; }
        case "M" -> { days = 1 / 1440.0; unitName = "minute"; }
        default -> { days = 1 / 86400.0; unitName = "second"; }
      }
    }
    if (whole != null) {
      n = whole;
    }
    // The words may count in a larger unit than the value ("two decades" is P20Y): the step is
    // one of the units as written.
    String text = span.text().toLowerCase(Locale.ROOT);
    double stepDays = days;
    if (text.contains("decade")) {
      stepDays = 3652.5;
    } else if (text.contains("centur")) {
      stepDays = 36525;
    } else if (text.contains("fortnight")) {
      stepDays = 14;
    }
    int first = w.firstWordFrom(span.start());
    int last = w.lastWordBefore(span.end());
    Approximation approx = approximation(w, first);
    String measure = "duration";
    List<String> noun = List.of();
    boolean old = last + 1 < w.size() && w.lower(last + 1).equals("old");
    if (!old && w.between(span.end(), Math.min(span.end() + 4,
        w.claim().span().end())).toLowerCase(Locale.ROOT).equals("-old")) {
      old = true;
      last = w.lastWordBefore(span.end() + 4);
    }
    if (old) {
      // "a 12-year-old daughter", "Smith, 31 years old": an age, of whom the words after say
      measure = "age";
      noun = noun(w, w.end(last + 1));
      int k = w.firstWordFrom(w.end(last + 1));
      if (k >= w.size() || !w.isCapitalised(k)) {
        return null; // "a 12-year-old girl": many girls may be in the story, a name is one person
      }
    } else if (last + 1 < w.size() && lexicon.offsets().containsKey(w.lower(last + 1))
        && !(first > 0 && lexicon.lengthPrepositions().contains(w.lower(first - 1)))) {
      // "nine days before", "two weeks later": a distance from another event
      measure = "offset:" + lexicon.offsets().get(w.lower(last + 1));
    } else if (first > 0 && lexicon.aheadWords().contains(w.lower(first - 1))) {
      // "in 30 days", "within a week": a distance from now
      measure = "offset:ahead";
    }
    double v = n * days;
    double low = v;
    double high = v;
    switch (approx) {
      case ABOUT -> { low = v * 0.9; high = v * 1.1; }
      case LESS_THAN -> low = 0;
      case MORE_THAN -> high = Double.POSITIVE_INFINITY;
      default -> { }
    }
    String shown = (approx == Approximation.ABOUT ? "about " : approx == Approximation.LESS_THAN
        ? "less than " : approx == Approximation.MORE_THAN ? "more than " : "")
        + NumberWords.plain(n) + " " + unitName + (n == 1 ? "" : "s")
        + (measure.equals("age") ? " old" : "")
        + (measure.startsWith("offset:") ? " " + measure.substring(7) : "");
    return new Amount(w, span, measure, noun, frame(w, span, stops),
        core(w, span, stops), names(w, span, stops), v, low, high,
        stepDays, approx, unitName, false, increment(w, span), Set.of(), shown);
  }

  /** How exact the one or two words before word {@code first} make a length of time. */
  private Approximation approximation(ClaimWords w, int first) {
    String one = first >= 1 ? w.lower(first - 1) : "";
    String two = first >= 2 ? w.lower(first - 2) + " " + one : "";
    for (String p : List.of(two, one)) {
      if (p.isEmpty()) {
        continue;
      }
      if (lexicon.about().contains(p)) {
        return Approximation.ABOUT;
      }
      if (lexicon.nearly().contains(p)) {
        return Approximation.LESS_THAN;
      }
      if (lexicon.moreThan().contains(p)) {
        return Approximation.MORE_THAN;
      }
    }
    return Approximation.EXACT;
  }

  /** How finely the number of {@code q} is written, in its own unit. */
  static double step(QuantityFacet q) {
    double v = Math.abs(q.value());
    if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) {
      return 1;
    }
    if (v < COUNTED_BELOW && v == Math.rint(v) && q.unit().isEmpty()
        && q.dimension().isEmpty()) {
      return 1; // "10 games", "missed nine games": small counts are stated as counted
    }
    BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    double s = Math.pow(10, -d.scale());
    // Words count in whole units ("three"); a number written in digits may end in zeros that
    // are significant, but news rounds them: 40 is read to the ten, 34,000 to the thousand.
    return s;
  }

  /**
   * Counts below this are counted, not rounded: news rounds a crowd or a toll, not "10 games" or
   * "10 people" (measures with a unit, "10 km away", may still be round figures).
   */
  static final double COUNTED_BELOW = 20;

  /** "about 34,000 people", "$3.5 billion", "nearly 80 million USD". */
  static String amountText(QuantityFacet q, String counted) {
    String n = NumberWords.shown(q.value(), q.unit().orElse(""));
    String text = switch (q.approximation()) {
      case ABOUT -> "about " + n;
      case AT_LEAST -> "at least " + n;
      case MORE_THAN -> "more than " + n;
      case AT_MOST -> "up to " + n;
      case LESS_THAN -> "less than " + n;
      case RANGE -> NumberWords.shown(q.low(), "") + " to "
          + (Double.isInfinite(q.high()) ? "more" : NumberWords.shown(q.high(),
              q.unit().orElse("")));
      default -> n;
    };
    return counted.isEmpty() ? text : text + " " + counted;
  }
}
