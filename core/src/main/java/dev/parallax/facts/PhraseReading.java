package dev.parallax.facts;

import static dev.parallax.facts.QuantitySentence.blank;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.facts.NumberReader.Num;
import dev.parallax.facts.QuantityLexicon.Approx;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.Multiplier;
import dev.parallax.facts.QuantityLexicon.Range;
import dev.parallax.facts.QuantityLexicon.Symbol;
import dev.parallax.facts.QuantityLexicon.Unit;
import dev.parallax.facts.QuantitySentence.Found;
import dev.parallax.facts.QuantitySentence.Hit;
import dev.parallax.facts.UnitReader.Glued;
import java.util.Optional;

/**
 * Reads one quantity phrase from its first word on, in steps: the words before the number (an
 * approximation, "between", a currency code or word, a sign), the signs and symbols written
 * right before it ("-4", "$5", "US$ 40", ">10"), the number, its unit after it, the amount with a
 * compound measure or an approximation after it ("5 feet 4 inches", "or so"), then a ratio or a
 * range with a second number; a number that is no amount is passed over. What the steps have
 * read so far is the state of one instance, which reads one phrase at a time: {@link #read}
 * starts each phrase afresh, so one instance serves a sentence (most words where a cue starts
 * begin no quantity, and cost no new reader).
 */
final class PhraseReading extends SentenceReader {

  private final QuantityPhrases phrases;
  // the state of the phrase being read: every field below is set afresh by start(i)
  private int i;
  private int j;
  private int spanStart;
  private int consumedEnd;
  private Approx approx;
  private boolean between;
  private Unit unit;
  private double codeFactor;
  private double sign;
  private boolean symbol;
  private int spacedMinus;
  private boolean money;
  private Num n;
  private int k;
  private int end;
  private double value;
  private Unit lastPart;

  PhraseReading(QuantitySentence sentence, QuantityPhrases phrases) {
    super(sentence);
    this.phrases = phrases;
  }

  /** Starts a phrase at word {@code first}: nothing read yet. */
  private void start(int first) {
    i = first;
    j = first;
    spanStart = t.start(first);
    consumedEnd = -1;
    approx = null;
    between = false;
    unit = null;
    codeFactor = 1;
    sign = 1;
    symbol = false;
    spacedMinus = -1;
    money = false;
    n = null;
    k = 0;
    end = 0;
    value = 0;
    lastPart = null;
  }

  /** The quantity whose first word is {@code first}, words to skip, or null. */
  Found read(int first) {
    start(first);
    if (!wordsBefore()) {
      return null;
    }
    Found chain = marksBefore();
    if (chain != null) {
      return chain;
    }
    money = unit != null && unit.money();
    n = phrases.numbers.number(j, money);
    if (n == null) {
      return null;
    }
    if (n.pronounWord && j - 1 >= from && sentence.notCue(j - 1, "determiner")) {
      return null; // "the one", "the second half"
    }
    if (n.pronounWord && n.value == 1 && n.words == 1 && approx == null
        && pronounOrCompound(n.last + 1)) {
      return null; // "one of the best", "a one-off event"
    }
    k = n.last + 1;
    end = t.end(n.last);
    unitAfter();
    amount();
    // ratios: "one in five", "roughly one in five" (the approximation is the ratio's)
    if (!between && unit == null && !n.vague && k < to
        && sentence.cue(k, QuantityLexicon.RATIO, Lex.class) != null) {
      Found ratio = phrases.ratio(i, spanStart, n, value, k, end, approx);
      if (ratio != null) {
        return ratio;
      }
    }
    Found range = rangeAfter();
    if (range != null) {
      return range;
    }
    return quantity();
  }

  /**
   * Whether the words at {@code w} make the lone "one" before them a pronoun, one member of a set
   * ("one of the best", "one of them": pack cue {@code quantity-not} "pronoun after"; "at least
   * one of them" stays a count), or the
   * first part of a compound joined by a hyphen ("a one-off event", "a one-sided game": "compound").
   */
  private boolean pronounOrCompound(int w) {
    return w < to && (sentence.notCue(w, "pronoun after")
        || sentence.notCue(w, "compound") && sentence.gap(w - 1, w).equals("-"));
  }

  /**
   * The words before the number: an approximation ("about"), "between", a currency that stands
   * before its amount ("US$", "MAUD 60"), a sign ("minus"); false where no number follows them
   * as one phrase.
   */
  private boolean wordsBefore() {
    Hit<Approx> a = sentence.cue(j, QuantityLexicon.APPROX, Approx.class);
    if (a != null && a.end() < text.length()
        && Character.getType(text.charAt(a.end())) == Character.CURRENCY_SYMBOL) {
      a = null; // "C$40 million", "CA$40 million": letters glued to a symbol name a currency
    }
    if (a != null) {
      approx = a.lex();
      j = a.endWord();
      consumedEnd = a.end();
      if (consumedEnd < text.length() && text.charAt(consumedEnd) == '.'
          && j < to && consumedEnd < t.start(j)) {
        consumedEnd++; // "ca. 40 km", "approx. 40 kg": the abbreviation's point
      }
    }
    if (sentence.rangeRole(j, "between") && j + 1 < to) {
      between = true;
      consumedEnd = t.end(j);
      j++;
    }
    Hit<Unit> pu = sentence.cue(j, QuantityLexicon.UNIT, Unit.class);
    if (pu != null && pu.lex().before() && pu.endWord() < to && t.isNumber(pu.endWord())
        && blank(text.substring(pu.end(), t.start(pu.endWord())))) {
      unit = pu.lex();
      consumedEnd = pu.end();
      j = pu.endWord();
    }
    if (unit == null && j + 1 < to && t.isNumber(j + 1) && blank(sentence.gap(j, j + 1))
        && gluedCode(j)) { // "MAUD 60"
      consumedEnd = t.end(j);
      j++;
    }
    Hit<Lex> sg = sentence.cue(j, QuantityLexicon.SIGN, Lex.class);
    if (sg != null && phrases.numbers.startsNumber(sg.endWord())) {
      sign = -1;
      consumedEnd = sg.end();
      j = sg.endWord();
    }
    if (j >= to || !phrases.numbers.startsNumber(j)) {
      return false;
    }
    if (j > i && consumedEnd >= 0 && !blank(text.substring(consumedEnd, t.start(j)))
        && !phrases.symbolsOnly(consumedEnd, t.start(j))) {
      return false; // "about, 40" : not one phrase
    }
    return true;
  }

  /**
   * Signs and symbols before the number, read from the characters: "-4", "$5", "US$ 40", ">10",
   * and a minus set apart; words to skip where the number is one of a chain ("2017-05-01").
   */
  private Found marksBefore() {
    // signs before the number, read from the characters: "-4", "$5", "US$ 40", ">10"
    int ns = t.start(j);
    int floor = j > i ? Math.max(consumedEnd, t.end(j - 1)) : (j > from ? t.end(j - 1)
        : sentence.sentenceStart);
    int tokenFloor = j == i && j > from ? t.start(j - 1) : floor;
    int p = ns;
    // a minus set apart ("- 20 degrees"): read only for temperatures and degrees, below, after
    // a word that takes a value ("was - 1,200 dollars"), or opening a sentence that is one
    // amount alone ("- 25 k"); before other numbers it is a bullet or a dash
    if (j == i && t.isNumber(j) && (j == from || !t.isNumber(j - 1))) {
      int m = p;
      while (m > floor && Character.isWhitespace(text.charAt(m - 1))) {
        m--;
      }
      if (m < p && m - 1 >= floor
          && (text.charAt(m - 1) == '-' || text.charAt(m - 1) == '\u2212')
          && (m - 1 == sentence.sentenceStart || Character.isWhitespace(text.charAt(m - 2)))) {
        spacedMinus = m - 1;
        int before = j - 1;
        if (before >= from && t.end(before) < spacedMinus
            && sentence.cue(before, QuantityLexicon.SIGN_AFTER, Lex.class) != null
            && blank(text.substring(t.end(before), spacedMinus))
            || spacedMinus == sentence.sentenceStart && onlyAmountFrom(j)) {
          sign = -sign;
          spanStart = Math.min(spanStart, spacedMinus);
          spacedMinus = -1;
        }
      }
    }
    if (p - 1 >= floor && (text.charAt(p - 1) == '-' || text.charAt(p - 1) == '\u2212')
        && (p - 2 < 0 || !Character.isLetterOrDigit(text.charAt(p - 2)))
        && t.isNumber(j)) {
      if (p - 2 >= 0 && p - 1 > floor && Character.isWhitespace(text.charAt(p - 2))
          || p - 1 == sentence.sentenceStart || p - 1 == floor) {
        sign = -sign;
        p--;
        spanStart = Math.min(spanStart, p);
      }
    }
    int chain = phrases.not.chainEnd(j);
    if (chain > j + 1 && !phrases.digits.hyphenedFraction(j)
        || p - 1 >= 0 && p - 1 >= floor && text.charAt(p - 1) == '+' && t.isNumber(j)) {
      // "+1-222-2222", "2017-05-01", "192.168.1.2": no amounts
      return sentence.skipTo(chain + 1);
    }
    int q = p;
    while (q > floor && Character.isWhitespace(text.charAt(q - 1))) {
      q--;
    }
    Optional<Symbol> cur = unit == null ? lex.symbolEndingAt(text, q, Unit.class)
        : Optional.empty();
    if (cur.isPresent() && ((Unit) cur.get().lex()).money()) {
      int at = q - cur.get().text().length();
      boolean fits = at >= floor || (at == tokenFloor && j == i);
      if (fits && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
        unit = (Unit) cur.get().lex();
        symbol = true;
        spanStart = Math.min(spanStart, at);
        if (at < t.start(i)) {
          spanStart = at;
        }
        q = at;
        while (q > floor && Character.isWhitespace(text.charAt(q - 1))) {
          q--;
        }
      }
    }
    if (approx == null) {
      Optional<Symbol> as = lex.symbolEndingAt(text, q, Approx.class);
      if (as.isPresent() && q - as.get().text().length() >= floor) {
        approx = (Approx) as.get().lex();
        spanStart = Math.min(spanStart, q - as.get().text().length());
        symbol = true;
      }
    }
    if (j == i) {
      spanStart = Math.min(spanStart, t.start(j));
    }
    return null;
  }

  /**
   * The unit after the number: attached to it, a word ("kilometers"), a symbol ("%", "°C"), "of
   * dollars", a glued code ("30 MUSD"), a multiplier after a currency ("75 USD million").
   */
  private void unitAfter() {
    if (n.suffixUnit != null) {
      if (unit == null || !unit.money() || !n.suffixUnit.money()) {
        unit = unit == null ? n.suffixUnit : unit;
      }
    }
    if (n.times && unit == null) {
      unit = phrases.units.timesUnit();
    }
    // a unit after the number: a word ("kilometers"), a symbol ("%", "°C"), or "of dollars"
    if (n.suffixUnit == null) {
      int[] ue = new int[2];
      Unit after = phrases.units.unitAfter(n.last, k, ue, n.vague);
      if (after != null && !after.money() && n.multiplied && ue[1] > k) {
        after = scaled(after, ue[1]);
      }
      if (after != null && (unit == null || !unit.money() || !after.money())) {
        unit = unit != null && unit.money() ? unit : after;
        end = ue[0];
        k = ue[1];
      } else if (after != null && after.dimension().equals(unit.dimension())) {
        end = ue[0]; // "$5 million dollars": the unit is said twice
        k = ue[1];
      }
    }
    if (unit == null && k < to && !n.vague && blank(text.substring(end, t.start(k)))
        && gluedCode(k)) { // "30 MUSD"
      end = t.end(k);
      k++;
    }
    if (unit != null && unit.money() && !symbol && codeFactor == 1 && !n.multiplied && !n.vague
        && k < to && blank(text.substring(end, t.start(k)))) {
      Hit<Multiplier> m = sentence.cue(k, QuantityLexicon.MULTIPLIER, Multiplier.class);
      if (m != null && !m.lex().plural() && m.lex().factor() >= 1000) {
        codeFactor = m.lex().factor(); // "75 USD million"
        end = m.end();
        k = m.endWord();
      }
    }
    if (spacedMinus >= 0 && sign > 0 && unit != null
        && (unit.dimension().startsWith("temperature") || unit.dimension().equals("degree"))) {
      sign = -1;
      spanStart = spacedMinus;
    }
  }

  /**
   * The unit a word names after a number with a scale word ("85 million pounds"), when the pack
   * facet {@code quantity-unit-scaled} gives it one there and no "of" follows: pounds in
   * millions are sterling, while "2 million pounds of beef" stays a weight. {@code unit} itself
   * otherwise; {@code next} is the word after the unit.
   */
  private Unit scaled(Unit unit, int next) {
    Hit<Unit> s = sentence.cue(next - 1, QuantityLexicon.UNIT_SCALED, Unit.class);
    if (s == null || s.endWord() != next
        || next < to && sentence.cue(next, QuantityLexicon.OF, Lex.class) != null) {
      return unit;
    }
    return s.lex();
  }

  /** The amount, with a compound measure or a smaller unit after it, and an approximation. */
  private void amount() {
    value = sign * n.value * codeFactor;
    lastPart = unit;
    // compound measures: "5 feet 4 inches", "3 dollars 50 cents", "12 ft 2 in"
    if (unit != null && k < to && !n.vague) {
      UnitReader.Tail c = phrases.units.compound(unit, sign, k, end);
      if (c != null) {
        value += c.value();
        end = c.end();
        k = c.next();
        lastPart = c.part();
      }
    }
    // the smaller unit left unsaid: "15 dollars 50", "one dollar and one", "five mao five"
    if (lastPart != null && lastPart.money() && lastPart.subunit() > 0 && !n.vague
        && !n.multiplied && codeFactor == 1 && k < to
        && blank(text.substring(end, t.start(k)))) {
      UnitReader.Tail c = phrases.units.unsaidSubunit(lastPart, unit, sign, k, end);
      if (c != null) {
        value += c.value();
        end = c.end();
        k = c.next();
      }
    }
    // "5 below zero", "10 degrees below zero": the value under zero
    Hit<Lex> under = sentence.cue(k, QuantityLexicon.BELOW_ZERO, Lex.class);
    if (under != null && value > 0 && !n.vague && blank(text.substring(end, t.start(k)))
        && (unit == null || unit.dimension().startsWith("temperature")
            || unit.dimension().equals("degree"))) {
      value = -value;
      end = under.end();
      k = under.endWord();
    }
    if (approx == null || approx.kind() == Approximation.ABOUT) {
      Hit<Approx> after = sentence.cue(k, QuantityLexicon.APPROX_AFTER, Approx.class);
      if (after != null && blank(text.substring(end, t.start(k)).replace(",", ""))) {
        approx = after.lex();
        end = after.end();
        k = after.endWord();
      }
    }
  }

  /**
   * Whether word {@code w} is a currency code with a multiplier letter glued before it ("MUSD"):
   * if so, its unit and factor are the phrase's.
   */
  private boolean gluedCode(int w) {
    Glued g = phrases.units.gluedCode(w);
    if (g != null) {
      unit = g.unit();
      codeFactor = g.factor();
    }
    return g != null;
  }

  /**
   * Whether the words from {@code w} to the end of the sentence are one amount and nothing else:
   * numbers, number words, multipliers and units ("- 25 k", "- 3.5 million dollars"). A minus
   * that opens such a sentence is its sign: a bullet opens a line of words.
   */
  private boolean onlyAmountFrom(int w) {
    for (int x = w; x < to; x++) {
      if (!(t.isNumber(x) || sentence.cue(x, QuantityLexicon.NUMBER, Lex.class) != null
          || sentence.cue(x, QuantityLexicon.MULTIPLIER, Lex.class) != null
          || sentence.cue(x, QuantityLexicon.UNIT, Lex.class) != null
          || sentence.cue(x, QuantityLexicon.FRACTION, Lex.class) != null)) {
        return false;
      }
    }
    return true;
  }

  /** "30 to 40", "30-40", "between 30 and 40", or a tally ("97-1"); null where none follows. */
  private Found rangeAfter() {
    if (!n.vague && (approx == null || approx.kind() == Approximation.ABOUT || between)) {
      int second = -1;
      boolean dash = false;
      if (between && sentence.rangeRole(k, "and")) {
        second = k + 1;
      } else if (sentence.rangeRole(k, "join")
          && !(i - 1 >= from && sentence.rangeRole(i - 1, "from") && !fromOpensRange(i - 1))
          && text.substring(end, t.start(k)).indexOf(',') < 0) {
        // not after a comma: "fell 3.41%, or 251.4 points" restates the change, "fell 4%, to
        // 1299.59" gives the level reached
        second = k + 1;
      } else if (k < to) {
        String g = text.substring(end, t.start(k)).strip();
        Optional<Symbol> js = lex.symbolAt(g, 0, Range.class);
        if (!g.isEmpty() && js.isPresent() && js.get().text().equals(g)
            && t.isNumber(k) && n.digits != null) {
          second = k;
          dash = true;
        }
      }
      if (second >= 0 && second < to) {
        if (dash && phrases.not.record(n, unit, approx, sign, second)) {
          // "the Hawks (15-17)", "a 5-9 record": wins and losses, two counts
          return sentence.found(spanStart, t.end(n.last), n.value, n.value, n.value, null,
              Approximation.EXACT, i, second);
        }
        Found r = phrases.range(i, spanStart, n, sign, unit, symbol, second, dash, money);
        if (r != null) {
          return r;
        }
        if (dash && phrases.not.tally(i, n, unit, approx, sign, second)) {
          // "voted 97-1", "won 3-1": a tally or a score is two counts, the larger first
          return sentence.found(spanStart, t.end(n.last), n.value, n.value, n.value, null,
              Approximation.EXACT, i, second);
        }
        if (dash) {
          return sentence.skipTo(second + 1); // "2017-05-01", "750-10": a date or a code
        }
      }
    }
    return null;
  }

  /**
   * Whether "from" at word {@code f} opens a range rather than the start of a change: it opens
   * its clause ("From 30 to 40 people came") or follows a word of the pack facet {@code
   * quantity-range-open} ("ranging from 30 to 40", "the number is from 20 to 30"), where "rose
   * from 30 to 40" is a change, two quantities.
   */
  private boolean fromOpensRange(int f) {
    return f - 1 < from || sentence.clauseEnds(f, t.end(f - 1))
        || sentence.cue(f - 1, QuantityLexicon.RANGE_OPEN, Lex.class) != null;
  }

  /** The quantity read, unless it is a year, an identifier, a date or a time. */
  private Found quantity() {
    if (n.letterScale && approx == null && !symbol && unit == null && sign > 0
        && phrases.not.identifier(j)) {
      return sentence.skipTo(k); // "Room 12 B", "Section 5 K": a label, no 12 billion
    }
    if (approx == null && !symbol && unit == null && !n.multiplied && sign > 0) {
      if (phrases.not.yearShaped(n)) {
        return null;
      }
      if (phrases.not.identifier(j) || phrases.not.dateOrTime(j, n, k)
          || phrases.not.areaCode(n)) {
        return sentence.skipTo(k);
      }
    } else if (unit == null && phrases.not.dateOrTime(j, n, k)) {
      return sentence.skipTo(k);
    }
    if (n.vague) {
      Approximation kind = Approximation.RANGE;
      return sentence.found(spanStart, end, n.vagueLow, n.vagueLow, n.vagueHigh, unit, kind, i,
          k);
    }
    Approximation kind = approx == null ? Approximation.EXACT : approx.kind();
    double[] lh = QuantityPhrases.interval(kind, approx == null ? 0 : approx.tolerance(),
        approx != null && approx.nearly(), value,
        unit != null && unit.dimension().startsWith("temperature"));
    return sentence.found(spanStart, end, value, lh[0], lh[1], unit, kind, i, k);
  }
}
