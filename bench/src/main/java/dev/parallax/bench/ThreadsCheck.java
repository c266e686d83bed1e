package dev.parallax.bench;

import dev.parallax.Article;
import dev.parallax.Parallax;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The long thread-safety run: {@code THREADS} threads share one {@link Parallax} over {@code N}
 * compares of seed-built articles, and every result must equal, as JSON, the one a single thread
 * computed. Not a JMH benchmark: a check too long for CI's unit tests (core's ConcurrencyTest
 * runs 1,000 compares).
 *
 * <p>Usage, from the repository root: {@code java -cp bench/target/benchmarks.jar
 * dev.parallax.bench.ThreadsCheck [N [THREADS]]} (defaults 20000 and 8). Exits 1 on the first
 * difference.
 */
public final class ThreadsCheck {

  private ThreadsCheck() {}

  /**
   * Entry point.
   *
   * @param args the number of compares and of threads
   * @throws Exception when a compare fails
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<Article> articles = Corpus.fromSeeds(Corpus.DEFAULT_SEEDS)
        .articlesOfTotal(200 * 2048L, 2048, 7);
    int m = articles.size();
    Parallax px = Parallax.standard();
    long t0 = System.nanoTime();
    List<String> expected = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      expected.add(px.compare(articles.get(k % m), articles.get((k * 7 + 3) % m)).toJson());
    }
    long t1 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> results = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        Article a = articles.get(k % m);
        Article b = articles.get((k * 7 + 3) % m);
        results.add(pool.submit(() -> px.compare(a, b).toJson()));
      }
      for (int k = 0; k < n; k++) {
        if (!results.get(k).get().equals(expected.get(k))) {
          System.out.printf("compare %d differs between one thread and %d%n", k, threads);
          System.exit(1);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    long t2 = System.nanoTime();
    System.out.printf("%,d compares of %d articles: %d threads gave what one thread gave"
        + " (one thread %.1f s, %d threads %.1f s)%n", n, m, threads, (t1 - t0) / 1e9, threads,
        (t2 - t1) / 1e9);
  }
}
