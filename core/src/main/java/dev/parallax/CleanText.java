package dev.parallax;

import static java.util.Objects.requireNonNull;

import dev.parallax.text.CharSpan;
import dev.parallax.text.TextCleaner;

/**
 * Markup or broken plain text made readable, with the way back to the original: the optional
 * first stage for input that is not plain prose. Parallax reads an article's text as it is given,
 * so that every offset it reports is an offset of that text; text scraped from HTML or extracted
 * from a PDF is cleaned first with {@code CleanText.of(raw)}, the cleaned {@link #text()} goes
 * into an {@link Article}, and the spans Parallax reports map back to the raw input with {@link
 * #toOriginal(int, int)}.
 *
 * <p>What is cleaned: inline formatting groups, HTML comments and the tags of known HTML elements
 * (a block element's tag becomes a line break), named and numeric character references, a
 * backtick used as an apostrophe, runs of dots between words and dot leaders with their page
 * numbers, capitals spelled down one line at a time, and a line that starts with a lone full stop
 * or question mark (joined to the line before), and a line break that only wraps a sentence
 * (one space in its place). Nothing else changes; other white space is not collapsed, and a text
 * with nothing to clean comes back as it was.
 *
 * <pre>{@code
 * CleanText clean = CleanText.of("<p>Police said 12 people were hurt.</p><p>More follows.</p>");
 * Article article = Article.builder().id("a1").text(clean.text()).build();
 * for (TextSpan s : Parallax.standard().sentences(article)) {
 *   CleanText.Range raw = clean.toOriginal(s.start(), s.end()); // offsets of the HTML
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CleanText {
  private static final TextCleaner CLEANER = TextCleaner.english();

  private final TextCleaner.Cleaned cleaned;

  private CleanText(TextCleaner.Cleaned cleaned) {
    this.cleaned = cleaned;
  }

  /**
   * Cleans a text.
   *
   * @param original the text as received: HTML, text with markup, or plain text
   * @throws NullPointerException when {@code original} is null
   */
  public static CleanText of(String original) {
    return new CleanText(CLEANER.clean(requireNonNull(original, "original")));
  }

  /** The text as received. */
  public String original() {
    return cleaned.original();
  }

  /** The cleaned text. */
  public String text() {
    return cleaned.text();
  }

  /** Whether cleaning changed anything. */
  public boolean changed() {
    return cleaned.changed();
  }

  /**
   * Where an offset of the cleaned text lies in the original: the original offset of the first
   * char that the cleaned char at {@code offset} stands for; the end of the cleaned text maps to
   * the end of the original. Never decreases as {@code offset} grows.
   *
   * @throws IndexOutOfBoundsException when {@code offset} is outside {@code [0, text().length()]}
   */
  public int toOriginal(int offset) {
    return cleaned.toOriginal(offset);
  }

  /**
   * The smallest stretch of the original that holds what the cleaned {@code [start, end)} holds:
   * from the source of its first char to the end of the source of its last. Markup removed inside
   * the stretch is covered, markup at its edges is not; an empty stretch maps to an empty one.
   *
   * @throws IndexOutOfBoundsException when the stretch is outside the cleaned text
   * @throws IllegalArgumentException when {@code end < start}
   */
  public Range toOriginal(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a stretch of text: [" + start + ", " + end + ")");
    }
    CharSpan s = cleaned.toOriginal(new CharSpan(start, end));
    return new Range(s.start(), s.end());
  }

  /**
   * A stretch {@code [start, end)} of the original text, in UTF-16 chars.
   *
   * @param start first char, inclusive
   * @param end last char, exclusive
   */
  public record Range(int start, int end) {}

  /** {@code CleanText[N chars -> M chars]}, or {@code [N chars, unchanged]}. */
  @Override
  public String toString() {
    return changed()
        ? "CleanText[" + original().length() + " chars -> " + text().length() + " chars]"
        : "CleanText[" + original().length() + " chars, unchanged]";
  }
}
