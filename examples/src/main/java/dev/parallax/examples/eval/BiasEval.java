package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Annotation;
import dev.parallax.Article;
import dev.parallax.Parallax;
import dev.parallax.Tag;
import dev.parallax.TextSpan;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * such a tag overlaps every annotated word of its sentence.
 *
 * <p>When records carry a {@code label} ("Biased" / "Non-biased", as in {@code
 * bias_sentences.jsonl}), the summary also gives the false-tag rate (share of "Non-biased" records
 * with at least one tag) and the tag rate on "Biased" records.
 *
 * <p>Usage: {@code BiasEval [--lexical] IN.jsonl OUT.jsonl}. Prints one summary line.
 */
public final class BiasEval {

  /** Categories whose tags cover whole sentences. */
  private static final Set<String> SENTENCE_CATEGORIES =
      Set.of("rhetorical-question", "exclamation");

  private BiasEval() {}

  /**
   * Entry point.
   *
   * @param args {@code [--lexical]}, input JSONL path and output JSONL path
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    boolean lexical = false;
    List<String> paths = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--lexical")) {
        lexical = true;
      } else {
        paths.add(a);
      }
    }
    if (paths.size() != 2) {
      System.err.println("usage: BiasEval [--lexical] IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    Parallax parallax = Parallax.standard();
    int cases = 0;
    int tagCount = 0;
    int errors = 0;
    int biased = 0;
    int biasedTagged = 0;
    int neutral = 0;
    int neutralTagged = 0;
    long t0 = System.nanoTime();
    Path output = Path.of(paths.get(1)).toAbsolutePath();
    Files.createDirectories(output.getParent());
    try (BufferedReader in = Files.newBufferedReader(Path.of(paths.get(0)), StandardCharsets.UTF_8);
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
          System.err.println(paths.get(0) + ":" + lineNo + ": not JSON, skipped: " + e.getMessage());
          continue;
        }
        String id = record.path("id").asText("line-" + lineNo);
        String text = record.path("text").asText("");
        ObjectNode result = json.createObjectNode();
        result.put("id", id);
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
                      || sentences.contains(key(span.start(), span.end())))) {
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
        } catch (RuntimeException e) {
          errors++;
          result.put("error", e.toString());
        }
        tagCount += kept;
        String label = record.path("label").asText("");
        if (label.equals("Biased")) {
          biased++;
          biasedTagged += kept > 0 ? 1 : 0;
        } else if (label.equals("Non-biased")) {
          neutral++;
          neutralTagged += kept > 0 ? 1 : 0;
        }
        cases++;
        out.write(json.writeValueAsString(result));
        out.newLine();
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    String rates = "";
    if (biased + neutral > 0) {
      rates =
          String.format(
              ", false-tag rate %.3f (%d of %d Non-biased), tag rate %.3f (%d of %d Biased)",
              rate(neutralTagged, neutral),
              neutralTagged,
              neutral,
              rate(biasedTagged, biased),
              biasedTagged,
              biased);
    }
    System.out.printf(
        "BiasEval: %d cases%s, %d tags, %d errors%s, %d ms -> %s%n",
        cases, lexical ? " (--lexical)" : "", tagCount, errors, rates, ms, paths.get(1));
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | (end & 0xffffffffL);
  }

  private static double rate(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
