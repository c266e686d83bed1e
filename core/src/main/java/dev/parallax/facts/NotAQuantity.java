package dev.parallax.facts;

import static dev.parallax.facts.QuantitySentence.blank;

import dev.parallax.facts.NumberReader.Num;
import dev.parallax.facts.QuantityLexicon.Approx;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.Not;
import dev.parallax.facts.QuantityLexicon.NumberWord;
import dev.parallax.facts.QuantityLexicon.Range;
import dev.parallax.facts.QuantityLexicon.Unit;
import java.util.regex.Pattern;

/**
 * Tells the numbers of a sentence that are no amounts: years with nothing attached ("in 2017"),
 * dates and times of day ("10 a.m.", "2:00", "May 19"), identifiers ("Boeing 747", "AR
 * 750-10", "COVID-19"), chains of numbers ("+1-222-2222", "2017-05-01", "192.168.1.2") and
 * tallies or scores ("voted 97-1", "won 3-1"). It reads their shape and their neighbours; the
 * words that tell are the {@code quantity-not} cues of the packs.
 */
final class NotAQuantity extends SentenceReader {

  /** How many words before a score the word of result that governs it may stand. */
  private static final int RESULT_WORDS = 6;

  /** The rest of a telephone number after its area code: "555-0147", "555.0147". */
  private static final Pattern PHONE_REST = Pattern.compile("\\d{3}[-.\u2011 ]\\d{4}\\b");

  /** An area code in parentheses right before a number: "(415)", "(212) ". */
  private static final Pattern AREA_CODE_BEFORE = Pattern.compile("\\(\\d{3}\\) ?$");

  NotAQuantity(QuantitySentence sentence) {
    super(sentence);
  }

  /**
   * Whether the plain number {@code n} and the one at word {@code second} after a dash are a
   * tally or a score ("97-1", "3-1", "5-4"): a pair of counts, the larger first.
   */
  boolean tally(int i, Num n, Unit unit, Approx approx, double sign, int second) {
    return pair(n, unit, approx, sign, second) && Double.parseDouble(t.word(second)) < n.value;
  }

  /**
   * Whether the plain number {@code n} and the one at word {@code second} after a dash are a
   * win-loss record or a result, two counts in either order: in parentheses right after a name
   * ("the Hawks (15-17)"), before a word of the pack's {@code quantity-not} cues for "record"
   * ("a 5-9 record") or after one for "tally" ("lost 2-3", "voted 49-51", "drew 1-1"). Read as
   * a range they would be a span of values nobody wrote.
   */
  boolean record(Num n, Unit unit, Approx approx, double sign, int second) {
    if (!pair(n, unit, approx, sign, second)) {
      return false;
    }
    int e2 = t.end(second);
    boolean aside = n.first - 1 >= from && sentence.gap(n.first - 1, n.first).strip().equals("(")
        && Character.isUpperCase(t.word(n.first - 1).charAt(0))
        && e2 < text.length() && text.charAt(e2) == ')';
    return aside || second + 1 < to && sentence.notCue(second + 1, "record")
        || n.first - 1 >= from && sentence.notCue(n.first - 1, "tally");
  }

  /**
   * Two whole numbers of up to three digits joined by a dash, with no unit, sign or
   * approximation, no third number chained on ("2017-05-01") and no name or code before ("AR
   * 750-10").
   */
  private boolean pair(Num n, Unit unit, Approx approx, double sign, int second) {
    if (unit != null || approx != null || sign < 0 || n.digits == null
        || !n.digits.plainInteger() || n.last + 1 != second || second >= to
        || !DigitReader.upToThreeDigits(t.word(n.last))
        || !DigitReader.upToThreeDigits(t.word(second))
        || n.first > from && identifierBefore(n.first)) {
      return false;
    }
    int e2 = t.end(second);
    if (e2 < text.length() && (text.charAt(e2) == '-' || text.charAt(e2) == '/'
        || text.charAt(e2) == '.' && e2 + 1 < text.length()
        && Character.isDigit(text.charAt(e2 + 1)))) {
      return false;
    }
    return true;
  }

  /** The last word of a chain of numbers joined by '-', '/', '.' or ':' without spaces. */
  int chainEnd(int j) {
    int k = j;
    while (k + 1 < to && k - j < QuantityExtractor.MAX_WORDS && t.isNumber(k)
        && t.isNumber(k + 1) && t.start(k + 1) == t.end(k) + 1
        && "-/.:".indexOf(text.charAt(t.end(k))) >= 0) {
      k++;
    }
    return k;
  }

  /**
   * Whether a number is one word of four digits that may be a year (1000 to 2199); digits whose
   * thousands are set apart ("1\u202F200") are a count, as no year is written so.
   */
  boolean yearShaped(Num n) {
    return n.words == 1 && n.digits != null && n.digits.plainInteger() && !n.digits.grouped()
        && n.digits.digits().length() == 4 && n.value >= 1000 && n.value < 2200;
  }

  /**
   * "Boeing 747", "AR 750-10", "SCP-173", "COVID-19", "iPhone 15", "Flight 370" (a noun that
   * labels by number, pack cue {@code quantity-not} "label"): a name or code before the number.
   */
  boolean identifier(int j) {
    return j > from && identifierBefore(j);
  }

  /** Whether the word before word {@code j} is a name or a code that the number belongs to. */
  boolean identifierBefore(int j) {
    int p = j - 1;
    String g = sentence.gap(p, j);
    String w = t.word(p);
    boolean caps = true; // every char a capital ("AR", "SCP")
    for (int i = 0; i < w.length(); i++) { // no stream: asked at most numbers
      char c = w.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      caps &= Character.isUpperCase(c);
    }
    boolean spaced = blank(g) || g.strip().equals("#") || g.strip().equals("No.");
    if (spaced && sentence.notCue(p, "label")) {
      return !resultAfterName(j); // "Flight 370", "chapter 11", "Section 230"
    }
    if (cueOfAnyQuantityFacet(p)) {
      return false;
    }
    if (g.equals("-")) {
      return true;
    }
    if (!spaced) {
      return false;
    }
    caps &= w.length() >= 1;
    boolean title = Character.isUpperCase(w.charAt(0));
    // a capital after a small first letter is a brand written as one word ("iPhone 15")
    boolean camel = !title && w.chars().skip(1).anyMatch(Character::isUpperCase);
    return (caps && w.length() >= 2 || title && p > from || camel) && !resultAfterName(j);
  }

  /**
   * Whether the number at word {@code j}, after a name, is the first of a tally or a score that
   * a word of result before the name governs ("passed the Senate 52 to 48", "beat the Red Sox
   * 5-3"; pack cue {@code not-tally}): two counts, not a code ("AR 750-10", "Boeing 747").
   */
  private boolean resultAfterName(int j) {
    if (j + 1 >= to || !DigitReader.upToThreeDigits(t.word(j))) {
      return false;
    }
    String g = sentence.gap(j, j + 1).strip();
    boolean joined = t.isNumber(j + 1) && (g.equals("-") || g.equals("\u2013"))
        || g.isEmpty() && "to".equalsIgnoreCase(t.word(j + 1)) && j + 2 < to
        && t.isNumber(j + 2);
    if (!joined) {
      return false;
    }
    for (int k = j - 2; k >= from && k >= j - RESULT_WORDS; k--) {
      if (sentence.notCue(k, "tally")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a quantity cue of any kind starts at word {@code w}. */
  private boolean cueOfAnyQuantityFacet(int w) {
    return sentence.cues.anyAt(t.start(w), QuantityLexicon.APPROX)
        || sentence.cue(w, QuantityLexicon.UNIT, Unit.class) != null
        || sentence.cue(w, QuantityLexicon.RANGE, Range.class) != null
        || sentence.cue(w, QuantityLexicon.NUMBER, NumberWord.class) != null
        || sentence.cue(w, QuantityLexicon.SIGN, Lex.class) != null
        || sentence.cue(w, QuantityLexicon.NOT, Not.class) != null
        || sentence.cue(w, QuantityLexicon.RATIO, Lex.class) != null
        || sentence.cue(w, QuantityLexicon.OF, Lex.class) != null;
  }

  /**
   * "(212) 555-0147": three digits in parentheses before the rest of a telephone number, or that
   * rest after them ("(415)555.0199").
   */
  boolean areaCode(Num n) {
    int s = t.start(n.first);
    int e = t.end(n.last);
    if (s >= 5 && AREA_CODE_BEFORE.matcher(text.substring(Math.max(0, s - 6), s)).find()
        && PHONE_REST.matcher(text).region(s, text.length()).lookingAt()) {
      return true;
    }
    return n.words == 1 && n.digits != null && n.digits.plainInteger()
        && n.digits.digits().length() == 3 && s > 0 && text.charAt(s - 1) == '('
        && e < text.length() && text.charAt(e) == ')'
        && PHONE_REST.matcher(text).region(e + 1 < text.length() && text.charAt(e + 1) == ' '
            ? e + 2 : e + 1, text.length()).lookingAt();
  }

  /** "10 a.m.", "2:00", "May 19", "1 June": a time or a date. */
  boolean dateOrTime(int j, Num n, int k) {
    int e = t.end(n.last);
    if (e + 1 < text.length() && text.charAt(e) == ':' && Character.isDigit(text.charAt(e + 1))) {
      return true;
    }
    int s = t.start(j);
    if (s >= 2 && text.charAt(s - 1) == ':' && Character.isDigit(text.charAt(s - 2))) {
      return true;
    }
    if (k < to && sentence.notCue(k, "after time")) {
      return true;
    }
    if (n.digits != null && n.words == 1 && (k < to && sentence.notCue(k, "near date")
        || j - 1 >= from && sentence.notCue(j - 1, "near date"))) {
      return true;
    }
    return false;
  }
}
