package dev.parallax.language;

import dev.parallax.text.CharSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations of a text: the stretches between opening and closing double quotation marks
 * (“...” and "...", also „...“ and «...»), which never run past a blank line. A mark that opens
 * and is never closed within its paragraph quotes nothing. Stateless.
 */
final class Quotes {
  private Quotes() {}

  /** The quoted stretches of {@code text}, marks included, in order. */
  static List<CharSpan> of(String text) {
    List<CharSpan> out = new ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineFollows(text, i)) {
        open = -1; // a quotation does not run past its paragraph
        continue;
      }
      if (open < 0) {
        char close = closerOf(c);
        if (close != 0) {
          open = i;
          closer = close;
        }
      } else if (c == closer || (closer == '"' && c == '”')) {
        out.add(new CharSpan(open, i + 1));
        open = -1;
      }
    }
    return out;
  }

  private static char closerOf(char c) {
    return switch (c) {
      case '“' -> '”';
      case '"' -> '"';
      case '„' -> '“';
      case '«' -> '»';
      default -> 0;
    };
  }

  private static boolean blankLineFollows(String text, int newline) {
    for (int i = newline + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code [start, end)} lies within one of {@code quotes} (sorted). */
  static boolean inside(List<CharSpan> quotes, int start, int end) {
    for (CharSpan q : quotes) {
      if (q.start() > start) {
        return false;
      }
      if (q.start() <= start && end <= q.end()) {
        return true;
      }
    }
    return false;
  }
}
