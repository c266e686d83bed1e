package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.text.CharSpan;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.text.TextCleaner;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@link SentenceSplitter#english()} over a JSONL file of {@code {"id", "text", ...}} records and
 * writes one {@code {"id", "sentences": [{"start", "end", "text"}]}} line per record, the input of
 * {@code score_seg.py}. Offsets are UTF-16 indices into {@code text}; {@code text} is always written.
 *
 * <p>When a record's {@code options.clean} is true, the text is first cleaned with {@link
 * TextCleaner#english()}; the cleaned text is split, each sentence's {@code text} is taken from the
 * cleaned text, its {@code start}/{@code end} are mapped back to the original text, and the line gets
 * {@code "cleaned": true}.
 *
 * <p>Usage: {@code SegmentationEval [--verbatim] IN.jsonl OUT.jsonl}; {@code --verbatim} disables
 * cleaning. Prints one summary line: records, records cleaned, sentences, records that failed,
 * milliseconds.
 */
public final class SegmentationEval {

  private SegmentationEval() {}

  /**
   * Entry point.
   *
   * @param args input JSONL path and output JSONL path
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    boolean verbatim = args.length == 3 && args[0].equals("--verbatim");
    if (verbatim) {
      args = new String[] {args[1], args[2]};
    }
    if (args.length != 2) {
      System.err.println("usage: SegmentationEval [--verbatim] IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    TextCleaner cleaner = TextCleaner.english();
    int cleanedCases = 0;
    ObjectMapper json = new ObjectMapper();
    SentenceSplitter splitter = SentenceSplitter.english();
    int cases = 0;
    int sentences = 0;
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
        ArrayNode spans = result.putArray("sentences");
        String text = record.path("text").asText("");
        boolean clean = !verbatim && record.path("options").path("clean").asBoolean(false);
        try {
          TextCleaner.Cleaned cleaned = clean ? cleaner.clean(text) : null;
          String input = clean ? cleaned.text() : text;
          List<CharSpan> split = splitter.split(input);
          for (CharSpan span : split) {
            CharSpan original = clean ? cleaned.toOriginal(span) : span;
            spans.addObject()
                .put("start", original.start())
                .put("end", original.end())
                .put("text", span.of(input));
          }
          if (clean) {
            result.put("cleaned", true);
            cleanedCases++;
          }
          sentences += split.size();
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
    System.out.printf(
        "SegmentationEval: %d cases (%d cleaned%s), %d sentences, %d errors, %d ms -> %s%n",
        cases, cleanedCases, verbatim ? ", --verbatim" : "", sentences, errors, ms, args[1]);
  }
}
