package dev.parallax.bench;

import dev.parallax.Annotation;
import dev.parallax.Article;
import dev.parallax.Parallax;
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
 * {@code Parallax.standard().annotate} of one long article of 1, 2 and 5 MB, made of the seed
 * corpus's articles one after another (see {@link Corpus}): whether annotate stays linear in the
 * length of one text. The engine issue's target: 5 MB cost at most 6 times 1 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LongArticleBench {

  /** Seed articles, relative to the repository root. */
  @Param({Corpus.DEFAULT_SEEDS})
  public String seedDir;

  /** Article length, in millions of chars. */
  @Param({"1", "2", "5"})
  public int megabytes;

  Article article;
  Parallax parallax;

  @Setup(Level.Trial)
  public void setUp() {
    StringBuilder text = new StringBuilder();
    Corpus corpus = Corpus.fromSeeds(seedDir);
    while (text.length() < megabytes * 1_000_000) {
      for (Article a : corpus.articlesOfTotal(megabytes * 1_000_000L, 4096, 42)) {
        text.append(a.text()).append("\n\n");
      }
    }
    article = Article.builder().id("long").text(text.substring(0, megabytes * 1_000_000)).build();
    parallax = Parallax.standard();
    parallax.annotate(Article.builder().id("warm").text(text.substring(0, 100_000)).build());
  }

  @Benchmark
  public Annotation annotate() {
    return parallax.annotate(article);
  }
}
