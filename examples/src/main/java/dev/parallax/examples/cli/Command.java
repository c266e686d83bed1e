package dev.parallax.examples.cli;

import java.util.List;

/**
 * One subcommand of the {@code parallax} tool, such as {@code compare}. To add a command, implement
 * this interface and add an instance to the list that {@link Main}'s constructor builds; {@link
 * Main} does the dispatch, the general help, {@code parallax help <name>} and the error reporting.
 */
public interface Command {

  /** The word that selects the command: {@code parallax <name> ...}. */
  String name();

  /** One line for the command list in {@code parallax --help}. */
  String summary();

  /** The full help text, starting with a {@code Usage:} line and ending with a newline. */
  String help();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command name
   * @param io where to read input and write results and diagnostics
   * @return the exit code: {@link Main#OK} on success
   * @throws CliException for a problem the user can fix; {@link Main} reports it on one line
   */
  int run(List<String> args, Streams io) throws CliException;
}
