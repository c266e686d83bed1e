package dev.parallax.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams of one run, passed explicitly so that tests can run commands in-process.
 *
 * @param in standard input (read by commands that take {@code -})
 * @param out results
 * @param err diagnostics: one line per problem, starting {@code parallax: }
 */
public record Streams(InputStream in, PrintStream out, PrintStream err) {
  /** Checks that every stream is given. */
  public Streams {
    requireNonNull(in, "in");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
  }
}
