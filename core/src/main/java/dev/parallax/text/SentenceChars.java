package dev.parallax.text;

/**
 * The character classes that sentence splitting reads: line terminators, white space (including
 * no-break and zero-width spaces), bullets, sentence-final punctuation in its ASCII, typographic and
 * full-width forms, quotation marks and brackets that close or open a word, and dashes. Each class
 * is a fixed set of punctuation and space characters, not words; the word lists of the splitter stay
 * in {@link SentenceLexicon}. The methods are pure functions of one char.
 */
final class SentenceChars {

  private SentenceChars() {}

  static boolean isLineTerminator(char c) {
    if (c > '\r' && c < '\u0085') {
      return false; // between the ASCII terminators and NEL: most chars of any text
    }
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
        || c == '\u2028' || c == '\u2029';
  }

  /**
   * An ASCII letter, digit or the space: no punctuation, mark, line end or junk starts with it
   * (most chars of any text, which the passes skip before telling the rest apart).
   */
  static boolean isPlain(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ';
  }

  /** An ASCII letter or digit. */
  static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** White space, including no-break and zero-width spaces. */
  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x80) {
      return false; // printable ASCII, most of any text: no white space there
    }
    if (c == ' ') {
      return true; // the commonest white space, told without the JDK's tables
    }
    return Character.isWhitespace(c)
        || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u0085'
        || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
  }

  static boolean isBullet(char c) {
    switch (c) {
      case '\u2022': // •
      case '\u25E6': // ◦
      case '\u2023': // ‣
      case '\u2043': // ⁃
      case '\u25AA': // ▪
      case '\u25CF': // ●
      case '\u25A0': // ■
      case '\u25BA': // ►
      case '\u25B8': // ▸
      case '\u27A2': // ➢
      case '\u2981': // ⦁
        return true;
      default:
        return false;
    }
  }

  static boolean isQuestionOrExclamation(char c) {
    return c == '?' || c == '!' || c == '\u203C' || c == '\u2047' || c == '\u2048'
        || c == '\u2049' || c == '\u203D';
  }

  /** Full-width and ideographic terminators: they end a sentence without a following space. */
  static boolean isWideTerminal(char c) {
    return c == '\u3002' || c == '\uFF0E' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF61';
  }

  static boolean isTerminal(char c) {
    return c == '.' || c == '\u2026' || isQuestionOrExclamation(c) || isWideTerminal(c);
  }

  static boolean isClosingQuoteChar(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A';
  }

  static boolean isCloser(char c) {
    return isClosingQuoteChar(c) || c == ')' || c == ']' || c == '}';
  }

  /** Chars that may precede the first letter of a word: quotes, brackets, dashes, emphasis. */
  static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u201E' || c == '\u201A'
        || c == '\u00AB' || c == '\u2039' || c == '`' || c == '(' || c == '[' || c == '{'
        || c == '\u00BF' || c == '\u00A1' || c == '-' || c == '\u2013' || c == '\u2014'
        || c == '\u2012' || c == '\u2015' || c == '*' || c == '_';
  }

  static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013' || c == '\u2015';
  }
}
