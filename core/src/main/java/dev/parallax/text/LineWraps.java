package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isSpace;

/**
 * Decides whether a line break after a line without final punctuation only wraps running prose,
 * or ends a sentence as it does after a headline, a standfirst or a list item. A break is a wrap when
 * the next line starts in lowercase (or, in flowed text whose line ends in a space, with a digit or
 * an opening parenthesis) and the line is long, ends in a hyphen or a comma, or begins like a
 * sentence of prose (a capital, then at least {@value #WRAPPED_WORDS} words, some in lowercase); or
 * when the line ends with a word on which no sentence ends (an article, "of", "and": {@link
 * SentenceLexicon#leavesUnfinished}) and the next line starts with a letter or a digit; or
 * when the line fills most of a fixed-width paragraph (at most {@value #WRAP_WIDTH} chars wide),
 * holds more than one word and ends in a lowercase word. A break before a list item is never a wrap. Stateless apart from the text
 * it reads.
 */
final class LineWraps {

  private static final int LONG_LINE = 40;
  private static final int WRAP_WIDTH = 120;
  /** The longest word looked up as one that leaves a sentence unfinished. */
  private static final int MAX_UNFINISHED = 8;

  /** A line of prose broken by a wrap has at least this many words before the break. */
  private static final int WRAPPED_WORDS = 3;

  private final String s;
  private final LineLayout lines;
  private final ListMarkers markers;
  private final SentenceLexicon lex;

  LineWraps(String text, LineLayout lines, ListMarkers markers, SentenceLexicon lex) {
    this.s = text;
    this.lines = lines;
    this.markers = markers;
    this.lex = lex;
  }

  /** Whether the break after {@code line}, which is not the last line, only wraps prose. */
  boolean isWrap(int line) {
    int first = lines.contentStart(line + 1);
    if (markers.breakBefore(first) || markers.markerAt(first)) {
      return false;
    }
    int cp = s.codePointAt(first);
    boolean nextLower = Character.isLowerCase(cp);
    int len = lines.contentEnd(line) - lines.contentStart(line);
    char last = s.charAt(lines.contentEnd(line) - 1);
    if (lines.trailingSpace(line) && (nextLower || cp == '(' || Character.isDigit(cp))) {
      return true; // flowed text: a soft line break
    }
    if (nextLower && (len >= LONG_LINE || last == '-' || last == ',')) {
      return true; // wrapped running prose
    }
    if (nextLower && startsSentence(line)) {
      return true; // "This is a sentence\ncut off in the middle": a sentence broken by a wrap
    }
    if (Character.isLetterOrDigit(cp) && endsUnfinished(line)) {
      return true; // "the talks were held in the\nGeneva offices": no sentence ends on "the"
    }
    int width = lines.paragraphWidth(line);
    // a full line of fixed-width wrapped prose, not a title, nor one long word such as a web
    // address on a line of its own
    return len >= LONG_LINE && len * 10 >= width * 6 && width <= WRAP_WIDTH
        && endsWithLowercaseWord(line) && hasSpace(line);
  }

  /**
   * Whether {@code line} begins like a sentence of running prose: a capital, then at least
   * {@value #WRAPPED_WORDS} words of which some start in lower case (not a title in title case,
   * not a one-word label such as "features").
   */
  private boolean startsSentence(int line) {
    int a = lines.contentStart(line);
    int e = lines.contentEnd(line);
    if (!Character.isUpperCase(s.codePointAt(a))) {
      return false;
    }
    int words = 0;
    int lower = 0;
    boolean in = false;
    for (int k = a; k < e; k++) {
      boolean space = isSpace(s.charAt(k));
      if (!space && !in) {
        words++;
        if (Character.isLowerCase(s.charAt(k))) {
          lower++;
        }
      }
      in = !space;
    }
    return words >= WRAPPED_WORDS && lower >= 1;
  }

  /**
   * Whether {@code line} holds more than one word and ends with a lowercase word on which no
   * sentence ends ({@link SentenceLexicon#leavesUnfinished}), with no punctuation after it.
   */
  private boolean endsUnfinished(int line) {
    int e = lines.contentEnd(line);
    int k = e;
    while (k > lines.contentStart(line) && e - k <= MAX_UNFINISHED
        && Character.isLowerCase(s.charAt(k - 1))) {
      k--;
    }
    return k < e && e - k <= MAX_UNFINISHED && k > lines.contentStart(line)
        && isSpace(s.charAt(k - 1)) && lex.leavesUnfinished(s.substring(k, e));
  }

  private boolean hasSpace(int line) {
    for (int k = lines.contentStart(line); k < lines.contentEnd(line); k++) {
      if (isSpace(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithLowercaseWord(int line) {
    int k = lines.contentEnd(line) - 1;
    char c = s.charAt(k);
    if (c == ',' || c == '-' || c == ';') {
      return true;
    }
    while (k > lines.contentStart(line) && Character.isLetter(s.charAt(k - 1))) {
      k--;
    }
    return Character.isLowerCase(s.charAt(k));
  }
}
