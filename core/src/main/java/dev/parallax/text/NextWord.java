package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isDash;
import static dev.parallax.text.SentenceChars.isLineTerminator;
import static dev.parallax.text.SentenceChars.isOpener;

/**
 * What follows a candidate sentence boundary: past white space and junk, and past up to eight
 * opening quotes, brackets, dashes and emphasis marks ("- Posted", "(Which"), the kind of the first
 * char (a capital, a lowercase letter, a digit, another letter, a symbol, or the end of the text),
 * the word it starts (letters, and periods between letters, at most {@value #MAX_WORD} chars),
 * whether an opening parenthesis stands first, and whether a line break was passed on the way. The
 * boundary decisions read it; immutable.
 */
final class NextWord {

  private static final int MAX_WORD = 64;

  /** The kind of the first char after the boundary. */
  enum Type {
    /** The end of the text: nothing but white space and junk follows. */
    END,
    /** A capital or title-case letter. */
    UPPER,
    /** A lowercase letter. */
    LOWER,
    /** A digit. */
    DIGIT,
    /** A letter without case (as in Chinese or Arabic). */
    OTHER_LETTER,
    /** Anything else, or openers up to the end of the text. */
    SYMBOL
  }

  final Type type;
  /** Whether the first opener is an opening parenthesis. */
  final boolean paren;
  /** Whether a line break stands before the next word. */
  final boolean newLine;

  /** The text and the bounds of the word in it; the word's string is made only when asked for. */
  private final String text;
  private final int wordStart;
  private final int wordEnd;
  private String word;

  private NextWord(Type type, String text, int wordStart, int wordEnd, boolean paren,
      boolean newLine) {
    this.type = type;
    this.text = text;
    this.wordStart = wordStart;
    this.wordEnd = wordEnd;
    this.paren = paren;
    this.newLine = newLine;
  }

  /** The word that starts there, or "" if it starts with no letter; made on first use. */
  String word() {
    if (word == null) {
      word = wordEnd > wordStart ? text.substring(wordStart, wordEnd) : "";
    }
    return word;
  }

  /** Whether the next word starts with a capital or with a letter without case. */
  boolean upperish() {
    return type == Type.UPPER || type == Type.OTHER_LETTER;
  }

  /** What follows position {@code from} of {@code s}, whose {@code junk} is passed over. */
  static NextWord after(String s, JunkRanges junk, int from) {
    int n = s.length();
    boolean newLine = false;
    int k = from;
    while (k < n && junk.isGap(k)) {
      newLine |= isLineTerminator(s.charAt(k));
      k++;
    }
    if (k >= n) {
      return new NextWord(Type.END, s, 0, 0, false, newLine);
    }
    boolean paren = false;
    int openers = 0;
    while (k < n && openers < 8 && isOpener(s.charAt(k))) {
      if (s.charAt(k) == '(' && openers == 0) {
        paren = true;
      }
      k++;
      openers++;
      while (k < n && s.charAt(k) == ' ' && openers < 8 && isDashAt(s, k - 1)) {
        k++; // "- Posted", "-- voila"
      }
    }
    if (k >= n) {
      return new NextWord(Type.SYMBOL, s, 0, 0, paren, newLine);
    }
    int cp = s.codePointAt(k);
    Type type;
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      type = Type.UPPER;
    } else if (Character.isLowerCase(cp)) {
      type = Type.LOWER;
    } else if (Character.isDigit(cp)) {
      type = Type.DIGIT;
    } else if (Character.isLetter(cp)) {
      type = Type.OTHER_LETTER;
    } else {
      type = Type.SYMBOL;
    }
    int e = k;
    if (Character.isLetter(cp)) {
      while (e < n && e - k < MAX_WORD
          && (Character.isLetter(s.charAt(e))
              || s.charAt(e) == '.' && e + 1 < n && Character.isLetter(s.charAt(e + 1)))) {
        e++;
      }
    }
    return new NextWord(type, s, k, e, paren, newLine);
  }

  private static boolean isDashAt(String s, int k) {
    char c = s.charAt(k);
    return c == '-' || isDash(c);
  }
}
