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
}
