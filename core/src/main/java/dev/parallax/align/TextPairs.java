package dev.parallax.align;

import java.util.BitSet;

/**
 * Which pairs of the texts of one comparison are compared claim by claim: every pair when there are
 * few texts, else each text with its nearest texts (see {@link Aligner#NEIGHBOURS}). Immutable.
 */
public final class TextPairs {
  private final int texts;
  private final BitSet compared; // a * texts + b for a < b; null: every pair

  private TextPairs(int texts, BitSet compared) {
    this.texts = texts;
    this.compared = compared;
  }

  /** Every pair of {@code texts} texts. */
  public static TextPairs all(int texts) {
    if (texts < 0) {
      throw new IllegalArgumentException("texts must not be negative: " + texts);
    }
    return new TextPairs(texts, null);
  }

  /** The pairs whose bit {@code a * texts + b} ({@code a < b}) is set; copies the bits. */
  static TextPairs of(int texts, BitSet compared) {
    return new TextPairs(texts, (BitSet) compared.clone());
  }

  /** The number of texts. */
  public int texts() {
    return texts;
  }

  /** Whether every pair of texts is compared. */
  public boolean complete() {
    return compared == null;
  }

  /** Whether texts {@code a} and {@code b} are compared (in either order; never a text and itself). */
  public boolean compared(int a, int b) {
    if (a < 0 || b < 0 || a >= texts || b >= texts) {
      throw new IndexOutOfBoundsException("texts " + a + " and " + b + " of " + texts);
    }
    if (a == b) {
      return false;
    }
    return compared == null || compared.get(Math.min(a, b) * texts + Math.max(a, b));
  }

  /** The number of compared pairs. */
  public long count() {
    return compared == null ? (long) texts * (texts - 1) / 2 : compared.cardinality();
  }

  @Override
  public String toString() {
    return "TextPairs[" + count() + " of " + ((long) texts * (texts - 1) / 2) + " pairs of "
        + texts + " texts]";
  }
}
