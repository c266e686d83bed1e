package dev.parallax.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One run of {@link SentenceSplitter} over one text. Not thread-safe and not reusable: the splitter
 * makes a new one per call. Every pass is linear in the text length; look-arounds are bounded.
 *
 * <p>Passes: (1) junk ranges (markup tags, escaped tags, decoration runs, table-of-contents dot
 * leaders with their page numbers); (2) lines and paragraphs; (3) quotation and bracket pairs, whose
 * insides never hold a boundary; (4) list markers and bullets, before which a sentence starts; (5) the
 * main left-to-right scan, which cuts at accepted terminal punctuation and at line ends that close a
 * headline-like line.
 */
final class SentenceScanner {

  private static final int MAX_TAG = 400;
  private static final int MAX_BRACKET_SPAN = 300;
  private static final int MAX_TOKEN = 64;
  private static final int LONG_LINE = 40;
  private static final int WRAP_WIDTH = 120;

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
          "dd", "tr", "td", "th", "table", "thead", "tbody", "tfoot", "section", "article", "header",
          "footer", "aside", "nav", "main", "blockquote", "pre", "figure", "figcaption", "title",
          "body", "html", "head", "form", "address", "caption");

  private final String s;
  private final int n;
  private final SentenceLexicon lex;

  /** junk[i]: char i is markup or decoration, never sentence text at a span edge. */
  private final boolean[] junk;
  /** At the first char of a junk range: its end (exclusive), negated for a block-level tag. */
  private final int[] junkEnd;

  // Lines, in order; a line is [lineStart, lineEnd) and its terminator [lineEnd, lineNext).
  private int lineCount;
  private int[] lineStart = new int[16];
  private int[] lineEnd = new int[16];
  private int[] lineNext = new int[16];
  private int[] contentStart = new int[16];
  private int[] contentEnd = new int[16];
  private boolean[] trailingSpace = new boolean[16];
  private int[] para = new int[16];
  private boolean[] hardEnd = new boolean[16];
  private int[] paraMax;

  /** Nesting depth of quotations and brackets at each boundary position (0..n). */
  private final int[] depth;
  /** Closing quotation mark position to its opening mark position. */
  private final Map<Integer, Integer> quoteOpener = new HashMap<>();

  /** Positions where a list marker token starts. */
  private final BitSet markerStart = new BitSet();
  /** Positions before which a sentence always starts (list items in a run, bullets). */
  private final BitSet breakBefore = new BitSet();

  // Scan state.
  private final List<CharSpan> out = new ArrayList<>();
  private int segStart;
  private int segContentStart = -1;
  private boolean segIsListItem;
  private int lastCandidateEnd = -1;

  SentenceScanner(String text, SentenceLexicon lex) {
    this.s = text;
    this.n = text.length();
    this.lex = lex;
    this.junk = new boolean[n];
    this.junkEnd = new int[n];
    this.depth = new int[n + 1];
  }

  List<CharSpan> run() {
    if (n == 0) {
      return List.of();
    }
    findJunk();
    findLines();
    pairQuotesAndBrackets();
    findListMarkers();
    scan();
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Character classes

  static boolean isLineTerminator(char c) {
    if (c > '\r' && c < '\u0085') {
      return false; // between the ASCII terminators and NEL: most chars of any text
    }
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
        || c == '\u2028' || c == '\u2029';
  }

  /** White space, including no-break and zero-width spaces. */
  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x80) {
      return false; // printable ASCII, most of any text: no white space there
    }
    return Character.isWhitespace(c)
        || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u0085'
        || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
  }

  private boolean isGap(int i) {
    return isSpace(s.charAt(i)) || junk[i];
  }

  private static boolean isBullet(char c) {
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

  private static boolean isQuestionOrExclamation(char c) {
    return c == '?' || c == '!' || c == '\u203C' || c == '\u2047' || c == '\u2048'
        || c == '\u2049' || c == '\u203D';
  }

  /** Full-width and ideographic terminators: they end a sentence without a following space. */
  private static boolean isWideTerminal(char c) {
    return c == '\u3002' || c == '\uFF0E' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF61';
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '\u2026' || isQuestionOrExclamation(c) || isWideTerminal(c);
  }

  private static boolean isClosingQuoteChar(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A';
  }

  private static boolean isCloser(char c) {
    return isClosingQuoteChar(c) || c == ')' || c == ']' || c == '}';
  }

  /** Chars that may precede the first letter of a word: quotes, brackets, dashes, emphasis. */
  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u201E' || c == '\u201A'
        || c == '\u00AB' || c == '\u2039' || c == '`' || c == '(' || c == '[' || c == '{'
        || c == '\u00BF' || c == '\u00A1' || c == '-' || c == '\u2013' || c == '\u2014'
        || c == '\u2012' || c == '\u2015' || c == '*' || c == '_';
  }

  private static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013' || c == '\u2015';
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 1: junk

  private void markJunk(int from, int to, boolean block) {
    for (int k = from; k < to; k++) {
      junk[k] = true;
    }
    junkEnd[from] = block ? -to : to;
  }

  private void findJunk() {
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int next = i + 1;
      if (c == '<') {
        next = tryTag(i);
      } else if (c == '&' && s.startsWith("&lt;", i)) {
        next = tryEscapedTag(i);
      } else if (c == '.') {
        next = tryLeader(i);
      } else if (isRuleChar(c)) {
        int j = i;
        while (j < n && s.charAt(j) == c) {
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
    if (j < n && (s.charAt(j) == '/' || s.charAt(j) == '!')) {
      j++;
    }
    if (j >= n || !isAsciiLetter(s.charAt(j)) && s.charAt(i + 1) != '!') {
      return i + 1;
    }
    int nameStart = j;
    while (j < n && (isAsciiLetter(s.charAt(j)) || Character.isDigit(s.charAt(j)))) {
      j++;
    }
    String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
    int limit = Math.min(n, i + MAX_TAG);
    for (int k = j; k < limit; k++) {
      char c = s.charAt(k);
      if (c == '>') {
        markJunk(i, k + 1, BLOCK_TAGS.contains(name));
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
    if (j < n && s.charAt(j) == '/') {
      j++;
    }
    if (j >= n || !isAsciiLetter(s.charAt(j))) {
      return i + 1;
    }
    int limit = Math.min(n, i + MAX_TAG);
    for (int k = j; k < limit; k++) {
      char c = s.charAt(k);
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
    while (j < n && s.charAt(j) == '.') {
      j++;
    }
    if (j - i < 5) {
      return j;
    }
    int k = j;
    while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k++;
    }
    int numStart = k;
    while (k < n && k - numStart < 12
        && (Character.isDigit(s.charAt(k)) || "-\u2013,ivxlcIVXLC".indexOf(s.charAt(k)) >= 0)) {
      k++;
    }
    int end = k;
    while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k++;
    }
    if (k == n || isLineTerminator(s.charAt(k))) {
      markJunk(i, end, false);
      return end;
    }
    return j;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 2: lines and paragraphs

  private void findLines() {
    int i = 0;
    int paragraph = 0;
    boolean previousBlank = true;
    while (true) {
      int start = i;
      while (i < n && !isLineTerminator(s.charAt(i))) {
        i++;
      }
      int end = i;
      boolean paragraphSeparator = false;
      if (i < n) {
        char c = s.charAt(i);
        paragraphSeparator = c == '\u2029' || c == '\u000C';
        i++;
        if (c == '\r' && i < n && s.charAt(i) == '\n') {
          i++;
        }
      }
      int cs = start;
      while (cs < end && isGap(cs)) {
        cs++;
      }
      int ce = end;
      while (ce > cs && isGap(ce - 1)) {
        ce--;
      }
      boolean blank = cs >= ce;
      if (blank) {
        if (!previousBlank) {
          paragraph++;
        }
      }
      addLine(start, end, i, cs, ce, end > ce && isSpace(s.charAt(end - 1)), paragraph,
          paragraphSeparator);
      if (paragraphSeparator) {
        paragraph++;
      }
      previousBlank = blank || paragraphSeparator;
      if (i >= n) {
        break;
      }
    }
    paraMax = new int[paragraph + 1];
    for (int l = 0; l < lineCount; l++) {
      paraMax[para[l]] = Math.max(paraMax[para[l]], contentEnd[l] - contentStart[l]);
    }
    for (int l = 0; l < lineCount; l++) {
      boolean blank = contentStart[l] >= contentEnd[l];
      boolean nextBreaks = l + 1 >= lineCount
          || contentStart[l + 1] >= contentEnd[l + 1]
          || para[l + 1] != para[l];
      hardEnd[l] = hardEnd[l] || blank || nextBreaks;
    }
  }

  private void addLine(int start, int end, int next, int cs, int ce, boolean trailing, int p,
      boolean hard) {
    if (lineCount == lineStart.length) {
      int m = lineCount * 2;
      lineStart = java.util.Arrays.copyOf(lineStart, m);
      lineEnd = java.util.Arrays.copyOf(lineEnd, m);
      lineNext = java.util.Arrays.copyOf(lineNext, m);
      contentStart = java.util.Arrays.copyOf(contentStart, m);
      contentEnd = java.util.Arrays.copyOf(contentEnd, m);
      trailingSpace = java.util.Arrays.copyOf(trailingSpace, m);
      para = java.util.Arrays.copyOf(para, m);
      hardEnd = java.util.Arrays.copyOf(hardEnd, m);
    }
    lineStart[lineCount] = start;
    lineEnd[lineCount] = end;
    lineNext[lineCount] = next;
    contentStart[lineCount] = cs;
    contentEnd[lineCount] = ce;
    trailingSpace[lineCount] = trailing;
    para[lineCount] = p;
    hardEnd[lineCount] = hard;
    lineCount++;
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 3: quotations and brackets

  private void pairQuotesAndBrackets() {
    Deque<Integer> doubles = new ArrayDeque<>();
    Deque<Integer> singles = new ArrayDeque<>();
    Deque<Integer> brackets = new ArrayDeque<>();
    int[] diff = new int[n + 2];
    int currentPara = -1;
    for (int l = 0; l < lineCount; l++) {
      if (para[l] != currentPara || l > 0 && endsSentence(l - 1)) {
        // a quotation does not reach past a paragraph, nor past a line that ends a sentence:
        // text set one sentence per line quotes sentence by sentence
        doubles.clear();
        singles.clear();
        brackets.clear();
        currentPara = para[l];
      }
      for (int i = lineStart[l]; i < lineEnd[l]; i++) {
        if (junk[i]) {
          continue;
        }
        char c = s.charAt(i);
        if (c == '\'' && charAfter(i) == '\'' || c == '`' && charAfter(i) == '`') {
          // typewriter quotes of tokenised text: `` opens a quotation and '' closes one
          if (c == '`') {
            doubles.push(i);
          } else {
            close(doubles, i + 1, diff, Integer.MAX_VALUE, true);
          }
          i++;
          continue;
        }
        switch (c) {
          case '\u201C': case '\u201E': case '\u00AB':
            doubles.push(i);
            break;
          case '\u201D': case '\u00BB':
            close(doubles, i, diff, Integer.MAX_VALUE, true);
            break;
          case '"': {
            boolean prevOpen = opensBefore(i);
            boolean nextOpen = opensAfter(i);
            if (!prevOpen && (nextOpen || !Character.isLetterOrDigit(charAfter(i)))) {
              close(doubles, i, diff, Integer.MAX_VALUE, true);
            } else if (prevOpen && !nextOpen) {
              doubles.push(i);
            } else if (!doubles.isEmpty()) {
              close(doubles, i, diff, Integer.MAX_VALUE, true);
            }
            break;
          }
          case '\u2018': case '\u201A': case '\u2039': case '`':
            singles.push(i);
            break;
          case '\u2019': case '\u203A': case '\'': {
            boolean prevOpen = opensBefore(i);
            if (!prevOpen && !Character.isLetterOrDigit(charAfter(i)) && !isPossessive(i)) {
              close(singles, i, diff, Integer.MAX_VALUE, true);
            } else if (c == '\'' && prevOpen && !opensAfter(i)) {
              singles.push(i);
            }
            break;
          }
          case '(': case '[': case '{':
            brackets.push(i);
            break;
          case ')': case ']': case '}':
            if (!brackets.isEmpty() && matches(s.charAt(brackets.peek()), c)) {
              close(brackets, i, diff, MAX_BRACKET_SPAN, false);
            }
            break;
          default:
            break;
        }
      }
    }
    int d = 0;
    for (int b = 0; b <= n; b++) {
      d += diff[b];
      depth[b] = d;
    }
  }

  /**
   * Whether line {@code l} ends with sentence-final punctuation, possibly followed by closing
   * quotes or brackets.
   */
  private boolean endsSentence(int l) {
    int k = lineEnd[l] - 1;
    while (k >= lineStart[l] && (isSpace(s.charAt(k)) || junk[k])) {
      k--;
    }
    while (k >= lineStart[l] && isCloser(s.charAt(k))) {
      k--;
    }
    return k >= lineStart[l] && isTerminal(s.charAt(k));
  }

  /** Whether the char before {@code i} lets a quotation mark at {@code i} open one. */
  private boolean opensBefore(int i) {
    if (i == 0) {
      return true;
    }
    char prev = s.charAt(i - 1);
    return isSpace(prev) || isLineTerminator(prev) || prev == '(' || prev == '[' || prev == '{'
        || isDash(prev) || prev == '-' || prev == '/' || prev == '"' || prev == '\u201C'
        || prev == '\'' || prev == '\u2018';
  }

  /** Whether a space, a line end or the end of the text follows {@code i}. */
  private boolean opensAfter(int i) {
    if (i + 1 >= n) {
      return true;
    }
    char next = s.charAt(i + 1);
    return isSpace(next) || isLineTerminator(next);
  }

  /** The char after {@code i}, or a space at the end. */
  private char charAfter(int i) {
    return i + 1 < n ? s.charAt(i + 1) : ' ';
  }

  private static boolean matches(char open, char close) {
    return open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}';
  }

  /** "the workers' union": an apostrophe after s, followed by a lowercase word. */
  private boolean isPossessive(int i) {
    if (i == 0 || Character.toLowerCase(s.charAt(i - 1)) != 's') {
      return false;
    }
    return i + 2 < n && s.charAt(i + 1) == ' ' && Character.isLowerCase(s.charAt(i + 2));
  }

  private void close(Deque<Integer> stack, int closeAt, int[] diff, int maxSpan, boolean quote) {
    if (stack.isEmpty()) {
      return;
    }
    int open = stack.pop();
    if (closeAt - open > maxSpan) {
      return;
    }
    diff[open + 1]++;
    diff[closeAt + 1]--;
    if (quote) {
      quoteOpener.put(closeAt, open);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 4: list markers and bullets

  /** A list marker token: "1.", "1)", "1.)", "(1)", "a.", "a)", "(iv)", "IV." and so on. */
  private record Marker(int start, int end, String label, int form, int value, boolean chainStart) {}

  private void findListMarkers() {
    List<Marker> chain = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (junk[i] || isSpace(c)) {
        continue;
      }
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      boolean tokenStart = i == 0 || isSpace(prev) || isBullet(prev) || junk[i - 1];
      if (!tokenStart) {
        continue;
      }
      boolean atLineStart = isAtLineStart(i);
      if (isBullet(c) || atLineStart && (c == '-' || c == '*' || c == '+' || isDash(c))
          && i + 1 < n && s.charAt(i + 1) == ' ') {
        breakBefore.set(i);
        markerStart.set(i);
        continue;
      }
      Marker m = parseMarker(i);
      if (m == null) {
        continue;
      }
      markerStart.set(i);
      if (atLineStart && !precededByBullet(i)) {
        breakBefore.set(i);
      }
      if (!chain.isEmpty() && continues(chain, m)) {
        chain.add(m);
      } else {
        flushChain(chain);
        chain.add(m);
      }
      i = m.end() - 1;
    }
    flushChain(chain);
  }

  /** "• 9. Stop smoking": the bullet, not the number, starts the item. */
  private boolean precededByBullet(int i) {
    int k = i - 1;
    while (k >= 0 && isSpace(s.charAt(k)) && !isLineTerminator(s.charAt(k))) {
      k--;
    }
    return k >= 0 && isBullet(s.charAt(k));
  }

  private boolean isAtLineStart(int i) {
    int k = i - 1;
    while (k >= 0 && (isSpace(s.charAt(k)) || junk[k] || isBullet(s.charAt(k)))) {
      if (isLineTerminator(s.charAt(k))) {
        return true;
      }
      k--;
    }
    return k < 0;
  }

  private boolean continues(List<Marker> chain, Marker m) {
    Marker last = chain.get(chain.size() - 1);
    Marker first = chain.get(0);
    if (m.form() != last.form() || m.start() - last.end() > 500 || crossesParagraph(last.end(), m.start())) {
      return false;
    }
    return isSuccessor(last.label(), m.label())
        || chain.size() >= 2 && isInitialLabel(first.label()) && m.label().equals(first.label());
  }

  private boolean crossesParagraph(int from, int to) {
    // A blank line between two markers: look for two line terminators with only space between.
    int terminators = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (isLineTerminator(c)) {
        if (c == '\r' && k + 1 < to && s.charAt(k + 1) == '\n') {
          continue;
        }
        if (++terminators >= 2) {
          return true;
        }
      } else if (!isSpace(c)) {
        terminators = 0;
      }
    }
    return false;
  }

  private void flushChain(List<Marker> chain) {
    if (chain.size() >= 2) {
      Marker first = chain.get(0);
      boolean initial = isInitialLabel(first.label());
      boolean valid = first.chainStart() || initial && chain.size() >= 3;
      if (valid) {
        for (Marker m : chain) {
          if (!precededByBullet(m.start())) {
            breakBefore.set(m.start());
          }
        }
      }
    }
    chain.clear();
  }

  private static boolean isInitialLabel(String label) {
    return label.equals("1") || label.equalsIgnoreCase("a") || label.equalsIgnoreCase("i");
  }

  private Marker parseMarker(int i) {
    int j = i;
    boolean paren = false;
    if (s.charAt(j) == '(') {
      paren = true;
      j++;
    }
    int labelStart = j;
    while (j < n && j - labelStart < 5 && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    if (j == labelStart || j >= n) {
      return null;
    }
    int labelEnd = j;
    int form;
    if (paren) {
      if (s.charAt(j) != ')') {
        return null;
      }
      j++;
      form = 1;
    } else if (s.charAt(j) == ')') {
      j++;
      form = 2;
    } else if (s.charAt(j) == '.' && j + 1 < n && s.charAt(j + 1) == ')') {
      j += 2;
      form = 3;
    } else if (s.charAt(j) == '.') {
      j++;
      form = 4;
    } else {
      return null;
    }
    if (j >= n || !isSpace(s.charAt(j))) {
      return null;
    }
    // the label is checked last: most words fail the cheaper checks of the shape above
    String label = s.substring(labelStart, labelEnd);
    if (!isListLabel(label)) {
      return null;
    }
    char kind = Character.isDigit(label.charAt(0)) ? 'd'
        : Character.isUpperCase(label.charAt(0)) ? 'U' : 'l';
    return new Marker(i, j, label, form * 4 + kind, 0, isChainStartPosition(i));
  }

  private static boolean isListLabel(String label) {
    if (allDigits(label)) {
      return label.length() <= 2;
    }
    if (label.length() == 1) {
      return Character.isLetter(label.charAt(0));
    }
    return romanValue(label) > 0;
  }

  private static boolean allDigits(String label) {
    for (int k = 0; k < label.length(); k++) {
      if (!Character.isDigit(label.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Text start, line start, after a bullet, or after sentence-final punctuation. */
  private boolean isChainStartPosition(int i) {
    int k = i - 1;
    while (k >= 0 && (isSpace(s.charAt(k)) || junk[k])) {
      if (isLineTerminator(s.charAt(k))) {
        return true;
      }
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = s.charAt(k);
    if (isBullet(c) || isTerminal(c) || c == ':') {
      return true;
    }
    return isCloser(c) && k > 0 && isTerminal(s.charAt(k - 1));
  }

  private static boolean isSuccessor(String a, String b) {
    if (Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0))) {
      return Integer.parseInt(b) == Integer.parseInt(a) + 1;
    }
    if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
      return false;
    }
    if (Character.isUpperCase(a.charAt(0)) != Character.isUpperCase(b.charAt(0))) {
      return false;
    }
    if (a.length() == 1 && b.length() == 1 && b.charAt(0) == a.charAt(0) + 1) {
      return true;
    }
    int ra = romanValue(a);
    int rb = romanValue(b);
    return ra > 0 && rb == ra + 1;
  }

  /** The value of a lowercase or uppercase roman numeral up to 39, or 0. */
  private static int romanValue(String r) {
    String t = r.toLowerCase(Locale.ROOT);
    if (!t.equals(r) && !r.toUpperCase(Locale.ROOT).equals(r)) {
      return 0;
    }
    int value = 0;
    int prev = 0;
    for (int k = t.length() - 1; k >= 0; k--) {
      int v;
      switch (t.charAt(k)) {
        case 'i': v = 1; break;
        case 'v': v = 5; break;
        case 'x': v = 10; break;
        default: return 0;
      }
      value += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return value < 40 ? value : 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 5: the scan

  private void scan() {
    int line = 0;
    int i = 0;
    while (line < lineCount) {
      if (i >= lineEnd[line]) {
        endOfLine(line);
        i = Math.max(i, lineNext[line]);
        line++;
        continue;
      }
      int je = junkEnd[i];
      if (je != 0) {
        if (je < 0) {
          cut(i);
          je = -je;
        }
        i = je;
        continue;
      }
      if (breakBefore.get(i)) {
        cut(i);
      }
      char c = s.charAt(i);
      if (!isSpace(c)) {
        noteContent(i);
      }
      if (isTerminal(c)) {
        i = terminal(i);
        continue;
      }
      if (isClosingQuoteChar(c) && quoteOpener.containsKey(i) && endsWithDash(i)) {
        interruptedQuote(i);
      }
      i++;
    }
    cut(n);
  }

  private void noteContent(int i) {
    if (segContentStart < 0) {
      segContentStart = i;
      segIsListItem = markerStart.get(i);
    }
  }

  private void cut(int pos) {
    if (segContentStart >= 0) {
      int a = segStart;
      int b = pos;
      while (a < b && isGap(a)) {
        a++;
      }
      while (b > a && isGap(b - 1)) {
        b--;
      }
      if (a < b) {
        out.add(new CharSpan(a, b));
      }
    }
    segStart = pos;
    segContentStart = -1;
    segIsListItem = false;
  }

  /** The line break after {@code line}: a sentence end for headline-like lines and paragraphs. */
  private void endOfLine(int line) {
    if (hardEnd[line]) {
      cut(lineNext[line]);
      return;
    }
    if (segContentStart < 0 || segContentStart >= contentEnd[line]) {
      return;
    }
    if (lastCandidateEnd >= contentEnd[line]) {
      return; // the line ended with punctuation, already decided
    }
    if (segIsListItem) {
      cut(lineNext[line]);
      return;
    }
    int next = line + 1;
    int first = contentStart[next];
    if (breakBefore.get(first) || markerStart.get(first)) {
      cut(lineNext[line]);
      return;
    }
    int cp = s.codePointAt(first);
    boolean nextLower = Character.isLowerCase(cp);
    int len = contentEnd[line] - contentStart[line];
    char last = s.charAt(contentEnd[line] - 1);
    if (trailingSpace[line] && (nextLower || cp == '(' || Character.isDigit(cp))) {
      return; // flowed text: a soft line break
    }
    if (nextLower && (len >= LONG_LINE || last == '-' || last == ',')) {
      return; // wrapped running prose
    }
    if (nextLower && startsSentence(line)) {
      return; // "This is a sentence\ncut off in the middle": a sentence broken by a wrap
    }
    if (len >= LONG_LINE && len * 10 >= paraMax[para[line]] * 6 && paraMax[para[line]] <= WRAP_WIDTH
        && endsWithLowercaseWord(line)) {
      return; // a full line of fixed-width wrapped prose, not a title
    }
    cut(lineNext[line]);
  }

  /**
   * Whether {@code line} begins like a sentence of running prose: a capital, then at least
   * {@value #WRAPPED_WORDS} words of which some start in lower case (not a title in title case,
   * not a one-word label such as "features").
   */
  private boolean startsSentence(int line) {
    int a = contentStart[line];
    int e = contentEnd[line];
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

  private boolean endsWithLowercaseWord(int line) {
    int k = contentEnd[line] - 1;
    char c = s.charAt(k);
    if (c == ',' || c == '-' || c == ';') {
      return true;
    }
    while (k > contentStart[line] && Character.isLetter(s.charAt(k - 1))) {
      k--;
    }
    return Character.isLowerCase(s.charAt(k));
  }

  private boolean endsWithDash(int i) {
    if (i < 1) {
      return false;
    }
    char p = s.charAt(i - 1);
    return isDash(p) || p == '-' && i >= 2 && s.charAt(i - 2) == '-';
  }

  /** {@code to--" At this moment}: speech broken off by a dash ends the sentence. */
  private void interruptedQuote(int q) {
    int b = q + 1;
    if (b < n && !isSpace(s.charAt(b))) {
      return;
    }
    lastCandidateEnd = b;
    if (depth[b] > 0) {
      return;
    }
    Next nx = next(b);
    if (nx.type == Next.UPPER || nx.type == Next.END) {
      cut(b);
    }
  }

  /**
   * Handles terminal punctuation starting at {@code t}; cuts if it ends a sentence. Returns where
   * the scan resumes.
   */
  private int terminal(int t) {
    char c = s.charAt(t);
    int r;
    int dots = 0;
    boolean spaced = false;
    if (c == '.' || c == '\u2026') {
      int j = t;
      while (j < n && !junk[j]) {
        char d = s.charAt(j);
        if (d == '.') {
          dots++;
        } else if (d == '\u2026') {
          dots += 3;
        } else {
          break;
        }
        j++;
        if (j + 1 < n && s.charAt(j) == ' ' && s.charAt(j + 1) == '.' && !junk[j + 1]) {
          spaced = true;
          j++;
        }
      }
      while (j < n && isQuestionOrExclamation(s.charAt(j))) {
        j++;
      }
      r = j;
    } else if (isWideTerminal(c)) {
      r = t;
      while (r < n && isWideTerminal(s.charAt(r))) {
        r++;
      }
    } else {
      r = t;
      while (r < n && !junk[r] && (isQuestionOrExclamation(s.charAt(r)) || s.charAt(r) == '.')) {
        r++;
      }
    }

    // Closing quotes, brackets and tags after the punctuation.
    int b = r;
    int quoteOpen = -1;
    int limit = Math.min(n, r + 16);
    while (b < limit) {
      int je = junkEnd[b];
      if (je > 0) {
        b = je;
        continue;
      }
      char ch = s.charAt(b);
      if (ch == ' ' && b + 2 < n && s.charAt(b + 1) == '\'' && s.charAt(b + 2) == '\''
          && (b + 3 == n || isSpace(s.charAt(b + 3)) || isLineTerminator(s.charAt(b + 3)))) {
        Integer o = quoteOpener.get(b + 2); // tokenised text: "person. ''" closes a quotation
        if (o != null) {
          quoteOpen = o;
        }
        b += 3;
        continue;
      }
      if (isCloser(ch)) {
        Integer o = quoteOpener.get(b);
        if (o != null) {
          quoteOpen = o;
        }
        b++;
        continue;
      }
      break;
    }
    b = citations(t, r, b, c == '.' && dots == 1);
    boolean wide = isWideTerminal(c);
    if (!wide && b < n && !isSpace(s.charAt(b)) && junkEnd[b] >= 0 && !junk[b]) {
      return r; // "U.S.A", "3.5", "Yahoo!J", "...see", "btw.,"
    }
    lastCandidateEnd = b;
    if (depth[b] > 0) {
      return r; // inside a quotation or a bracket
    }
    Next nx = next(b);
    boolean boundary;
    if (nx.type == Next.END || wide) {
      boundary = true;
    } else if (nx.paren && quoteOpen > segContentStart && segContentStart >= 0) {
      boundary = false; // 'after such a fall ... house!' (Which was very likely true.)
    } else if (c == '.' || c == '\u2026') {
      if (dots >= 3 || spaced) {
        boolean attached = t > 0 && !isSpace(s.charAt(t - 1));
        if (t > 0 && (s.charAt(t - 1) == '[' || s.charAt(t - 1) == '(')) {
          boundary = false; // "[...]" marks an omission
        } else if (spaced && attached && dots >= 4) {
          if (nx.upperish()) {
            cut(t + 1); // "compounds. . . . The": a period, then an ellipsis opening the next one
            return t + 1;
          }
          boundary = false;
        } else if (!attached && dots <= 3) {
          boundary = false; // "the thing is . . . I didn't"
        } else {
          boundary = nx.upperish();
        }
      } else {
        boundary = afterPeriod(t, nx);
      }
    } else {
      String word = tokenBefore(t);
      if (lex.kindOf(word + "!") == SentenceLexicon.Kind.MAY_END
          || lex.kindOf(word + "?") == SentenceLexicon.Kind.MAY_END) {
        boundary = nx.type == Next.UPPER && lex.isStarter(nx.word);
      } else {
        boundary = nx.upperish() || nx.type == Next.DIGIT;
      }
    }
    if (boundary) {
      cut(b);
      return b;
    }
    return r;
  }

  /** Footnote marks after a sentence: "martyr.[1] The", "consultation.11 12 Take". */
  private int citations(int t, int r, int b, boolean singlePeriod) {
    int k = b;
    boolean found = false;
    while (k < n && s.charAt(k) == '[') {
      int e = k + 1;
      while (e < n && e - k <= 12 && (Character.isDigit(s.charAt(e)) || ",-\u2013 ".indexOf(s.charAt(e)) >= 0)) {
        e++;
      }
      if (e < n && e > k + 1 && s.charAt(e) == ']') {
        k = e + 1;
        found = true;
      } else {
        break;
      }
    }
    if (found) {
      return k;
    }
    if (!singlePeriod || b != r || k >= n || !Character.isDigit(s.charAt(k)) || t == 0) {
      return b;
    }
    char before = s.charAt(t - 1);
    if (!Character.isLetter(before) && before != ')' && before != ']') {
      return b;
    }
    int e = k;
    int good = k;
    for (int group = 0; group < 4; group++) {
      int d = e;
      while (d < n && d - e < 4 && Character.isDigit(s.charAt(d))) {
        d++;
      }
      if (d == e || d - e > 3 || d < n && Character.isDigit(s.charAt(d))) {
        break;
      }
      good = d;
      if (d + 1 < n && s.charAt(d) == ' ' && Character.isDigit(s.charAt(d + 1))) {
        e = d + 1;
      } else {
        break;
      }
    }
    e = good;
    if (e == k || e < n && !isSpace(s.charAt(e))) {
      return b;
    }
    Next nx = next(e);
    return nx.type == Next.UPPER ? e : b;
  }

  /** A line of prose broken by a wrap has at least this many words before the break. */
  private static final int WRAPPED_WORDS = 3;

  /** Fewer words than this before a clock time ("At 5 a.m.") make no sentence of their own. */
  private static final int TIME_PHRASE_WORDS = 3;

  /** The decision after a single period that is followed by white space. */
  private boolean afterPeriod(int t, Next nx) {
    int tokenStart = tokenStart(t);
    String w = stripClosers(s.substring(tokenStart, t));
    int wordStart = tokenStart;
    if (w.isEmpty()) {
      return nx.upperish() || nx.type == Next.DIGIT || nx.type == Next.SYMBOL;
    }
    if (atSentenceStart(wordStart) && isListLabel(w)) {
      return false; // "1. This is a list item", "Q. What is his name?"
    }
    if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
      if (w.equals("I")) {
        return nx.type == Next.UPPER && lex.isStarter(nx.word); // "you and I. Did you"
      }
      return false; // initials ("Alfred E. Sloan") and variables ("contain v. If")
    }
    SentenceLexicon.Kind kind = lex.kindOf(w);
    if (kind == SentenceLexicon.Kind.NONE && isDottedAcronym(w)) {
      kind = SentenceLexicon.Kind.MAY_END;
    }
    switch (kind) {
      case NONFINAL:
        return false;
      case NUMERIC:
        return nx.type == Next.UPPER && lex.isStarter(nx.word);
      case TIME:
        if (wordsFromSentenceStart(tokenStart) < TIME_PHRASE_WORDS) {
          return false; // "At 5 a.m. Mr. Smith went": a clock time opening its sentence
        }
        return nx.type == Next.OTHER_LETTER
            || nx.type == Next.UPPER && !lex.isTimeFollower(nx.word);
      case MAY_END:
        return nx.type == Next.UPPER && lex.isStarter(nx.word);
      default:
        // a period after a word, then a line break: the line ended a sentence ("in the
        // city.\nfeatures"), whatever the case of the next line
        return nx.type != Next.LOWER || nx.newLine;
    }
  }

  /**
   * How many words stand between the start of the current sentence and {@code p}, counted up to
   * {@link #TIME_PHRASE_WORDS}: a sentence needs a subject and a verb, so a clock time after two
   * words or fewer ("At 5 a.m.") only opens one.
   */
  private int wordsFromSentenceStart(int p) {
    if (segContentStart < 0 || segContentStart >= p) {
      return 0;
    }
    // counted backwards, and no further than the threshold needs: bounded work per clock time
    int words = 0;
    boolean in = false;
    for (int k = p - 1; k >= segContentStart && words < TIME_PHRASE_WORDS; k--) {
      boolean space = isSpace(s.charAt(k)) || isLineTerminator(s.charAt(k));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  private int tokenStart(int t) {
    int k = t;
    while (k > 0 && t - k < MAX_TOKEN && !isSpace(s.charAt(k - 1)) && !isLineTerminator(s.charAt(k - 1))) {
      k--;
    }
    while (k < t && (isOpener(s.charAt(k)) || isBullet(s.charAt(k)))) {
      k++;
    }
    return k;
  }

  private String tokenBefore(int t) {
    return stripClosers(s.substring(tokenStart(t), t));
  }

  private static String stripClosers(String w) {
    int e = w.length();
    while (e > 0 && isCloser(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(0, e);
  }

  /** Whether only white space, junk, bullets and openers lie between the sentence start and {@code p}. */
  private boolean atSentenceStart(int p) {
    if (segContentStart < 0) {
      return true;
    }
    for (int k = segContentStart; k < p; k++) {
      char c = s.charAt(k);
      if (!isGap(k) && !isBullet(c) && !isOpener(c)) {
        return false;
      }
    }
    return true;
  }

  /** "U.S", "Ph.D", "J.C", "f.e": letters in groups of one to three, separated by periods. */
  private static boolean isDottedAcronym(String w) {
    int groups = 0;
    int len = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetter(c)) {
        if (++len > 3) {
          return false;
        }
      } else if (c == '.' && len > 0) {
        groups++;
        len = 0;
      } else {
        return false;
      }
    }
    return groups >= 1 && len > 0;
  }

  // ---------------------------------------------------------------------------------------------
  // The next word

  /** What follows a candidate boundary. */
  private static final class Next {
    static final int END = 0;
    static final int UPPER = 1;
    static final int LOWER = 2;
    static final int DIGIT = 3;
    static final int OTHER_LETTER = 4;
    static final int SYMBOL = 5;

    int type;
    String word = "";
    boolean paren;
    /** Whether a line break stands before the next word. */
    boolean newLine;

    boolean upperish() {
      return type == UPPER || type == OTHER_LETTER;
    }
  }

  private Next next(int from) {
    Next nx = new Next();
    int k = from;
    while (k < n && isGap(k)) {
      nx.newLine |= isLineTerminator(s.charAt(k));
      k++;
    }
    if (k >= n) {
      nx.type = Next.END;
      return nx;
    }
    int openers = 0;
    while (k < n && openers < 8 && isOpener(s.charAt(k))) {
      if (s.charAt(k) == '(' && openers == 0) {
        nx.paren = true;
      }
      k++;
      openers++;
      while (k < n && s.charAt(k) == ' ' && openers < 8 && isDashAt(k - 1)) {
        k++; // "- Posted", "-- voila"
      }
    }
    if (k >= n) {
      nx.type = Next.SYMBOL;
      return nx;
    }
    int cp = s.codePointAt(k);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      nx.type = Next.UPPER;
    } else if (Character.isLowerCase(cp)) {
      nx.type = Next.LOWER;
    } else if (Character.isDigit(cp)) {
      nx.type = Next.DIGIT;
    } else if (Character.isLetter(cp)) {
      nx.type = Next.OTHER_LETTER;
    } else {
      nx.type = Next.SYMBOL;
    }
    if (Character.isLetter(cp)) {
      int e = k;
      while (e < n && e - k < MAX_TOKEN
          && (Character.isLetter(s.charAt(e))
              || s.charAt(e) == '.' && e + 1 < n && Character.isLetter(s.charAt(e + 1)))) {
        e++;
      }
      nx.word = s.substring(k, e);
    }
    return nx;
  }

  private boolean isDashAt(int k) {
    char c = s.charAt(k);
    return c == '-' || isDash(c);
  }
}
