package dev.parallax.examples.cli;

import dev.parallax.rules.Diagnostic;
import dev.parallax.rules.RulePack;
import dev.parallax.rules.RulePackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code parallax verify}: loads rule packs and runs every rule's {@code expect:} lines, printing
 * each problem like a compiler ({@code file:line:col: error: ...}, the line, a caret).
 */
final class VerifyCommand implements Command {

  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String summary() {
    return "check rule packs: load them and run every rule's expect: examples";
  }

  @Override
  public String help() {
    return """
        Usage: parallax verify [--builtin] [PACK]...

        Loads each PACK (a .rules file, or a folder of them) and runs every rule's expect:
        lines: each must be tagged exactly where it is marked with [[...]], and nowhere else.
        Prints every problem as file:line:col: error: message, the line and a caret, then a
        summary line.

        Options:
          --builtin    also verify the packs bundled with Parallax
          -h, --help   show this help

        Exit status: 0 when every pack loads and keeps its examples, 1 when some do not,
        2 for a usage error or a missing file.
        """;
  }

  @Override
  public int run(List<String> args, Streams io) throws CliException {
    Options opts = Options.parse(name(), args, Set.of(), Set.of("--builtin"));
    if (opts.has("--help")) {
      io.out().print(help());
      return Main.OK;
    }
    if (opts.operands().isEmpty() && !opts.has("--builtin")) {
      throw new CliException("verify needs a pack file or folder, or --builtin"
          + " (see 'parallax verify --help')");
    }
    List<Diagnostic> problems = new ArrayList<>();
    List<RulePack> packs = new ArrayList<>();
    if (opts.has("--builtin")) {
      packs.addAll(RulePack.english());
    }
    for (String path : opts.operands()) {
      Path p = Path.of(path);
      if (!Files.exists(p)) {
        throw CliException.about(path, "no such file");
      }
      List<Path> files;
      try {
        files = RulePack.files(p);
      } catch (IOException e) {
        throw CliException.about(path, "cannot read: " + e.getMessage());
      }
      for (Path f : files) { // every pack, like a compiler: a broken one does not stop the rest
        try {
          packs.add(RulePack.load(f));
        } catch (RulePackException e) {
          problems.addAll(e.diagnostics());
        } catch (IOException e) {
          throw CliException.about(f.toString(), "cannot read: " + e.getMessage());
        }
      }
    }
    int rules = 0;
    int examples = 0;
    for (RulePack pack : packs) {
      rules += pack.rules().size();
      examples += pack.rules().stream().mapToInt(r -> r.examples().size()).sum();
      problems.addAll(pack.verify());
    }
    for (Diagnostic d : problems) {
      io.out().println(d);
    }
    io.out().println(String.format("%s, %s, %s: %s", count(packs.size(), "pack"),
        count(rules, "rule"), count(examples, "example"),
        problems.isEmpty() ? "all hold" : count(problems.size(), "problem")));
    io.out().flush();
    return problems.isEmpty() ? Main.OK : Main.FAILED;
  }

  /** "1 pack", "2 packs". */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
