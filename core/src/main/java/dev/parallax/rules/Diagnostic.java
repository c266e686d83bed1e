package dev.parallax.rules;

import static java.util.Objects.requireNonNull;

/**
 * A problem in a rule pack, located like a compiler's: {@code file:line:col: error: message},
 * then the line itself and a caret under the column.
 *
 * @param source the pack's file name (or the name it was parsed under)
 * @param line line number, from 1
 * @param column column, from 1
 * @param message what is wrong
 * @param lineText the text of the line, for the caret display
 */
public record Diagnostic(String source, int line, int column, String message, String lineText) {

  /** Checks arguments. */
  public Diagnostic {
    requireNonNull(source, "source");
    requireNonNull(message, "message");
    requireNonNull(lineText, "lineText");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
  }

  /** {@code file:line:col: error: message}, the offending line and a caret. */
  @Override
  public String toString() {
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1 && i < lineText.length(); i++) {
      caret.append(lineText.charAt(i) == '\t' ? '\t' : ' ');
    }
    return source + ":" + line + ":" + column + ": error: " + message + "\n" + lineText + "\n"
        + caret + "^";
  }
}
