package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isLineTerminator;
import static dev.parallax.text.SentenceChars.isPlain;
import static dev.parallax.text.SentenceChars.isSpace;

import java.util.Locale;

/**
 * The stretches of a text that are markup or decoration, never sentence text at the edge of a span:
 * markup tags on one line ({@code <p>}, {@code </em>}, {@code <!doctype ...>}), tags left escaped by
 * double escaping ({@code &lt;b&gt;}), rules drawn with four or more of one of {@code / \ = _ * # ~
 * + -}, and table-of-contents dot leaders (five or more dots running, with an optional page number
 * such as "5", "16-17" or "xii", to the end of their line). A tag of a block element (the names in
 * {@code block_tags.txt}) also ends the sentence before it. Found in one left-to-right pass with
 * bounded look-ahead; immutable afterwards.
 *
 * <p>{@link TextCleaner} also recognises tags and dot leaders, but for another job, and its rules
 * differ on purpose, so the two keep their own code: the cleaner rewrites text and so removes only
 * tags of elements it knows, with well-formed attributes ("&lt;b and c&gt;" in prose stays), takes
 * four dots as a leader but only with a page number of digits, and decodes entities; this class
 * rewrites nothing, treats any tag-shaped stretch on one line as markup, and takes roman and ranged
 * page numbers. Serving both from one implementation would change the sentences of either.
 */
final class JunkRanges {

  private static final int MAX_TAG = 400;

  private final String s;
  private final char[] chars; // the chars of s, read by every pass over the text
  private final int n;
  private final SentenceLexicon lex;

  /**
   * junk[i]: char i is markup or decoration, never sentence text at a span edge. Null while the
   * text has no junk (most news text): then no array as long as the text.
   */
  private boolean[] junk;
  /** At the first char of a junk range: its end (exclusive), negated for a block-level tag. */
  private int[] junkEnd;

  /** Finds the junk of {@code text}; {@code lex} tells which tags are of block elements. */
  JunkRanges(String text, SentenceLexicon lex) {
    this(text, text.toCharArray(), lex);
  }

  /** {@link #JunkRanges(String, SentenceLexicon)} with the chars of {@code text} copied already. */
  JunkRanges(String text, char[] chars, SentenceLexicon lex) {
    this.s = text;
    this.chars = chars;
    this.n = text.length();
    this.lex = lex;
    find();
  }

  /**
   * The chars of the text, copied once for the passes of one scan (an array is read faster than
   * a {@code String} that holds chars outside Latin-1); not to be changed.
   */
  char[] chars() {
    return chars;
  }

  /** Whether char {@code i} is markup or decoration. */
  boolean isJunk(int i) {
    return junk != null && junk[i];
  }

  /** Whether char {@code i} is white space or junk: nothing a sentence span starts or ends with. */
  boolean isGap(int i) {
    return isSpace(chars[i]) || junk != null && junk[i];
  }

  /**
   * At the first char of a junk range, its end (exclusive), negated for the tag of a block element;
   * 0 anywhere else.
   */
  int endAt(int i) {
    return junkEnd == null ? 0 : junkEnd[i];
  }

  private void markJunk(int from, int to, boolean block) {
    if (junk == null) {
      junk = new boolean[n];
      junkEnd = new int[n];
    }
    for (int k = from; k < to; k++) {
      junk[k] = true;
    }
    junkEnd[from] = block ? -to : to;
  }

  private void find() {
    int i = 0;
    while (i < n) {
      char c = chars[i];
      int next = i + 1;
      if (isPlain(c)) {
        i = next; // starts no junk
        continue;
      }
      if (c == '<') {
        next = tryTag(i);
      } else if (c == '&' && s.startsWith("&lt;", i)) {
        next = tryEscapedTag(i);
      } else if (c == '.') {
        next = tryLeader(i);
      } else if (isRuleChar(c)) {
        int j = i;
        while (j < n && chars[j] == c) {
          j++;
        }
        if (j - i >= 4) {
          markJunk(i, j, false);
        }
        next = j;
      }
      i = Math.max(next, i + 1);
    }
  }

  /** A char that, repeated four times or more, draws a rule: {@code / \\ = _ * # ~ + -}. */
  private static boolean isRuleChar(char c) {
    return switch (c) {
      case '/', '\\', '=', '_', '*', '#', '~', '+', '-' -> true;
      default -> false;
    };
  }

  /** A markup tag {@code <name ...>} or {@code </name>} or {@code <!...>} on one line. */
  private int tryTag(int i) {
    int j = i + 1;
    if (j < n && (chars[j] == '/' || chars[j] == '!')) {
      j++;
    }
    if (j >= n || !isAsciiLetter(chars[j]) && chars[i + 1] != '!') {
      return i + 1;
    }
    int nameStart = j;
    while (j < n && (isAsciiLetter(chars[j]) || Character.isDigit(chars[j]))) {
      j++;
    }
    String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
    int limit = Math.min(n, i + MAX_TAG);
    for (int k = j; k < limit; k++) {
      char c = chars[k];
      if (c == '>') {
        markJunk(i, k + 1, lex.isBlockTag(name));
        return k + 1;
      }
      if (c == '<' || isLineTerminator(c)) {
        return i + 1;
      }
    }
    return i + 1;
  }

  /** An HTML-escaped tag {@code &lt;b&gt;} as left behind by double escaping. */
  private int tryEscapedTag(int i) {
    int j = i + 4;
    if (j < n && chars[j] == '/') {
      j++;
    }
    if (j >= n || !isAsciiLetter(chars[j])) {
      return i + 1;
    }
    int limit = Math.min(n, i + MAX_TAG);
    for (int k = j; k < limit; k++) {
      char c = chars[k];
      if (c == '&' && s.startsWith("&gt;", k)) {
        markJunk(i, k + 4, false);
        return k + 4;
      }
      if (c == '<' || isLineTerminator(c)) {
        return i + 1;
      }
    }
    return i + 1;
  }

  /**
   * A dot leader of five or more dots that runs, with an optional page number ("5", "16-17",
   * "xii"), to the end of its line, as in a table of contents.
   */
  private int tryLeader(int i) {
    int j = i;
    while (j < n && chars[j] == '.') {
      j++;
    }
    if (j - i < 5) {
      return j;
    }
    int k = j;
    while (k < n && (chars[k] == ' ' || chars[k] == '\t')) {
      k++;
    }
    int numStart = k;
    while (k < n && k - numStart < 12
        && (Character.isDigit(chars[k]) || "-\u2013,ivxlcIVXLC".indexOf(chars[k]) >= 0)) {
      k++;
    }
    int end = k;
    while (k < n && (chars[k] == ' ' || chars[k] == '\t')) {
      k++;
    }
    if (k == n || isLineTerminator(chars[k])) {
      markJunk(i, end, false);
      return end;
    }
    return j;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
