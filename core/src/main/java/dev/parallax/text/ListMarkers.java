package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isAsciiLetterOrDigit;
import static dev.parallax.text.SentenceChars.isBullet;
import static dev.parallax.text.SentenceChars.isCloser;
import static dev.parallax.text.SentenceChars.isDash;
import static dev.parallax.text.SentenceChars.isLineTerminator;
import static dev.parallax.text.SentenceChars.isSpace;
import static dev.parallax.text.SentenceChars.isTerminal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The list markers and bullets of a text, and the positions before which a sentence always starts
 * because a list item starts there. A marker is a short label with its punctuation: "1.", "1)",
 * "1.)", "(1)", "a.", "a)", "(iv)", "IV." (one or two digits, one letter, or a roman numeral below
 * 40), followed by white space. A bullet (•, ▪, ► and the like), or a hyphen, asterisk, plus sign
 * or dash with a space after it at the start of a line, always starts an item. A marker at the start
 * of a line starts one too, and so does each marker of a run of consecutive labels of one form ("1.
 * ... 2. ... 3."), when the run begins where a list may begin (at a line start, after a bullet, a
 * colon or the end of a sentence) or, from its third marker on, begins at "1", "a" or "i". Found in
 * one pass; immutable afterwards.
 */
final class ListMarkers {

  private final String s;
  private final char[] chars; // the chars of s
  private final int n;
  private final JunkRanges junk;

  /** Positions where a list marker token starts. */
  private final BitSet markerStart = new BitSet();
  /** Positions before which a sentence always starts (list items in a run, bullets). */
  private final BitSet breakBefore = new BitSet();

  /** A list marker token: "1.", "1)", "1.)", "(1)", "a.", "a)", "(iv)", "IV." and so on. */
  private record Marker(int start, int end, String label, int form, int value, boolean chainStart) {}

  /** Finds the markers of {@code text}, none of them inside {@code junk}. */
  ListMarkers(String text, JunkRanges junk) {
    this.s = text;
    this.chars = junk.chars();
    this.n = text.length();
    this.junk = junk;
    find();
  }

  /** Whether a list marker or bullet starts at {@code i}. */
  boolean markerAt(int i) {
    return markerStart.get(i);
  }

  /** Whether a sentence always starts at {@code i}: a list item starts there. */
  boolean breakBefore(int i) {
    return breakBefore.get(i);
  }

  /** The first position from {@code i} on before which a sentence always starts, or -1. */
  int nextBreak(int i) {
    return breakBefore.nextSetBit(i);
  }

  private void find() {
    List<Marker> chain = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      char prev = i > 0 ? chars[i - 1] : ' ';
      if (isAsciiLetterOrDigit(c) && isAsciiLetterOrDigit(prev)) {
        // inside a word (no junk ends in a letter or digit before one): no token start here, nor
        // at the letters and digits that follow
        while (i + 1 < n && isAsciiLetterOrDigit(chars[i + 1])) {
          i++;
        }
        continue;
      }
      if (junk.isJunk(i) || isSpace(c)) {
        continue;
      }
      boolean tokenStart = i == 0 || isSpace(prev) || isBullet(prev) || junk.isJunk(i - 1);
      if (!tokenStart) {
        continue;
      }
      // a line start is looked for only where it matters: most tokens are no bullet and no marker
      if (isBullet(c) || (c == '-' || c == '*' || c == '+' || isDash(c))
          && i + 1 < n && chars[i + 1] == ' ' && isAtLineStart(i)) {
        breakBefore.set(i);
        markerStart.set(i);
        continue;
      }
      Marker m = parseMarker(i);
      if (m == null) {
        continue;
      }
      markerStart.set(i);
      if (isAtLineStart(i) && !precededByBullet(i)) {
        breakBefore.set(i);
      }
      if (!chain.isEmpty() && continues(chain, m)) {
        chain.add(m);
      } else {
        flushChain(chain);
        chain.add(m);
      }
      i = m.end() - 1;
    }
    flushChain(chain);
  }

  /** "• 9. Stop smoking": the bullet, not the number, starts the item. */
  private boolean precededByBullet(int i) {
    int k = i - 1;
    while (k >= 0 && isSpace(chars[k]) && !isLineTerminator(chars[k])) {
      k--;
    }
    return k >= 0 && isBullet(chars[k]);
  }

  private boolean isAtLineStart(int i) {
    int k = i - 1;
    while (k >= 0 && (isSpace(chars[k]) || junk.isJunk(k) || isBullet(chars[k]))) {
      if (isLineTerminator(chars[k])) {
        return true;
      }
      k--;
    }
    return k < 0;
  }

  private boolean continues(List<Marker> chain, Marker m) {
    Marker last = chain.get(chain.size() - 1);
    Marker first = chain.get(0);
    if (m.form() != last.form() || m.start() - last.end() > 500 || crossesParagraph(last.end(), m.start())) {
      return false;
    }
    return isSuccessor(last.label(), m.label())
        || chain.size() >= 2 && isInitialLabel(first.label()) && m.label().equals(first.label());
  }

  private boolean crossesParagraph(int from, int to) {
    // A blank line between two markers: look for two line terminators with only space between.
    int terminators = 0;
    for (int k = from; k < to; k++) {
      char c = chars[k];
      if (isLineTerminator(c)) {
        if (c == '\r' && k + 1 < to && chars[k + 1] == '\n') {
          continue;
        }
        if (++terminators >= 2) {
          return true;
        }
      } else if (!isSpace(c)) {
        terminators = 0;
      }
    }
    return false;
  }

  private void flushChain(List<Marker> chain) {
    if (chain.size() >= 2) {
      Marker first = chain.get(0);
      boolean initial = isInitialLabel(first.label());
      boolean valid = first.chainStart() || initial && chain.size() >= 3;
      if (valid) {
        for (Marker m : chain) {
          if (!precededByBullet(m.start())) {
            breakBefore.set(m.start());
          }
        }
      }
    }
    chain.clear();
  }

  private static boolean isInitialLabel(String label) {
    return label.equals("1") || label.equalsIgnoreCase("a") || label.equalsIgnoreCase("i");
  }

  private Marker parseMarker(int i) {
    int j = i;
    boolean paren = false;
    if (chars[j] == '(') {
      paren = true;
      j++;
    }
    int labelStart = j;
    if (j + 1 < n && isAsciiLetterOrDigit(chars[j + 1]) && !isRomanOrDigit(chars[j])) {
      return null; // a label of two chars or more is digits or a roman numeral: most words fail here
    }
    while (j < n && j - labelStart < 5 && isLetterOrDigit(chars[j])) {
      j++;
    }
    if (j == labelStart || j >= n) {
      return null;
    }
    int labelEnd = j;
    int form;
    if (paren) {
      if (chars[j] != ')') {
        return null;
      }
      j++;
      form = 1;
    } else if (chars[j] == ')') {
      j++;
      form = 2;
    } else if (chars[j] == '.' && j + 1 < n && chars[j + 1] == ')') {
      j += 2;
      form = 3;
    } else if (chars[j] == '.') {
      j++;
      form = 4;
    } else {
      return null;
    }
    if (j >= n || !isSpace(chars[j])) {
      return null;
    }
    // the label is checked last, in place: most words fail the cheaper checks of the shape above
    if (!isListLabel(s, labelStart, labelEnd)) {
      return null;
    }
    String label = s.substring(labelStart, labelEnd);
    char kind = Character.isDigit(label.charAt(0)) ? 'd'
        : Character.isUpperCase(label.charAt(0)) ? 'U' : 'l';
    return new Marker(i, j, label, form * 4 + kind, 0, isChainStartPosition(i));
  }

  /** {@link Character#isLetterOrDigit(char)}, with ASCII answered without a table lookup. */
  private static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c);
  }

  /** A digit, or a letter of a roman numeral below 40 (i, v, x in either case). */
  private static boolean isRomanOrDigit(char c) {
    return Character.isDigit(c)
        || c == 'i' || c == 'v' || c == 'x' || c == 'I' || c == 'V' || c == 'X';
  }

  /** Whether {@code label} can label a list item: one or two digits, a letter, a roman numeral. */
  static boolean isListLabel(String label) {
    return isListLabel(label, 0, label.length());
  }

  /** {@link #isListLabel(String)} for the chars {@code [from, to)} of {@code text}, not empty. */
  static boolean isListLabel(String text, int from, int to) {
    if (allDigits(text, from, to)) {
      return to - from <= 2;
    }
    if (to - from == 1) {
      return Character.isLetter(text.charAt(from));
    }
    return romanValue(text, from, to) > 0;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Text start, line start, after a bullet, or after sentence-final punctuation. */
  private boolean isChainStartPosition(int i) {
    int k = i - 1;
    while (k >= 0 && (isSpace(chars[k]) || junk.isJunk(k))) {
      if (isLineTerminator(chars[k])) {
        return true;
      }
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = chars[k];
    if (isBullet(c) || isTerminal(c) || c == ':') {
      return true;
    }
    return isCloser(c) && k > 0 && isTerminal(chars[k - 1]);
  }

  private static boolean isSuccessor(String a, String b) {
    if (Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0))) {
      return Integer.parseInt(b) == Integer.parseInt(a) + 1;
    }
    if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
      return false;
    }
    if (Character.isUpperCase(a.charAt(0)) != Character.isUpperCase(b.charAt(0))) {
      return false;
    }
    if (a.length() == 1 && b.length() == 1 && b.charAt(0) == a.charAt(0) + 1) {
      return true;
    }
    int ra = romanValue(a);
    int rb = romanValue(b);
    return ra > 0 && rb == ra + 1;
  }

  /** The value of a lowercase or uppercase roman numeral up to 39, or 0. */
  private static int romanValue(String r) {
    return romanValue(r, 0, r.length());
  }

  /**
   * {@link #romanValue(String)} of the chars {@code [from, to)} of {@code text}: each of them one
   * of i, v and x, all in lower case or all in upper case.
   */
  static int romanValue(String text, int from, int to) {
    boolean lower = false;
    boolean upper = false;
    int value = 0;
    int prev = 0;
    for (int k = to - 1; k >= from; k--) {
      char c = text.charAt(k);
      if (c == 'i' || c == 'v' || c == 'x') {
        lower = true;
      } else if (c == 'I' || c == 'V' || c == 'X') {
        upper = true;
        c = (char) (c + ('a' - 'A'));
      } else {
        return 0;
      }
      int v = c == 'i' ? 1 : c == 'v' ? 5 : 10;
      value += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return value < 40 && !(lower && upper) ? value : 0;
  }
}
