package dev.parallax.bench;

import dev.parallax.Article;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
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
 * {@code Parallax.standard().compare(list)} on a cluster of articles about one event (built from
 * the two seed reports, see {@link Corpus}), for 20 and 200 articles. DESIGN.md's target: 200
 * articles cost no more than about 15x 20 articles. {@code readAll} annotates the same articles one
 * by one: the part of compare that is linear in the number of articles.
 *
 * <p>Single shots, because one compare of 200 articles takes seconds (it took a minute before
 * each article was compared with about 21 others only, beyond 22 articles); the set-up warms
 * the JIT with a few compares of 20 articles first, so that the 20-article shots are not
 * measuring the interpreter. Ratios between single shots are noisy: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CompareBench {

  /** Seed articles, relative to the repository root. */
  @Param({Corpus.DEFAULT_SEEDS})
  public String seedDir;

  /** Number of articles compared at once. */
  @Param({"20", "200"})
  public int articles;

  /** Target size of one article, chars. */
  @Param({"4096"})
  public int articleChars;

  List<Article> cluster;
  Parallax parallax;

  @Setup(Level.Trial)
  public void setUp() {
    cluster = Corpus.fromSeeds(seedDir).articles(articles, articleChars, 7);
    parallax = Parallax.standard();
    List<Article> warm = cluster.subList(0, Math.min(20, cluster.size()));
    for (int i = 0; i < 5; i++) {
      parallax.compare(warm);
    }
  }

  @Benchmark
  public Comparison compare() {
    return parallax.compare(cluster);
  }

  @Benchmark
  public int readAll() {
    int n = 0;
    for (Article a : cluster) {
      n += parallax.annotate(a).tokens().size();
    }
    return n;
  }
}
