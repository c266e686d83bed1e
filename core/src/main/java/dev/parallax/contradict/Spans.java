package dev.parallax.contradict;

import dev.parallax.TextSpan;

/** Positions of spans relative to each other. */
final class Spans {
  private Spans() {}

  /** Whether {@code [start, end)} lies within {@code span}. */
  static boolean within(int start, int end, TextSpan span) {
    return start >= span.start() && end <= span.end();
  }

  /** Whether the two spans share a character. */
  static boolean overlap(TextSpan a, TextSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
