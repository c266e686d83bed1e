package dev.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.posexplode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.Article;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares the events of a corpus on Apache Spark: a {@link Dataset} of articles, each with its
 * {@code event_id}, is grouped by event and each group is compared on the executors with the
 * bundled {@link Parallax} (one per executor JVM, created when first used). Each event gives
 * one JSON line, as {@code parallax compare --events} writes it: {@code {"event_id": ...,
 * "comparison": {...}}}, the comparison with its facts and contradictions as docs/json.md
 * describes them.
 *
 * <p>Articles are rows with the string columns {@code event_id} and {@code text}, and
 * optionally {@code id} (or {@code article_id}), {@code outlet}, {@code title}, {@code published}
 * (or {@code date}; empty is none) and {@code url}; other columns are left out. Within an event,
 * articles keep the order of the input, so a comparison is the one the command line gives.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");
 * SparkCompare.compare(SparkCompare.withOrder(articles)).write().text("out");
 * }</pre>
 */
public final class SparkCompare {

  private SparkCompare() {}

  /**
   * The articles with the column {@code _order}, their place in the input, so that each event's
   * articles are compared in the order given (call it right after reading).
   */
  public static Dataset<Row> withOrder(Dataset<Row> articles) {
    return articles.withColumn("_order", monotonically_increasing_id());
  }

  /**
   * The articles of a corpus of events, one event a row with an {@code articles} array (the
   * format of {@code parallax compare --events}), one article a row, in order.
   */
  public static Dataset<Row> articlesOfEvents(Dataset<Row> events) {
    Dataset<Row> one = events.select(col("event_id"),
        posexplode(col("articles")).as(new String[] {"_pos", "_article"}));
    // within one event, the place in its array orders the articles
    return one.select(col("event_id"), col("_pos").cast("long").as("_order"),
        col("_article.*"));
  }

  /**
   * One JSON line per event: its comparison; a bad event is reported on standard error and left
   * out. The articles need the column {@code _order} (see {@link #withOrder}, {@link
   * #articlesOfEvents}).
   */
  public static Dataset<String> compare(Dataset<Row> articles) {
    return articles
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("event_id").toString(),
            Encoders.STRING())
        .flatMapGroups(new CompareEvent(), Encoders.STRING());
  }

  /** Compares the articles of one event. Serializable: Spark ships it to the executors. */
  static final class CompareEvent implements FlatMapGroupsFunction<String, Row, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<String> call(String eventId, Iterator<Row> rows) {
      List<Row> all = new ArrayList<>();
      rows.forEachRemaining(all::add);
      all.sort(Comparator.comparingLong(r -> ((Number) r.getAs("_order")).longValue()));
      // one rule with parallax compare --events: an article without an id is
      // <event_id>-<its place>; a bad event (two articles with one id, a blank text, fewer
      // than two articles) is reported and left out
      List<Article> articles = new ArrayList<>(all.size());
      Set<String> ids = new java.util.HashSet<>();
      try {
        for (int i = 0; i < all.size(); i++) {
          Article a = article(all.get(i), eventId + "-" + (i + 1));
          if (!ids.add(a.id())) {
            throw new IllegalArgumentException("article id '" + a.id()
                + "' is given twice in event '" + eventId + "'");
          }
          articles.add(a);
        }
        return List.of(line(eventId, Parallax.standard().compare(articles))).iterator();
      } catch (IllegalArgumentException e) {
        System.err.println("parallax: event '" + eventId + "' left out: " + e.getMessage());
        return java.util.Collections.emptyIterator();
      }
    }
  }

  /** An article from its row; {@code fallbackId} when the row gives none. */
  static Article article(Row r, String fallbackId) {
    Set<String> columns = Set.of(r.schema().fieldNames());
    String id = string(r, columns, "id");
    if (id == null) {
      id = string(r, columns, "article_id");
    }
    String published = string(r, columns, "published");
    if (published == null) {
      published = string(r, columns, "date");
    }
    return Article.builder()
        .id(id == null ? fallbackId : id)
        .outlet(string(r, columns, "outlet"))
        .title(string(r, columns, "title"))
        .published(published)
        .url(string(r, columns, "url"))
        .text(string(r, columns, "text"))
        .build();
  }

  private static String string(Row r, Set<String> columns, String name) {
    if (!columns.contains(name)) {
      return null;
    }
    Object v = r.getAs(name);
    return v == null ? null : v.toString();
  }

  /** {@code {"event_id": ..., "comparison": {...}}} on one line. */
  static String line(String eventId, Comparison c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("event_id", eventId);
      g.writeFieldName("comparison");
      g.writeRawValue(c.toJsonLine());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Runs the job: {@code SparkCompare IN OUT [--events] [--parquet] [--master URL]}. IN is JSON
   * Lines of articles with their {@code event_id} (or, with {@code --events}, one event a line
   * with its {@code articles}); OUT is a folder of JSON Lines (or of Parquet with {@code
   * --parquet}: columns {@code event_id} and {@code comparison}). Embedded ({@code local[*]})
   * unless {@code --master} names a cluster or {@code spark-submit} sets one.
   *
   * @param args the input, the output and the options
   */
  public static void main(String[] args) {
    List<String> a = new ArrayList<>(Arrays.asList(args));
    boolean events = a.remove("--events");
    boolean parquet = a.remove("--parquet");
    String master = null;
    int m = a.indexOf("--master");
    if (m >= 0 && m + 1 < a.size()) {
      master = a.get(m + 1);
      a.remove(m + 1);
      a.remove(m);
    }
    if (a.size() != 2) {
      System.err.println("usage: SparkCompare IN OUT [--events] [--parquet] [--master URL]");
      System.exit(2);
    }
    SparkSession.Builder b = SparkSession.builder().appName("parallax")
        .config("spark.ui.enabled", "false");
    if (master != null) {
      b.master(master);
    } else if (!SparkSession.getActiveSession().isDefined()
        && System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> in = spark.read().json(a.get(0));
      Dataset<Row> articles = events ? articlesOfEvents(in) : withOrder(in);
      Dataset<String> out = compare(articles);
      if (parquet) {
        spark.read().json(out).write().parquet(a.get(1));
      } else {
        out.write().text(a.get(1));
      }
    } finally {
      spark.stop();
    }
  }
}
