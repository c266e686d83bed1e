package dev.parallax.facts;

import static dev.parallax.facts.QuantitySentence.blank;

import dev.parallax.facts.DigitReader.DigitRun;
import dev.parallax.facts.NumberReader.Num;
import dev.parallax.facts.QuantityLexicon.Approx;
import dev.parallax.facts.QuantityLexicon.Fraction;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.Multiplier;
import dev.parallax.facts.QuantityLexicon.NumberWord;
import dev.parallax.facts.QuantityLexicon.Unit;
import dev.parallax.facts.QuantitySentence.Hit;
import java.util.List;

/**
 * Reads one number from its first word on, a word at a time: digits (their shape read by
 * {@link DigitReader}), with a multiplier or a unit attached ("5m", "5km"); number words
 * ("forty", "twenty-one", "a dozen"); scale words ("1.5 million", "three lakh crore", "6
 * thousand 2 hundred and 15"); fractions ("two-thirds", "a twenty-first", "half a dozen", "three
 * quarters of a billion", "one billion and three quarters million"); decimals said with a point
 * ("four point two five"); and "and" inside a number ("one hundred and five", "twenty and three
 * fifths"). What a word may follow is told by the {@link Part} read before it. One instance
 * reads one number and is then dropped.
 */
final class NumberWords extends SentenceReader {

  /** What the word read last in a number was: what the next word may be depends on it. */
  private enum Part {
    NONE, DIGITS, UNIT_WORD, TEEN, TENS, SCALE, AND, ARTICLE, FRACTION, POINT
  }

  /** What one word of a number did to the reading: go on, stop before it, or no number. */
  private enum Step {
    NEXT, STOP, FAIL
  }

  private final DigitReader digitReader;
  private final NumberReader reader;
  private final Num n = new Num();
  private final int j;
  private final boolean money;
  private double total = 0;
  private double cur = 0;
  private boolean any = false;
  private Part prev = Part.NONE;
  private double beforeAnd = Double.NaN;
  private double scaleBeforeAnd = 0;
  private double lastScale = 0;
  private double tens = 0;
  private boolean articleOnly = false;
  private boolean attached = false;
  private int k;

  NumberWords(QuantitySentence sentence, DigitReader digitReader, NumberReader reader, int j,
      boolean money) {
    super(sentence);
    this.digitReader = digitReader;
    this.reader = reader;
    this.j = j;
    this.money = money;
    this.k = j;
    n.first = j;
    n.last = -1;
  }

  /** The number read, or null where the words make none. */
  Num read() {
    while (k < to && k - j < QuantityExtractor.MAX_WORDS) {
      if (any && !joinable(k - 1, k)) {
        break;
      }
      Step step = t.isNumber(k) ? digits() : word();
      if (step == Step.FAIL) {
        return null;
      }
      if (step == Step.STOP) {
        break;
      }
    }
    if (!any || n.last < 0) {
      return null;
    }
    n.value = total + cur;
    return n;
  }

  /** Digits, with a multiplier or a unit attached ("5m", "5km"). */
  private Step digits() {
    if (any && prev != Part.AND && !(prev == Part.SCALE && smallerScaleAfter(k, lastScale))) {
      return Step.STOP;
    }
    int at = k;
    DigitRun run = digitReader.read(k, any);
    if (run == null) {
      return Step.FAIL;
    }
    NumberText.Digits d = run.digits();
    int last = run.last();
    if (!any) {
      n.digits = d;
    }
    cur += run.value();
    any = true;
    prev = Part.DIGITS;
    n.last = last;
    n.words += last - k + 1;
    k = last + 1;
    if (!d.suffix().isEmpty()) {
      Lex sfx = suffix(d.suffix(), money, at, last);
      if (sfx instanceof Multiplier m) {
        scaleBy(m.factor());
        n.multiplied = true;
        prev = Part.SCALE;
        lastScale = m.factor();
        attached = true;
      } else if (sfx instanceof Unit u) {
        n.suffixUnit = u;
        return Step.STOP;
      } else {
        return Step.FAIL; // "21st", "1980s", "24703L": no amount
      }
    }
    return Step.NEXT;
  }

  /** A word in letters: a number word, a multiplier, a fraction, a point or "and". */
  private Step word() {
    n.digitsOnly = false;
    Hit<NumberWord> nw = sentence.cue(k, QuantityLexicon.NUMBER, NumberWord.class);
    if (nw != null) {
      return numberWord(nw);
    }
    Hit<Multiplier> mh = sentence.cue(k, QuantityLexicon.MULTIPLIER, Multiplier.class);
    if (mh != null && (!mh.lex().money() || money) && !(prev == Part.SCALE
        && mh.lex().factor() <= lastScale) && (any || !mh.lex().plural())
        && (!mh.lex().suffix() || prev == Part.DIGITS)) {
      // an abbreviation ("5 M", "12 k") multiplies digits only: "a B rating", "a K-pop star",
      // "five K" are no amounts
      return multiplier(mh);
    }
    Hit<Fraction> fh = sentence.cue(k, QuantityLexicon.FRACTION, Fraction.class);
    if (prev == Part.TENS && tens > 0 && k > j && reader.compoundOrdinalAt(k - 1)) {
      return tensOrdinal();
    }
    if (fh != null && prev != Part.FRACTION && prev != Part.POINT) {
      if (reader.compoundAdjective(k)) {
        return Step.STOP; // "one third-party candidate": one, and a compound adjective
      }
      return fraction(fh);
    }
    Hit<Lex> ph = sentence.cue(k, QuantityLexicon.POINT, Lex.class);
    if (ph != null && any && prev != Part.FRACTION && prev != Part.POINT) {
      return point(ph);
    }
    if (any && prev != Part.AND && !attached && sentence.rangeRole(k, "and") && k + 1 < to) {
      return and();
    }
    if (prev == Part.FRACTION && sentence.cue(k, QuantityLexicon.OF, Lex.class) != null) {
      return fractionOfScale();
    }
    return Step.STOP;
  }

  /** "forty", "twenty-one"; "a" before a multiplier or a fraction ("a dozen", "a third"). */
  private Step numberWord(Hit<NumberWord> nw) {
    NumberWord w = nw.lex();
    if (w.article()) {
      if (any && prev != Part.AND) {
        return Step.STOP;
      }
      int n2 = nw.endWord();
      Hit<Multiplier> m = sentence.cue(n2, QuantityLexicon.MULTIPLIER, Multiplier.class);
      if (n2 < to && (m != null && !m.lex().plural() && !m.lex().suffix()
          || sentence.cue(n2, QuantityLexicon.FRACTION, Fraction.class) != null
          || reader.compoundOrdinalAt(n2))) {
        articleOnly = !any;
        cur += 1;
        any = true;
        prev = Part.ARTICLE;
        k = n2;
        return Step.NEXT;
      }
      return Step.STOP;
    }
    double v = w.value();
    if (any && !(prev == Part.SCALE || prev == Part.AND || prev == Part.TENS && v >= 1 && v < 10
        || (prev == Part.ARTICLE || prev == Part.UNIT_WORD || prev == Part.TEEN)
            && reader.compoundOrdinalAt(k))) {
      return Step.STOP;
    }
    tens = v >= 20 && v < 100 ? v : 0;
    if (w.times()) {
      n.times = true;
    }
    n.pronounWord = !any && w.pronoun();
    cur += v;
    any = true;
    prev = v >= 20 ? Part.TENS : v >= 10 ? Part.TEEN : Part.UNIT_WORD;
    n.last = nw.endWord() - 1;
    n.words++;
    k = nw.endWord();
    if (w.times()) {
      return Step.STOP;
    }
    return Step.NEXT;
  }

  /** "hundred", "million", "lakh crore": a scale word. */
  private Step multiplier(Hit<Multiplier> mh) {
    Multiplier m = mh.lex();
    scaleBy(m.factor());
    any = true;
    n.multiplied = true;
    n.letterScale |= m.suffix();
    n.pronounWord = false;
    prev = Part.SCALE;
    lastScale = m.factor();
    n.last = mh.endWord() - 1;
    n.words++;
    k = mh.endWord();
    return Step.NEXT;
  }

  /** A tens word and an ordinal joined by a hyphen after it: one denominator. */
  private Step tensOrdinal() {
    // "a twenty-first", "three thirty-seconds": the tens word and the ordinal are one
    // denominator; with nothing before them, or singular after more than one, an ordinal
    Hit<Lex> op = reader.ordinalPart(k);
    double den = tens + Double.parseDouble(((QuantityLexicon.Plain) op.lex()).value());
    double whole = total + cur - tens;
    double num = Double.isNaN(beforeAnd) ? whole : whole - beforeAnd;
    boolean plural = t.word(op.endWord() - 1).endsWith("s");
    if (num <= 0 || num != 1 && !plural) {
      return Step.FAIL;
    }
    if (articleOnly && wordAfter(op)) {
      return Step.FAIL; // "a twenty-first century": an ordinal
    }
    total = (Double.isNaN(beforeAnd) ? 0 : beforeAnd) + num / den;
    cur = 0;
    return afterFraction(op.endWord());
  }

  /** "a third", "two-thirds", "one billion and three quarters million". */
  private Step fraction(Hit<Fraction> fh) {
    Fraction f = fh.lex();
    if (!any) {
      if (!f.alone()) {
        return Step.FAIL;
      }
      cur = 1 / f.denominator();
      any = true;
      n.pronounWord = f.pronoun();
      prev = Part.FRACTION;
      n.last = fh.endWord() - 1;
      n.words++;
      k = fh.endWord();
      // "half a dozen"; "half a mile", "half a ton": the fraction of one unit
      Hit<NumberWord> art = sentence.cue(k, QuantityLexicon.NUMBER, NumberWord.class);
      if (art != null && art.lex().article() && sentence.cue(art.endWord(),
          QuantityLexicon.MULTIPLIER, Multiplier.class) != null) {
        k = art.endWord();
      } else if (art != null && art.lex().article() && sentence.cue(art.endWord(),
          QuantityLexicon.UNIT, Unit.class) != null) {
        k = art.endWord();
        n.last = art.endWord() - 1; // the unit follows the article
      }
      return Step.NEXT;
    }
    if (articleOnly && !f.alone() && wordAfter(fh)
        && sentence.cue(fh.endWord(), QuantityLexicon.MULTIPLIER, Multiplier.class) == null) {
      return Step.FAIL; // "a third term": an ordinal
    }
    double whole = total + cur;
    double numerator = Double.isNaN(beforeAnd) ? whole : whole - beforeAnd;
    if (f.denominator() >= 100 && numerator != 1
        && !t.word(fh.endWord() - 1).toLowerCase(java.util.Locale.ROOT).endsWith("s")) {
      // a singular scale ordinal after a number other than one is an ordinal: "three
      // trillionth", "a hundred trillionth", "the two hundredth visitor" (a fraction of more
      // than one is plural: "three trillionths")
      return Step.FAIL;
    }
    double value;
    Hit<Multiplier> nextScale = sentence.cue(fh.endWord(), QuantityLexicon.MULTIPLIER,
        Multiplier.class);
    if (!Double.isNaN(beforeAnd) && nextScale != null && !nextScale.lex().plural()
        && nextScale.lex().factor() < scaleBeforeAnd) {
      // "one billion and three quarters million": the fraction is of the next scale
      total = beforeAnd;
      cur = (whole - beforeAnd) / f.denominator();
      return afterFraction(fh.endWord());
    }
    if (!Double.isNaN(beforeAnd)) {
      double num = whole - beforeAnd;
      value = scaleBeforeAnd >= 1e6 ? beforeAnd + num / f.denominator() * scaleBeforeAnd
          : beforeAnd + num / f.denominator();
    } else {
      value = whole / f.denominator();
    }
    total = value;
    cur = 0;
    return afterFraction(fh.endWord());
  }

  /** A fraction read up to the word before {@code endWord}; the number may go on after it. */
  private Step afterFraction(int endWord) {
    prev = Part.FRACTION;
    n.pronounWord = false;
    n.last = endWord - 1;
    n.words++;
    k = endWord;
    return Step.NEXT;
  }

  /**
   * Whether a word in letters other than "of" follows a cue hit after white space alone: "a
   * third term", "a twenty-first century", where the cue is an ordinal.
   */
  private boolean wordAfter(Hit<?> h) {
    return h.endWord() < to && sentence.cue(h.endWord(), QuantityLexicon.OF, Lex.class) == null
        && blank(text.substring(h.end(), t.start(h.endWord())))
        && Character.isLetter(text.charAt(t.start(h.endWord())));
  }

  /** "four point two five": the digits said after a point. */
  private Step point(Hit<Lex> ph) {
    StringBuilder ds = new StringBuilder();
    int q = ph.endWord();
    int lastQ = -1;
    while (q < to && q - k < 12) {
      Hit<NumberWord> dw = sentence.cue(q, QuantityLexicon.NUMBER, NumberWord.class);
      if (dw == null || dw.lex().article() || dw.lex().value() >= 100) {
        break;
      }
      int v = (int) dw.lex().value();
      Hit<NumberWord> next = sentence.cue(dw.endWord(), QuantityLexicon.NUMBER, NumberWord.class);
      if (v >= 20 && next != null && !next.lex().article() && next.lex().value() < 10
          && next.lex().value() >= 1) {
        ds.append(v + (int) next.lex().value());
        lastQ = next.endWord() - 1;
        q = next.endWord();
      } else {
        ds.append(v);
        lastQ = dw.endWord() - 1;
        q = dw.endWord();
      }
    }
    if (ds.length() == 0) {
      return Step.STOP;
    }
    cur += Double.parseDouble("0." + ds);
    prev = Part.POINT;
    n.last = lastQ;
    n.words += 2;
    k = q;
    return Step.NEXT;
  }

  /**
   * "and" inside a number: "one hundred and five", "3 hundred and 21", "twenty and three
   * fifths", "2 and 3/4". After digits, a part with a scale of a thousand or more of its own is another
   * amount ("$8 billion and 4 million people"; news would write 8.004 billion).
   */
  private Step and() {
    if (n.digits != null && largeScaleAfter(k + 1)) {
      return Step.STOP;
    }
    boolean ok = prev == Part.SCALE
        && (t.isNumber(k + 1) || reader.startsNumber(k + 1)
        && sentence.cue(k + 1, QuantityLexicon.NUMBER, NumberWord.class) != null);
    if (!ok && prev == Part.DIGITS && n.digits != null && cur == Math.rint(cur)
        && blank(sentence.gap(k, k + 1)) && digitReader.properFractionAt(k + 1)) {
      ok = true; // "2 and 3/4": a whole number and a fraction in digits
    }
    if (!ok) {
      int q = k + 1;
      while (q < to && q - k < 8
          && (sentence.cue(q, QuantityLexicon.NUMBER, NumberWord.class) != null
              || t.isNumber(q) || q > k + 1 && sentence.rangeRole(q, "and"))) {
        q++; // "twenty and three and three fifths"
      }
      ok = q > k + 1 && sentence.cue(q, QuantityLexicon.FRACTION, Fraction.class) != null;
    }
    if (!ok) {
      return Step.STOP;
    }
    beforeAnd = total + cur;
    scaleBeforeAnd = prev == Part.SCALE ? lastScale : 0;
    prev = Part.AND;
    k++;
    return Step.NEXT;
  }

  /** Whether the number words from word {@code q} on hold a scale of a thousand or more. */
  private boolean largeScaleAfter(int q) {
    for (int w = q; w < to && w - q < 6; w++) {
      Hit<Multiplier> m = sentence.cue(w, QuantityLexicon.MULTIPLIER, Multiplier.class);
      if (m != null && m.lex().factor() >= 1000) {
        return true;
      }
      if (m == null && !t.isNumber(w)
          && sentence.cue(w, QuantityLexicon.NUMBER, NumberWord.class) == null) {
        return false;
      }
    }
    return false;
  }

  /** A fraction "of" one scale; or the number ends. */
  private Step fractionOfScale() {
    // "three quarters of a billion", "a quarter of a million": a fraction of one scale
    Hit<Lex> of = sentence.cue(k, QuantityLexicon.OF, Lex.class);
    Hit<NumberWord> art = sentence.cue(of.endWord(), QuantityLexicon.NUMBER, NumberWord.class);
    Hit<Multiplier> m = art == null || !art.lex().article() ? null
        : sentence.cue(art.endWord(), QuantityLexicon.MULTIPLIER, Multiplier.class);
    if (m != null && !m.lex().plural() && !m.lex().money() && m.lex().factor() >= 1000) {
      total = (total + cur) * m.lex().factor();
      cur = 0;
      prev = Part.SCALE;
      lastScale = m.lex().factor();
      n.multiplied = true;
      n.last = m.endWord() - 1;
      n.words += 3;
      k = m.endWord();
      return Step.NEXT;
    }
    return Step.STOP;
  }

  /** Multiplies what is read so far by a scale {@code f}. */
  private void scaleBy(double f) {
    double[] tc = scale(total, cur, f, prev, lastScale);
    total = tc[0];
    cur = tc[1];
  }

  /**
   * Whether the digits at word {@code k} count a smaller scale word right after them, as in
   * "6 thousand 2 hundred and 15": a whole number, then a multiplier below {@code lastScale}.
   */
  private boolean smallerScaleAfter(int k, double lastScale) {
    NumberText.Digits d = NumberText.parse(t.word(k));
    if (d == null || !d.plainInteger() || !d.suffix().isEmpty() || k + 1 >= to
        || !blank(sentence.gap(k, k + 1))) {
      return false;
    }
    Hit<Multiplier> m = sentence.cue(k + 1, QuantityLexicon.MULTIPLIER, Multiplier.class);
    return m != null && !m.lex().plural() && !m.lex().money() && m.lex().factor() < lastScale;
  }

  /** Whether word {@code k} may continue a number that ends at word {@code last}. */
  private boolean joinable(int last, int k) {
    if (last < 0) {
      return true;
    }
    String g = text.substring(t.end(last), t.start(k));
    return g.isEmpty() || blank(g) || g.strip().equals("-") || g.strip().equals("\u2010");
  }

  /** What is read so far, {@code total} and {@code cur}, after the scale {@code f}. */
  private static double[] scale(double total, double cur, double f, Part prev,
      double lastScale) {
    if (prev == Part.FRACTION && cur == 0 && total > 0 && total < f) {
      return new double[] {total * f, 0};
    }
    if (prev == Part.SCALE && f >= 1000 && f > lastScale) {
      if (lastScale < 1000) {
        // "five hundred thousand", "two million five hundred thousand": the hundreds are the
        // group the larger scale counts, not what came before them
        return new double[] {total + cur * f, 0};
      }
      return new double[] {(total + cur) * f, 0}; // "three lakh crore", "a thousand million"
    }
    if (f < 1000) {
      return new double[] {total, (cur == 0 ? 1 : cur) * f};
    }
    return new double[] {total + (cur == 0 ? 1 : cur) * f, 0};
  }

  /** What letters attached to digits mean: a multiplier, a unit, or nothing known. */
  private Lex suffix(String letters, boolean money, int first, int last) {
    List<Lex> ls = sentence.lex.word(letters);
    for (Lex l : ls) {
      if (l instanceof Multiplier m && (!m.money() || money || pluralNounAfter(first, last))
          && !m.plural()) {
        return l;
      }
    }
    for (Lex l : ls) {
      if (l instanceof Unit) {
        return l;
      }
    }
    // the letters of a unit's symbol, as written ("25C" is 25 °C; "25c" is no Celsius), where a
    // value is expected: one letter after digits is as often a label ("flat 5C", "Grade 5F")
    if (valueExpected(first, last)) {
      for (QuantityLexicon.Symbol sy : sentence.lex.symbols()) {
        if (sy.text().equals(letters) && sy.lex() instanceof Unit) {
          return sy.lex();
        }
      }
    }
    return null;
  }

  /**
   * Whether the word after word {@code last} is a plural noun, set apart by one space: what a
   * multiplier of money glued to digits counts in millions ("2.5m units", "5m euros", "3m
   * shares", and the plurals without '-s' of the pack facet {@code quantity-plural}: "5m
   * people"), where a length is followed by an adjective, a preposition, an adverb or a race
   * ("2.5m high", "100m in 9.9 seconds", "5m upwards", "the 400m hurdles": pack cue {@code
   * quantity-not} "length after"), or after a name ("GT 650m graphics").
   */
  private boolean pluralNounAfter(int first, int last) {
    int w = last + 1;
    if (w >= to || !sentence.gap(last, w).equals(" ")) {
      return false;
    }
    if (first > from && Character.isUpperCase(t.word(first - 1).codePointAt(0))
        && !sentence.cues.anyAt(t.start(first - 1), QuantityLexicon.APPROX)) {
      return false; // "GeForce GT 650m graphics": a model's name
    }
    if (sentence.cue(w, QuantityLexicon.PLURAL, Lex.class) != null) {
      return true; // "5m people"
    }
    String word = t.word(w);
    return word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss")
        && !word.endsWith("us") && !word.endsWith("is")
        && word.chars().allMatch(Character::isLowerCase) && !t.isStopWord(w)
        && !sentence.notCue(w, "length after");
  }

  /**
   * Whether a value is expected at word {@code w}: after a sign ("-15C"), a word that takes a
   * value ({@code quantity-sign-after}: "was 40C", "of 15C"), an approximation ("about 40C") or
   * a sign word ("minus 5C"), or alone in its sentence ("37.5C"); {@code w} and {@code last} are
   * the number's first and last words.
   */
  private boolean valueExpected(int w, int last) {
    int s = t.start(w);
    if (s > 0 && "-+\u2212".indexOf(text.charAt(s - 1)) >= 0
        && !(s > 1 && Character.isLetterOrDigit(text.charAt(s - 2)))) { // "and-15C": a hyphen
      return true;
    }
    if (w - 1 < from) {
      return last + 1 >= to;
    }
    return sentence.cue(w - 1, QuantityLexicon.SIGN_AFTER, Lex.class) != null
        || sentence.cue(w - 1, QuantityLexicon.APPROX, Approx.class) != null
        || sentence.cue(w - 1, QuantityLexicon.SIGN, Lex.class) != null;
  }
}
