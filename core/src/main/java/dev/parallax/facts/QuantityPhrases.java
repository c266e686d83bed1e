package dev.parallax.facts;

import static dev.parallax.facts.QuantitySentence.blank;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.facts.NumberReader.Num;
import dev.parallax.facts.QuantityLexicon.Approx;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.NumberWord;
import dev.parallax.facts.QuantityLexicon.Symbol;
import dev.parallax.facts.QuantityLexicon.Unit;
import dev.parallax.facts.QuantitySentence.Found;
import dev.parallax.facts.QuantitySentence.Hit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the quantity phrases of one sentence, in text order, each from its first word: it builds
 * the readers of the sentence's numbers ({@link NumberReader}), units ({@link UnitReader}) and
 * non-amounts ({@link NotAQuantity}), and has a {@link PhraseReading} read each phrase. It makes
 * two numbers one quantity where a phrase says so, a ratio ("one in five", "one over three") or a
 * range ("30 to 40", "30-40", "between 30 and 40"), and turns an approximation ("about", "more
 * than", "up to") into an interval ({@link #interval}).
 */
final class QuantityPhrases extends SentenceReader {

  /**
   * The facets of the cues a phrase can begin with (read by {@link PhraseReading}'s words before
   * the number, and by {@link NumberReader#startsNumber} at its first word).
   */
  static final Set<String> STARTS = Set.of(QuantityLexicon.APPROX,
      QuantityLexicon.RANGE, QuantityLexicon.UNIT, QuantityLexicon.SIGN, QuantityLexicon.NUMBER,
      QuantityLexicon.MULTIPLIER, QuantityLexicon.FRACTION);

  final DigitReader digits;
  final NumberReader numbers;
  final UnitReader units;
  final NotAQuantity not;
  private final PhraseReading phrase; // reads one phrase at a time
  private final BitSet phraseStarts; // the words where a cue of STARTS starts, in the whole text

  /** The phrases of {@code sentence}; {@code phraseStarts}: {@link #STARTS} at the text's words. */
  QuantityPhrases(QuantitySentence sentence, BitSet phraseStarts) {
    super(sentence);
    this.phraseStarts = phraseStarts;
    this.digits = new DigitReader(sentence);
    this.numbers = new NumberReader(sentence, digits);
    this.units = new UnitReader(sentence, numbers);
    this.not = new NotAQuantity(sentence);
    this.phrase = new PhraseReading(sentence, this);
  }

  /** The quantities of the sentence, in text order, with the words they take. */
  List<Found> read() {
    List<Found> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      Found f = readAt(i);
      if (f == null) {
        i++;
      } else {
        found.add(f);
        i = Math.max(i + 1, f.endWord());
      }
    }
    return found;
  }

  /** The quantity whose first word is {@code i}, words to skip, or null. */
  private Found readAt(int i) {
    Found coded = units.codeGluedToDigits(i);
    if (coded != null) {
      return coded;
    }
    if (!t.isNumber(i) && !phraseStarts.get(i)
        && !(i + 1 < to && t.isNumber(i + 1))) {
      // Most words: no cue starts here that a phrase can begin with (no approximation, range,
      // unit, sign or number word), no digits, and no number next for a glued currency code.
      // Nothing below could start.
      return null;
    }
    return phrase.read(i);
  }

  /**
   * "one in five", "one over three": the ratio cue at word {@code k} and a second number after
   * the first, {@code n}, whose amount is {@code value}; or null. An approximation before the
   * first number ({@code approx}, null when none) is the ratio's: "roughly one in five" is about
   * 0.2; "one over three" takes none.
   */
  Found ratio(int i, int spanStart, Num n, double value, int k, int end, Approx approx) {
    Hit<Lex> r = sentence.cue(k, QuantityLexicon.RATIO, Lex.class);
    Num d = r.endWord() < to && numbers.startsNumber(r.endWord())
        ? numbers.number(r.endWord(), false) : null;
    boolean divide = r.lex() instanceof QuantityLexicon.Plain pl
        && pl.value().equals("divide");
    if (divide) {
      // "one over three": bare whole numbers, and the clause ends after the second
      if (approx == null && d != null && !d.vague && d.suffixUnit == null && d.value != 0
          && n.value == Math.rint(n.value) && d.value == Math.rint(d.value)
          && blank(text.substring(end, t.start(k)))
          && blank(text.substring(r.end(), t.start(r.endWord())))
          && sentence.clauseEnds(d.last + 1, t.end(d.last))) {
        double ratio = value / d.value;
        return sentence.found(spanStart, t.end(d.last), ratio, ratio, ratio, null,
            Approximation.EXACT, i, d.last + 1);
      }
    } else if (d != null && !not.yearShaped(d) && n.value >= 1 && d.value > n.value
        && n.value == Math.rint(n.value) && d.value == Math.rint(d.value)
        && d.suffixUnit == null) {
      Unit ratio = new Unit("ratio", "ratio", 1, false);
      double v = n.value / d.value;
      Approximation kind = approx == null ? Approximation.EXACT : approx.kind();
      double[] lh = interval(kind, approx == null ? 0 : approx.tolerance(),
          approx != null && approx.nearly(), v, false);
      return sentence.found(spanStart, t.end(d.last), v, lh[0], lh[1], ratio, kind, i,
          d.last + 1);
    }
    return null;
  }

  /** Whether the characters from {@code a} to {@code b} end with a symbol or are a minus. */
  boolean symbolsOnly(int a, int b) {
    String g = text.substring(a, b).strip();
    for (Symbol s : lex.symbols()) {
      if (!(s.lex() instanceof NumberWord) && g.endsWith(s.text())) {
        return true;
      }
    }
    return g.equals("-") || g.equals("\u2212");
  }

  /** The range from {@code n} to the number at word {@code second}, or null. */
  Found range(int i, int spanStart, Num n, double sign, Unit unit, boolean symbol,
      int second, boolean dash, boolean money) {
    int j2 = second;
    double sign2 = 1;
    Unit unit2 = null;
    Hit<Lex> sg = sentence.cue(j2, QuantityLexicon.SIGN, Lex.class);
    if (sg != null) {
      sign2 = -1;
      j2 = sg.endWord();
    }
    if (j2 >= to || !numbers.startsNumber(j2)) {
      return null;
    }
    int q = t.start(j2);
    while (q > t.end(j2 - 1) && Character.isWhitespace(text.charAt(q - 1))) {
      q--;
    }
    Optional<Symbol> cs = lex.symbolEndingAt(text, q, Unit.class);
    if (cs.isPresent() && ((Unit) cs.get().lex()).money()
        && q - cs.get().text().length() >= t.end(j2 - 1)) {
      unit2 = (Unit) cs.get().lex();
    }
    Num n2 = numbers.number(j2, money || unit2 != null);
    if (n2 == null || n2.vague) {
      return null;
    }
    if (dash) {
      // "2017-05-01", "1-222-2222": more than two numbers joined by dashes
      int e2 = t.end(n2.last);
      if (e2 < text.length() && (text.charAt(e2) == '-' || text.charAt(e2) == '/')
          && n2.last + 1 < to && t.isNumber(n2.last + 1) && t.start(n2.last + 1) == e2 + 1) {
        return null;
      }
      if (n.first > from && not.identifierBefore(n.first)) {
        return null;
      }
    }
    int end = t.end(n2.last);
    int k = n2.last + 1;
    if (n2.suffixUnit != null) {
      unit2 = n2.suffixUnit;
    } else {
      int[] ue = new int[2];
      Unit after = units.unitAfter(n2.last, k, ue, false);
      if (after != null) {
        unit2 = unit2 == null || !after.money() ? after : unit2;
        end = ue[0];
        k = ue[1];
      }
    }
    double lo = sign * n.value;
    double hi = sign2 * n2.value;
    if (unit != null && unit2 != null && !unit.dimension().equals(unit2.dimension())) {
      return null;
    }
    if (!dash && unit != null && unit2 == null && k < to && sentence.gap(k - 1, k).isBlank()
        && noun(k)) {
      return null; // "lost 9% or 998.50 points": the second number counts another thing
    }
    Unit u = unit != null ? unit : unit2;
    if (unit == null && unit2 != null && unit2.factor() != u.factor()) {
      return null;
    }
    if (!n.multiplied && n2.multiplied && n2.digits == null == (n.digits == null)) {
      double mult = n2.value / Math.max(1e-300, rawValue(n2));
      if (mult > 1 && lo * mult <= hi) {
        lo *= mult;
      }
    }
    if (!(lo < hi) || !dash && changeAndLevel(i, lo, hi)) {
      return null;
    }
    if (not.yearShaped(n) && not.yearShaped(n2) && u == null) {
      return sentence.skipTo(k);
    }
    return sentence.found(spanStart, end, lo, lo, hi, u, Approximation.RANGE, i, k);
  }

  /**
   * Whether "A to B" after a word of change at word {@code i - 1} (pack cue {@code
   * quantity-change}) is the change and the level it reached, two amounts ("fell 4,000 to
   * 212,000", "rose $1.25 to $30"), rather than a range of the change ("rose 5 to 10 percent"):
   * the level is at least the cue's number of times the change.
   */
  private boolean changeAndLevel(int i, double lo, double hi) {
    if (i - 1 < from || lo <= 0) {
      return false;
    }
    Hit<Lex> c = sentence.cue(i - 1, QuantityLexicon.CHANGE, Lex.class);
    return c != null && c.endWord() == i
        && c.lex() instanceof QuantityLexicon.Plain p && hi >= lo * Double.parseDouble(p.value());
  }

  /** Whether word {@code w} is a plain lower-case word of letters that is no stop word. */
  private boolean noun(int w) {
    String word = t.word(w);
    return !t.isStopWord(w) && !word.isEmpty() && word.chars().allMatch(Character::isLowerCase);
  }

  /** A number's value before its multiplier. */
  private double rawValue(Num n) {
    return n.digits != null ? n.digits.value() : n.value;
  }

  /** The interval that a value and its approximation allow. */
  static double[] interval(Approximation kind, double tolerance, boolean nearly, double v,
      boolean unbounded) {
    double d = Math.abs(v) * tolerance;
    double floor = v >= 0 && !unbounded ? 0 : Double.NEGATIVE_INFINITY;
    return switch (kind) {
      case EXACT, RANGE -> new double[] {v, v};
      case ABOUT -> new double[] {v - d, v + d};
      // "just over 38,000": a bound with a tolerance lies within it
      case MORE_THAN, AT_LEAST -> new double[] {v, d > 0 ? v + d : Double.POSITIVE_INFINITY};
      case AT_MOST -> new double[] {Math.min(floor, v), v};
      case LESS_THAN -> nearly ? new double[] {v - d, v} : new double[] {Math.min(floor, v), v};
    };
  }
}
