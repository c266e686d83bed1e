package dev.parallax.examples.cli;

import dev.parallax.Parallax;
import dev.parallax.rules.Category;
import dev.parallax.rules.RulePack;
import dev.parallax.rules.RulePackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rule options that {@code compare} and {@code annotate} share: extra packs, leaving out the
 * bundled ones, disabled rules and categories, allowed terms.
 */
final class RuleOptions {
  static final String RULES = "--rules";
  static final String NO_BUILTIN = "--no-builtin-rules";
  static final String DISABLE = "--disable";
  static final String DISABLE_CATEGORY = "--disable-category";
  static final String ALLOW = "--allow";

  /** The options that take a value. */
  static final Set<String> VALUED = Set.of(RULES, DISABLE, DISABLE_CATEGORY, ALLOW);

  /** The options that take none. */
  static final Set<String> FLAGS = Set.of(NO_BUILTIN);

  /** The help text of these options, to append to a command's. */
  static final String HELP = """
          --rules PATH         add the rule pack PATH (a .rules file, or a folder of them);
                               may be repeated
          --no-builtin-rules   use only the packs given with --rules
          --disable RULE       leave out a rule (rule-id or pack-id/rule-id); may be repeated
          --disable-category CATEGORY
                               leave out a category (e.g. hedge); may be repeated
          --allow TERM         never tag this word or phrase; may be repeated
        """;

  private RuleOptions() {}

  /** A setting applied to the builder that may reject its value. */
  @FunctionalInterface
  interface BuilderStep {
    void apply(Parallax.Builder b) throws CliException;
  }

  /** Whether any rule option was given. */
  static boolean given(Options opts) {
    return VALUED.stream().anyMatch(opts::has) || opts.has(NO_BUILTIN);
  }

  /**
   * The Parallax these options ask for: {@code standard} when none is given.
   *
   * @throws CliException naming the bad value, a missing pack, or a broken pack's first problem
   */
  static Parallax parallax(Options opts, Supplier<Parallax> standard) throws CliException {
    return parallax(opts, standard, null);
  }

  /**
   * The Parallax these options ask for, with {@code tune} applied to the builder when not null:
   * {@code standard} when neither a rule option nor {@code tune} is given.
   *
   * @throws CliException naming the bad value, a missing pack, or a broken pack's first problem
   */
  static Parallax parallax(Options opts, Supplier<Parallax> standard,
      BuilderStep tune) throws CliException {
    if (!given(opts) && tune == null) {
      return standard.get();
    }
    Parallax.Builder b = Parallax.builder();
    if (tune != null) {
      tune.apply(b);
    }
    List<RulePack> packs = new ArrayList<>();
    for (String path : opts.values(RULES)) {
      packs.addAll(load(path));
    }
    if (opts.has(NO_BUILTIN)) {
      b.rulePacks(packs);
    } else {
      packs.forEach(b::addRulePack);
    }
    opts.values(DISABLE).forEach(b::disableRule);
    for (String name : opts.values(DISABLE_CATEGORY)) {
      b.disableCategory(Category.fromPackName(name).orElseThrow(() -> new CliException(
          "unknown category '" + name + "' for " + DISABLE_CATEGORY + " (known: "
              + String.join(", ", java.util.Arrays.stream(Category.values())
                  .map(Category::packName).toList()) + ")")));
    }
    opts.values(ALLOW).forEach(b::allowTerm);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  /**
   * Loads a pack file or a folder of packs.
   *
   * @throws CliException naming the path, or the pack's first problem as file:line:col
   */
  static List<RulePack> load(String path) throws CliException {
    Path p = Path.of(path);
    if (!Files.exists(p)) {
      throw new CliException(path + ": no such file");
    }
    try {
      return RulePack.loadAll(p);
    } catch (RulePackException e) {
      throw new CliException(e.diagnostics().get(0).toString().lines().findFirst().orElse(""));
    } catch (NoSuchFileException e) {
      throw new CliException(path + ": no such file");
    } catch (IOException e) {
      throw new CliException(path + ": cannot read: " + e.getMessage());
    }
  }
}
