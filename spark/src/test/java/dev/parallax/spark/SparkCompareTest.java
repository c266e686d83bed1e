package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Parallax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small embedded job: each event's line is what the library (and the CLI) gives for it. */
class SparkCompareTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("parallax-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static final String[][] EVENTS = {
    {"e1", "a1", "Officials said 12 people were killed on Sunday in the attack.",
        "a2", "Police said 15 people were killed on Sunday in the attack. The mayor spoke."},
    {"e2", "b1", "A soldier crossed the border on Monday.",
        "b2", "The soldier crossed the border on Monday, the army said.",
        "b3", "A North Korean soldier defected on Monday."},
  };

  private static Map<String, String> expected() {
    Map<String, String> out = new TreeMap<>();
    for (String[] e : EVENTS) {
      List<Article> articles = new java.util.ArrayList<>();
      for (int i = 1; i < e.length; i += 2) {
        articles.add(Article.builder().id(e[i]).published("2025-10-20").text(e[i + 1]).build());
      }
      out.put(e[0], SparkCompare.line(e[0], Parallax.standard().compare(articles)));
    }
    return out;
  }

  private static Map<String, String> byEvent(List<String> lines) {
    Map<String, String> out = new TreeMap<>();
    for (String l : lines) {
      out.put(l.substring("{\"event_id\":\"".length(), l.indexOf('"', 13)), l);
    }
    return out;
  }

  @Test
  void aDatasetOfArticlesGivesEachEventsComparison(@TempDir Path dir) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    // the articles of the two events interleaved, as a corpus may hold them
    jsonl.append(article("e1", "a1", EVENTS[0][2])).append(article("e2", "b1", EVENTS[1][2]))
        .append(article("e1", "a2", EVENTS[0][4])).append(article("e2", "b2", EVENTS[1][4]))
        .append(article("e2", "b3", EVENTS[1][6]));
    Path in = Files.writeString(dir.resolve("articles.jsonl"), jsonl);
    List<String> lines = SparkCompare.compare(SparkCompare.withOrder(
        spark.read().json(in.toString()))).collectAsList();
    assertThat(byEvent(lines)).isEqualTo(expected());
  }

  @Test
  void aCorpusOfEventsGivesTheSameLines(@TempDir Path dir) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (String[] e : EVENTS) {
      StringBuilder arts = new StringBuilder();
      for (int i = 1; i < e.length; i += 2) {
        arts.append(i == 1 ? "" : ",").append("{\"article_id\":\"").append(e[i])
            .append("\",\"date\":\"2025-10-20\",\"mentions\":[],\"text\":\"").append(e[i + 1])
            .append("\"}");
      }
      jsonl.append("{\"event_id\":\"").append(e[0]).append("\",\"articles\":[").append(arts)
          .append("]}\n");
    }
    Path in = Files.writeString(dir.resolve("events.jsonl"), jsonl);
    List<String> lines = SparkCompare.compare(SparkCompare.articlesOfEvents(
        spark.read().json(in.toString()))).collectAsList();
    assertThat(byEvent(lines)).isEqualTo(expected());
  }

  @Test
  void articlesWithoutIdsAreNamedByTheirPlaceAndABadEventIsLeftOut(@TempDir Path dir)
      throws IOException {
    Path in = Files.writeString(dir.resolve("ids.jsonl"),
        "{\"event_id\":\"e\",\"articles\":[{\"text\":\"One soldier crossed.\"},"
            + "{\"text\":\"A soldier crossed.\"}]}\n"
            + "{\"event_id\":\"f\",\"articles\":[{\"id\":\"x\",\"text\":\"One.\"},"
            + "{\"id\":\"x\",\"text\":\"Two.\"}]}\n");
    List<String> lines = SparkCompare.compare(SparkCompare.articlesOfEvents(
        spark.read().json(in.toString()))).collectAsList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("{\"event_id\":\"e\"")
        .contains("\"id\":\"e-1\"", "\"id\":\"e-2\"");
  }

  private static String article(String event, String id, String text) {
    return "{\"event_id\":\"" + event + "\",\"id\":\"" + id
        + "\",\"published\":\"2025-10-20\",\"text\":\"" + text + "\"}\n";
  }
}
