package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Article;
import dev.parallax.OrdinalNumber;
import dev.parallax.Parallax;
import dev.parallax.QuantityFacet;
import java.io.IOException;
import java.util.List;

/**
 * Runs the quantities of {@link Parallax#annotate} over a JSONL file of {@code {"id", "text", ...}} records
 * and writes one {@code {"id", "quantities": [{"start", "end", "text", "value", "low", "high",
 * "unit", "approximation"}]}} line per record, the input of {@code score_annotate.py numbers};
 * the ordinal numbers of {@link Parallax#ordinalNumbers} that no quantity takes ("the third",
 * "21st") follow in the same list as {@code {"start", "end", "text", "value", "low", "high",
 * "kind": "ordinal"}}.
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
    Parallax parallax = Parallax.builder().rulePacks(List.of()).build();
    Counts n = new Counts();
    JsonlRecords.Summary run = JsonlRecords.run(args[0], args[1], (record, result, lineNo) -> {
      ArrayNode list = result.putArray("quantities");
      String text = record.path("text").asText("");
      if (Article.isBlank(text)) {
        return;
      }
      List<QuantityFacet> found = parallax.annotate(Article.builder().id("record").text(text)
          .build()).facets(QuantityFacet.class);
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
      n.quantities += found.size();
      // ordinal numbers that no quantity takes ("the third", "21st"), as numbers of their own
      for (OrdinalNumber o : parallax.ordinalNumbers(Article.builder().id("record").text(text)
          .build())) {
        list.addObject()
            .put("start", o.span().start())
            .put("end", o.span().end())
            .put("text", o.span().text())
            .put("value", o.value())
            .put("low", o.value())
            .put("high", o.value())
            .put("kind", "ordinal");
        n.ordinals++;
      }
    });
    System.out.printf("NumbersEval: %d cases, %d quantities, %d ordinals, %d errors, %d ms -> %s%n",
        run.cases(), n.quantities, n.ordinals, run.errors(), run.millis(), args[1]);
  }

  /** Counts kept across records. */
  private static final class Counts {
    int quantities;
    int ordinals;
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isInfinite(v) || Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
