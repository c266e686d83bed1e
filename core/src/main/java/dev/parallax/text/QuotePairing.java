package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isCloser;
import static dev.parallax.text.SentenceChars.isDash;
import static dev.parallax.text.SentenceChars.isLineTerminator;
import static dev.parallax.text.SentenceChars.isPlain;
import static dev.parallax.text.SentenceChars.isSpace;
import static dev.parallax.text.SentenceChars.isTerminal;

import java.util.Arrays;

/**
 * The quotation marks and brackets of a text paired with each other, so that the sentence splitter
 * places no boundary inside a pair. Double quotes (“...”, „...“, «...», "..." and the typewriter
 * {@code ``...''} of tokenised text), single quotes (‘...’, ‹...›, '...') and brackets nest, each kind
 * on its own stack. A straight quote opens or closes by what stands beside it; an apostrophe inside a
 * word or after the s of a possessive ("the workers' union") closes nothing. A bracket pair spans at
 * most {@value #MAX_BRACKET_SPAN} chars. No pair reaches past a paragraph, nor past a line that ends
 * with sentence-final punctuation (text set one sentence per line quotes sentence by sentence). The
 * result is the nesting depth at each position between two chars, and for each closing quotation
 * mark the mark it closes. Found in one pass; immutable afterwards. Both are kept by the pairs, not
 * by the chars: the depth as the positions where it changes (sorted once), the quotations as their
 * closing marks in text order, each looked up by binary search.
 *
 * <p>{@link Quotations} also pairs quotation marks, but it answers another question and must keep its
 * own answers: it reports whole quotations (double marks only, one open at a time, the first closing
 * mark ends it, reset only at a blank line) for attribution and speech, while this class needs the
 * nesting of single quotes and brackets, the stricter line rule and the apostrophe rules, so that a
 * sentence boundary is refused exactly where it is today. Making one serve both would change either
 * the quotations reported or the sentences split.
 */
final class QuotePairing {

  private static final int MAX_BRACKET_SPAN = 300;

  private final String s;
  private final char[] chars; // the chars of s
  private final int n;
  private final JunkRanges junk;
  private final LineLayout lines;

  /** The boundary positions where the nesting depth changes, ascending, each once. */
  private int[] changeAt = new int[16];
  /** The nesting depth from {@code changeAt[k]} on (up to the next change). */
  private int[] depthFrom = new int[16];
  private int changes; // pairs while pairing (2 a pair, as +1 and -1), then distinct positions
  /** Closing quotation mark positions, ascending, and the opening mark of each. */
  private int[] closers = new int[8];
  private int[] openers = new int[8];
  private int quotations;

  /** Pairs the marks of {@code text}, whose junk holds no mark and whose lines bound each pair. */
  QuotePairing(String text, JunkRanges junk, LineLayout lines) {
    this.s = text;
    this.chars = junk.chars();
    this.n = text.length();
    this.junk = junk;
    this.lines = lines;
    pair();
    sumChanges();
  }

  /** How many quotations and brackets enclose boundary position {@code b} (0..n). */
  int depth(int b) {
    int k = Arrays.binarySearch(changeAt, 0, changes, b);
    if (k < 0) {
      k = -k - 2; // the last change before b
    }
    return k < 0 ? 0 : depthFrom[k];
  }

  /** Whether a quotation mark at {@code i} closes a paired quotation. */
  boolean closesQuote(int i) {
    return Arrays.binarySearch(closers, 0, quotations, i) >= 0;
  }

  /** Where the quotation closed by the mark at {@code i} opens, or -1 if it closes none. */
  int openerOf(int i) {
    int k = Arrays.binarySearch(closers, 0, quotations, i);
    return k < 0 ? -1 : openers[k];
  }

  /** Pairs the marks, noting the depth changes of each pair and the quotations. */
  private void pair() {
    OpenMarks doubles = new OpenMarks();
    OpenMarks singles = new OpenMarks();
    OpenMarks brackets = new OpenMarks();
    int currentPara = -1;
    for (int l = 0; l < lines.count(); l++) {
      if (lines.paragraph(l) != currentPara || l > 0 && endsSentence(l - 1)) {
        // a quotation does not reach past a paragraph, nor past a line that ends a sentence:
        // text set one sentence per line quotes sentence by sentence
        doubles.clear();
        singles.clear();
        brackets.clear();
        currentPara = lines.paragraph(l);
      }
      for (int i = lines.start(l), end = lines.end(l); i < end; i++) {
        char c = chars[i];
        if (isPlain(c) || junk.isJunk(i)) {
          continue;
        }
        if (c == '\'' && charAfter(i) == '\'' || c == '`' && charAfter(i) == '`') {
          // typewriter quotes of tokenised text: `` opens a quotation and '' closes one
          if (c == '`') {
            doubles.push(i);
          } else {
            close(doubles, i + 1, Integer.MAX_VALUE, true);
          }
          i++;
          continue;
        }
        switch (c) {
          case '\u201C': case '\u201E': case '\u00AB':
            doubles.push(i);
            break;
          case '\u201D': case '\u00BB':
            close(doubles, i, Integer.MAX_VALUE, true);
            break;
          case '"': {
            boolean prevOpen = opensBefore(i);
            boolean nextOpen = opensAfter(i);
            if (!prevOpen && (nextOpen || !Character.isLetterOrDigit(charAfter(i)))) {
              close(doubles, i, Integer.MAX_VALUE, true);
            } else if (prevOpen && !nextOpen) {
              doubles.push(i);
            } else if (!doubles.isEmpty()) {
              close(doubles, i, Integer.MAX_VALUE, true);
            }
            break;
          }
          case '\u2018': case '\u201A': case '\u2039': case '`':
            singles.push(i);
            break;
          case '\u2019': case '\u203A': case '\'': {
            boolean prevOpen = opensBefore(i);
            if (!prevOpen && !Character.isLetterOrDigit(charAfter(i)) && !isPossessive(i)) {
              close(singles, i, Integer.MAX_VALUE, true);
            } else if (c == '\'' && prevOpen && !opensAfter(i)) {
              singles.push(i);
            }
            break;
          }
          case '(': case '[': case '{':
            brackets.push(i);
            break;
          case ')': case ']': case '}':
            if (!brackets.isEmpty() && matches(chars[brackets.peek()], c)) {
              close(brackets, i, MAX_BRACKET_SPAN, false);
            }
            break;
          default:
            break;
        }
      }
    }
  }

  /**
   * Turns the changes noted by {@link #close} (+1 after an opening mark, -1 after its closing
   * mark, in {@code changeAt} as {@code 2 * position + 1} and {@code 2 * position}) into the
   * depth from each position where it changes.
   */
  private void sumChanges() {
    int[] coded = Arrays.copyOf(changeAt, changes);
    Arrays.sort(coded);
    int distinct = 0;
    int d = 0;
    for (int c : coded) {
      int position = c >> 1;
      d += (c & 1) == 1 ? 1 : -1;
      if (distinct > 0 && changeAt[distinct - 1] == position) {
        depthFrom[distinct - 1] = d;
      } else {
        changeAt[distinct] = position;
        depthFrom[distinct] = d;
        distinct++;
      }
    }
    changes = distinct;
  }

  /**
   * Whether line {@code l} ends with sentence-final punctuation, possibly followed by closing
   * quotes or brackets.
   */
  private boolean endsSentence(int l) {
    int k = lines.end(l) - 1;
    while (k >= lines.start(l) && (isSpace(chars[k]) || junk.isJunk(k))) {
      k--;
    }
    while (k >= lines.start(l) && isCloser(chars[k])) {
      k--;
    }
    return k >= lines.start(l) && isTerminal(chars[k]);
  }

  /** Whether the char before {@code i} lets a quotation mark at {@code i} open one. */
  private boolean opensBefore(int i) {
    if (i == 0) {
      return true;
    }
    char prev = chars[i - 1];
    return isSpace(prev) || isLineTerminator(prev) || prev == '(' || prev == '[' || prev == '{'
        || isDash(prev) || prev == '-' || prev == '/' || prev == '"' || prev == '\u201C'
        || prev == '\'' || prev == '\u2018';
  }

  /** Whether a space, a line end or the end of the text follows {@code i}. */
  private boolean opensAfter(int i) {
    if (i + 1 >= n) {
      return true;
    }
    char next = chars[i + 1];
    return isSpace(next) || isLineTerminator(next);
  }

  /** The char after {@code i}, or a space at the end. */
  private char charAfter(int i) {
    return i + 1 < n ? chars[i + 1] : ' ';
  }

  private static boolean matches(char open, char close) {
    return open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}';
  }

  /** "the workers' union": an apostrophe after s, followed by a lowercase word. */
  private boolean isPossessive(int i) {
    if (i == 0 || Character.toLowerCase(chars[i - 1]) != 's') {
      return false;
    }
    return i + 2 < n && chars[i + 1] == ' ' && Character.isLowerCase(chars[i + 2]);
  }

  private void close(OpenMarks stack, int closeAt, int maxSpan, boolean quote) {
    if (stack.isEmpty()) {
      return;
    }
    int open = stack.pop();
    if (closeAt - open > maxSpan) {
      return;
    }
    if (changes + 2 > changeAt.length) {
      changeAt = Arrays.copyOf(changeAt, changeAt.length * 2);
      depthFrom = Arrays.copyOf(depthFrom, changeAt.length);
    }
    changeAt[changes++] = 2 * (open + 1) + 1; // +1 from the char after the opening mark
    changeAt[changes++] = 2 * (closeAt + 1); // -1 from the char after the closing mark
    if (quote) {
      if (quotations == closers.length) {
        closers = Arrays.copyOf(closers, quotations * 2);
        openers = Arrays.copyOf(openers, quotations * 2);
      }
      closers[quotations] = closeAt; // the scan runs left to right: ascending
      openers[quotations] = open;
      quotations++;
    }
  }

  /** The positions of the marks still open, of one kind: a stack of ints. */
  private static final class OpenMarks {
    private int[] at = new int[8];
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    void push(int position) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = position;
    }

    /** The last position pushed and not popped; the stack must not be empty. */
    int peek() {
      return at[size - 1];
    }

    /** Takes off and returns the last position pushed; the stack must not be empty. */
    int pop() {
      return at[--size];
    }

    void clear() {
      size = 0;
    }
  }
}
