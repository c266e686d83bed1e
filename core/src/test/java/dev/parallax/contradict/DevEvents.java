package dev.parallax.contradict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The development events and their articles as the commands of this package read them: one JSON
 * event per line ({@code event_id}, {@code articles}), each article with {@code article_id},
 * {@code text}, and optionally {@code outlet} and {@code date} (its first ten characters are the
 * publication date).
 */
final class DevEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DevEvents() {}

  /** The events of a JSON Lines file, by id. */
  static Map<String, JsonNode> read(Path file) throws IOException {
    Map<String, JsonNode> events = new HashMap<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        JsonNode r = JSON.readTree(l);
        events.put(r.get("event_id").asText(), r);
      }
    }
    return events;
  }

  /** The non-blank lines of a JSON Lines file (a gold set), parsed, in file order. */
  static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  /** Exits with status 2 and {@code usage} on standard error when fewer than {@code n} args. */
  static void requireArgs(String[] args, int n, String usage) {
    if (args.length < n) {
      System.err.println("usage: " + usage);
      System.exit(2);
    }
  }

  /** The articles of one event, in file order. */
  static List<Article> articles(JsonNode event) {
    List<Article> articles = new ArrayList<>();
    for (JsonNode a : event.get("articles")) {
      Article.Builder b = Article.builder().id(a.get("article_id").asText())
          .text(a.get("text").asText());
      if (a.hasNonNull("outlet")) {
        b.outlet(a.get("outlet").asText());
      }
      if (a.hasNonNull("date") && !a.get("date").asText().isBlank()) {
        b.published(a.get("date").asText().substring(0, 10));
      }
      articles.add(b.build());
    }
    return articles;
  }
}
