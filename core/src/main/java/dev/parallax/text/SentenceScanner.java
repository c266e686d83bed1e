package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isCloser;
import static dev.parallax.text.SentenceChars.isClosingQuoteChar;
import static dev.parallax.text.SentenceChars.isDash;
import static dev.parallax.text.SentenceChars.isLineTerminator;
import static dev.parallax.text.SentenceChars.isPlain;
import static dev.parallax.text.SentenceChars.isQuestionOrExclamation;
import static dev.parallax.text.SentenceChars.isSpace;
import static dev.parallax.text.SentenceChars.isTerminal;
import static dev.parallax.text.SentenceChars.isWideTerminal;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of {@link SentenceSplitter} over one text: the left-to-right scan that places the
 * sentence boundaries. On construction it has the text's junk ({@link JunkRanges}), lines ({@link
 * LineLayout}), quotation and bracket pairs ({@link QuotePairing}) and list markers ({@link
 * ListMarkers}) found; {@link #run} then walks the text once. It cuts before a block-level tag and
 * before a list item; at terminal punctuation, which it measures together with the closing quotes,
 * brackets and footnote marks ({@link FootnoteMarks}) after it, it cuts unless the mark stands
 * inside a pair or the words around it say otherwise (ellipses here, words before a period or "?"
 * and "!" in {@link AbbreviationRules}, sentences run together without a space in {@link
 * UnspacedBoundary}); at a line end without such punctuation it cuts unless the
 * line only wraps prose ({@link LineWraps}); and it cuts after a quotation broken off by a dash.
 * Each sentence is trimmed of white space and junk, and one that holds nothing else is dropped. Not
 * thread-safe and not reusable: the splitter makes a new one per call. Every pass is linear in the
 * text length; look-arounds are bounded.
 */
final class SentenceScanner {

  private final String s;
  private final char[] chars; // the chars of s
  private final int n;

  private final JunkRanges junk;
  private final LineLayout lines;
  private final QuotePairing quotes;
  private final ListMarkers markers;
  private final AbbreviationRules words;
  private final FootnoteMarks footnotes;
  private final LineWraps wraps;
  private final UnspacedBoundary unspaced;

  // Scan state.
  private final List<CharSpan> out = new ArrayList<>();
  private int segStart;
  private int segContentStart = -1;
  private boolean segIsListItem;
  private int lastCandidateEnd = -1;

  /**
   * Finds the junk, lines, pairs and list markers of {@code text}, ready for {@link #run};
   * {@code chars} are its chars, read by every pass.
   */
  SentenceScanner(String text, char[] chars, SentenceLexicon lex) {
    this.s = text;
    this.n = text.length();
    this.junk = new JunkRanges(text, chars, lex);
    this.chars = chars;
    this.lines = new LineLayout(text, junk);
    this.quotes = new QuotePairing(text, junk, lines);
    this.markers = new ListMarkers(text, junk);
    this.words = new AbbreviationRules(text, junk, lex);
    this.footnotes = new FootnoteMarks(text, junk);
    this.wraps = new LineWraps(text, lines, markers, lex);
    this.unspaced = new UnspacedBoundary(chars);
  }

  /** The sentence spans of the text, in order. */
  List<CharSpan> run() {
    if (n == 0) {
      return List.of();
    }
    scan();
    return List.copyOf(out);
  }

  private void scan() {
    int line = 0;
    int i = 0;
    int nextBreak = markers.nextBreak(0); // the next list item's start: -1 when none is left
    while (line < lines.count()) {
      if (i >= lines.end(line)) {
        endOfLine(line);
        i = Math.max(i, lines.next(line));
        line++;
        continue;
      }
      int je = junk.endAt(i);
      if (je != 0) {
        if (je < 0) {
          cut(i);
          je = -je;
        }
        i = je;
        continue;
      }
      if (nextBreak >= 0 && nextBreak < i) {
        nextBreak = markers.nextBreak(i);
      }
      if (nextBreak == i) {
        cut(i);
        nextBreak = markers.nextBreak(i + 1);
      }
      char c = chars[i];
      if (isPlain(c)) {
        i = plainRun(i, nextBreak >= 0 ? Math.min(nextBreak, lines.end(line)) : lines.end(line));
        continue;
      }
      if (!isSpace(c)) {
        noteContent(i);
      }
      if (isTerminal(c)) {
        i = terminal(i);
        continue;
      }
      if (isClosingQuoteChar(c) && quotes.closesQuote(i) && endsWithDash(i)) {
        interruptedQuote(i);
      }
      i++;
    }
    cut(n);
  }

  /**
   * Passes the ASCII letters, digits and spaces from {@code i} (one of them) on, up to {@code
   * stop}: none starts junk, ends a sentence or closes a quotation. Returns where the run ends.
   */
  private int plainRun(int i, int stop) {
    char c = chars[i];
    do {
      if (c != ' ' && segContentStart < 0) {
        noteContent(i);
      }
      i++;
    } while (i < stop && isPlain(c = chars[i]));
    return i;
  }

  private void noteContent(int i) {
    if (segContentStart < 0) {
      segContentStart = i;
      segIsListItem = markers.markerAt(i);
    }
  }

  private void cut(int pos) {
    if (segContentStart >= 0) {
      int a = segStart;
      int b = pos;
      while (a < b && junk.isGap(a)) {
        a++;
      }
      while (b > a && junk.isGap(b - 1)) {
        b--;
      }
      if (a < b && strayMarks(a, b)) {
        // a closing mark set apart after the sentence on its line ('very spiritual. "') ends
        // that sentence; it is no sentence of its own
        CharSpan last = out.remove(out.size() - 1);
        out.add(new CharSpan(last.start(), b));
      } else if (a < b) {
        out.add(new CharSpan(a, b));
      }
    }
    segStart = pos;
    segContentStart = -1;
    segIsListItem = false;
  }

  /**
   * Whether chars {@code a} to {@code b} hold no letter or digit and follow the last sentence
   * across spaces on one line: marks that close it.
   */
  private boolean strayMarks(int a, int b) {
    if (out.isEmpty() || b - a > 3) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (Character.isLetterOrDigit(chars[i])) {
        return false;
      }
    }
    int end = out.get(out.size() - 1).end();
    for (int i = end; i < a; i++) {
      char c = chars[i];
      if (c != ' ' && c != '\t' && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  /** The line break after {@code line}: a sentence end for headline-like lines and paragraphs. */
  private void endOfLine(int line) {
    if (lines.hardEnd(line)) {
      cut(lines.next(line));
      return;
    }
    if (segContentStart < 0 || segContentStart >= lines.contentEnd(line)) {
      return;
    }
    if (lastCandidateEnd >= lines.contentEnd(line)) {
      return; // the line ended with punctuation, already decided
    }
    if (segIsListItem || !wraps.isWrap(line)) {
      cut(lines.next(line));
    }
  }

  private boolean endsWithDash(int i) {
    if (i < 1) {
      return false;
    }
    char p = chars[i - 1];
    return isDash(p) || p == '-' && i >= 2 && chars[i - 2] == '-';
  }

  /** {@code to--" At this moment}: speech broken off by a dash ends the sentence. */
  private void interruptedQuote(int q) {
    int b = q + 1;
    if (b < n && !isSpace(chars[b])) {
      return;
    }
    lastCandidateEnd = b;
    if (quotes.depth(b) > 0) {
      return;
    }
    NextWord nx = NextWord.after(s, junk, b);
    if (nx.type == NextWord.Type.UPPER || nx.type == NextWord.Type.END) {
      cut(b);
    }
  }

  /**
   * Handles terminal punctuation starting at {@code t}; cuts if it ends a sentence. Returns where
   * the scan resumes.
   */
  private int terminal(int t) {
    char c = chars[t];
    int r;
    int dots = 0;
    boolean spaced = false;
    if (c == '.' || c == '\u2026') {
      int j = t;
      while (j < n && !junk.isJunk(j)) {
        char d = chars[j];
        if (d == '.') {
          dots++;
        } else if (d == '\u2026') {
          dots += 3;
        } else {
          break;
        }
        j++;
        if (j + 1 < n && chars[j] == ' ' && chars[j + 1] == '.' && !junk.isJunk(j + 1)) {
          spaced = true;
          j++;
        }
      }
      while (j < n && isQuestionOrExclamation(chars[j])) {
        j++;
      }
      r = j;
    } else if (isWideTerminal(c)) {
      r = t;
      while (r < n && isWideTerminal(chars[r])) {
        r++;
      }
    } else {
      r = t;
      while (r < n && !junk.isJunk(r) && (isQuestionOrExclamation(chars[r]) || chars[r] == '.')) {
        r++;
      }
    }

    // Closing quotes, brackets and tags after the punctuation.
    int b = r;
    int quoteOpen = -1;
    int limit = Math.min(n, r + 16);
    while (b < limit) {
      int je = junk.endAt(b);
      if (je > 0) {
        b = je;
        continue;
      }
      char ch = chars[b];
      if (ch == ' ' && b + 2 < n && chars[b + 1] == '\'' && chars[b + 2] == '\''
          && (b + 3 == n || isSpace(chars[b + 3]) || isLineTerminator(chars[b + 3]))) {
        int o = quotes.openerOf(b + 2); // tokenised text: "person. ''" closes a quotation
        if (o >= 0) {
          quoteOpen = o;
        }
        b += 3;
        continue;
      }
      if (isCloser(ch)) {
        int o = quotes.openerOf(b);
        if (o >= 0) {
          quoteOpen = o;
        }
        b++;
        continue;
      }
      break;
    }
    b = footnotes.end(t, r, b, c == '.' && dots == 1);
    boolean wide = isWideTerminal(c);
    if (!wide && b < n && !isSpace(chars[b]) && junk.endAt(b) >= 0 && !junk.isJunk(b)) {
      if (b == r && (dots == 1 || c != '.' && c != '\u2026') && unspaced.endsSentence(t, r)
          && quotes.depth(r) == 0) {
        lastCandidateEnd = r;
        cut(r); // "all day.Then it stopped": no space between two sentences
      }
      return r; // "U.S.A", "3.5", "Yahoo!J", "...see", "btw.,"
    }
    lastCandidateEnd = b;
    if (quotes.depth(b) > 0) {
      return r; // inside a quotation or a bracket
    }
    NextWord nx = NextWord.after(s, junk, b);
    boolean boundary;
    if (nx.type == NextWord.Type.END || wide) {
      boundary = true;
    } else if (nx.paren && quoteOpen > segContentStart && segContentStart >= 0) {
      boundary = false; // 'after such a fall ... house!' (Which was very likely true.)
    } else if (c == '.' || c == '\u2026') {
      if (dots >= 3 || spaced) {
        boolean attached = t > 0 && !isSpace(chars[t - 1]);
        if (t > 0 && (chars[t - 1] == '[' || chars[t - 1] == '(')) {
          boundary = false; // "[...]" marks an omission
        } else if (spaced && attached && dots >= 4) {
          if (b > r) {
            boundary = nx.upperish(); // 'away. . . .” Then': the quotation ends with the sentence
          } else if (nx.upperish()) {
            cut(t + 1); // "compounds. . . . The": a period, then an ellipsis opening the next one
            return t + 1;
          } else {
            boundary = false;
          }
        } else if (!attached && dots <= 3) {
          boundary = false; // "the thing is . . . I didn't"
        } else {
          boundary = nx.upperish();
        }
      } else {
        boundary = words.afterPeriod(t, nx, segContentStart);
      }
    } else {
      boundary = words.afterQuestionOrExclamation(t, nx);
    }
    if (boundary) {
      cut(b);
      return b;
    }
    return r;
  }
}
