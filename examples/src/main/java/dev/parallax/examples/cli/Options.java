package dev.parallax.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of one command: options and operands. Deliberately small, GNU-style:
 * {@code --name value} or {@code --name=value} for options that take a value, {@code --name} for
 * flags, {@code -h} for {@code --help}, {@code --} ends the options, a lone {@code -} is an operand
 * (standard input). Options may come before, between or after operands; when an option is given
 * twice, the last one wins.
 */
final class Options {
  private final Map<String, List<String>> values;
  private final List<String> operands;

  private Options(Map<String, List<String>> values, List<String> operands) {
    this.values = values;
    this.operands = operands;
  }

  /**
   * Parses {@code args} of {@code command}.
   *
   * @param valued the long options that take a value, such as {@code --format}
   * @param flags the long options that take none; {@code --help} (alias {@code -h}) is always one
   * @throws CliException for an unknown option, a missing value, or a value given to a flag
   */
  static Options parse(String command, List<String> args, Set<String> valued, Set<String> flags)
      throws CliException {
    Map<String, List<String>> values = new HashMap<>();
    List<String> operands = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.equals("-h")) {
        arg = "--help";
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (valued.contains(name)) {
        if (eq >= 0) {
          values.computeIfAbsent(name, k -> new ArrayList<>()).add(arg.substring(eq + 1));
        } else if (i + 1 < args.size()) {
          values.computeIfAbsent(name, k -> new ArrayList<>()).add(args.get(++i));
        } else {
          throw new CliException("option " + name + " needs a value");
        }
      } else if (flags.contains(name) || name.equals("--help")) {
        if (eq >= 0) {
          throw new CliException("option " + name + " takes no value");
        }
        values.computeIfAbsent(name, k -> new ArrayList<>()).add("");
      } else {
        throw new CliException(
            "unknown option '" + name + "' for " + command + " (see 'parallax " + command
                + " --help')");
      }
    }
    return new Options(values, List.copyOf(operands));
  }

  /** The value of an option that takes one, if given (the last, if given more than once). */
  Optional<String> value(String name) {
    List<String> all = values.get(name);
    return all == null ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Every value of a repeatable option, in order. */
  List<String> values(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }

  /** Whether a flag (or a valued option) was given. */
  boolean has(String name) {
    return values.containsKey(name);
  }

  /** The arguments that are not options, in order. */
  List<String> operands() {
    return operands;
  }
}
