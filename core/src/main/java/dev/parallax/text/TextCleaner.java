package dev.parallax.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cleans raw text before sentence splitting (the "clean" mode of pySBD / pragmatic_segmenter) and keeps
 * an exact map from every char of the cleaned text back to the original. Unlike {@link
 * SentenceSplitter}, which never rewrites text, this class does; callers split {@link Cleaned#text()}
 * and map spans back with {@link Cleaned#toOriginal(CharSpan)}.
 *
 * <p>Rules, applied as passes in this order (each pass is one left-to-right scan with bounded
 * look-ahead, so cleaning is linear in the text length):
 *
 * <ol>
 *   <li><b>Inline markup.</b> A formatting group {@code {x^ ... x^}} (one ASCII letter, a caret, at most
 *       64 chars without braces or line breaks, the same letter and a caret) is removed, e.g. {@code
 *       Note{b^&gt;2&lt;b^} here} → {@code Note here}.
 *   <li><b>HTML/XML tags.</b> Comments {@code <!-- ... -->} (at most 4096 chars) are removed. A start,
 *       end or empty tag of a known HTML element (resource {@code cleaner-html-tags.txt}; attributes at
 *       most 512 chars without {@code <}, holding a {@code name=value} pair unless empty) is removed; a
 *       tag of a block element ({@code p, br, div, li, h1...}) becomes one line break instead, so
 *       blocks do not run together. Unknown names ({@code <x>}) and prose such as {@code <b and c>}
 *       are kept.
 *   <li><b>Entities.</b> {@code &lt; &gt; &amp; &quot; &apos; &nbsp;} and the few other named
 *       references in {@code cleaner-entities.txt}, and numeric references {@code &#39; &#x27;}, are
 *       decoded. A decoded char is not scanned again, so {@code &lt;em&gt;} becomes the text {@code
 *       <em>}, not a tag.
 *   <li><b>Backtick quotes.</b> A single backtick (not part of a run of backticks) with a letter or
 *       digit on at least one side becomes an apostrophe: {@code `Yes,' he said} → {@code 'Yes,' he
 *       said}.
 *   <li><b>Dot runs.</b> A run of four or more dots directly between two letters becomes one space
 *       ({@code wait.......what} → {@code wait what}). Three dots are an ellipsis and are kept, as are
 *       runs next to a space ({@code slowly... And}). A dot leader, a run of four or more dots followed
 *       on the same line only by a page number (up to five digits), is removed with the number.
 *   <li><b>Spelled-down capitals.</b> A run of three or more consecutive lines that each hold only one
 *       to three upper-case letters (horizontal space around them allowed) is joined into one word:
 *       the line breaks and horizontal space between the letters are removed ({@code \nS\nT\nOP\n} →
 *       {@code \nSTOP\n}).
 *   <li><b>Lone terminal punctuation.</b> A line that starts with one to three of {@code . ! ?} followed
 *       by white space or the end is joined to the previous line when that line ends in a letter, digit
 *       or closing bracket/quote: the line break and the horizontal space around it are removed
 *       ({@code pricing\n.} → {@code pricing.}).
 * </ol>
 *
 * <p>Nothing else is changed; in particular white space is not collapsed. A text with nothing to clean
 * comes back as the same string with the identity map.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextCleaner {

  private static final int MARKUP_MAX = 64;
  private static final int COMMENT_MAX = 4096;
  private static final int TAG_NAME_MAX = 16;
  private static final int TAG_ATTR_MAX = 512;
  private static final int ENTITY_NAME_MAX = 12;
  private static final int LEADER_MIN = 4;
  private static final int PAGE_DIGITS_MAX = 5;

  private static final class Holder {
    static final TextCleaner ENGLISH =
        new TextCleaner(loadEntities("cleaner-entities.txt"), loadTags("cleaner-html-tags.txt"));
  }

  private final Map<String, String> entities;
  /** Tag name (lower case) to whether it is a block element. */
  private final Map<String, Boolean> tags;

  private TextCleaner(Map<String, String> entities, Map<String, Boolean> tags) {
    this.entities = Map.copyOf(entities);
    this.tags = Map.copyOf(tags);
  }

  /** The English cleaner with the bundled entity and tag lists. */
  public static TextCleaner english() {
    return Holder.ENGLISH;
  }

  /**
   * Cleans {@code text}.
   *
   * @param text the original text, not null
   * @return the cleaned text with its offset map
   */
  public Cleaned clean(String text) {
    Objects.requireNonNull(text, "text");
    Cleaned c = new Cleaned(text, text, null, null);
    c = c.then(markupTagsEntities(c.text()));
    c = c.then(backticks(c.text()));
    c = c.then(dots(c.text()));
    c = c.then(capitalLines(c.text()));
    c = c.then(lonePunctuation(c.text()));
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // Passes. Each returns null when it changes nothing.

  private Pass markupTagsEntities(String s) {
    Pass p = new Pass(s);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char ch = s.charAt(i);
      int end;
      if (ch == '{' && (end = markupEnd(s, i)) > 0) {
        p.replace(i, end, "");
        i = end;
      } else if (ch == '<' && (end = commentEnd(s, i)) > 0) {
        p.replace(i, end, "");
        i = end;
      } else if (ch == '<' && (end = tagEnd(s, i)) > 0) {
        p.replace(i, end, isBlockTag(s, i) ? "\n" : "");
        i = end;
      } else if (ch == '&' && (end = entityEnd(s, i)) > 0) {
        p.replace(i, end, decodeEntity(s.substring(i + 1, end - 1)));
        i = end;
      } else {
        i++;
      }
    }
    return p.result();
  }

  /** End of a {@code {x^ ... x^}} group starting at {@code i}, or -1. */
  private static int markupEnd(String s, int i) {
    int n = s.length();
    if (i + 5 > n || !isAsciiLetter(s.charAt(i + 1)) || s.charAt(i + 2) != '^') {
      return -1;
    }
    char letter = s.charAt(i + 1);
    int limit = Math.min(n, i + 3 + MARKUP_MAX + 3);
    for (int j = i + 3; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '{' || c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '}') {
        return j >= i + 5 && s.charAt(j - 1) == '^' && s.charAt(j - 2) == letter && j - 2 >= i + 3
            ? j + 1
            : -1;
      }
    }
    return -1;
  }

  private static int commentEnd(String s, int i) {
    if (!s.startsWith("<!--", i)) {
      return -1;
    }
    int limit = Math.min(s.length(), i + COMMENT_MAX);
    for (int j = i + 4; j + 3 <= limit; j++) {
      if (s.charAt(j) == '-' && s.startsWith("-->", j)) {
        return j + 3;
      }
    }
    return -1;
  }

  /** End of a tag of a known element starting at {@code i}, or -1. */
  private int tagEnd(String s, int i) {
    int n = s.length();
    int j = i + 1;
    if (j < n && s.charAt(j) == '/') {
      j++;
    }
    int nameStart = j;
    while (j < n && j - nameStart <= TAG_NAME_MAX && isAsciiLetterOrDigit(s.charAt(j))) {
      j++;
    }
    if (j == nameStart || !isAsciiLetter(s.charAt(nameStart)) || j >= n) {
      return -1;
    }
    String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
    if (!tags.containsKey(name)) {
      return -1;
    }
    char c = s.charAt(j);
    if (c == '>') {
      return j + 1;
    }
    if (c == '/') {
      return j + 1 < n && s.charAt(j + 1) == '>' ? j + 2 : -1;
    }
    if (!Character.isWhitespace(c)) {
      return -1;
    }
    int limit = Math.min(n, j + TAG_ATTR_MAX);
    char quote = 0;
    boolean words = false;
    boolean equals = false;
    for (int k = j; k < limit; k++) {
      char a = s.charAt(k);
      if (quote != 0) {
        if (a == quote) {
          quote = 0;
        }
      } else if (a == '"' || a == '\'') {
        quote = a;
      } else if (a == '>') {
        // Attributes need a name=value pair: "<b and c>" in prose is not a tag.
        return !words || equals ? k + 1 : -1;
      } else if (a == '<') {
        return -1;
      } else if (a == '=') {
        equals = true;
      } else if (!Character.isWhitespace(a) && a != '/') {
        words = true;
      }
    }
    return -1;
  }

  private boolean isBlockTag(String s, int i) {
    int j = s.charAt(i + 1) == '/' ? i + 2 : i + 1;
    int k = j;
    while (k < s.length() && isAsciiLetterOrDigit(s.charAt(k))) {
      k++;
    }
    return Boolean.TRUE.equals(tags.get(s.substring(j, k).toLowerCase(Locale.ROOT)));
  }

  /** End (after ';') of a decodable character reference starting at {@code i}, or -1. */
  private int entityEnd(String s, int i) {
    int n = s.length();
    int limit = Math.min(n, i + 2 + ENTITY_NAME_MAX);
    for (int j = i + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        return j > i + 1 && decodeEntity(s.substring(i + 1, j)) != null ? j + 1 : -1;
      }
      if (!isAsciiLetterOrDigit(c) && !(c == '#' && j == i + 1)) {
        return -1;
      }
    }
    return -1;
  }

  /** The decoded text of a reference body ("lt", "#39", "#x27"), or null. */
  private String decodeEntity(String body) {
    if (body.charAt(0) != '#') {
      return entities.get(body);
    }
    int cp = -1;
    try {
      if (body.length() > 2 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')) {
        cp = body.length() <= 8 ? Integer.parseInt(body.substring(2), 16) : -1;
      } else if (body.length() > 1) {
        cp = body.length() <= 8 ? Integer.parseInt(body.substring(1)) : -1;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return null;
    }
    return new String(Character.toChars(cp));
  }

  private static Pass backticks(String s) {
    Pass p = new Pass(s);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != '`') {
        continue;
      }
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      char next = i + 1 < n ? s.charAt(i + 1) : ' ';
      if (prev == '`' || next == '`') {
        continue;
      }
      if (Character.isLetterOrDigit(prev) || Character.isLetterOrDigit(next)) {
        p.replace(i, i + 1, "'");
      }
    }
    return p.result();
  }

  private static Pass dots(String s) {
    Pass p = new Pass(s);
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (s.charAt(i) != '.') {
        i++;
        continue;
      }
      int j = i;
      while (j < n && s.charAt(j) == '.') {
        j++;
      }
      if (j - i >= LEADER_MIN) {
        if (i > 0 && j < n && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(j))) {
          p.replace(i, j, " ");
        } else {
          int leaderEnd = pageNumberEnd(s, j);
          if (leaderEnd > 0) {
            p.replace(i, leaderEnd, "");
            j = leaderEnd;
          }
        }
      }
      i = j;
    }
    return p.result();
  }

  /** After a dot leader ending at {@code j}: end of "spaces digits spaces" before a line end, or -1. */
  private static int pageNumberEnd(String s, int j) {
    int n = s.length();
    int k = skipHorizontal(s, j);
    int d = k;
    while (k < n && k - d < PAGE_DIGITS_MAX + 1 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    int digits = k - d;
    if (digits == 0 || digits > PAGE_DIGITS_MAX) {
      return -1;
    }
    int e = skipHorizontal(s, k);
    return e == n || isLineBreak(s.charAt(e)) ? k : -1;
  }

  private static Pass lonePunctuation(String s) {
    Pass p = new Pass(s);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isLineBreak(c)) {
        continue;
      }
      int breakEnd = c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      int before = i;
      while (before > 0 && isHorizontal(s.charAt(before - 1))) {
        before--;
      }
      if (before == 0 || !endsClause(s.charAt(before - 1))) {
        i = breakEnd - 1;
        continue;
      }
      int punct = skipHorizontal(s, breakEnd);
      int k = punct;
      while (k < n && k - punct < 4 && isTerminal(s.charAt(k))) {
        k++;
      }
      int count = k - punct;
      if (count >= 1 && count <= 3 && (k == n || Character.isWhitespace(s.charAt(k)))) {
        p.replace(before, punct, "");
      }
      i = breakEnd - 1;
    }
    return p.result();
  }

  private static Pass capitalLines(String s) {
    Pass p = new Pass(s);
    int n = s.length();
    // Scan line by line; remember the current run of capital-only lines.
    int runCount = 0;
    int[] letters = new int[4]; // scratch: start, end of the letters on the current line
    int prevLettersEnd = -1; // end of the letters on the previous line of the run
    int[] gapsFrom = new int[16];
    int[] gapsTo = new int[16];
    int gaps = 0;
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && !isLineBreak(s.charAt(lineEnd))) {
        lineEnd++;
      }
      boolean caps = capitalsOnly(s, lineStart, lineEnd, letters);
      if (caps) {
        if (runCount > 0) {
          if (gaps == gapsFrom.length) {
            gapsFrom = Arrays.copyOf(gapsFrom, gaps * 2);
            gapsTo = Arrays.copyOf(gapsTo, gaps * 2);
          }
          gapsFrom[gaps] = prevLettersEnd;
          gapsTo[gaps] = letters[0];
          gaps++;
        }
        runCount++;
        prevLettersEnd = letters[1];
      } else {
        flushCapitals(p, runCount, gapsFrom, gapsTo, gaps);
        runCount = 0;
        gaps = 0;
      }
      if (lineEnd >= n) {
        break;
      }
      lineStart =
          s.charAt(lineEnd) == '\r' && lineEnd + 1 < n && s.charAt(lineEnd + 1) == '\n'
              ? lineEnd + 2
              : lineEnd + 1;
    }
    flushCapitals(p, runCount, gapsFrom, gapsTo, gaps);
    return p.result();
  }

  private static void flushCapitals(Pass p, int runCount, int[] from, int[] to, int gaps) {
    if (runCount >= 3) {
      for (int g = 0; g < gaps; g++) {
        p.replace(from[g], to[g], "");
      }
    }
  }

  /** Whether line [start, end) is 1-3 upper-case letters with optional horizontal space. */
  private static boolean capitalsOnly(String s, int start, int end, int[] letters) {
    int a = skipHorizontal(s, start);
    int b = end;
    while (b > a && isHorizontal(s.charAt(b - 1))) {
      b--;
    }
    if (b <= a || b > end || b - a > 3) {
      return false;
    }
    for (int k = a; k < b; k++) {
      if (!Character.isUpperCase(s.charAt(k)) || !Character.isLetter(s.charAt(k))) {
        return false;
      }
    }
    letters[0] = a;
    letters[1] = b;
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Char classes.

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isHorizontal(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean endsClause(char c) {
    return Character.isLetterOrDigit(c)
        || c == ')'
        || c == ']'
        || c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || Character.isLowSurrogate(c);
  }

  private static int skipHorizontal(String s, int i) {
    while (i < s.length() && isHorizontal(s.charAt(i))) {
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------------
  // Edit machinery.

  /**
   * One pass's output: the new text and, for each of its chars, the range {@code [from, to)} of the
   * pass's input it stands for (an inserted char has {@code from == to}).
   */
  private static final class Pass {
    private final String in;
    private final StringBuilder out;
    private int[] from;
    private int[] to;
    private int size;
    private int copied;
    private boolean changed;

    Pass(String in) {
      this.in = in;
      this.out = new StringBuilder(in.length());
      this.from = new int[Math.max(16, in.length())];
      this.to = new int[from.length];
    }

    /** Replaces input {@code [start, end)} (at or after earlier edits) by {@code repl}. */
    void replace(int start, int end, String repl) {
      if (start < copied) {
        throw new IllegalStateException("overlapping edit at " + start);
      }
      copyTo(start);
      if (repl.contentEquals(in.subSequence(start, end))) {
        copyTo(end);
        return;
      }
      for (int k = 0; k < repl.length(); k++) {
        add(repl.charAt(k), start, end);
      }
      copied = end;
      changed = true;
    }

    private void copyTo(int pos) {
      for (int k = copied; k < pos; k++) {
        add(in.charAt(k), k, k + 1);
      }
      copied = pos;
    }

    private void add(char c, int f, int t) {
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2 + 16);
        to = Arrays.copyOf(to, from.length);
      }
      out.append(c);
      from[size] = f;
      to[size] = t;
      size++;
    }

    Pass result() {
      if (!changed) {
        return null;
      }
      copyTo(in.length());
      return this;
    }
  }

  /**
   * A cleaned text and its map to the original. {@code starts[i]} and {@code ends[i]} give the range of
   * the original that cleaned char {@code i} stands for; both arrays are null when the text is
   * unchanged (identity map). The accessors return copies.
   *
   * @param original the text that was cleaned
   * @param text the cleaned text
   * @param starts per cleaned char, the first original offset it stands for (null: identity)
   * @param ends per cleaned char, the end original offset it stands for (null: identity)
   */
  public record Cleaned(String original, String text, int[] starts, int[] ends) {

    /** Validates and copies the map. */
    public Cleaned {
      Objects.requireNonNull(original, "original");
      Objects.requireNonNull(text, "text");
      if ((starts == null) != (ends == null)) {
        throw new IllegalArgumentException("starts and ends must both be null or both be set");
      }
      if (starts == null) {
        if (!original.equals(text)) {
          throw new IllegalArgumentException("an identity map needs an unchanged text");
        }
      } else {
        if (starts.length != text.length() || ends.length != text.length()) {
          throw new IllegalArgumentException("map length differs from text length");
        }
        starts = starts.clone();
        ends = ends.clone();
        int prevStart = 0;
        int prevEnd = 0;
        for (int i = 0; i < starts.length; i++) {
          if (starts[i] < prevStart
              || ends[i] < prevEnd
              || ends[i] < starts[i]
              || ends[i] > original.length()) {
            throw new IllegalArgumentException("map is not monotonic at " + i);
          }
          prevStart = starts[i];
          prevEnd = ends[i];
        }
      }
    }

    /** Whether cleaning changed anything. */
    public boolean changed() {
      return starts != null;
    }

    /** A copy of the per-char start map, or null for the identity map. */
    @Override
    public int[] starts() {
      return starts == null ? null : starts.clone();
    }

    /** A copy of the per-char end map, or null for the identity map. */
    @Override
    public int[] ends() {
      return ends == null ? null : ends.clone();
    }

    /**
     * Maps a start offset of the cleaned text to the original: the original offset of the first char
     * that cleaned char {@code cleanedOffset} stands for; {@code text().length()} maps to {@code
     * original().length()}. Monotonic (non-decreasing).
     *
     * @param cleanedOffset an offset in {@code [0, text().length()]}
     * @return an offset in {@code [0, original().length()]}
     */
    public int toOriginal(int cleanedOffset) {
      if (cleanedOffset < 0 || cleanedOffset > text.length()) {
        throw new IndexOutOfBoundsException(
            "offset " + cleanedOffset + " outside [0, " + text.length() + "]");
      }
      if (starts == null) {
        return cleanedOffset;
      }
      return cleanedOffset == text.length() ? original.length() : starts[cleanedOffset];
    }

    /**
     * Maps a span of the cleaned text to the smallest span of the original that holds the same
     * content: from the start of its first char's source to the end of its last char's source. Removed
     * material (tags, markup) inside the span is covered; removed material at its edges is not. An
     * empty span maps to an empty span at {@link #toOriginal(int)} of its start.
     *
     * @param cleanedSpan a span within {@code text()}
     * @return the span of {@code original()}
     */
    public CharSpan toOriginal(CharSpan cleanedSpan) {
      if (cleanedSpan.end() > text.length()) {
        throw new IndexOutOfBoundsException(
            "span " + cleanedSpan + " outside a text of length " + text.length());
      }
      if (starts == null) {
        return cleanedSpan;
      }
      if (cleanedSpan.length() == 0) {
        int p = toOriginal(cleanedSpan.start());
        return new CharSpan(p, p);
      }
      return new CharSpan(starts[cleanedSpan.start()], ends[cleanedSpan.end() - 1]);
    }

    /** Applies one more pass (null: no change) and composes the maps. */
    Cleaned then(Pass pass) {
      if (pass == null) {
        return this;
      }
      int m = pass.size;
      int[] s2 = new int[m];
      int[] e2 = new int[m];
      int n = text.length();
      for (int j = 0; j < m; j++) {
        int f = pass.from[j];
        int t = pass.to[j];
        if (t > f) {
          s2[j] = starts == null ? f : starts[f];
          e2[j] = ends == null ? t : ends[t - 1];
        } else {
          int b = f < n ? (starts == null ? f : starts[f]) : original.length();
          s2[j] = b;
          e2[j] = b;
        }
      }
      return new Cleaned(original, pass.out.toString(), s2, e2);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cleaned c
          && original.equals(c.original)
          && text.equals(c.text)
          && Arrays.equals(starts, c.starts)
          && Arrays.equals(ends, c.ends);
    }

    @Override
    public int hashCode() {
      return Objects.hash(original, text, Arrays.hashCode(starts), Arrays.hashCode(ends));
    }

    @Override
    public String toString() {
      return "Cleaned[" + text.length() + " chars from " + original.length() + "]";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Resources.

  private static Map<String, String> loadEntities(String resource) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException(resource + ": bad line: " + line);
      }
      out.put(parts[0], new String(Character.toChars(Integer.parseInt(parts[1], 16))));
    }
    return out;
  }

  private static Map<String, Boolean> loadTags(String resource) {
    Map<String, Boolean> out = new HashMap<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\\s+");
      boolean block = parts.length == 2 && parts[1].equals("block");
      if (parts.length > 2 || (parts.length == 2 && !block)) {
        throw new IllegalStateException(resource + ": bad line: " + line);
      }
      out.put(parts[0].toLowerCase(Locale.ROOT), block);
    }
    return out;
  }

  private static Set<String> lines(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = TextCleaner.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r =
          new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!body.isEmpty()) {
          out.add(body);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
