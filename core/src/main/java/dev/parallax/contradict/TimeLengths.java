package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lengths of time as amounts, in days: a duration ("three weeks"), an age ("a
 * 12-year-old daughter"), a distance from another event or from now ("nine days before", "in 30
 * days"), and a distance back in time that no publication date resolves ("two weeks ago"). The
 * words before a length of time say how exact it is ("about", "nearly", "more than").
 */
final class TimeLengths {
  /**
   * The measure of a distance back from the time of writing ("two weeks ago"): it names a day
   * only with the report's date, so two reports written days apart may give it differently.
   */
  static final String AGO = "offset:ago";


  private static final Pattern DURATION =
      Pattern.compile("P(\\d+(?:\\.\\d+)?)(Y|M|W|D|DE|CE)|PT(\\d+(?:\\.\\d+)?)([HMS])");
  /** A date that no publication date resolved: a year, a month or a day, all unknown. */
  private static final Pattern UNRESOLVED = Pattern.compile("XXXX(-XX){0,2}");


  private final Lexicon lexicon;
  private final Frames frames;
  private final QuantityAmounts quantities;

  TimeLengths(Lexicon lexicon, Frames frames, QuantityAmounts quantities) {
    this.lexicon = lexicon;
    this.frames = frames;
    this.quantities = quantities;
  }

  /**
   * A distance back in time that no publication date resolves ("married two weeks ago", "about a
   * fortnight ago", "four months ago"): a length of time before the report, compared with
   * another such length (measure {@value #AGO}), as reports of one day give them. Null for a
   * resolved date or other words.
   */
  Amount ago(ClaimWords w, TimeFacet t, Stops stops) {
    if (!UNRESOLVED.matcher(t.value()).matches()) {
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
    // "almost three weeks ago" reaches back less far than three weeks, "more than a week ago"
    // further than one, as the lengths of time of durations do
    double low = approx == Approximation.ABOUT ? v * 0.9
        : approx == Approximation.LESS_THAN ? 0 : v;
    double high = approx == Approximation.ABOUT ? v * 1.1
        : approx == Approximation.MORE_THAN ? Double.POSITIVE_INFINITY : v;
    String unit = w.lower(last - 1).replaceFirst("s$", "");
    String shown = bound(approx) + NumberWords.plain(n) + " " + unit + (n == 1 ? "" : "s")
        + " ago";
    return new Amount(w, span, AGO, List.of(), frames.frame(w, span, stops),
        frames.core(w, span, stops), frames.names(w, span, stops), v, low, high, days, approx,
        unit, false, false, Set.of(), shown);
  }

  /**
   * The length of time of a duration facet, in days: a duration, an age ("31 years old") or a
   * distance from another event or from now (measure {@code offset:...}); null for a value not
   * in one unit ("P1Y6M") or for an age that no name after it gives to one person.
   */
  /**
   * Whether a bound of a length opens with a word of pack facet {@code amount-spread} ("over")
   * right after another amount of the claim, past a closing bracket: "a pay offer worth £410m
   * over two years", "will cost 410 million pounds ($550 million) over two years" spread a sum
   * over a period, and the length is no more-than bound of anything.
   */
  private boolean spreadAfterAmount(ClaimWords w, QuantityFacet bound) {
    int k = w.firstWordFrom(bound.span().start());
    if (k < 1 || k >= w.size() || !lexicon.phrases().spreads().contains(w.lower(k))) {
      return false;
    }
    String gap = w.between(w.end(k - 1), w.start(k));
    if (!gap.matches("[\\s)\\]]*")) {
      return false;
    }
    int end = w.end(k - 1);
    if (gap.contains(")")) {
      // "410 million pounds ($550 million) over": the amount before the bracket
      String before = w.between(w.start(0), w.start(k));
      int open = before.lastIndexOf('(');
      end = open < 0 ? end : w.start(0) + before.substring(0, open).stripTrailing().length();
    }
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (q != bound && (q.span().end() == end || q.span().end() == w.end(k - 1))) {
        return true;
      }
    }
    return false;
  }

  Amount duration(ClaimWords w, TimeFacet t, Stops stops) {
    Matcher m = DURATION.matcher(t.value());
    if (!m.matches()) {
      return null;
    }
    TextSpan span = t.span();
    Double whole = null;
    QuantityFacet range = null;
    Approximation wholeApprox = Approximation.EXACT;
    // how close to its number a bound keeps it, as the quantities pack reads its words: "nearly
    // three hours" lies close below three (its cue's tolerance), "less than three hours" may be
    // any length under it; "just over" close above, "more than" anywhere above
    double lowShare = 0;
    double highShare = Double.POSITIVE_INFINITY;
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (q.approximation() == Approximation.RANGE && q.span().start() <= t.span().start()
          && t.span().end() <= q.span().end()) {
        return null; // "between six and 75 years": the first number of a range is no length
      }
      if (q.span().start() < t.span().start() && q.span().end() > t.span().start()
          && q.span().end() <= t.span().end()) {
        // "4 1/2 months", "41/2 months": the time reader took the last number of a whole
        // number and a fraction; the quantity reader read them all ("more than three" of
        // "more than three decades" too, with its bound)
        whole = q.value();
        wholeApprox = q.approximation();
        if (q.value() > 0 && q.approximation() == Approximation.LESS_THAN) {
          lowShare = Math.max(0, q.low() / q.value());
        } else if (q.value() > 0 && q.approximation() == Approximation.MORE_THAN) {
          highShare = q.high() / q.value();
        }
        range = q.approximation() == Approximation.RANGE ? q : null;
        span = w.span(q.span().start(), t.span().end());
        if (q.approximation() == Approximation.MORE_THAN && spreadAfterAmount(w, q)) {
          return null; // "£410m over two years": the period the sum is spread over
        }
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
    if (whole != null) {
      // the number as written counts the unit as written: "three decades" is 3 of 3652.5 days
      n = whole * stepDays / days;
    }
    int first = w.firstWordFrom(span.start());
    int last = w.lastWordBefore(span.end());
    // a word of the span's own ("around one minute", when the time reader took it) decides, and
    // makes the word before it a preposition, not a bound: "over nearly five hours"
    Approximation own = leading(w, first, last);
    Approximation approx = own != Approximation.EXACT ? own : approximation(w, first);
    if (approx == Approximation.EXACT && whole != null && wholeApprox != Approximation.RANGE) {
      approx = wholeApprox; // "more than three decades"
    }
    String measure = "duration";
    List<String> noun = List.of();
    boolean old = last + 1 < w.size() && w.lower(last + 1).equals("old");
    if (!old && w.between(span.end(), Math.min(span.end() + 4,
        w.claim().span().end())).toLowerCase(Locale.ROOT).equals("-old")) {
      old = true;
      last = w.lastWordBefore(span.end() + 4);
    }
    if (!old && CoordinatedAges.member(w, span.end(), lexicon.listConjunctions(),
        lexicon.phrases().appositionArticles())) {
      return null; // "8- and 10-year-old girls": an age of one of several, no length of time
    }
    if (old) {
      // "a 12-year-old daughter", "Smith, 31 years old": an age, of whom the words after say
      measure = "age";
      noun = quantities.noun(w, w.end(last + 1));
      int k = w.firstWordFrom(w.end(last + 1));
      List<String> named = NamedNumbers.nameBeforeApposition(w, first,
          lexicon.phrases().appositionArticles());
      List<String> after = named.isEmpty() && k < w.size() && !w.isCapitalised(k)
          ? NamedNumbers.nameAfterNoun(w, k) : List.of();
      if (!named.isEmpty()) {
        noun = named; // "Gerald Pruitt, a 56-year-old former administrator": the name's age
      } else if (!after.isEmpty()) {
        noun = after; // "the 57-year-old auctioneer, Jonas Wetterli": the name's age
      } else if (first == 1 && w.lower(0).equals("the")
          && (k >= w.size() || !w.isCapitalised(k))) {
        // "The 67-year-old said": opening its claim, the person named before it, whom the
        // person-age check finds; of no noun that other ages could share
        noun = List.of();
      } else if (k >= w.size() || !w.isCapitalised(k)) {
        return null; // "a 12-year-old girl": many girls may be in the story, a name is one person
      }
    } else if (last + 1 < w.size() && lexicon.offsets().containsKey(w.lower(last + 1))
        && !(first > 0 && lexicon.lengthPrepositions().contains(w.lower(first - 1)))
        && !(first > 0 && Lengths.lasting(w, first - 1, lexicon.amountWords().lengthVerbs()))
        && !prepositionBefore(w, last + 1)) {
      // ("lasted 11 hours before ending": how long, as after "for")
      // "nine days before", "two weeks later": a distance from another event
      measure = "offset:" + lexicon.offsets().get(w.lower(last + 1));
    } else if (first > 0 && lexicon.aheadWords().contains(w.lower(first - 1))
        && !(first > 1 && lexicon.phrases().lookbackMarkers().contains(w.lower(first - 2)))) {
      // "in 30 days", "within a week": a distance from now
      measure = "offset:ahead";
    }
    double v = n * days;
    double low = v;
    double high = v;
    switch (approx) {
      case ABOUT -> { low = v * 0.9; high = v * 1.1; }
      // close below keeps half a unit as written: "nearly three hours" may be two and a half
      case LESS_THAN -> low = lowShare > 0 ? Math.min(v * lowShare, v - stepDays / 2) : 0;
      case MORE_THAN -> high = v * Math.max(1, highShare);
      default -> { }
    }
    String from = "";
    if (range != null && approx == Approximation.EXACT) {
      // "between six and 75 years", "three to five years": every length from one to the other
      approx = Approximation.RANGE;
      low = range.low() * stepDays;
      high = range.high() * stepDays;
      v = low;
      from = NumberWords.plain(range.low()) + " to ";
      n = range.high();
    }
    String shown = (approx == Approximation.LESS_THAN && lowShare > 0 ? "nearly " : bound(approx))
        + from + NumberWords.plain(n) + " " + unitName
        + (n == 1 ? "" : "s")
        + (measure.equals("age") ? " old" : "")
        + (measure.startsWith("offset:") ? " " + measure.substring(7) : "");
    // the evidence of an age holds its "-old" ("a 56-year-old"), not only the length
    int o = w.end(last) > span.end() ? last : last + 1;
    TextSpan evidence = old && o < w.size() && w.lower(o).equals("old")
        && w.between(span.end(), w.start(o)).equals("-") ? w.span(span.start(), w.end(o)) : span;
    return new Amount(w, evidence, measure, noun, frames.frame(w, span, stops),
        frames.core(w, span, stops), frames.names(w, span, stops), v, low, high,
        stepDays, approx, unitName, false, quantities.increment(w, span), Set.of(), shown);
  }

  /**
   * The word after the "old" of an age ("48-years-old", "a 10-year-old girl", "14 years old"): of
   * a length of time in years with "old" after it; -1 for any other length of time. The index is
   * the number of words of the claim when "old" ends it.
   */
  static int ageEnd(ClaimWords w, TimeFacet t) {
    if (!t.value().matches("P\\d+Y")) {
      return -1;
    }
    int last = w.lastWordBefore(t.span().end());
    if (last + 1 < w.size() && w.lower(last + 1).equals("old")) {
      return last + 2;
    }
    if (w.between(t.span().end(), Math.min(t.span().end() + 4, w.claim().span().end()))
        .toLowerCase(Locale.ROOT).equals("-old")) {
      return w.lastWordBefore(t.span().end() + 4) + 1;
    }
    return -1;
  }

  /** How a reader writes the bound of a length of time before its number ("about "). */
  private static String bound(Approximation approx) {
    return switch (approx) {
      case ABOUT -> "about ";
      case LESS_THAN -> "less than ";
      case MORE_THAN -> "more than ";
      default -> "";
    };
  }

  /**
   * Whether the offset word {@code i} is one that makes a distance only where a phrase ends
   * (pack facet {@code offset-closing}) and more words follow it: "7 hours on the faster model"
   * is no distance from another event, "three weeks on, the town" is.
   */
  private boolean prepositionBefore(ClaimWords w, int i) {
    return lexicon.temporal().closingOffsets().contains(w.lower(i)) && i + 1 < w.size()
        && w.gapIsSpace(w.end(i), w.start(i + 1));
  }

  /**
   * How exact the first one or two words of a length of time make it, when the time reader took
   * them into its words ("around one minute"): as {@link #approximation} reads them before it.
   */
  private Approximation leading(ClaimWords w, int first, int last) {
    for (int k = first + 1; k <= Math.min(first + 2, last); k++) {
      Approximation a = approximation(w, k);
      if (a != Approximation.EXACT) {
        return a;
      }
    }
    return Approximation.EXACT;
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

  /**
   * Whether the amount is how long a denied state lasted: a duration after a length preposition
   * (pack facet {@code length-preposition}: "for"), up to three words between ("might not have
   * power for as long as five weeks", "has not rained for more than a month"). The denial is of
   * the state; the length stands.
   */
  static boolean lastsThrough(ClaimWords w, Amount a, Set<String> lengthPrepositions) {
    if (!a.measure().equals("duration")) {
      return false;
    }
    int first = w.firstWordFrom(a.evidence().start());
    for (int i = first - 1; i >= 0 && i >= first - 4; i--) {
      if (lengthPrepositions.contains(w.lower(i))) {
        return true;
      }
      if (w.between(w.end(i), w.start(i + 1)).contains(",")) {
        return false;
      }
    }
    return false;
  }
}
