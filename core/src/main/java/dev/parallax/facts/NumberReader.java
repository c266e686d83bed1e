package dev.parallax.facts;

import dev.parallax.facts.QuantityLexicon.Fraction;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.Multiplier;
import dev.parallax.facts.QuantityLexicon.NumberWord;
import dev.parallax.facts.QuantityLexicon.Unit;
import dev.parallax.facts.QuantitySentence.Hit;

/**
 * Reads the numbers of one sentence: where a number may start, and the number that starts at a
 * word, in digits or in words, as a {@link Num}. A plural scale word is a vague number of its
 * own ("millions of", "thousands of millions of": a range from two of the scale up); every other
 * number is read word by word by {@link NumberWords}. It also tells the ordinals written with a
 * tens word and a hyphen ("twenty-first"), which may be a denominator, from the compounds
 * ("a third-party candidate"), which are no number.
 */
final class NumberReader extends SentenceReader {

  /** A number read from words. */
  static final class Num {
    double value;
    int first;
    int last;
    boolean digitsOnly = true;
    boolean multiplied;
    /** Multiplied by an abbreviation set apart ("5 M", "12 k"). */
    boolean letterScale;
    NumberText.Digits digits;
    Unit suffixUnit;
    boolean vague;
    double vagueLow;
    double vagueHigh;
    boolean times;
    boolean pronounWord;
    int words;
  }

  private final DigitReader digitReader;

  NumberReader(QuantitySentence sentence, DigitReader digitReader) {
    super(sentence);
    this.digitReader = digitReader;
  }

  /** Reads a number starting at word {@code j}, or null. */
  Num number(int j, boolean money) {
    Hit<Multiplier> vm = sentence.cue(j, QuantityLexicon.MULTIPLIER, Multiplier.class);
    if (vm != null && vm.lex().plural()) {
      return vague(j, vm);
    }
    return new NumberWords(sentence, digitReader, this, j, money).read();
  }

  /** "millions of", "thousands of millions": a plural multiplier is a vague range. */
  private Num vague(int j, Hit<Multiplier> vm) {
    Num n = new Num();
    n.first = j;
    n.vague = true;
    n.vagueLow = 2 * vm.lex().factor();
    n.vagueHigh = vm.lex().pluralStep() * vm.lex().factor();
    n.last = vm.endWord() - 1;
    int k = vm.endWord();
    while (k + 1 < to && sentence.cue(k, QuantityLexicon.OF, Lex.class) != null) {
      Hit<Multiplier> m2 = sentence.cue(k + 1, QuantityLexicon.MULTIPLIER, Multiplier.class);
      if (m2 == null || m2.lex().money()) {
        break;
      }
      n.vagueLow *= m2.lex().factor();
      n.vagueHigh *= m2.lex().factor();
      n.last = m2.endWord() - 1;
      k = m2.endWord();
    }
    n.value = n.vagueLow;
    n.words = 1;
    n.digitsOnly = false;
    return n;
  }

  /** Whether a number may start at word {@code w}. */
  boolean startsNumber(int w) {
    if (w < from || w >= to) {
      return false;
    }
    if (t.isNumber(w)) {
      return true;
    }
    Hit<NumberWord> n = sentence.cue(w, QuantityLexicon.NUMBER, NumberWord.class);
    return n != null && !n.lex().article()
        || sentence.cue(w, QuantityLexicon.MULTIPLIER, Multiplier.class) != null
            && !sentence.cue(w, QuantityLexicon.MULTIPLIER, Multiplier.class).lex().suffix()
        || sentence.cue(w, QuantityLexicon.FRACTION, Fraction.class) != null && !t.isNumber(w)
            && sentence.cue(w, QuantityLexicon.FRACTION, Fraction.class).lex().alone()
            && !compoundAdjective(w)
        || n != null && n.lex().article() && w + 1 < to
            && (sentence.cue(w + 1, QuantityLexicon.MULTIPLIER, Multiplier.class) != null
                && !sentence.cue(w + 1, QuantityLexicon.MULTIPLIER, Multiplier.class).lex()
                    .suffix()
                || sentence.cue(w + 1, QuantityLexicon.FRACTION, Fraction.class) != null
                    && !compoundAdjective(w + 1)
                || compoundOrdinalAt(w + 1));
  }

  /**
   * Whether the word at {@code w} begins a compound with a hyphen and a word ("a third-party
   * candidate", "a half-brother"): an adjective or a noun, not a fraction. A unit after the
   * hyphen makes it a measure ("a half-mile walk", "a three-quarter-inch bolt"), and a
   * multiplier a number ("a quarter-million-dollar bond", "a half-billion budget").
   */
  boolean compoundAdjective(int w) {
    return w + 1 < to && sentence.gap(w, w + 1).equals("-") && !t.isNumber(w + 1)
        && Character.isLetter(text.charAt(t.start(w + 1)))
        && sentence.cue(w + 1, QuantityLexicon.UNIT, QuantityLexicon.Unit.class) == null
        && sentence.cue(w + 1, QuantityLexicon.MULTIPLIER, Multiplier.class) == null;
  }

  /** "twenty-fifth", "twenty-first": a tens word and an ordinal joined by a hyphen. */
  boolean compoundOrdinalAt(int w) {
    if (w < from || w + 1 >= to || !sentence.gap(w, w + 1).equals("-")) {
      return false;
    }
    Hit<NumberWord> tens = sentence.cue(w, QuantityLexicon.NUMBER, NumberWord.class);
    if (tens == null || tens.endWord() != w + 1 || tens.lex().article()) {
      return false;
    }
    double v = tens.lex().value();
    return v >= 20 && v < 100 && v % 10 == 0 && ordinalPart(w + 1) != null;
  }

  /** The denominator of an ordinal that may end a hyphenated one ("fifth", "first"), or null. */
  Hit<Lex> ordinalPart(int w) {
    Hit<Fraction> f = sentence.cue(w, QuantityLexicon.FRACTION, Fraction.class);
    if (f != null && f.lex().denominator() < 10 && !f.lex().alone()) {
      return new Hit<>(new QuantityLexicon.Plain(QuantityLexicon.ORDINAL_PART,
          Double.toString(f.lex().denominator())), f.endWord(), f.end());
    }
    return sentence.cue(w, QuantityLexicon.ORDINAL_PART, Lex.class);
  }
}
