package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parallax.Annotation;
import dev.parallax.Article;
import dev.parallax.Parallax;
import dev.parallax.Tag;
import dev.parallax.TextSpan;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs the built-in rule packs ({@code Parallax.standard().annotate(article).tags()}) over a JSONL
 * file of {@code {"id", "text", ...}} records (such as {@code bias_spans.jsonl} or {@code
 * bias_sentences.jsonl}) and writes one line per record, the input of {@code score_bias.py}:
 *
 * <pre>{"id", "tags": [{"start", "end", "text", "category", "rule", "quoted"}]}</pre>
 *
 * <p>Offsets are UTF-16 indices into {@code text} (Java string indices); {@code text} is always
 * written so a scorer that counts code points can re-locate the span.
 *
 * <p>{@code --lexical} keeps word-level tags only: it drops the whole-sentence categories ({@code
 * rhetorical-question}, {@code exclamation}) and any other tag that covers a whole sentence, since
 * such a tag overlaps every annotated word of its sentence. {@code --reporter} keeps the tags in
 * the writer's own voice only: it drops those inside quotations ({@code quoted}), which gold of
 * the reporter's framing does not mark.
 *
 * <p>When records carry a {@code label} ("Biased" / "Non-biased", as in {@code
 * bias_sentences.jsonl}), the summary also gives the false-tag rate (share of "Non-biased" records
 * with at least one tag) and the tag rate on "Biased" records.
 *
 * <p>Usage: {@code BiasEval [--lexical] [--reporter] IN.jsonl OUT.jsonl}. Prints one summary
 * line.
 */
public final class BiasEval {

  /** Categories whose tags cover whole sentences. */
  private static final Set<String> SENTENCE_CATEGORIES =
      Set.of("rhetorical-question", "exclamation");

  private BiasEval() {}

  /**
   * Entry point.
   *
   * @param args {@code [--lexical] [--reporter]}, input JSONL path and output JSONL path
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    boolean lexical = Arrays.asList(args).contains("--lexical");
    boolean reporter = Arrays.asList(args).contains("--reporter");
    String[] paths = Arrays.stream(args)
        .filter(a -> !a.equals("--lexical") && !a.equals("--reporter")).toArray(String[]::new);
    if (paths.length != 2) {
      System.err.println("usage: BiasEval [--lexical] [--reporter] IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    Parallax parallax = Parallax.standard();
    Counts n = new Counts();
    JsonlRecords.Summary run = JsonlRecords.run(paths[0], paths[1], (record, result, lineNo) -> {
      String id = record.path("id").asText("line-" + lineNo);
      String text = record.path("text").asText("");
      result.put("id", id); // the id as text, "line-N" when missing; stays the first field
      ArrayNode tags = result.putArray("tags");
      int kept = 0;
      try {
        if (!text.isBlank()) {
          Article article = Article.builder().id(id).text(text).build();
          Annotation annotation = parallax.annotate(article);
          Set<Long> sentences = new HashSet<>();
          for (TextSpan s : annotation.sentences()) {
            sentences.add(key(s.start(), s.end()));
          }
          for (Tag tag : annotation.tags()) {
            TextSpan span = tag.span();
            String category = tag.category().packName();
            if (lexical
                && (SENTENCE_CATEGORIES.contains(category)
                    || sentences.contains(key(span.start(), span.end())))
                || reporter && tag.quoted()) {
              continue;
            }
            tags.addObject()
                .put("start", span.start())
                .put("end", span.end())
                .put("text", span.text())
                .put("category", category)
                .put("rule", tag.rule())
                .put("quoted", tag.quoted());
            kept++;
          }
        }
      } finally { // a failed record still counts its tags so far and its label
        n.tags += kept;
        String label = record.path("label").asText("");
        if (label.equals("Biased")) {
          n.biased++;
          n.biasedTagged += kept > 0 ? 1 : 0;
        } else if (label.equals("Non-biased")) {
          n.neutral++;
          n.neutralTagged += kept > 0 ? 1 : 0;
        }
      }
    });
    String rates = "";
    if (n.biased + n.neutral > 0) {
      rates =
          String.format(
              ", false-tag rate %.3f (%d of %d Non-biased), tag rate %.3f (%d of %d Biased)",
              rate(n.neutralTagged, n.neutral),
              n.neutralTagged,
              n.neutral,
              rate(n.biasedTagged, n.biased),
              n.biasedTagged,
              n.biased);
    }
    System.out.printf(
        "BiasEval: %d cases%s, %d tags, %d errors%s, %d ms -> %s%n",
        run.cases(), (lexical ? " (--lexical)" : "") + (reporter ? " (--reporter)" : ""), n.tags,
        run.errors(), rates, run.millis(),
        paths[1]);
  }

  /** Counts kept across records. */
  private static final class Counts {
    int tags;
    int biased;
    int biasedTagged;
    int neutral;
    int neutralTagged;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | (end & 0xffffffffL);
  }

  private static double rate(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
