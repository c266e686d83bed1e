package dev.parallax.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoundSpansTest {

  /** Matches as "rule:start-end", separated by spaces. */
  private static FoundSpans of(String matches) {
    FoundSpans f = new FoundSpans();
    if (!matches.isBlank()) {
      for (String m : matches.trim().split(" +")) {
        String[] rule = m.split(":");
        String[] span = rule[1].split("-");
        f.add(Integer.parseInt(rule[0]), Integer.parseInt(span[0]), Integer.parseInt(span[1]));
      }
    }
    return f;
  }

  private static int[] order(FoundSpans f) {
    return Arrays.copyOf(f.order(), f.size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''                              | ''",
    "3:0-4                           | 0",
    "1:0-4 2:5-9 1:10-12             | 0 1 2",
    "1:5-9 2:0-4                     | 1 0",
    "2:0-9 1:0-4 1:0-9               | 1 2 0",
    "7:3-5 7:3-5 2:3-5               | 2 0 1",
    "1:8-9 1:6-7 1:4-5 1:2-3 1:0-1   | 4 3 2 1 0",
    "4:0-3 1:1-2 9:0-3 1:0-3 1:1-2   | 3 0 2 1 4",
  })
  void ordersByStartThenEndThenRuleKeepingTheOrderOfEqualMatches(String matches, String order) {
    int[] expected = order.isBlank() ? new int[0]
        : Arrays.stream(order.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    assertThat(order(of(matches))).containsExactly(expected);
  }

  @Test
  void readsBackWhatWasAddedPastTheFirstCapacity() {
    FoundSpans f = new FoundSpans();
    for (int i = 0; i < 200; i++) {
      f.add(i % 7, 1000 - i, 1000 - i + i % 3 + 1);
    }
    assertThat(f.size()).isEqualTo(200);
    assertThat(f.rule(150)).isEqualTo(3);
    assertThat(f.start(150)).isEqualTo(850);
    assertThat(f.end(150)).isEqualTo(851);
    int[] order = order(f);
    assertThat(order[0]).isEqualTo(199);
    assertThat(order[199]).isEqualTo(0);
  }

  @Test
  void clearsForTheNextSentenceAndKnowsTheLatestStart() {
    FoundSpans f = of("1:8-9 2:3-4 3:5-7");
    assertThat(f.maxStart()).isEqualTo(8);
    assertThat(order(f)).containsExactly(1, 2, 0);
    f.clear();
    assertThat(f.size()).isZero();
    assertThat(f.maxStart()).isEqualTo(Integer.MIN_VALUE);
    f.add(4, 20, 22);
    f.add(4, 12, 13);
    assertThat(f.maxStart()).isEqualTo(20);
    assertThat(order(f)).containsExactly(1, 0);
    assertThat(f.rule(1)).isEqualTo(4);
    assertThat(f.start(1)).isEqualTo(12);
    assertThat(f.end(1)).isEqualTo(13);
  }

  @Test
  void agreesWithAStableSortOnRandomMatches() {
    Random random = new Random(11);
    FoundSpans f = new FoundSpans(); // reused: cleared every round
    for (int round = 0; round < 200; round++) {
      f.clear();
      int n = random.nextInt(300);
      List<int[]> added = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int start = random.nextInt(50);
        int[] m = {random.nextInt(5), start, start + 1 + random.nextInt(4)};
        f.add(m[0], m[1], m[2]);
        added.add(m);
      }
      int[] expected = IntStream.range(0, n).boxed()
          .sorted(Comparator.<Integer>comparingInt(i -> added.get(i)[1])
              .thenComparingInt(i -> added.get(i)[2])
              .thenComparingInt(i -> added.get(i)[0]))
          .mapToInt(Integer::intValue).toArray();
      assertThat(order(f)).containsExactly(expected);
    }
  }
}
