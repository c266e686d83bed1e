package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isLineTerminator;
import static dev.parallax.text.SentenceChars.isSpace;

import java.util.Arrays;

/**
 * The lines and paragraphs of a text as the sentence splitter sees them. A line is {@code [start,
 * end)} and its terminator {@code [end, next)}; its content is the line without white space and junk
 * at either edge. A blank line, a paragraph separator (U+2029) or a form feed starts a new paragraph.
 * A line has a hard end, after which a sentence always ends, when it is blank, when it is the last
 * line, when the next line is blank, or when a paragraph separator or form feed ends it. The widest
 * content of each paragraph is kept, so that a full line of fixed-width wrapped prose can be told
 * from a short title. Built in one pass; immutable afterwards.
 */
final class LineLayout {

  private final String s;
  private final char[] chars; // the chars of s
  private final int n;
  private final JunkRanges junk;

  private int lineCount;
  private int[] lineStart;
  private int[] lineEnd;
  private int[] lineNext;
  private int[] contentStart;
  private int[] contentEnd;
  private boolean[] trailingSpace;
  private int[] para;
  private boolean[] hardEnd;
  private int[] paraMax;

  /** Finds the lines of {@code text}, whose content edges leave out {@code junk}. */
  LineLayout(String text, JunkRanges junk) {
    this.s = text;
    this.chars = junk.chars();
    this.n = text.length();
    this.junk = junk;
    int m = expectedLines(text);
    lineStart = new int[m];
    lineEnd = new int[m];
    lineNext = new int[m];
    contentStart = new int[m];
    contentEnd = new int[m];
    trailingSpace = new boolean[m];
    para = new int[m];
    hardEnd = new boolean[m];
    find();
  }

  /**
   * The lines of a text whose only line ends are {@code \n} and {@code \r\n} (most text), found
   * by the JDK's fast search for one char: the arrays then need no growing. Other line ends are
   * rare, and grow them.
   */
  static int expectedLines(String text) {
    int lines = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    return lines;
  }

  /** How many lines there are; a text always has at least one. */
  int count() {
    return lineCount;
  }

  /** Where line {@code l} starts. */
  int start(int l) {
    return lineStart[l];
  }

  /** Where line {@code l} ends: its terminator, or the end of the text. */
  int end(int l) {
    return lineEnd[l];
  }

  /** Where the line after {@code l} starts: after the terminator of {@code l}. */
  int next(int l) {
    return lineNext[l];
  }

  /** Where the content of line {@code l} starts. */
  int contentStart(int l) {
    return contentStart[l];
  }

  /** Where the content of line {@code l} ends (exclusive). */
  int contentEnd(int l) {
    return contentEnd[l];
  }

  /** Whether line {@code l} ends in white space before its terminator (flowed text). */
  boolean trailingSpace(int l) {
    return trailingSpace[l];
  }

  /** The paragraph of line {@code l}, counted from 0. */
  int paragraph(int l) {
    return para[l];
  }

  /** Whether a sentence always ends after line {@code l}. */
  boolean hardEnd(int l) {
    return hardEnd[l];
  }

  /** The length of the widest content of the paragraph of line {@code l}. */
  int paragraphWidth(int l) {
    return paraMax[para[l]];
  }

  private void find() {
    int i = 0;
    int paragraph = 0;
    boolean previousBlank = true;
    while (true) {
      int start = i;
      while (i < n && !isLineTerminator(chars[i])) {
        i++;
      }
      int end = i;
      boolean paragraphSeparator = false;
      if (i < n) {
        char c = chars[i];
        paragraphSeparator = c == '\u2029' || c == '\u000C';
        i++;
        if (c == '\r' && i < n && chars[i] == '\n') {
          i++;
        }
      }
      int cs = start;
      while (cs < end && junk.isGap(cs)) {
        cs++;
      }
      int ce = end;
      while (ce > cs && junk.isGap(ce - 1)) {
        ce--;
      }
      boolean blank = cs >= ce;
      if (blank) {
        if (!previousBlank) {
          paragraph++;
        }
      }
      addLine(start, end, i, cs, ce, end > ce && isSpace(chars[end - 1]), paragraph,
          paragraphSeparator);
      if (paragraphSeparator) {
        paragraph++;
      }
      previousBlank = blank || paragraphSeparator;
      if (i >= n) {
        break;
      }
    }
    paraMax = new int[paragraph + 1];
    for (int l = 0; l < lineCount; l++) {
      paraMax[para[l]] = Math.max(paraMax[para[l]], contentEnd[l] - contentStart[l]);
    }
    for (int l = 0; l < lineCount; l++) {
      boolean blank = contentStart[l] >= contentEnd[l];
      boolean nextBreaks = l + 1 >= lineCount
          || contentStart[l + 1] >= contentEnd[l + 1]
          || para[l + 1] != para[l];
      hardEnd[l] = hardEnd[l] || blank || nextBreaks;
    }
  }

  private void addLine(int start, int end, int next, int cs, int ce, boolean trailing, int p,
      boolean hard) {
    if (lineCount == lineStart.length) {
      int m = Math.max(16, lineCount * 2);
      lineStart = Arrays.copyOf(lineStart, m);
      lineEnd = Arrays.copyOf(lineEnd, m);
      lineNext = Arrays.copyOf(lineNext, m);
      contentStart = Arrays.copyOf(contentStart, m);
      contentEnd = Arrays.copyOf(contentEnd, m);
      trailingSpace = Arrays.copyOf(trailingSpace, m);
      para = Arrays.copyOf(para, m);
      hardEnd = Arrays.copyOf(hardEnd, m);
    }
    lineStart[lineCount] = start;
    lineEnd[lineCount] = end;
    lineNext[lineCount] = next;
    contentStart[lineCount] = cs;
    contentEnd[lineCount] = ce;
    trailingSpace[lineCount] = trailing;
    para[lineCount] = p;
    hardEnd[lineCount] = hard;
    lineCount++;
  }
}
