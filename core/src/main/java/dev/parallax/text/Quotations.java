package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations of a text: the stretches between opening and closing double quotation marks
 * (“...” and "...", also „...“ and «...», and the typewritten ``...'' and "...''), which never
 * run past a blank line. A mark that opens
 * and is never closed within its paragraph quotes nothing. Long quotations report speech (someone
 * else's words); short ones are scare quotes or cited terms. Stateless.
 */
public final class Quotations {
  /** Quotations of at most this many words are scare quotes or cited terms, not speech. */
  public static final int MAX_SCARE_QUOTE_WORDS = 3;

  /** The closer of a typewritten opening ``: two apostrophes (''). */
  private static final char TYPEWRITER = '\'';

  private Quotations() {}

  /** The quoted stretches of {@code text}, marks included, in order. */
  public static List<CharSpan> of(String text) {
    return of(text.toCharArray());
  }

  /** {@link #of(String)} of a text given as its chars. */
  static List<CharSpan> of(char[] text) {
    List<CharSpan> out = new ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (c < 0x80 && c != '\n' && c != '"' && c != '\'' && c != '`') {
        continue; // most chars: no mark, no line end
      }
      if (c == '\n' && blankLineFollows(text, i)) {
        open = -1; // a quotation does not run past its paragraph
        continue;
      }
      boolean twoApostrophes = c == '\'' && i + 1 < text.length && text[i + 1] == '\'';
      if (open < 0) {
        char close = c == '`' && i + 1 < text.length && text[i + 1] == '`'
            ? TYPEWRITER : closerOf(c);
        if (close != 0) {
          open = i;
          closer = close;
          i += close == TYPEWRITER ? 1 : 0;
        }
      } else if (twoApostrophes && (closer == TYPEWRITER || closer == '"')) {
        out.add(new CharSpan(open, i + 2)); // ``...'' and "...'' of typewritten text
        open = -1;
        i++;
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

  private static boolean blankLineFollows(char[] text, int newline) {
    for (int i = newline + 1; i < text.length; i++) {
      char c = text[i];
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The quotations of an analysed text that report speech (see {@link #isSpeech}); the others
   * (the regime's “experts”) are the writer's own voice.
   */
  public static List<CharSpan> speech(AnalyzedText t) {
    List<CharSpan> out = new ArrayList<>();
    for (CharSpan q : t.quotations()) {
      if (isSpeech(t, q)) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * Whether quotation {@code q} reports speech: it holds more than {@link #MAX_SCARE_QUOTE_WORDS}
   * words, or it is introduced by a colon, a comma or the end of a sentence (or opens the text),
   * or its words end with a comma, "?" or "!" inside the marks (“We will fight,” he said).
   */
  public static boolean isSpeech(AnalyzedText t, CharSpan q) {
    String text = t.text();
    if (words(t, q) > MAX_SCARE_QUOTE_WORDS) {
      return true;
    }
    int before = q.start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before < 0 || ":,.!?;".indexOf(text.charAt(before)) >= 0) {
      return true;
    }
    char last = text.charAt(Math.max(q.start(), q.end() - 2));
    return last == ',' || last == '?' || last == '!';
  }

  /**
   * The quoted paragraphs of {@code text}, by the news convention of quoting speech a paragraph
   * at a time: a line that opens with a double quotation mark (“, ", `` or the '' of typewritten
   * text) is speech up to the next double mark in the line, or to the line's end when none closes
   * it (a quotation that runs on over paragraphs, each opened and only the last closed); a line
   * that ends with a closing mark (”, " or '') right after sentence punctuation, and holds no
   * other double mark, closes such a quotation and is speech from its start. These are read line
   * by line, whatever the pairing of the marks before, so that one mark left open earlier in the
   * text does not turn the quotations after it inside out. Lines quoted in single marks count as
   * well (see {@link #singleQuoted}). In order; marks included.
   */
  public static List<CharSpan> paragraphs(String text) {
    List<CharSpan> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int eol = text.indexOf('\n', from);
      if (eol < 0) {
        eol = text.length();
      }
      int start = from;
      while (start < eol && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int end = eol;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int open = opening(text, start, end);
      int single = open > 0 ? -1 : singleQuoted(text, start, end);
      if (open > 0) {
        int close = nextMark(text, start + open, end);
        out.add(new CharSpan(start, close < 0 ? end : close + markLength(text, close)));
      } else if (single > start) {
        out.add(new CharSpan(start, single));
      } else if (end - start > 2) {
        int mark = text.startsWith("''", end - 2) ? end - 2 : end - 1;
        char c = text.charAt(mark);
        int before = mark - 1;
        while (before > start && text.charAt(before) == ' ') {
          before--;
        }
        if ((mark == end - 2 || c == '”' || c == '"') && ".,!?".indexOf(text.charAt(before)) >= 0
            && nextMark(text, start, mark) < 0) {
          out.add(new CharSpan(start, end));
        }
      }
      from = eol + 1;
    }
    return out;
  }

  /**
   * The end of the single-mark quotation of the line {@code [start, end)}, or -1. British and
   * wire style quote with single marks ('...', ‘...’, `...'), in quoted subheads ('Completely
   * false') as in speech: a line that opens with a single mark before a letter is speech up to
   * the next single mark that stands after a word and before no letter (not the apostrophe of
   * "don't"); a line that ends with a single closing mark right after sentence punctuation
   * ("Desperate men do desperate things. '") closes a quotation, and is speech from its start,
   * when it holds no other single mark apart from a word.
   */
  private static int singleQuoted(String text, int start, int end) {
    if (end - start < 3 || text.startsWith("''", end - 2) || text.startsWith("``", start)) {
      return -1;
    }
    if (isSingle(text.charAt(start)) && Character.isLetter(text.charAt(start + 1))) {
      for (int i = start + 2; i < end; i++) {
        if (isSingle(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))
            && (i + 1 == end || !Character.isLetter(text.charAt(i + 1)))) {
          return i + 1;
        }
      }
      return -1;
    }
    char last = text.charAt(end - 1);
    if (last != '\'' && last != '’') {
      return -1;
    }
    int before = end - 2;
    while (before > start && text.charAt(before) == ' ') {
      before--;
    }
    if (".!?".indexOf(text.charAt(before)) < 0) {
      return -1;
    }
    for (int i = start; i < before; i++) {
      if (isSingle(text.charAt(i)) && (i == start || !Character.isLetter(text.charAt(i - 1))
          || !Character.isLetter(text.charAt(i + 1)))) {
        return -1; // another quotation or an unpaired mark in the line
      }
    }
    return end;
  }

  private static boolean isSingle(char c) {
    return c == '\'' || c == '‘' || c == '’' || c == '`';
  }

  /** The length of the double mark that opens the line at {@code start}, or 0. */
  private static int opening(String text, int start, int end) {
    if (end - start >= 2 && (text.startsWith("``", start) || text.startsWith("''", start))) {
      return 2;
    }
    return start < end && (text.charAt(start) == '"' || text.charAt(start) == '“') ? 1 : 0;
  }

  /** The first double mark in {@code [from, to)}, or -1. */
  private static int nextMark(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '”'
          || (c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int markLength(String text, int at) {
    char c = text.charAt(at);
    return (c == '\'' || c == '`') ? 2 : 1;
  }

  /** The number of words of {@code t} that start inside {@code span}. */
  public static int words(AnalyzedText t, CharSpan span) {
    // words start in text order, so this is a difference of two binary searches
    return Math.max(0, t.wordsBefore(span.end()) - t.wordsBefore(span.start()));
  }

  /** Whether {@code [start, end)} lies within one of {@code quotes} (sorted). */
  public static boolean inside(List<CharSpan> quotes, int start, int end) {
    for (int i = 0; i < quotes.size(); i++) { // no iterator: asked for every tag and cue
      CharSpan q = quotes.get(i);
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
