package dev.parallax.bench;

import dev.parallax.Annotation;
import dev.parallax.Article;
import dev.parallax.CleanText;
import dev.parallax.Parallax;
import dev.parallax.TextSpan;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pathological inputs, each at two sizes: that sentence splitting, text cleaning and the time and
 * quantity extractors stay linear in the length of their input. The inputs are those of the unit
 * tests that check the results on them ({@code SentenceSplitterTest}, {@code TextCleanerTest},
 * {@code TimeExtractorTest}, {@code QuantityExtractorTest}); {@code scale} 1 is the tests' size and
 * {@code scale} 4 four times as much, so a linear stage takes about four times as long at 4 and a
 * quadratic one sixteen times. Each benchmark has its own parameter for the input kind:
 *
 * <ul>
 *   <li>{@code splitSentences}: {@code Parallax.sentences} over {@code split};
 *   <li>{@code cleanText}: {@code CleanText.of} over 400,000 chars of one {@code clean} unit
 *       repeated;
 *   <li>{@code extractFacts}: {@code annotate} without rule packs (analysis and every fact
 *       reader) with {@code facts=times} over 2,000 sentences dense with time expressions (50,000
 *       words), with {@code facts=quantities} over 20,000 number words and 1,000 dashed digit
 *       chains.
 * </ul>
 *
 * <p>Like every module outside core, the bench uses the public API only, so the extractors are
 * timed with the analysis and the other fact readers around them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PathologicalInputBench {

  /** The splitter's inputs. */
  @State(Scope.Benchmark)
  public static class Splitting {
    /** Which input. */
    @Param({"dots", "dotSpaces", "letterPeriods", "numberPeriods", "lessThans", "openTags",
        "escapedTags", "quotes", "brackets", "abbreviations", "longWord", "newlines", "shortLines",
        "footnotes", "mixed"})
    public String split;

    /** 1: the unit test's size; 4: four times as long. */
    @Param({"1", "4"})
    public int scale;

    Article article;
    Parallax parallax;

    @Setup(Level.Trial)
    public void setUp() {
      article = Article.builder().id("split").text(splitterInput(split, scale)).build();
      parallax = Parallax.builder().rulePacks(List.of()).build();
    }
  }

  /** The cleaner's inputs: one unit repeated. */
  @State(Scope.Benchmark)
  public static class Cleaning {
    /** Which unit. */
    @Param({"lessThan", "tagStart", "ampersand", "numericRef", "markupStart", "commentStart", "dot",
        "capitalLine", "periodLine", "backtick"})
    public String clean;

    /** 1: the unit test's size; 4: four times as long. */
    @Param({"1", "4"})
    public int scale;

    String text;

    @Setup(Level.Trial)
    public void setUp() {
      String unit = cleanerUnit(clean);
      text = unit.repeat(400_000 * scale / unit.length());
    }
  }

  /** A text dense with one kind of fact. */
  @State(Scope.Benchmark)
  public static class Facts {
    /** {@code times}: dense time expressions; {@code quantities}: number words and digit chains. */
    @Param({"times", "quantities"})
    public String facts;

    /** 1: the unit test's size; 4: four times as long. */
    @Param({"1", "4"})
    public int scale;

    Article article;
    Parallax parallax;

    @Setup(Level.Trial)
    public void setUp() {
      String text = facts.equals("times")
          ? ("On Sunday, last week, in August 2024 and every year since 1953, "
              + "the the the a a a last last next 3 3 3 p.m. ").repeat(2_000 * scale)
          : "one two three four five six seven eight nine ten ".repeat(2_000 * scale)
              + "1-2-3-4-5-6-7-8-9 ".repeat(1_000 * scale);
      article = Article.builder().id("facts").text(text).published("2025-10-20").build();
      parallax = Parallax.builder().rulePacks(List.of()).build();
    }
  }

  /** The splitter's input {@code kind} at {@code scale} times the unit test's length. */
  static String splitterInput(String kind, int scale) {
    return switch (kind) {
      case "dots" -> ".".repeat(200_000 * scale);
      case "dotSpaces" -> ". ".repeat(100_000 * scale);
      case "letterPeriods" -> "a. ".repeat(70_000 * scale);
      case "numberPeriods" -> "1. ".repeat(70_000 * scale);
      case "lessThans" -> "<".repeat(100_000 * scale) + "p";
      case "openTags" -> "<p ".repeat(60_000 * scale);
      case "escapedTags" -> "&lt;b ".repeat(40_000 * scale);
      case "quotes" -> "\"".repeat(100_000 * scale);
      case "brackets" -> "(".repeat(100_000 * scale) + ")".repeat(100_000 * scale);
      case "abbreviations" -> "U.S. ".repeat(40_000 * scale);
      case "longWord" -> "x".repeat(200_000 * scale) + ". The end.";
      case "newlines" -> "\n".repeat(100_000 * scale);
      case "shortLines" -> "word\n".repeat(40_000 * scale);
      case "footnotes" -> "[1".repeat(80_000 * scale);
      case "mixed" -> "Mr. \u2022 (a) \u201Cb.\u201D ".repeat(20_000 * scale);
      default -> throw new IllegalArgumentException("unknown splitter input " + kind);
    };
  }

  /** The cleaner's repeated unit of kind {@code kind}. */
  static String cleanerUnit(String kind) {
    return switch (kind) {
      case "lessThan" -> "<";
      case "tagStart" -> "<a ";
      case "ampersand" -> "&";
      case "numericRef" -> "&#";
      case "markupStart" -> "{b^";
      case "commentStart" -> "<!--";
      case "dot" -> ".";
      case "capitalLine" -> "\nA";
      case "periodLine" -> "\n.";
      case "backtick" -> "`";
      default -> throw new IllegalArgumentException("unknown cleaner unit " + kind);
    };
  }

  @Benchmark
  public List<TextSpan> splitSentences(Splitting s) {
    return s.parallax.sentences(s.article);
  }

  @Benchmark
  public CleanText cleanText(Cleaning c) {
    return CleanText.of(c.text);
  }

  @Benchmark
  public Annotation extractFacts(Facts f) {
    return f.parallax.annotate(f.article);
  }
}
