package dev.parallax.text;

import java.util.Arrays;

/**
 * One pass of {@link TextCleaner} over a text: the new text it writes and, for each of its chars, the
 * range {@code [from, to)} of the pass's input it stands for (an inserted char has {@code from ==
 * to}). A pass copies its input and replaces stretches of it, left to right, without overlaps; {@link
 * TextCleaner.Cleaned} composes the ranges of successive passes into one map back to the original
 * text. Mutable while a pass writes it, then read only.
 */
final class EditPass {

  private final String in;
  private final StringBuilder out;
  private int[] from;
  private int[] to;
  private int size;
  private int copied;
  private boolean changed;

  EditPass(String in) {
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

  /** Ends the pass: this pass with the rest of the input copied, or null when it changed nothing. */
  EditPass result() {
    if (!changed) {
      return null;
    }
    copyTo(in.length());
    return this;
  }

  /** The number of chars written. */
  int size() {
    return size;
  }

  /** The first input offset that written char {@code j} stands for. */
  int from(int j) {
    return from[j];
  }

  /** The end input offset that written char {@code j} stands for ({@code from(j)}: inserted). */
  int to(int j) {
    return to[j];
  }

  /** The text written. */
  String text() {
    return out.toString();
  }
}
