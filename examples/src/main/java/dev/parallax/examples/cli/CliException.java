package dev.parallax.examples.cli;

/**
 * A problem the user can fix: a bad option, a missing or unreadable file, malformed input. {@link
 * Main} prints its message as one line, {@code parallax: <message>}, and exits with {@link
 * #exitCode()}; never a stack trace.
 */
public final class CliException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A usage or input error: exit code {@link Main#USAGE}. */
  public CliException(String message) {
    this(message, Main.USAGE);
  }

  /** An error with its own exit code. */
  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The process exit code for this error. */
  public int exitCode() {
    return exitCode;
  }

  /** An input error about one file (or other source): {@code <source>: <problem>}. */
  static CliException about(String source, String problem) {
    return new CliException(source + ": " + problem);
  }
}
