package dev.parallax.facts;

import static dev.parallax.facts.QuantitySentence.blank;
import static dev.parallax.facts.TimeNumbers.digits;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number written in digits at one word of a sentence, with what the tokenizer cuts
 * apart: the notations "12e-1", "1.3x10^6", "2 × 10^6" and "1.1^23", thousands grouped by spaces
 * ("1 414 021 100", "12 500") or by a comma and a space ("20, 000"), and common fractions
 * ("1/2", "10 1/2", "a 2-1/2 year sentence", "41/2 months" for 4 1/2). A date written with
 * slashes ("05/01/2017") is no number. The shape of one token is {@link NumberText}'s; the number
 * words around the digits are {@link NumberReader}'s.
 */
final class DigitReader extends SentenceReader {

  // patterns of the number notations, compiled once (they run for every number read)
  /** Common fractions a whole number may run into when the space is lost ("41/2" for 4 1/2). */
  private static final Set<String> PROPER_FRACTIONS = Set.of("1/2", "1/3", "2/3", "1/4", "3/4");
  private static final Pattern SIGN = Pattern.compile("[+\\-\u2212]");
  private static final Pattern CARET = Pattern.compile("\\^[+\\-\u2212]*");
  private static final Pattern TIMES = Pattern.compile("\\s*[x\u00d7]\\s*");
  private static final Pattern TIMES_TEN = Pattern.compile("(\\d+(?:\\.\\d+)?)[x\u00d7]10");

  DigitReader(QuantitySentence sentence) {
    super(sentence);
  }

  /**
   * Digits read: their shape (a suffix of letters left on it), their value, with a fraction
   * written after them added, and the last word they take.
   */
  record DigitRun(NumberText.Digits digits, double value, int last) {}

  /** Whether a word is one to three digits. */
  static boolean upToThreeDigits(String word) {
    return digits(word, 1, 3);
  }

  /**
   * The number in digits at word {@code k}, which starts a number unless {@code any} (a number
   * read from words before it goes on: then only the token is read); null where it is none.
   */
  DigitRun read(int k, boolean any) {
    NumberText.Digits d = any ? NumberText.parse(t.word(k)) : notation(k);
    if (d == null) {
      return null;
    }
    if (!any && d.plainInteger() && leadingPoint(k)) {
      // ".5", "(.75)": a decimal written without its zero
      double frac = Double.parseDouble("0." + d.digits());
      return new DigitRun(new NumberText.Digits(frac, "", "0." + d.digits(), false), frac, k);
    }
    double v = d.value();
    int last = k;
    if (!any && d.suffix().startsWith("^")) {
      last = k + Integer.parseInt(d.suffix().substring(1)); // the exponent's word
      d = new NumberText.Digits(v, "", d.digits(), false);
    }
    DigitRun run = new DigitRun(d, v, last);
    if (d.suffix().isEmpty() && digits(d.digits(), 1, 3) && !any) {
      DigitRun grouped = groups(k, d);
      run = grouped == null ? run : grouped;
    }
    if (run.last() == k && run.digits().plainInteger()) {
      return fraction(k, run, any);
    }
    return run;
  }

  /**
   * "1 414 021 100", "12 500": thousands grouped by spaces; one group after a space only where
   * no capitalised word other than one of approximation comes before ("May 12 500 people": a
   * date, a count; "About 1 500 people": one count); or null.
   */
  private DigitRun groups(int k, NumberText.Digits d) {
    int g = k;
    boolean narrow = false;
    StringBuilder sb = new StringBuilder(d.digits());
    while (g + 1 < to && digits(t.word(g + 1), 3, 3)
        && groupSpace(sentence.gap(g, g + 1))) {
      narrow |= sentence.gap(g, g + 1).charAt(0) != ' ';
      sb.append(t.word(g + 1));
      g++;
    }
    boolean oneGroup = g - k == 1 && (narrow
        || !capitalBefore(k) && (g + 1 >= to || !t.isNumber(g + 1)));
    if (g - k >= 2 || oneGroup) {
      return grouped(sb, g);
    } else if (g == k) {
      // "20, 000": thousands whose comma is followed by a space (text rebuilt from
      // tokens); not after a capitalised word ("May 20, 300 people" is a date and a count)
      while (g + 1 < to && digits(t.word(g + 1), 3, 3)
          && sentence.gap(g, g + 1).equals(", ")
          && !capitalBefore(k)) {
        sb.append(t.word(g + 1));
        g++;
      }
      if (g > k) {
        return grouped(sb, g);
      }
    }
    return null;
  }

  /**
   * Whether the word before word {@code k} is written with a capital ("May 12 500", "No. 12
   * 500"), unless it is a word of approximation that opens the sentence ("About 1 500 people").
   */
  private boolean capitalBefore(int k) {
    return k > 0 && Character.isUpperCase(t.word(k - 1).codePointAt(0))
        && !sentence.cues.anyAt(t.start(k - 1), QuantityLexicon.APPROX);
  }

  private static DigitRun grouped(StringBuilder digits, int last) {
    double v = Double.parseDouble(digits.toString());
    return new DigitRun(new NumberText.Digits(v, "", digits.toString(), true), v, last);
  }

  /** "1/2", "-4/5"; "10 1/2": a whole number at word {@code k} and a fraction; null for a date. */
  private DigitRun fraction(int k, DigitRun run, boolean any) {
    NumberText.Digits d = run.digits();
    double v = run.value();
    int last = run.last();
    if (slashAfter(k)) {
      if (slashAfter(k + 1)) {
        return null; // "05/01/2017": a date
      }
      double den = Double.parseDouble(t.word(k + 1));
      if (den == 0) {
        return null;
      }
      String num = d.digits();
      int tail = num.isEmpty() ? 0 : num.charAt(num.length() - 1) - '0';
      if (num.length() >= 2 && num.matches("[1-9][0-9]*")
          && PROPER_FRACTIONS.contains(tail + "/" + (int) den)
          && letterAfter(t.end(k + 1))) {
        // "41/2 months", "23/4 miles": a whole number and a common fraction whose space
        // was lost, not 41 halves (a proper fraction: 1/2, 1/3, 2/3, 1/4, 3/4)
        v = Double.parseDouble(num.substring(0, num.length() - 1)) + tail / den;
      } else {
        v = v / den;
      }
      last = k + 1;
      d = new NumberText.Digits(v, "", d.digits(), false);
    } else if (!any && k + 2 < to && (blank(sentence.gap(k, k + 1))
        || hyphenedFraction(k))
        && digits(t.word(k + 1), 1, Integer.MAX_VALUE) && slashAfter(k + 1) && !slashAfter(k + 2)
        && Double.parseDouble(t.word(k + 1)) < Double.parseDouble(t.word(k + 2))) {
      v += Double.parseDouble(t.word(k + 1)) / Double.parseDouble(t.word(k + 2));
      last = k + 2;
    }
    return new DigitRun(d, v, last);
  }

  /**
   * Whether words {@code j} to {@code j + 2} write a whole number, a hyphen and a common
   * fraction, as US print does ("a 2-1/2 year sentence").
   */
  boolean hyphenedFraction(int j) {
    return j + 2 < to && t.isNumber(j) && t.isNumber(j + 1) && t.isNumber(j + 2)
        && digits(t.word(j), 1, Integer.MAX_VALUE) && "-".equals(sentence.gap(j, j + 1))
        && slashAfter(j + 1) && !slashAfter(j + 2)
        && PROPER_FRACTIONS.contains(t.word(j + 1) + "/" + t.word(j + 2))
        && (j + 3 >= t.wordCount() || t.start(j + 3) > t.end(j + 2) + 1
            || text.charAt(t.end(j + 2)) != '-' || !t.isNumber(j + 3));
  }

  /** Whether the next character after {@code end} that is not a space is a letter. */
  private boolean letterAfter(int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isLetter(text.charAt(i)) && i > end;
  }

  /**
   * The number in digits at word {@code k}, with the notations that the tokenizer cuts apart:
   * "12e-1" and "1.3x10^6" (scientific), "1.1^23" (a power). A number read over more words
   * than one has the suffix "^N", N the words after {@code k} that it takes.
   */
  private NumberText.Digits notation(int k) {
    String w = t.word(k);
    NumberText.Digits d = NumberText.parse(w);
    String g = k + 1 < to ? sentence.gap(k, k + 1) : " ";
    String next = k + 1 < to ? t.word(k + 1) : "";
    boolean expWord = digits(next, 1, 3);
    if (d != null && expWord && (d.suffix().equals("e") || d.suffix().equals("E"))
        && SIGN.matcher(g).matches()) {
      int e = Integer.parseInt(next) * (g.equals("+") ? 1 : -1);
      return new NumberText.Digits(d.value() * Math.pow(10, e), "^1", d.digits() + "e", false);
    }
    Matcher x = expWord ? TIMES_TEN.matcher(w) : null; // most numbers: no exponent after them
    if (x != null && x.matches() && CARET.matcher(g).matches()) {
      Double m = Double.valueOf(x.group(1));
      return new NumberText.Digits(m * Math.pow(10, signed(g, next)), "^1", x.group(1) + "x10",
          false);
    }
    if (d != null && d.suffix().isEmpty() && expWord && CARET.matcher(g).matches()) {
      return new NumberText.Digits(Math.pow(d.value(), signed(g, next)), "^1",
          d.digits() + "^", false);
    }
    if (d != null && d.suffix().isEmpty() && k + 2 < to && TIMES.matcher(g).matches()
        && next.equals("10") && CARET.matcher(sentence.gap(k + 1, k + 2)).matches()
        && digits(t.word(k + 2), 1, 3)) {
      return new NumberText.Digits(d.value() * Math.pow(10, signed(sentence.gap(k + 1, k + 2),
          t.word(k + 2))), "^2", d.digits() + "x10", false); // "2 × 10^6"
    }
    if (d != null && d.suffix().isEmpty() && k + 3 < to && next.equals("x") && blank(g)
        && blank(sentence.gap(k + 1, k + 2)) && t.word(k + 2).equals("10")
        && CARET.matcher(sentence.gap(k + 2, k + 3)).matches() && digits(t.word(k + 3), 1, 3)) {
      return new NumberText.Digits(d.value() * Math.pow(10, signed(sentence.gap(k + 2, k + 3),
          t.word(k + 3))), "^3", d.digits() + "x10", false); // "2.3 x 10^5": the x a word
    }
    return d;
  }

  /** An exponent after '^' and its signs: "^-1" is -1, "^--23" is 23. */
  private static int signed(String caret, String digits) {
    long minus = caret.chars().filter(c -> c == '-' || c == '\u2212').count();
    return Integer.parseInt(digits) * (minus % 2 == 0 ? 1 : -1);
  }

  /** Whether word {@code k} is digits followed by a slash and digits ("1/2"). */
  /**
   * Whether the digits of word {@code k} follow a decimal point with no digit, letter or point
   * before it (".5", "(.75)"); "No.5", "v.2" and "...5" are no decimals.
   */
  private boolean leadingPoint(int k) {
    int s = t.start(k);
    if (s < 1 || text.charAt(s - 1) != '.') {
      return false;
    }
    return s < 2 || !Character.isLetterOrDigit(text.charAt(s - 2)) && text.charAt(s - 2) != '.';
  }

  /**
   * Whether word {@code w} opens a proper fraction in digits, less than one ("3/4", "5/16"), that
   * is no date ("3/4/2020").
   */
  boolean properFractionAt(int w) {
    return w + 1 < to && digits(t.word(w), 1, Integer.MAX_VALUE) && slashAfter(w)
        && !slashAfter(w + 1)
        && Double.parseDouble(t.word(w)) < Double.parseDouble(t.word(w + 1));
  }

  private boolean slashAfter(int k) {
    int e = t.end(k);
    return k + 1 < to && e < text.length() && text.charAt(e) == '/' && t.start(k + 1) == e + 1
        && digits(t.word(k + 1), 1, Integer.MAX_VALUE);
  }

  /**
   * Whether {@code gap} may part two groups of thousands: one space, no-break space, narrow
   * no-break space or thin space ("12 500", "12\u202F500").
   */
  private static boolean groupSpace(String gap) {
    return gap.length() == 1 && (gap.charAt(0) == ' ' || gap.charAt(0) == '\u00A0'
        || gap.charAt(0) == '\u202F' || gap.charAt(0) == '\u2009');
  }
}
