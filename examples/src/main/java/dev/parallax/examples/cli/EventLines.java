package dev.parallax.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Article;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code parallax compare --events FILE}: a corpus of events, one JSON object per line ({@code
 * {"event_id", "articles": [...]}}), compared event by event on several threads, one result line
 * per event in input order: {@code {"event_id": ..., "comparison": {...}}} (the comparison as
 * docs/json.md describes it, on one line). A bad event is reported with its line number and
 * skipped; articles may carry fields of their own (ignored, named once) and the aliases {@code
 * article_id} and {@code date}.
 */
final class EventLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Parallax parallax;
  private final String published;
  private final int threads;
  private final boolean progress;

  EventLines(Parallax parallax, String published, int threads, boolean progress) {
    this.parallax = parallax;
    this.published = published;
    this.threads = threads;
    this.progress = progress;
  }

  /** One event read from its line, ready to compare, or the problem that stops it. */
  private record Event(String id, List<Article> articles) {}

  /**
   * Compares every event of {@code source} ({@code -} for standard input) and writes one line per
   * event; returns the number of events skipped.
   */
  int run(String source, Streams io) throws CliException {
    String name = source.equals("-") ? "stdin" : source;
    Set<String> ignored = new TreeSet<>();
    int skipped = 0;
    int events = 0;
    int articles = 0;
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Future<String>> pending = new ArrayDeque<>();
    Progress shown = new Progress(progress ? io.err() : null, "event", "compared");
    int lineNo = 0;
    try (BufferedReader r = AnnotateCommand.open(source, io.in())) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = name + ":" + lineNo;
        Event e;
        try {
          e = event(line, where, ignored);
        } catch (CliException ex) {
          io.err().println(Main.PREFIX + Main.oneLine(ex.getMessage()));
          skipped++;
          continue;
        }
        events++;
        articles += e.articles().size();
        pending.add(pool.submit(() -> compare(e, where)));
        while (pending.size() > 2 * threads) { // results leave in input order, memory bounded
          skipped += write(pending.removeFirst(), io);
          shown.tick(0);
        }
      }
      while (!pending.isEmpty()) {
        skipped += write(pending.removeFirst(), io);
        shown.tick(0);
      }
    } catch (IOException ex) {
      throw AnnotateCommand.readProblem(name, lineNo + 1, ex);
    } finally {
      pool.shutdownNow();
    }
    if (!ignored.isEmpty()) {
      io.err().println(Main.PREFIX + name + ": " + CompareCommand.leftOut(ignored));
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    io.err().println(String.format(Locale.ROOT,
        "parallax: %,d %s of %,d articles compared in %.1f s (%.2f s per event), %,d skipped",
        events, events == 1 ? "event" : "events", articles, seconds,
        events == 0 ? 0.0 : seconds / events, skipped));
    io.out().flush();
    return skipped;
  }

  /** Reads one event line; a {@link CliException} names the line and the problem. */
  private Event event(String line, String where, Set<String> ignored)
      throws CliException {
    JsonNode root = JsonArticles.readTree(line, where);
    if (!root.isObject()) {
      throw CliException.about(where, "an event must be a JSON object");
    }
    JsonNode id = root.get("event_id");
    if (id == null || !id.isValueNode() || id.asText().isBlank()) {
      throw CliException.about(where, "field 'event_id' is missing");
    }
    JsonNode list = root.get("articles");
    if (list == null || !list.isArray()) {
      throw CliException.about(where, "field 'articles' must be an array of articles");
    }
    List<ArticleInput> inputs = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      inputs.add(JsonArticles.parseLenient(list.get(i), where + " article " + (i + 1), ignored));
    }
    // one rule with the Spark job: an article without an id is <event_id>-<its place>, and
    // two articles of one event with one id make a bad event
    Set<String> ids = new java.util.HashSet<>();
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      ArticleInput in = inputs.get(i);
      String articleId = in.id().orElse(id.asText() + "-" + (i + 1));
      if (!ids.add(articleId)) {
        throw CliException.about(in.source(), "article id '" + articleId
            + "' is given twice in event '" + id.asText() + "'");
      }
      out.add(in.toArticle(articleId, published));
    }
    if (out.size() < 2) {
      throw CliException.about(where, "event '" + id.asText() + "' has " + out.size()
          + (out.size() == 1 ? " article" : " articles") + "; compare needs at least two");
    }
    return new Event(id.asText(), out);
  }

  private String compare(Event e, String where) throws CliException, IOException {
    Comparison c;
    try {
      c = parallax.compare(e.articles());
    } catch (IllegalArgumentException ex) {
      throw CliException.about(where, ex.getMessage());
    }
    return "{\"event_id\":" + JSON.writeValueAsString(e.id()) + ",\"comparison\":"
        + c.toJsonLine() + "}";
  }

  /** Writes one finished result, or reports why it failed; returns 1 when it was skipped. */
  private static int write(Future<String> result, Streams io) {
    try {
      io.out().print(result.get() + "\n");
      return 0;
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      io.err().println(Main.PREFIX + Main.oneLine(cause instanceof CliException
          ? cause.getMessage() : "internal error: " + cause));
      return 1;
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", ex);
    }
  }
}
