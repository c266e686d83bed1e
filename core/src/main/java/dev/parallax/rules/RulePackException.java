package dev.parallax.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule pack that cannot be loaded. The message is the first problem in compiler form
 * ({@code file:line:col: error: ...}, the line, a caret); {@link #diagnostics()} has all of them.
 */
public final class RulePackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> diagnostics;

  /** A failure with at least one diagnostic. */
  public RulePackException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a RulePackException needs a diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem found, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
