package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parallax.text.CharSpan;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.text.TextCleaner;
import java.io.IOException;
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
    SentenceSplitter splitter = SentenceSplitter.english();
    Counts n = new Counts();
    JsonlRecords.Summary run = JsonlRecords.run(args[0], args[1], (record, result, lineNo) -> {
      ArrayNode spans = result.putArray("sentences");
      String text = record.path("text").asText("");
      boolean clean = !verbatim && record.path("options").path("clean").asBoolean(false);
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
