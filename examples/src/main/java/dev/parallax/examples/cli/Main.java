package dev.parallax.examples.cli;

import dev.parallax.Parallax;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@code parallax} command-line tool: {@code parallax compare}, {@code parallax annotate},
 * {@code parallax help}, {@code --help} and {@code --version}.
 *
 * <p>Errors the user can fix print exactly one line to standard error, starting {@code parallax:
 * }, and exit with {@link #USAGE}; never a stack trace. {@link #run(String[], PrintStream,
 * PrintStream)} does everything but {@link System#exit}, so tests run the tool in-process.
 */
public final class Main {
  /** Exit code of a successful run. */
  public static final int OK = 0;

  /** Exit code of a run that did its work only in part, or failed for a reason not the user's. */
  public static final int FAILED = 1;

  /** Exit code for a usage error or an unusable input. */
  public static final int USAGE = 2;

  static final String PREFIX = "parallax: ";

  private final List<Command> commands;

  private Main(Supplier<Parallax> parallax) {
    this.commands =
        List.of(new CompareCommand(parallax), new AnnotateCommand(parallax), new VerifyCommand());
  }

  /** Runs the tool and exits with its exit code. Output is UTF-8. */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the tool with standard input from {@link System#in}; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /** Runs the tool on the given streams; returns the exit code. Never throws, never exits. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Streams io = new Streams(in, out, err);
    try {
      return new Main(Parallax::standard).dispatch(List.of(args), io);
    } catch (CliException e) {
      err.println(PREFIX + oneLine(e.getMessage()));
      return e.exitCode();
    } catch (RuntimeException | LinkageError e) {
      err.println(PREFIX + "internal error: " + oneLine(String.valueOf(e)));
      return FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int dispatch(List<String> args, Streams io) throws CliException {
    if (args.isEmpty()) {
      throw new CliException("no command given (see 'parallax --help')");
    }
    String first = args.get(0);
    List<String> rest = args.subList(1, args.size());
    switch (first) {
      case "-h", "--help" -> {
        io.out().print(help());
        return OK;
      }
      case "--version" -> {
        io.out().println("parallax " + version());
        return OK;
      }
      case "help" -> {
        if (rest.isEmpty()) {
          io.out().print(help());
        } else if (rest.size() == 1) {
          io.out().print(command(rest.get(0)).help());
        } else {
          throw new CliException("help takes at most one command, got " + rest.size());
        }
        return OK;
      }
      default -> {
        if (first.startsWith("-")) {
          throw new CliException("unknown option '" + first + "' (see 'parallax --help')");
        }
        return command(first).run(rest, io);
      }
    }
  }

  private Command command(String name) throws CliException {
    return commands.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new CliException(
                    "unknown command '" + name + "'; the commands are "
                        + commands.stream().map(Command::name).collect(Collectors.joining(", "))
                        + " and help"));
  }

  private String help() {
    StringBuilder sb =
        new StringBuilder(
            """
            Usage: parallax <command> [options] [arguments]
                   parallax --help | --version

            Compares news articles about one event: the claims they share, with word diffs,
            and the claims only one of them makes.

            Commands:
            """);
    for (Command c : commands) {
      sb.append(String.format("  %-10s %s\n", c.name(), c.summary()));
    }
    sb.append(String.format("  %-10s %s\n", "help", "show a command's help: parallax help compare"));
    sb.append(
        """

        Options:
          -h, --help   show this help
          --version    show the version

        Example:
          parallax compare --published 2025-10-20 wire.txt opinion.txt
        """);
    return sb.toString();
  }

  /** The version from the jar's Maven descriptor, or {@code unknown} when run from classes. */
  static String version() {
    for (String artifact : Arrays.asList("parallax-examples", "parallax-core")) {
      Optional<String> v = pomVersion(artifact);
      if (v.isPresent()) {
        return v.get();
      }
    }
    return "unknown";
  }

  private static Optional<String> pomVersion(String artifact) {
    String path = "/META-INF/maven/dev.parallax/" + artifact + "/pom.properties";
    try (InputStream in = Main.class.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties p = new Properties();
      p.load(in);
      return Optional.ofNullable(p.getProperty("version")).filter(s -> !s.isBlank());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The message on one line: line breaks and runs of white space become one space. */
  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").strip();
  }
}
