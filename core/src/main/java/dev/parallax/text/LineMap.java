package dev.parallax.text;

import java.util.Arrays;

/**
 * Maps char offsets of one text to 1-based line and column numbers. A line ends at {@code \n},
 * {@code \r\n} or a lone {@code \r}. Built in one pass; each lookup is a binary search. Immutable.
 */
public final class LineMap {
  private final int[] lineStarts;

  private LineMap(int[] lineStarts) {
    this.lineStarts = lineStarts;
  }

  /** Indexes the line starts of {@code text}. */
  public static LineMap of(CharSequence text) {
    if (text instanceof String s && s.indexOf('\r') < 0) {
      return ofNewlines(s);
    }
    int[] starts = new int[16];
    int n = 1;
    int len = text.length();
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new LineMap(Arrays.copyOf(starts, n));
  }

  /** {@link #of} for a text without {@code \r}: {@code String.indexOf} finds its lines fast. */
  private static LineMap ofNewlines(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    return new LineMap(Arrays.copyOf(starts, n));
  }

  /** The line of {@code offset}, from 1. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The column of {@code offset} within its line, from 1, in UTF-16 chars. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /**
   * {@link #column(int)} of {@code offset} on line {@code line}, the line {@link #line} gives for
   * it: no second search.
   */
  public int column(int offset, int line) {
    return offset - lineStarts[line - 1] + 1;
  }

  /** The number of lines. */
  public int lines() {
    return lineStarts.length;
  }

  @Override
  public String toString() {
    return "LineMap[" + lineStarts.length + " lines]";
  }
}
