package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared Parallax, many threads: every thread gets the result a single thread gets. */
class ConcurrencyTest {

  @Test
  void sharedInstanceGivesTheSameResultsFromManyThreads() throws Exception {
    Parallax px = Parallax.standard();
    Article wire = SeedComparisonTest.WIRE;
    Article opinion = SeedComparisonTest.OPINION;
    String expected = px.compare(wire, opinion).toJson();
    String expectedAnnotation = px.annotate(wire).tokens().toString();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        boolean annotate = i % 3 == 0;
        results.add(
            pool.submit(
                () ->
                    annotate
                        ? px.annotate(wire).tokens().toString()
                        : px.compare(wire, opinion).toJson()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 3 == 0 ? expectedAnnotation : expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Eight threads sharing one Parallax over 1,000 compares of varied short articles give, compare
   * by compare, the JSON one thread gives. (A longer run lives in the bench module.)
   */
  @Test
  void eightThreadsOverAThousandComparesMatchOneThread() throws Exception {
    Parallax px = Parallax.standard();
    String[] who = {"Officials", "Police", "The ministry", "Witnesses", "The army"};
    String[] day = {"Sunday", "Monday", "on Tuesday", "last week", "in August 2024"};
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      articles.add(Article.builder().id("a" + i).published("2025-10-20")
          .text(who[i % 5] + " said " + (10 + i % 7) + " people were killed " + day[i % 5]
              + ". It was " + (i % 3 == 0 ? "not " : "") + "the first such attack this year."
              + (i % 4 == 0 ? " The brutal regime denied it!" : " The government denied it."))
          .build());
    }
    int n = 1000;
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      expected.add(px.compare(articles.get(k % 40), articles.get((k * 7 + 3) % 40)).toJson());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        Article a = articles.get(k % 40);
        Article b = articles.get((k * 7 + 3) % 40);
        results.add(pool.submit(() -> px.compare(a, b).toJson()));
      }
      for (int k = 0; k < n; k++) {
        assertThat(results.get(k).get()).as("compare %d", k).isEqualTo(expected.get(k));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
