package dev.parallax.bench;

import dev.parallax.Article;
import dev.parallax.Parallax;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Annotate throughput against bare Lucene analysis, and where annotate's time goes, through the
 * public API only (a profile breaks the stages down further: docs/benchmarks.md).
 *
 * <p>One op reads the whole corpus (about 2 MB of ~4 KB news articles, see {@link Corpus}) once,
 * single-threaded; MB/s = corpus UTF-8 bytes / 10^6 / seconds per op ({@link Summary} prints it).
 * The stages are cumulative, each one doing the work of the one before and more:
 *
 * <ul>
 *   <li>{@code luceneStandardTokenizer}, {@code luceneEnglishAnalyzer}: the bare Lucene baselines,
 *       reading the term length and offsets of every token, as TOOLCHAIN.md measured them;
 *   <li>{@code splitSentences}: {@code Parallax.sentences}, the sentence splitter alone;
 *   <li>{@code annotateNoRules}: {@code annotate} with no rule packs (analysis, facts, tokens, spans);
 *   <li>{@code annotate}: {@code Parallax.standard().annotate}, the bundled rule packs tagging too.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AnnotateBench {

  /** Seed articles, relative to the repository root. */
  @Param({Corpus.DEFAULT_SEEDS})
  public String seedDir;

  /** Corpus size in chars (about as many UTF-8 bytes: the seeds are mostly ASCII). */
  @Param({"2000000"})
  public long corpusChars;

  /** Target size of one article, chars. */
  @Param({"4096"})
  public int articleChars;

  List<Article> articles;
  List<String> texts;
  Parallax standard;
  Parallax noRules;
  Analyzer english;
  Analyzer standardTokenizer;

  @Setup(Level.Trial)
  public void setUp() {
    articles = Corpus.fromSeeds(seedDir).articlesOfTotal(corpusChars, articleChars, 42);
    texts = articles.stream().map(Article::text).toList();
    standard = Parallax.standard();
    noRules = Parallax.builder().rulePacks(List.of()).build();
    english = new EnglishAnalyzer();
    standardTokenizer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source);
          }
        };
    // Loads lazily held word lists and packs before the first measured op.
    standard.annotate(articles.get(0));
    noRules.annotate(articles.get(0));
  }

  static long run(Analyzer a, List<String> texts) throws IOException {
    long n = 0;
    long sink = 0;
    for (String d : texts) {
      try (TokenStream ts = a.tokenStream("body", d)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          n++;
          sink += term.length() + off.startOffset();
        }
        ts.end();
      }
    }
    return n + (sink == 42 ? 1 : 0);
  }

  @Benchmark
  public long luceneStandardTokenizer() throws IOException {
    return run(standardTokenizer, texts);
  }

  @Benchmark
  public long luceneEnglishAnalyzer() throws IOException {
    return run(english, texts);
  }

  @Benchmark
  public void splitSentences(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(noRules.sentences(a));
    }
  }

  @Benchmark
  public void annotateNoRules(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(noRules.annotate(a));
    }
  }

  @Benchmark
  public void annotate(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(standard.annotate(a));
    }
  }
}
