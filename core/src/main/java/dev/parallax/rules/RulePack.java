package dev.parallax.rules;

import dev.parallax.matching.PackMatcher;

import static java.util.Objects.requireNonNull;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A rule pack: rules that tag loaded or opinion language, with their provenance and their own
 * examples. Packs are plain text files written by people (grammar: {@code docs/rule-packs.md});
 * a pack is immutable once loaded and can check itself against its examples with
 * {@link #verify()}.
 *
 * <pre>{@code
 * RulePack pack = RulePack.load(Path.of("house-style.rules"));   // fails with file:line:col
 * List<Diagnostic> failures = pack.verify();                      // runs every expect: line
 * Parallax px = Parallax.builder().addRulePack(pack).build();
 * }</pre>
 *
 * @param id the pack's id
 * @param version its version, from 1
 * @param language the language of the texts it is for ({@code en})
 * @param source where its rules come from
 * @param license its licence
 * @param description one line about it, if given
 * @param origin the file (or name) it was read from
 * @param rules its rules, in file order
 * @param cues its cues for the fact extractors, in file order
 */
public record RulePack(
    String id,
    int version,
    String language,
    String source,
    String license,
    Optional<String> description,
    String origin,
    List<Rule> rules,
    List<Cue> cues) {

  private static final String BUNDLED = "/dev/parallax/rules/en/";

  /** Checks and copies the arguments. */
  public RulePack {
    requireNonNull(id, "id");
    requireNonNull(language, "language");
    requireNonNull(source, "source");
    requireNonNull(license, "license");
    requireNonNull(description, "description");
    requireNonNull(origin, "origin");
    rules = List.copyOf(rules);
    cues = List.copyOf(cues);
  }

  /** Its rules and cues, in file order. */
  public List<PackEntry> entries() {
    List<PackEntry> all = new ArrayList<>(rules);
    all.addAll(cues);
    all.sort(java.util.Comparator.comparingInt(PackEntry::line));
    return all;
  }

  /** The cue with this id, if the pack has one. */
  public Optional<Cue> findCue(String cueId) {
    return cues.stream().filter(c -> c.id().equals(cueId)).findFirst();
  }

  /**
   * Reads a pack from text.
   *
   * @param origin the name to give in messages (a file name)
   * @param text the pack
   * @throws RulePackException with {@code origin:line:col: error: ...} for every problem
   */
  public static RulePack parse(String origin, String text) {
    requireNonNull(origin, "origin");
    requireNonNull(text, "text");
    // a byte-order mark some editors write at the start of a UTF-8 file is no part of the pack
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return RulePackParser.parse(origin, body, Analysis.ENGLISH);
  }

  /**
   * Reads a pack file.
   *
   * @throws IOException when the file cannot be read
   * @throws RulePackException when the pack is broken
   */
  public static RulePack load(Path file) throws IOException {
    requireNonNull(file, "file");
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads a pack file, or every {@code *.rules} file of a folder (in name order). Every file is
   * read before a failure is reported, so the exception lists the problems of all broken packs,
   * as a compiler does.
   *
   * @throws IOException when a file cannot be read
   * @throws RulePackException when a pack is broken: every problem of every file
   */
  public static List<RulePack> loadAll(Path fileOrFolder) throws IOException {
    List<RulePack> packs = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path f : files(fileOrFolder)) {
      try {
        packs.add(load(f));
      } catch (RulePackException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }
    return List.copyOf(packs);
  }

  /**
   * The pack files a path names: the file itself, or every {@code *.rules} file of a folder, in
   * name order.
   *
   * @throws IOException when the folder cannot be listed, or holds no {@code *.rules} file
   */
  public static List<Path> files(Path fileOrFolder) throws IOException {
    requireNonNull(fileOrFolder, "fileOrFolder");
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(fileOrFolder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".rules")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new FileNotFoundException("no *.rules file in " + fileOrFolder);
    }
    return files;
  }

  /**
   * Reads a pack from the class path, e.g. {@code /com/example/house-style.rules}.
   *
   * @throws UncheckedIOException when there is no such resource
   * @throws RulePackException when the pack is broken
   */
  public static RulePack fromClasspath(String resource) {
    requireNonNull(resource, "resource");
    try (InputStream in = openResource(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new FileNotFoundException("no rule pack on the class path at " + resource));
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule pack " + resource, e);
    }
  }

  /**
   * A resource of this module, else of the application: a named module sees only its own
   * resources through its classes, and a house pack lives in another module or on the class
   * path. Null when there is none.
   */
  private static InputStream openResource(String resource) {
    InputStream own = RulePack.class.getResourceAsStream(resource);
    if (own != null) {
      return own;
    }
    ClassLoader app = Thread.currentThread().getContextClassLoader();
    return app == null ? null : app.getResourceAsStream(resource.replaceFirst("^/", ""));
  }

  /** The bundled English packs, loaded once; immutable. */
  public static List<RulePack> english() {
    return Bundled.ENGLISH;
  }

  /** The rule with this id, if the pack has one. */
  public Optional<Rule> findRule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /**
   * The rule with this id.
   *
   * @throws IllegalArgumentException naming the id and the pack when there is none
   */
  public Rule expectRule(String ruleId) {
    return findRule(ruleId)
        .orElseThrow(
            () -> new IllegalArgumentException(
                "no rule '" + ruleId + "' in pack '" + id + "' (" + origin + ")"));
  }

  /**
   * Runs every rule's {@code expect:} lines: each must be tagged by its rule exactly where it is
   * marked, and nowhere else. Returns the failures, empty when the pack keeps its word.
   */
  public List<Diagnostic> verify() {
    PackMatcher matcher = PackMatcher.of(List.of(entries()), Analysis.ENGLISH);
    List<Diagnostic> failures = new ArrayList<>();
    for (PackEntry rule : entries()) {
      String kind = rule instanceof Cue ? "cue" : "rule";
      for (Rule.Example ex : rule.examples()) {
        List<Rule.Mark> got = tags(matcher, rule, ex.text());
        for (int k = 0; k < ex.marked().size(); k++) {
          Rule.Mark want = ex.marked().get(k);
          if (!got.contains(want)) {
            failures.add(failure(ex, want.start() + 4 * k + 2,
                kind + " '" + rule.id() + "' should tag '" + want.of(ex.text())
                    + "' here but does not" + found(got, ex.text())));
          }
        }
        for (Rule.Mark g : got) {
          if (!ex.marked().contains(g)) {
            long before = ex.marked().stream().filter(m -> m.end() <= g.start()).count();
            failures.add(failure(ex, g.start() + 4 * (int) before,
                kind + " '" + rule.id() + "' tags '" + g.of(ex.text()) + "', which is not marked"));
          }
        }
      }
    }
    return List.copyOf(failures);
  }

  /** What {@code rule} (a rule or a cue) matches in {@code text}. */
  List<Rule.Mark> tags(PackMatcher matcher, PackEntry rule, String text) {
    List<Rule.Mark> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    AnalyzedText t = Analysis.ENGLISH.analyze(text);
    for (PackMatcher.Match m : matcher.match(t)) {
      Rule.Mark s = new Rule.Mark(m.start(), m.end());
      if (m.entry() == rule && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String found(List<Rule.Mark> got, String text) {
    if (got.isEmpty()) {
      return "";
    }
    return " (it tags " + String.join(", ", got.stream().map(g -> "'" + g.of(text) + "'").toList())
        + ")";
  }

  private Diagnostic failure(Rule.Example ex, int offsetInWritten, String message) {
    int col = ex.column() + Math.max(0, Math.min(offsetInWritten, ex.written().length()));
    // the line as the pack wrote it, rebuilt from the example's column
    String line = " ".repeat(Math.max(0, ex.column() - 1 - "expect: ".length())) + "expect: "
        + ex.written();
    return new Diagnostic(origin, ex.line(), col, message, line);
  }

  /** {@code RulePack[loaded-language-en v1, 42 rules, en]} (and the cues, if it has any). */
  @Override
  public String toString() {
    return "RulePack[" + id + " v" + version + ", " + rules.size()
        + (rules.size() == 1 ? " rule, " : " rules, ")
        + (cues.isEmpty() ? "" : cues.size() + (cues.size() == 1 ? " cue, " : " cues, "))
        + language + "]";
  }

  /** The analysis packs are compiled with; one per JVM, immutable and thread-safe. */
  static final class Analysis {
    static final TextAnalyzer ENGLISH = TextAnalyzer.english();

    private Analysis() {}
  }

  /** Lazy holder of the bundled packs, listed in {@code en/packs.txt}. */
  private static final class Bundled {
    static final List<RulePack> ENGLISH = load();

    private static List<RulePack> load() {
      String index = BUNDLED + "packs.txt";
      try (InputStream in = RulePack.class.getResourceAsStream(index)) {
        if (in == null) {
          throw new UncheckedIOException(
              new FileNotFoundException("bundled pack index " + index + " is missing"));
        }
        List<RulePack> packs = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String name = line.strip();
          if (!name.isEmpty() && !name.startsWith("#")) {
            packs.add(fromClasspath(BUNDLED + name));
          }
        }
        return List.copyOf(packs);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled pack index " + index, e);
      }
    }
  }
}
