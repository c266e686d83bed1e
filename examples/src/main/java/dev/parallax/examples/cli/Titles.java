package dev.parallax.examples.cli;

import java.util.Optional;

/**
 * Finds the headline of a plain-text article. The first line is taken as the title when a body
 * follows it, the line does not end with a period (closing quotes and brackets aside: headlines
 * may end with {@code ?} or {@code !}, sentences of a first paragraph end with {@code .}), and it
 * is either followed by a blank line or short (at most {@value #MAX_LENGTH} characters).
 *
 * <p>The title is metadata only: the article text stays the whole file, so that every offset
 * Parallax reports indexes the file's text.
 */
final class Titles {
  /** The longest first line, in characters, taken as a title without a blank line after it. */
  static final int MAX_LENGTH = 150;

  private static final String CLOSERS = "\"'”’»)]";

  private Titles() {}

  /** The title of {@code text} by the rule above, stripped of surrounding white space. */
  static Optional<String> detect(String text) {
    int eol = lineEnd(text, 0);
    if (eol == text.length()) {
      return Optional.empty(); // one line: it is the body, not a title
    }
    String first = text.substring(0, eol).strip();
    int next = eol + (text.startsWith("\r\n", eol) ? 2 : 1);
    if (first.isEmpty() || text.substring(next).isBlank()) {
      return Optional.empty();
    }
    boolean blankFollows = text.substring(next, lineEnd(text, next)).isBlank();
    boolean isShort = first.codePointCount(0, first.length()) <= MAX_LENGTH;
    return (blankFollows || isShort) && !endsWithPeriod(first)
        ? Optional.of(first)
        : Optional.empty();
  }

  /** Whether {@code line} ends with a period, closing quotes and brackets aside. */
  static boolean endsWithPeriod(String line) {
    int i = line.length() - 1;
    while (i >= 0 && (CLOSERS.indexOf(line.charAt(i)) >= 0 || Character.isWhitespace(line.charAt(i)))) {
      i--;
    }
    return i >= 0 && (line.charAt(i) == '.' || line.charAt(i) == '\u2026');
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }
}
