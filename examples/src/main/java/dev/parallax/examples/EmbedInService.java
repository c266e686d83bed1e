package dev.parallax.examples;

import dev.parallax.Article;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.rules.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How a newsroom service embeds Parallax: one instance, built once with the house options, shared
 * by every request thread; each request compares its articles and gets JSON back. Run it with
 * {@code mvn -q -pl examples -am package -DskipTests} and then
 * {@code java -cp examples/target/parallax.jar dev.parallax.examples.EmbedInService}.
 */
public final class EmbedInService {
  /** Immutable and thread-safe: build once, share everywhere. */
  private static final Parallax PARALLAX =
      Parallax.builder()
          .disableCategory(Category.HEDGE) // a house choice: the desk reviews hedges elsewhere
          .allowTerm("regime change") // a policy term the desk does not flag
          .build();

  private EmbedInService() {}

  /** One request: compare the articles, answer with the JSON report. */
  static String handle(List<Article> articles) {
    Comparison c = PARALLAX.compare(articles);
    return c.toJson();
  }

  /** Serves a few requests from four threads and prints the size of each answer. */
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int n = i;
        answers.add(pool.submit(() -> handle(List.of(
            Article.builder().id("a" + n).outlet("Agency").published("2025-10-20")
                .text("A soldier crossed the border on Sunday. Officials said he was unharmed.")
                .build(),
            Article.builder().id("b" + n).outlet("Paper").published("2025-10-20")
                .text("On Sunday a soldier defected across the border. The regime rules by fear.")
                .build()))));
      }
      for (Future<String> answer : answers) {
        System.out.println(answer.get().length() + " chars of JSON");
      }
    } finally {
      pool.shutdown();
    }
  }
}
