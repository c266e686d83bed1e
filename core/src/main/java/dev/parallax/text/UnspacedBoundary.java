package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isLineTerminator;
import static dev.parallax.text.SentenceChars.isOpener;
import static dev.parallax.text.SentenceChars.isSpace;

/**
 * Two sentences run together without the space between them ("It rained all day.Then it
 * stopped.", "He paid 2,500.That was a lot."): a period, "?" or "!" set directly between a whole
 * word and a capitalised word ends the sentence when the word before is a word of lowercase letters
 * (at least {@value #MIN_LETTERS}, possibly capitalised: "Monday.Then") or a number written with
 * digits and commas (after a currency sign, if any), and the word after is a capital followed by lowercase letters that ends as a
 * word ends: at white space, at the end of the text, or at punctuation other than the "@", "/" and
 * inner periods of an address. A single letter ("J.Smith", "U.S.A"), a word joined to what stands
 * before it ("www.example.com", "a/b.Html"), a decimal part ("4.5.Then") or a capitalised word that
 * goes on as an address or a file name ("jane.Doe@example.com") is no sentence end. Stateless apart
 * from the text it reads; each test looks at most {@value #MAX_WORD} chars either side.
 */
final class UnspacedBoundary {

  private static final int MIN_LETTERS = 2;
  private static final int MAX_WORD = 32;

  private final char[] chars;
  private final int n;

  UnspacedBoundary(char[] chars) {
    this.chars = chars;
    this.n = chars.length;
  }

  /**
   * Whether the punctuation at {@code [t, r)}, followed directly by a non-space char at {@code r},
   * ends a sentence run together with the next one.
   */
  boolean endsSentence(int t, int r) {
    return r < n && wordBefore(t) && wordAfter(r);
  }

  /** A whole lowercase word (of two letters or more) or a number ends at {@code t}. */
  private boolean wordBefore(int t) {
    int k = t - 1;
    if (k < 0) {
      return false;
    }
    int stop = Math.max(0, t - MAX_WORD);
    if (isAsciiDigit(chars[k])) {
      while (k >= stop && (isAsciiDigit(chars[k]) || chars[k] == ',' && k > 0
          && isAsciiDigit(chars[k - 1]))) {
        k--;
      }
      if (k >= stop && Character.getType(chars[k]) == Character.CURRENCY_SYMBOL) {
        k--; // "$2,500"
      }
    } else {
      int letters = 0;
      while (k >= stop && Character.isLowerCase(chars[k])) {
        k--;
        letters++;
      }
      if (k >= stop && Character.isUpperCase(chars[k])) {
        k--;
        letters++; // "Monday", "Tuesday"
      }
      if (letters < MIN_LETTERS || !Character.isLowerCase(chars[t - 1])) {
        return false;
      }
    }
    return k < 0 || k >= stop && wordStartsAfter(chars[k]);
  }

  /** A capitalised word of lowercase letters starts at {@code r} and ends as a word ends. */
  private boolean wordAfter(int r) {
    if (!Character.isUpperCase(chars[r])) {
      return false;
    }
    int k = r + 1;
    int stop = Math.min(n, r + MAX_WORD);
    while (k < stop && Character.isLowerCase(chars[k])) {
      k++;
    }
    if (k == r + 1 || k == stop && stop < n) {
      return false; // "U.S.A", a capital alone, or a word too long to be one
    }
    if (k == n) {
      return true;
    }
    char c = chars[k];
    if (isSpace(c) || isLineTerminator(c)) {
      return true;
    }
    if (c == '.') {
      // "Mr. Smith" ends as a word ends; "Doe.Smith@x" or "Index.Html" does not
      return k + 1 == n || isSpace(chars[k + 1]) || isLineTerminator(chars[k + 1]);
    }
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
        || c == '\u2019' || c == ')' || c == '"';
  }

  /** Whether a word may start after {@code c}: white space or an opening mark. */
  private static boolean wordStartsAfter(char c) {
    return isSpace(c) || isLineTerminator(c) || isOpener(c) && c != '-' && c != '_' && c != '*';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
