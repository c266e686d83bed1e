package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.TimeFacet;
import dev.parallax.facts.FactCues;
import dev.parallax.facts.Spans;
import dev.parallax.facts.TimeExtractor;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@link TimeExtractor} over a JSONL file of {@code {"id", "text", ...}} records and writes one
 * {@code {"id", "times": [{"start", "end", "text", "type", "value", "from", "to"}]}} line per
 * record, the input of {@code score_annotate.py timex}. Offsets are UTF-16 indices into
 * {@code text}; {@code text} is always written; {@code from}/{@code to} only for intervals.
 *
 * <p>The publication date is the record's {@code dct} (MEANTIME news: {@code YYYY-MM-DD}, or
 * {@code DD-MM-YYYY} as a few MEANTIME documents write it) or else its {@code reference}
 * (Recognizers-Text specs: {@code YYYY-MM-DDTHH:MM:SS}, the date part is used); a record without
 * either is read without a publication date.
 *
 * <p>Usage: {@code TimexEval [--sentences N] IN.jsonl OUT.jsonl}. With {@code --sentences N} only
 * expressions that start in the first N sentences of a text are written, and each line gets
 * {@code "scope"}: the char offset where sentence N+1 starts (MEANTIME annotates only the title and
 * the first five sentences of each article, which the splitter reads as six sentences; a filter can
 * cut other tools' predictions at the same offset). Prints one summary line: records, records with
 * a date, expressions, records that failed, milliseconds.
 */
public final class TimexEval {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern DMY = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");

  private TimexEval() {}

  /**
   * Entry point.
   *
   * @param args input JSONL path and output JSONL path
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    int limit = Integer.MAX_VALUE;
    if (args.length == 4 && args[0].equals("--sentences")) {
      limit = Integer.parseInt(args[1]);
      args = new String[] {args[2], args[3]};
    }
    if (args.length != 2) {
      System.err.println("usage: TimexEval [--sentences N] IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    TextAnalyzer analyzer = TextAnalyzer.english();
    FactCues cues = new FactCues(FactCues.englishPacks(), analyzer);
    TimeExtractor extractor = new TimeExtractor();
    int cases = 0;
    int dated = 0;
    int times = 0;
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
        ArrayNode spans = result.putArray("times");
        String id = record.path("id").asText("record-" + lineNo);
        String text = record.path("text").asText("");
        Optional<LocalDate> published = date(record.path("dct").asText(""));
        if (published.isEmpty()) {
          published = date(record.path("reference").asText(""));
        }
        if (published.isPresent()) {
          dated++;
        }
        try {
          AnalyzedText analyzed = analyzer.analyze(text);
          List<TimeFacet> found =
              extractor.extract(new Spans(id, analyzed), cues.find(analyzed), published);
          int scope = limit < analyzed.sentences().size()
              ? analyzed.sentences().get(limit).start() : text.length();
          if (limit != Integer.MAX_VALUE) {
            result.put("scope", scope);
          }
          found = found.stream().filter(f -> f.span().start() < scope).toList();
          for (TimeFacet f : found) {
            ObjectNode o = spans.addObject()
                .put("start", f.span().start())
                .put("end", f.span().end())
                .put("text", f.span().text())
                .put("type", f.type().name())
                .put("value", f.value());
            f.from().ifPresent(v -> o.put("from", v));
            f.to().ifPresent(v -> o.put("to", v));
          }
          times += found.size();
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
    System.out.printf("TimexEval: %d cases (%d dated), %d times, %d errors, %d ms -> %s%n",
        cases, dated, times, errors, ms, args[1]);
  }

  /** {@code YYYY-MM-DD...} or {@code DD-MM-YYYY}; empty for anything else. */
  static Optional<LocalDate> date(String s) {
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      m = DMY.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
