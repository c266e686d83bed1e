package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.QuantityFacet;
import dev.parallax.facts.CueHits;
import dev.parallax.facts.FactCues;
import dev.parallax.facts.QuantityExtractor;
import dev.parallax.facts.Spans;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@link QuantityExtractor#english()} over a JSONL file of {@code {"id", "text", ...}} records
 * and writes one {@code {"id", "quantities": [{"start", "end", "text", "value", "low", "high",
 * "unit", "approximation"}]}} line per record, the input of {@code score_annotate.py numbers}.
 * Offsets are UTF-16 indices into {@code text}; {@code text} is always written; an unbounded side
 * of an interval ("more than 40") is written as null.
 *
 * <p>Usage: {@code NumbersEval IN.jsonl OUT.jsonl}. Prints one summary line: records, quantities,
 * records that failed, milliseconds.
 */
public final class NumbersEval {

  private NumbersEval() {}

  /**
   * Entry point.
   *
   * @param args input JSONL path and output JSONL path
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NumbersEval IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    TextAnalyzer analyzer = TextAnalyzer.english();
    FactCues cues = new FactCues(FactCues.englishPacks(), analyzer);
    QuantityExtractor extractor = QuantityExtractor.english();
    int cases = 0;
    int quantities = 0;
    int errors = 0;
    long t0 = System.nanoTime();
    Path output = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(output.getParent());
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode record;
        try {
          record = json.readTree(line);
        } catch (IOException e) {
          System.err.println(args[0] + ":" + lineNo + ": not JSON, skipped: " + e.getMessage());
          continue;
        }
        ObjectNode result = json.createObjectNode();
        result.set("id", record.get("id"));
        ArrayNode list = result.putArray("quantities");
        String text = record.path("text").asText("");
        try {
          AnalyzedText analyzed = analyzer.analyze(text);
          CueHits hits = cues.find(analyzed);
          List<QuantityFacet> found =
              extractor.extract(new Spans(record.path("id").asText("doc"), analyzed), hits);
          for (QuantityFacet q : found) {
            ObjectNode o = list.addObject()
                .put("start", q.span().start())
                .put("end", q.span().end())
                .put("text", q.span().text())
                .put("value", q.value());
            number(o, "low", q.low());
            number(o, "high", q.high());
            o.put("unit", q.unit().orElse(null));
            o.put("dimension", q.dimension().orElse(null));
            o.put("approximation", q.approximation().name());
          }
          quantities += found.size();
        } catch (RuntimeException e) {
          errors++;
          result.put("error", e.toString());
        }
        cases++;
        out.write(json.writeValueAsString(result));
        out.newLine();
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("NumbersEval: %d cases, %d quantities, %d errors, %d ms -> %s%n",
        cases, quantities, errors, ms, args[1]);
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isInfinite(v) || Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
