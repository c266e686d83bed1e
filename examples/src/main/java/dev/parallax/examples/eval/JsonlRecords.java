package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON Lines loop shared by the evaluation programs of this package: reads a JSONL input file
 * record by record, lets a {@link Handler} fill one result object per record and writes each
 * result as one line of a JSONL output file.
 *
 * <p>For every input line, in order:
 *
 * <ul>
 *   <li>blank lines are skipped;
 *   <li>a line that is not JSON is skipped with {@code IN:LINE: not JSON, skipped: MESSAGE} on
 *       stderr, {@code IN} being the input path as given;
 *   <li>otherwise a result object is created whose first field is {@code "id"}, copied from the
 *       record's {@code id} (JSON null when the record has none), and handed to the handler with
 *       the record; a {@link RuntimeException} from the handler is counted as an error and its
 *       {@code toString()} is added to the result as {@code "error"}, after whatever fields the
 *       handler had added so far; the result is then written as one line.
 * </ul>
 *
 * <p>The output file's folder is created if missing. The returned {@link Summary} counts the
 * records written and the records that failed, and gives the run's wall time; callers print their
 * own summary line from it.
 */
final class JsonlRecords {

  /** The work done on one record. */
  @FunctionalInterface
  interface Handler {

    /**
     * Fills the output line of one record.
     *
     * @param record the parsed input line
     * @param result the output line, holding {@code "id"} already; fields added here are written in
     *     the order they are added, and a field put again keeps its first position
     * @param lineNo the 1-based number of the record's line in the input file
     * @throws RuntimeException if the record fails; the run goes on (see {@link JsonlRecords})
     */
    void handle(JsonNode record, ObjectNode result, int lineNo);
  }

  /**
   * What a run did.
   *
   * @param cases records written, failed ones included
   * @param errors records whose handler threw a {@link RuntimeException}
   * @param millis wall time of the run, in milliseconds
   */
  record Summary(int cases, int errors, long millis) {}

  private JsonlRecords() {}

  /**
   * Runs {@code handler} over every record of {@code input} and writes the results to {@code
   * output}, replacing that file.
   *
   * @param input input JSONL path, as given on the command line
   * @param output output JSONL path, as given on the command line
   * @param handler the work done on each record
   * @return the counts and wall time of the run
   * @throws IOException if a file cannot be read or written
   */
  static Summary run(String input, String output, Handler handler) throws IOException {
    ObjectMapper json = new ObjectMapper();
    int cases = 0;
    int errors = 0;
    long t0 = System.nanoTime();
    Path out = Path.of(output).toAbsolutePath();
    Files.createDirectories(out.getParent());
    try (BufferedReader reader = Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode record;
        try {
          record = json.readTree(line);
        } catch (IOException e) {
          System.err.println(input + ":" + lineNo + ": not JSON, skipped: " + e.getMessage());
          continue;
        }
        ObjectNode result = json.createObjectNode();
        result.set("id", record.get("id"));
        try {
          handler.handle(record, result, lineNo);
        } catch (RuntimeException e) {
          errors++;
          result.put("error", e.toString());
        }
        cases++;
        writer.write(json.writeValueAsString(result));
        writer.newLine();
      }
    }
    return new Summary(cases, errors, (System.nanoTime() - t0) / 1_000_000);
  }
}
