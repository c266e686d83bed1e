package dev.parallax.contradict;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.Parallax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stand-in reports with planted changes ({@code planted/NAME-a.txt}, {@code NAME-b-changed.txt}
 * and {@code NAME.key}) read as gold events for {@link SameFactFit}: each key line
 * {@code TYPE | span of a | span of b-changed | note} is one gold disagreement between the report
 * and its changed retelling. Lines after {@code agreements:} are not read: the spans there are of
 * the faithful retelling. A span that its report does not hold is an error naming the key's line.
 */
final class PlantedStories {
  private PlantedStories() {}

  /**
   * One planted report: its name, publication date, the report, its changed retelling and the
   * planted disagreements between them.
   */
  record Story(String name, String published, Article a, Article b, List<SameFactFit.Gold> gold) {}

  /** The events of every key in {@code dir}, in the order of their names. */
  static List<SameFactFit.Event> read(Path dir, Parallax px) throws IOException {
    List<SameFactFit.Event> out = new ArrayList<>();
    for (Story s : stories(dir)) {
      List<Article> articles = List.of(s.a(), s.b());
      List<List<Claim>> claims = List.of(px.annotate(s.a()).claims(),
          px.annotate(s.b()).claims());
      out.add(new SameFactFit.Event("planted/" + s.name(), articles, claims,
          px.compare(articles), s.gold()));
    }
    return out;
  }

  /** The stories of every key in {@code dir}, in the order of their names. */
  static List<Story> stories(Path dir) throws IOException {
    List<Path> keys;
    try (Stream<Path> files = Files.list(dir)) {
      keys = files.filter(f -> f.getFileName().toString().endsWith(".key")).sorted().toList();
    }
    List<Story> out = new ArrayList<>();
    for (Path key : keys) {
      out.add(story(key));
    }
    return out;
  }

  private static Story story(Path key) throws IOException {
    String name = key.getFileName().toString().replaceFirst("\\.key$", "");
    List<String> lines = Files.readAllLines(key, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith("published: ")) {
      throw new IllegalArgumentException(key + ":1: expected 'published: YYYY-MM-DD'");
    }
    String published = lines.get(0).substring("published: ".length()).trim();
    Article a = article("a", key.resolveSibling(name + "-a.txt"), published);
    Article b = article("b", key.resolveSibling(name + "-b-changed.txt"), published);
    List<SameFactFit.Gold> gold = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.startsWith("agreements:")) {
        break;
      }
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(" \\| ");
      if (f.length < 3) {
        throw new IllegalArgumentException(key + ":" + (i + 1) + ": expected 'TYPE | a | b'");
      }
      int as = find(a, f[1].trim(), key, i);
      int bs = find(b, f[2].trim(), key, i);
      String type = f[0].trim().equals("ATTRIBUTE") ? "OTHER" : f[0].trim();
      gold.add(new SameFactFit.Gold("a", as, as + f[1].trim().length(), "b", bs,
          bs + f[2].trim().length(), type, true));
    }
    return new Story(name, published, a, b, List.copyOf(gold));
  }

  private static int find(Article article, String span, Path key, int line) {
    int at = article.text().indexOf(span);
    if (at < 0) {
      throw new IllegalArgumentException(key + ":" + (line + 1) + ": '" + span
          + "' is not in the text of report " + article.id());
    }
    return at;
  }

  private static Article article(String id, Path file, String published) {
    try {
      return Article.builder().id(id).published(published)
          .text(Files.readString(file, StandardCharsets.UTF_8)).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
