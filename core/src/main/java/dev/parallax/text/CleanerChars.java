package dev.parallax.text;

/**
 * The character classes that the passes of {@link TextCleaner} read: ASCII letters and digits (tag
 * and entity names), line breaks ({@code \n} and {@code \r} only) and horizontal space (space, tab,
 * no-break space, form feed and vertical tab). They are narrower than those of {@link SentenceChars}
 * on purpose: the cleaner rewrites text, so it acts only on the chars it names here. The methods are
 * pure functions.
 */
final class CleanerChars {

  private CleanerChars() {}

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  static boolean isHorizontal(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
  }

  /** The first offset at or after {@code i} that is not horizontal space (or the text length). */
  static int skipHorizontal(String s, int i) {
    while (i < s.length() && isHorizontal(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
