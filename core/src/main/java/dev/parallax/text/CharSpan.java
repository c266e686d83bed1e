package dev.parallax.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a text, as {@link String#substring}
 * takes them. Value-based; validated on construction.
 *
 * @param start first char index, inclusive
 * @param end last char index, exclusive
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

  /** Checks {@code 0 <= start <= end}. */
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** The number of chars covered. */
  public int length() {
    return end - start;
  }

  /** The covered text of {@code text}; throws if the span lies outside it. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span [" + start + ", " + end + ") is outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(CharSpan o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
