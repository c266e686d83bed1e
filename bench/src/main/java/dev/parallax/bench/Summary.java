package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints MB/s and ratios from a JMH JSON result file ({@code -rf json -rff result.json}):
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.parallax.bench.Summary result.json</pre>
 *
 * <p>For AnnotateBench it rebuilds the corpus from the run's parameters (it is deterministic) to
 * count its bytes; run it from the repository root, as the benchmarks. Times are the median and
 * the fastest of all measured samples (ms per op): on a shared machine the mean is pulled up by
 * other load, so medians are the figure to compare.
 */
public final class Summary {

  private Summary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Summary RESULT.json");
      System.exit(2);
    }
    JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, Double> annotateMs = new LinkedHashMap<>();
    Map<String, Double> annotateMin = new HashMap<>();
    Map<String, Double> compareMs = new LinkedHashMap<>();
    Map<String, Double> compareMin = new HashMap<>();
    long bytes = 0;
    long chars = 0;
    int docs = 0;
    for (JsonNode r : root) {
      String bench = r.get("benchmark").asText();
      String name = bench.substring(bench.lastIndexOf('.') + 1);
      JsonNode params = r.path("params");
      double[] raw = raw(r.get("primaryMetric"));
      double ms = raw[raw.length / 2 - (raw.length % 2 == 0 ? 1 : 0)] / 2
          + raw[raw.length / 2] / 2; // median
      double err = raw[0]; // fastest sample
      if (bench.contains(".AnnotateBench.")) {
        annotateMs.put(name, ms);
        annotateMin.put(name, err);
        if (bytes == 0) {
          List<Article> articles = Corpus.fromSeeds(params.get("seedDir").asText())
              .articlesOfTotal(params.get("corpusChars").asLong(),
                  params.get("articleChars").asInt(), 42);
          bytes = Corpus.utf8Bytes(articles);
          chars = Corpus.chars(articles);
          docs = articles.size();
        }
      } else if (bench.contains(".CompareBench.")) {
        String key = name + "/" + params.get("articles").asText();
        compareMs.put(key, ms);
        compareMin.put(key, err);
      }
    }
    if (!annotateMs.isEmpty()) {
      double mb = bytes / 1e6;
      System.out.printf(Locale.ROOT, "AnnotateBench: %d articles, %d chars, %.2f MB (UTF-8)%n",
          docs, chars, mb);
      System.out.printf(Locale.ROOT, "%-26s %10s %8s %10s %10s%n", "benchmark", "median ms",
          "min ms", "MB/s", "vs English");
      Double english = annotateMs.get("luceneEnglishAnalyzer");
      for (Map.Entry<String, Double> e : annotateMs.entrySet()) {
        double ms = e.getValue();
        String ratio = english == null ? "" : String.format(Locale.ROOT, "%.2f", english / ms);
        System.out.printf(Locale.ROOT, "%-26s %10.1f %8.1f %10.1f %10s%n", e.getKey(), ms,
            annotateMin.get(e.getKey()), mb / (ms / 1000), ratio);
      }
      System.out.println("(MB/s and vs English from medians; vs English = throughput /"
          + " luceneEnglishAnalyzer throughput; DESIGN target for annotate: >= 0.50)");
    }
    if (!compareMs.isEmpty()) {
      System.out.println("CompareBench:");
      for (Map.Entry<String, Double> e : compareMs.entrySet()) {
        System.out.printf(Locale.ROOT, "%-26s median %10.1f ms, min %10.1f ms%n", e.getKey(),
            e.getValue(), compareMin.get(e.getKey()));
      }
      for (String b : List.of("compare", "readAll")) {
        Double small = compareMs.get(b + "/20");
        Double large = compareMs.get(b + "/200");
        if (small != null && large != null) {
          System.out.printf(Locale.ROOT, "%s: 200 articles / 20 articles = %.1fx (medians)%s%n",
              b, large / small, b.equals("compare") ? " (DESIGN target: <= 15x)" : "");
        }
      }
    }
  }

  /** All measured samples of all forks, in ms, sorted. */
  private static double[] raw(JsonNode metric) {
    List<Double> all = new ArrayList<>();
    for (JsonNode fork : metric.get("rawData")) {
      for (JsonNode v : fork) {
        all.add(toMs(v.asDouble(), metric.get("scoreUnit").asText()));
      }
    }
    return all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static double toMs(double v, String unit) {
    return switch (unit) {
      case "ms/op" -> v;
      case "s/op" -> v * 1000;
      case "us/op" -> v / 1000;
      case "ns/op" -> v / 1e6;
      default -> throw new IllegalArgumentException("unexpected unit " + unit);
    };
  }
}
