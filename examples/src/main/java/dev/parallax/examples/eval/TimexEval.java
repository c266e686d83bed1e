package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Annotation;
import dev.parallax.Article;
import dev.parallax.Parallax;
import dev.parallax.TimeFacet;
import java.io.IOException;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the time expressions of {@link Parallax#annotate} over a JSONL file of {@code {"id", "text", ...}} records and writes one
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
  /** Records' own ids may not be article ids (white space): every record is read as one. */
  private static final String ARTICLE_ID = "record";

  private TimexEval() {}

  /**
   * Entry point.
   *
   * @param args input JSONL path and output JSONL path
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    boolean scoped = args.length == 4 && args[0].equals("--sentences");
    int limit = scoped ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    if (scoped) {
      args = new String[] {args[2], args[3]};
    }
    if (args.length != 2) {
      System.err.println("usage: TimexEval [--sentences N] IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    Parallax parallax = Parallax.builder().rulePacks(List.of()).build();
    Counts n = new Counts();
    JsonlRecords.Summary run = JsonlRecords.run(args[0], args[1], (record, result, lineNo) -> {
      ArrayNode spans = result.putArray("times");
      String id = record.path("id").asText("record-" + lineNo);
      String text = record.path("text").asText("");
      Optional<LocalDate> published = date(record.path("dct").asText(""));
      if (published.isEmpty()) {
        published = date(record.path("reference").asText(""));
      }
      if (published.isPresent()) {
        n.dated++;
      }
      if (Article.isBlank(text)) {
        return;
      }
      Annotation a = parallax.annotate(Article.builder().id(ARTICLE_ID).text(text)
          .published(published.orElse(null)).build());
      List<TimeFacet> found = a.facets(TimeFacet.class);
      int scope = limit < a.sentences().size() ? a.sentences().get(limit).start() : text.length();
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
      n.times += found.size();
    });
    System.out.printf("TimexEval: %d cases (%d dated), %d times, %d errors, %d ms -> %s%n",
        run.cases(), n.dated, n.times, run.errors(), run.millis(), args[1]);
  }

  /** Counts kept across records. */
  private static final class Counts {
    int dated;
    int times;
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
