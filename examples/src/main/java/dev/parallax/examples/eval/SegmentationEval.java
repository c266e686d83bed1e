package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parallax.Article;
import dev.parallax.CleanText;
import dev.parallax.Parallax;
import dev.parallax.TextSpan;
import java.io.IOException;
import java.util.List;

/**
 * Runs {@link Parallax#sentences} (the public API's sentence splitter) over a JSONL file of {@code
 * {"id", "text", ...}} records and writes one {@code {"id", "sentences": [{"start", "end", "text"}]}} line per record, the input of
 * {@code score_seg.py}. Offsets are UTF-16 indices into {@code text}; {@code text} is always written.
 *
 * <p>When a record's {@code options.clean} is true, the text is first cleaned with {@link
 * CleanText#of}; the cleaned text is split, each sentence's {@code text} is taken from the
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
    Parallax parallax = Parallax.standard();
    Counts n = new Counts();
    JsonlRecords.Summary run = JsonlRecords.run(args[0], args[1], (record, result, lineNo) -> {
      ArrayNode spans = result.putArray("sentences");
      String text = record.path("text").asText("");
      boolean clean = !verbatim && record.path("options").path("clean").asBoolean(false);
      CleanText cleaned = clean ? CleanText.of(text) : null;
      String input = clean ? cleaned.text() : text;
      List<TextSpan> split = Article.isBlank(input) ? List.of()
          : parallax.sentences(Article.builder().id("text").text(input).build());
      for (TextSpan span : split) {
        CleanText.Range original = clean ? cleaned.toOriginal(span.start(), span.end())
            : new CleanText.Range(span.start(), span.end());
        spans.addObject()
            .put("start", original.start())
            .put("end", original.end())
            .put("text", span.text());
      }
      if (clean) {
        result.put("cleaned", true);
        n.cleaned++;
      }
      n.sentences += split.size();
    });
    System.out.printf(
        "SegmentationEval: %d cases (%d cleaned%s), %d sentences, %d errors, %d ms -> %s%n",
        run.cases(), n.cleaned, verbatim ? ", --verbatim" : "", n.sentences, run.errors(),
        run.millis(), args[1]);
  }

  /** Counts kept across records. */
  private static final class Counts {
    int cleaned;
    int sentences;
  }
}
