package dev.parallax.text;

import static dev.parallax.text.CleanerChars.isHorizontal;
import static dev.parallax.text.CleanerChars.isLineBreak;
import static dev.parallax.text.CleanerChars.skipHorizontal;

import java.util.Arrays;

/**
 * Two passes of {@link TextCleaner} that join lines broken apart, as PDF extraction and narrow
 * columns leave them. Spelled-down capitals: a run of three or more consecutive lines that each hold
 * only one to three upper-case letters (horizontal space around them allowed) is joined into one
 * word; the line breaks and horizontal space between the letters are removed ({@code \nS\nT\nOP\n}
 * becomes {@code \nSTOP\n}). Lone terminal punctuation: a line that starts with one to three of
 * {@code . ! ?} followed by white space or the end is joined to the previous line when that line ends
 * in a letter, digit or closing bracket or quote; the line break and the horizontal space around it
 * are removed ({@code pricing\n.} becomes {@code pricing.}). Each pass is one scan; the methods are
 * pure.
 */
final class BrokenLines {

  private BrokenLines() {}

  /** The spelled-down capitals pass over {@code s}, or null when it changes nothing. */
  static EditPass capitalLines(String s) {
    EditPass p = new EditPass(s);
    int n = s.length();
    // Scan line by line; remember the current run of capital-only lines.
    int runCount = 0;
    int[] letters = new int[4]; // scratch: start, end of the letters on the current line
    int prevLettersEnd = -1; // end of the letters on the previous line of the run
    int[] gapsFrom = new int[16];
    int[] gapsTo = new int[16];
    int gaps = 0;
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && !isLineBreak(s.charAt(lineEnd))) {
        lineEnd++;
      }
      boolean caps = capitalsOnly(s, lineStart, lineEnd, letters);
      if (caps) {
        if (runCount > 0) {
          if (gaps == gapsFrom.length) {
            gapsFrom = Arrays.copyOf(gapsFrom, gaps * 2);
            gapsTo = Arrays.copyOf(gapsTo, gaps * 2);
          }
          gapsFrom[gaps] = prevLettersEnd;
          gapsTo[gaps] = letters[0];
          gaps++;
        }
        runCount++;
        prevLettersEnd = letters[1];
      } else {
        flushCapitals(p, runCount, gapsFrom, gapsTo, gaps);
        runCount = 0;
        gaps = 0;
      }
      if (lineEnd >= n) {
        break;
      }
      lineStart =
          s.charAt(lineEnd) == '\r' && lineEnd + 1 < n && s.charAt(lineEnd + 1) == '\n'
              ? lineEnd + 2
              : lineEnd + 1;
    }
    flushCapitals(p, runCount, gapsFrom, gapsTo, gaps);
    return p.result();
  }

  private static void flushCapitals(EditPass p, int runCount, int[] from, int[] to, int gaps) {
    if (runCount >= 3) {
      for (int g = 0; g < gaps; g++) {
        p.replace(from[g], to[g], "");
      }
    }
  }

  /** Whether line [start, end) is 1-3 upper-case letters with optional horizontal space. */
  private static boolean capitalsOnly(String s, int start, int end, int[] letters) {
    int a = skipHorizontal(s, start);
    int b = end;
    while (b > a && isHorizontal(s.charAt(b - 1))) {
      b--;
    }
    if (b <= a || b > end || b - a > 3) {
      return false;
    }
    for (int k = a; k < b; k++) {
      if (!Character.isUpperCase(s.charAt(k)) || !Character.isLetter(s.charAt(k))) {
        return false;
      }
    }
    letters[0] = a;
    letters[1] = b;
    return true;
  }

  /** The lone terminal punctuation pass over {@code s}, or null when it changes nothing. */
  static EditPass lonePunctuation(String s) {
    EditPass p = new EditPass(s);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isLineBreak(c)) {
        continue;
      }
      int breakEnd = c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      int before = i;
      while (before > 0 && isHorizontal(s.charAt(before - 1))) {
        before--;
      }
      if (before == 0 || !endsClause(s.charAt(before - 1))) {
        i = breakEnd - 1;
        continue;
      }
      int punct = skipHorizontal(s, breakEnd);
      int k = punct;
      while (k < n && k - punct < 4 && isTerminal(s.charAt(k))) {
        k++;
      }
      int count = k - punct;
      if (count >= 1 && count <= 3 && (k == n || Character.isWhitespace(s.charAt(k)))) {
        p.replace(before, punct, "");
      }
      i = breakEnd - 1;
    }
    return p.result();
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean endsClause(char c) {
    return Character.isLetterOrDigit(c)
        || c == ')'
        || c == ']'
        || c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || Character.isLowSurrogate(c);
  }
}
