package dev.parallax;

import static java.util.Objects.requireNonNull;

import dev.parallax.text.LineMap;

/**
 * A stretch of one article's text. {@code start} and {@code end} are UTF-16 offsets into
 * {@link Article#text()} ({@code end} exclusive) and {@code text} is exactly
 * {@code article.text().substring(start, end)}; {@code line} and {@code column} (both from 1) locate
 * {@code start} for people, counting {@code \n}, {@code \r\n} and {@code \r} as line breaks.
 *
 * <p>Value-based; prints as {@code "text" (article line:col)}.
 *
 * @param article the id of the article
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param text the covered text
 * @param line line of {@code start}, from 1
 * @param column column of {@code start} in UTF-16 chars, from 1
 */
public record TextSpan(String article, int start, int end, String text, int line, int column)
    implements Comparable<TextSpan> {

  /** Validates offsets against the text and position. */
  public TextSpan {
    requireNonNull(article, "article");
    requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not fit its text of length " + text.length());
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
  }

  /**
   * The span {@code [start, end)} of an article.
   *
   * @throws IndexOutOfBoundsException when the range lies outside the article's text
   */
  public static TextSpan of(Article article, int start, int end) {
    String t = article.text();
    if (start < 0 || end < start || end > t.length()) {
      throw new IndexOutOfBoundsException(
          "span [" + start + ", " + end + ") is outside article '" + article.id()
              + "' of length " + t.length());
    }
    LineMap lines = LineMap.of(t);
    return new TextSpan(
        article.id(), start, end, t.substring(start, end), lines.line(start), lines.column(start));
  }

  /** The number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Orders by article id, then start, then end. */
  @Override
  public int compareTo(TextSpan o) {
    int c = article.compareTo(o.article);
    if (c == 0) {
      c = Integer.compare(start, o.start);
    }
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  /** {@code "text" (article line:col)}, with long texts shortened in the middle. */
  @Override
  public String toString() {
    return '"' + shorten(text, 80) + "\" (" + article + ' ' + line + ':' + column + ')';
  }

  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    if (one.length() <= max) {
      return one;
    }
    int head = max * 2 / 3;
    int tail = max - head - 1;
    return one.substring(0, head) + "…" + one.substring(one.length() - tail);
  }
}
