package dev.parallax;

import static java.util.Objects.requireNonNull;

/**
 * One word of an article, as Lucene's analysis sees it.
 *
 * @param start first char in the article text
 * @param end end (exclusive) in the article text
 * @param text the word as written
 * @param term lower-cased, without a possessive "'s"
 * @param stem the Porter stem of the term
 */
public record Token(int start, int end, String text, String term, String stem) {
  /** Checks the offsets against the text. */
  public Token {
    requireNonNull(text, "text");
    requireNonNull(term, "term");
    requireNonNull(stem, "stem");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "token [" + start + ", " + end + ") does not fit '" + text + "'");
    }
  }

  /** {@code text/stem@start}. */
  @Override
  public String toString() {
    return text + "/" + stem + "@" + start;
  }
}
