package dev.parallax.examples.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the {@code parallax} tool in-process on small files of its own making. In the tables,
 * {@code $D} stands for the fixture directory.
 */
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A plain-text article with a title line, a CRLF line end and a char outside the BMP. */
  private static final String WIRE =
      "Soldier defects across the border\r\n"
          + "\r\n"
          + "A North Korean soldier defected to South Korea on Sunday, crossing the border. \uD83D\uDE42 "
          + "The military said he was unharmed.\n"
          + "Officials in Seoul are questioning him.\n";

  /** A plain-text article whose first line is a sentence, so it has no title. */
  private static final String OPINION =
      "On Sunday a North Korean soldier defected to South Korea across the border.\n"
          + "The regime keeps its people in fear and isolation.\n";

  @TempDir static Path dir;

  @BeforeAll
  static void fixtures() throws IOException {
    write("wire.txt", WIRE);
    write("opinion.txt", OPINION);
    write("blank.txt", " \n\t\n");
    write("invisible.txt", "\u00a0\u200b\n\u2060\n");
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait.".getBytes(ISO_8859_1));
    write("malformed.json", "{\"text\": \"A soldier defected.\",\n  \"outlet\" \"Wire\"}");
    write("unknown.json", "{\"text\": \"A soldier defected.\", \"author\": \"X\", \"lang\": \"en\"}");
    write("baddate.json", "{\"text\": \"A soldier defected.\", \"published\": \"yesterday\"}");
    write("array.json", "[1, 2]");
    write("numbertext.json", "{\"text\": 42}");
    write("notext.json", "{\"outlet\": \"Wire\"}");
    write("blanktext.json", "{\"text\": \"   \"}");
    write("badid.json", "{\"id\": \"two words\", \"text\": \"A soldier defected.\"}");
    write("curly.txt", "{ not json, but starts like it");
    write("same1.json", "{\"id\": \"same\", \"text\": \"A soldier defected on Sunday.\"}");
    write("same2.json", "{\"id\": \"same\", \"text\": \"A soldier crossed the border on Sunday.\"}");
    Files.createDirectories(dir.resolve("folder"));
    write("lines.jsonl", "{\"id\": \"x\", \"text\": \"The regime rules by fear.\"}\n");
    write(
        "full.json",
        "{\"id\": \"agency\", \"outlet\": \"Agency\", \"title\": \"Defection\","
            + " \"published\": \"2025-10-19T08:00:00Z\", \"url\": \"https://example.org/a\","
            + " \"text\": \"A North Korean soldier defected to South Korea on Sunday, officials said.\"}");
    Files.createDirectories(dir.resolve("other"));
    write("other/wire.txt", "A North Korean soldier crossed into South Korea on Sunday.\n");
    write("bom.txt", "\uFEFFHeadline with a mark\n\nA North Korean soldier defected on Sunday.\n");
    write("house.rules", PACK_HEAD + """
        rule fear
          category: emotional-appeal
          words: fear
          why: Plays on fear.
          expect: The regime keeps its people in [[fear]].
          expect: Nothing here.
        """);
    write("failing.rules", PACK_HEAD + """
        rule fear
          category: emotional-appeal
          words: fear
          why: Plays on fear.
          expect: The [[regime]] keeps its people in fear.
        """);
    write("broken.rules", PACK_HEAD + "rule r\n  wrods: x\n");
  }

  private static final String PACK_HEAD =
      "pack house\n  version: 1\n  language: en\n  source: tests\n  license: Apache-2.0\n";

  // ---------------------------------------------------------------- errors

  static Stream<Arguments> errors() {
    return Stream.of(
        row("no arguments", "parallax: no command given (see 'parallax --help')"),
        row("unknown command", "parallax: unknown command 'contrast'; the commands are compare,"
            + " annotate, verify and help", "contrast", "$D/wire.txt", "$D/opinion.txt"),
        row("unknown top-level option", "parallax: unknown option '--verbose' (see 'parallax --help')",
            "--verbose"),
        row("unknown option of compare", "parallax: unknown option '--colour' for compare"
            + " (see 'parallax compare --help')", "compare", "--colour", "$D/wire.txt", "$D/opinion.txt"),
        row("unknown short option", "parallax: unknown option '-x' for compare"
            + " (see 'parallax compare --help')", "compare", "-x", "$D/wire.txt", "$D/opinion.txt"),
        row("help of an unknown command", "parallax: unknown command 'contrast'; the commands are"
            + " compare, annotate, verify and help", "help", "contrast"),
        row("no files", "parallax: compare needs at least two files, got 0"
            + " (see 'parallax compare --help')", "compare"),
        row("one file", "parallax: compare needs at least two files, got 1"
            + " (see 'parallax compare --help')", "compare", "$D/wire.txt"),
        row("missing file", "parallax: $D/missing.txt: no such file",
            "compare", "$D/wire.txt", "$D/missing.txt"),
        row("directory", "parallax: $D/folder: is a directory, not a file",
            "compare", "$D/wire.txt", "$D/folder"),
        row("not UTF-8", "parallax: $D/latin1.txt: not UTF-8 text: invalid byte at offset 3",
            "compare", "$D/wire.txt", "$D/latin1.txt"),
        row("invalid date", "parallax: --published: invalid publication date '2025-02-30': expected"
            + " ISO-8601 such as 2025-10-20 or 2025-10-20T09:30:00Z",
            "compare", "--published", "2025-02-30", "$D/wire.txt", "$D/opinion.txt"),
        row("invalid date, = form", "parallax: --published: invalid publication date 'soon':"
            + " expected ISO-8601 such as 2025-10-20 or 2025-10-20T09:30:00Z",
            "compare", "--published=soon", "$D/wire.txt", "$D/opinion.txt"),
        row("option without value", "parallax: option --published needs a value",
            "compare", "$D/wire.txt", "$D/opinion.txt", "--published"),
        row("invalid format", "parallax: invalid --format 'xml': expected text, json or html",
            "compare", "--format", "xml", "$D/wire.txt", "$D/opinion.txt"),
        row("confidence above 1",
            "parallax: invalid --min-confidence '1.5': expected a number from 0 to 1",
            "compare", "--min-confidence", "1.5", "$D/wire.txt", "$D/opinion.txt"),
        row("confidence not a number",
            "parallax: invalid --min-confidence 'high': expected a number from 0 to 1",
            "compare", "--min-confidence=high", "$D/wire.txt", "$D/opinion.txt"),
        row("alignment score below 0",
            "parallax: invalid --min-alignment-score '-0.1': expected a number from 0 to 1",
            "compare", "--min-alignment-score", "-0.1", "$D/wire.txt", "$D/opinion.txt"),
        row("blank text", "parallax: $D/blank.txt: the article text is blank",
            "compare", "$D/wire.txt", "$D/blank.txt"),
        row("text of no-break and zero-width spaces",
            "parallax: $D/invisible.txt: the article text is blank",
            "compare", "$D/wire.txt", "$D/invisible.txt"),
        row("malformed JSON", "parallax: $D/malformed.json: malformed JSON at line 2, column 12:"
            + " Unexpected character ('\"' (code 34)): was expecting a colon to separate field name"
            + " and value", "compare", "$D/wire.txt", "$D/malformed.json"),
        row("JSON content in a .txt file", "parallax: $D/curly.txt: malformed JSON at line 1,"
            + " column 3: Unexpected character ('n' (code 110)): was expecting double-quote to start"
            + " field name", "compare", "$D/wire.txt", "$D/curly.txt"),
        row("invalid date in JSON", "parallax: $D/baddate.json: invalid publication date"
            + " 'yesterday': expected ISO-8601 such as 2025-10-20 or 2025-10-20T09:30:00Z",
            "compare", "$D/wire.txt", "$D/baddate.json"),
        row("JSON array", "parallax: $D/array.json: a JSON article must be an object, got an array",
            "compare", "$D/wire.txt", "$D/array.json"),
        row("JSON text not a string", "parallax: $D/numbertext.json: field 'text' must be a string,"
            + " got a number", "compare", "$D/wire.txt", "$D/numbertext.json"),
        row("JSON without text", "parallax: $D/notext.json: field 'text' is missing",
            "compare", "$D/wire.txt", "$D/notext.json"),
        row("JSON with blank text", "parallax: $D/blanktext.json: the article text is blank",
            "compare", "$D/wire.txt", "$D/blanktext.json"),
        row("JSON with a bad id", "parallax: $D/badid.json: article id must be 1 to 128 characters"
            + " without white space or control characters: 'two words'",
            "compare", "$D/wire.txt", "$D/badid.json"),
        row("two JSON articles with one id", "parallax: $D/same2.json: article id 'same' is also"
            + " the id of $D/same1.json", "compare", "$D/same1.json", "$D/same2.json"),
        row("one JSON article given twice", "parallax: $D/same1.json: article id 'same' is also"
            + " the id of $D/same1.json", "compare", "$D/same1.json", "$D/same1.json"),
        row("broken rule pack", "parallax: $D/broken.rules:7:3: error: unknown key 'wrods'",
            "compare", "--rules", "$D/broken.rules", "$D/wire.txt", "$D/opinion.txt"),
        row("missing rule pack", "parallax: $D/none.rules: no such file",
            "compare", "--rules", "$D/none.rules", "$D/wire.txt", "$D/opinion.txt"),
        row("unknown rule to disable", "parallax: cannot disable rule 'nope': no pack in force has"
            + " it (packs: loaded-language-en, opinion-en, attribution-en)",
            "compare", "--disable", "nope", "$D/wire.txt", "$D/opinion.txt"),
        row("unknown category to disable", "parallax: unknown category 'snark' for"
            + " --disable-category (known: loaded-term, epithet, intensifier, hyperbole,"
            + " emotional-appeal, rhetorical-question, call-to-action, exclamation, prescriptive,"
            + " hedge, unattributed, speculation, sarcasm)",
            "annotate", "--disable-category", "snark", "$D/wire.txt"),
        row("verify without packs", "parallax: verify needs a pack file or folder, or --builtin"
            + " (see 'parallax verify --help')", "verify"),
        row("verify a missing pack", "parallax: $D/none.rules: no such file",
            "verify", "$D/none.rules"));
  }

  private static Arguments row(String name, String stderr, String... args) {
    return Arguments.of(name, stderr, args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void badInputPrintsOneLineAndExitsWith2(String name, String stderr, String[] args) {
    Result r = run(args);

    assertThat(r.err()).isEqualTo(expand(stderr) + System.lineSeparator());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unreadableFile() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.txt"), "A soldier defected.", UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "the user can read any file (root)");

    Result r = run("compare", dir.resolve("wire.txt").toString(), locked.toString());

    assertThat(r.err())
        .isEqualTo("parallax: " + locked + ": cannot read the file: permission denied"
            + System.lineSeparator());
    assertThat(r.code()).isEqualTo(Main.USAGE);
  }

  // ---------------------------------------------------------------- help and version

  static Stream<Arguments> helps() {
    return Stream.of(
        Arguments.of((Object) new String[] {"--help"}, "Usage: parallax <command>"),
        Arguments.of((Object) new String[] {"-h"}, "Usage: parallax <command>"),
        Arguments.of((Object) new String[] {"help"}, "Usage: parallax <command>"),
        Arguments.of((Object) new String[] {"help", "compare"}, "Usage: parallax compare "),
        Arguments.of((Object) new String[] {"compare", "--help"}, "Usage: parallax compare "),
        Arguments.of((Object) new String[] {"compare", "-h", "x.txt"}, "Usage: parallax compare "),
        Arguments.of((Object) new String[] {"help", "annotate"}, "Usage: parallax annotate "),
        Arguments.of((Object) new String[] {"annotate", "--help"}, "Usage: parallax annotate "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helps")
  void helpGoesToStdoutAndExits0(String[] args, String start) {
    Result r = run(args);

    assertThat(r.out()).startsWith(start).endsWith("\n");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  @Test
  void generalHelpListsTheCommands() {
    assertThat(run("--help").out()).contains("  compare ", "  annotate ", "  help ", "--version");
  }

  @Test
  void version() {
    Result r = run("--version");

    assertThat(r.out()).matches("parallax \\S+\\R");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  // ---------------------------------------------------------------- rule packs

  @Test
  void verifyReportsThatPacksKeepTheirExamples() {
    Result r = run("verify", file("house.rules"));

    assertThat(r.out()).isEqualTo("1 pack, 1 rule, 2 examples: all hold\n");
    assertThat(r.code()).isZero();
    assertThat(run("verify", "--builtin").out()).endsWith(": all hold\n");
  }

  @Test
  void verifyPrintsEachProblemLikeACompiler() {
    Result r = run("verify", file("failing.rules"), file("broken.rules"));

    assertThat(r.out()).isEqualTo(String.join("\n",
        file("broken.rules") + ":7:3: error: unknown key 'wrods'",
        "  wrods: x",
        "  ^",
        file("failing.rules") + ":10:17: error: rule 'fear' should tag 'regime' here but does not"
            + " (it tags 'fear')",
        "  expect: The [[regime]] keeps its people in fear.",
        "                ^",
        file("failing.rules") + ":10:46: error: rule 'fear' tags 'fear', which is not marked",
        "  expect: The [[regime]] keeps its people in fear.",
        "                                             ^",
        "1 pack, 1 rule, 1 example: 3 problems", ""));
    assertThat(r.code()).isEqualTo(Main.FAILED);
  }

  @Test
  void unknownFieldsOfAJsonArticleAreNamedOnceAndLeftOut() {
    Result r = run("compare", "--format", "json", file("wire.txt"), file("unknown.json"));
    assertThat(r.err()).isEqualTo("parallax: " + file("unknown.json") + ": fields left out:"
        + " author, lang (known fields: id, outlet, title, published, url, text)\n");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"id\" : \"unknown\"");
  }

  @Test
  void aTimeMlDocumentCreationTimeDatesTheArticle() throws IOException {
    write("timeml.jsonl", "{\"id\": \"m1\", \"dct\": \"2008-03-01\","
        + " \"text\": \"The plant closed on Friday.\"}\n");
    Result r = run("annotate", file("timeml.jsonl"));
    assertThat(r.err()).isEmpty();
    JsonNode times = JSON.readTree(r.out()).get("facets").get("times");
    assertThat(times.get(0).get("text").asText()).isEqualTo("Friday");
    assertThat(times.get(0).get("value").asText()).isEqualTo("2008-02-29");
  }

  @Test
  void compareEventsWritesOneLinePerEventInOrderAndSkipsBadOnes() throws IOException {
    String a = "{\"article_id\": \"a1\", \"date\": \"2025-10-20\", \"mentions\": [],"
        + " \"text\": \"Officials said 12 people were killed on Sunday.\"}";
    String b = "{\"article_id\": \"a2\", \"date\": \"\", \"text\":"
        + " \"Police said 15 people were killed on Sunday.\"}";
    write("events.jsonl", String.join("\n",
        "{\"event_id\": \"e1\", \"articles\": [" + a + ", " + b + "]}",
        "{\"event_id\": \"e2\", \"articles\": [",
        "",
        "{\"event_id\": \"e3\", \"articles\": [" + a + "]}",
        "{\"event_id\": \"e4\", \"articles\": [" + b + ", " + a + "]}") + "\n");

    Result r = run("compare", "--events", file("events.jsonl"), "--threads", "2");

    List<String> lines = r.out().lines().toList();
    assertThat(lines).extracting(MainTest::readEventId).containsExactly("e1", "e4");
    JsonNode first = JSON.readTree(lines.get(0)).get("comparison");
    assertThat(first.get("articles").findValuesAsText("id")).containsExactly("a1", "a2");
    assertThat(first.get("articles").get(0).get("published").asText()).isEqualTo("2025-10-20");
    assertThat(first.get("articles").get(1).get("published").isNull()).isTrue();
    List<String> errors = r.err().lines().toList();
    assertThat(errors.get(0)).startsWith("parallax: " + file("events.jsonl")
        + ":2: malformed JSON at line 1, column ");
    assertThat(errors.get(1)).isEqualTo("parallax: " + file("events.jsonl")
        + ":4: event 'e3' has 1 article; compare needs at least two");
    assertThat(errors.get(2)).isEqualTo("parallax: " + file("events.jsonl")
        + ": field left out: mentions (known fields: id, outlet, title, published, url, text)");
    assertThat(errors.get(3)).matches("parallax: 2 events of 4 articles compared in .* s \\(.*"
        + " s per event\\), 2 skipped");
    assertThat(r.code()).isEqualTo(Main.FAILED);

    assertThat(run("compare", "--events", file("events.jsonl"), "--threads", "0").err())
        .isEqualTo("parallax: invalid --threads '0': expected a whole number from 1 to 256\n");
    assertThat(run("compare", "--threads", "2", file("wire.txt"), file("opinion.txt")).err())
        .isEqualTo("parallax: --threads goes with --events (see 'parallax compare --help')\n");
    assertThat(run("compare", "--events", file("events.jsonl"), "--progress").code())
        .isEqualTo(Main.FAILED); // accepted; a line every five seconds, the summary at the end
  }

  @Test
  void eventArticlesWithoutIdsAreNamedByTheirPlaceAndTwiceGivenIdsMakeABadEvent()
      throws IOException {
    write("ids.jsonl", "{\"event_id\": \"e\", \"articles\": [{\"text\": \"One soldier crossed.\"},"
        + " {\"text\": \"A soldier crossed.\"}]}\n"
        + "{\"event_id\": \"f\", \"articles\": [{\"id\": \"x\", \"text\": \"One.\"},"
        + " {\"id\": \"x\", \"text\": \"Two.\"}]}\n");

    Result r = run("compare", "--events", file("ids.jsonl"), "--no-progress");

    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(JSON.readTree(lines.get(0)).get("comparison").get("articles")
        .findValuesAsText("id")).containsExactly("e-1", "e-2");
    assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo("parallax: "
        + file("ids.jsonl") + ":2 article 2: article id 'x' is given twice in event 'f'");
    assertThat(r.code()).isEqualTo(Main.FAILED);
  }

  private static String readEventId(String line) {
    try {
      return JSON.readTree(line).get("event_id").asText();
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  @Test
  void annotateHelpNamesEveryFieldItWrites() throws IOException {
    write("fields.jsonl", "{\"id\": \"f\", \"published\": \"2025-10-20\", \"text\":"
        + " \"Officials in Seoul said 12 people were not hurt on Sunday, the first such attack"
        + " this year. It was a \\\"reckless\\\" raid.\"}\n");
    JsonNode line = JSON.readTree(run("annotate", file("fields.jsonl")).out());
    String help = run("annotate", "--help").out();
    List<String> missing = new ArrayList<>();
    collectFields(line, missing, help);
    assertThat(line.get("facets").size()).isEqualTo(6);
    assertThat(missing).as("fields written but not in 'annotate --help'").isEmpty();
  }

  /** Adds to {@code missing} every field name of {@code node} (deeply) that {@code help} lacks. */
  private static void collectFields(JsonNode node, List<String> missing, String help) {
    if (node.isArray()) {
      node.forEach(n -> collectFields(n, missing, help));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        boolean category = Arrays.stream(dev.parallax.rules.Category.values())
            .anyMatch(c -> c.packName().equals(e.getKey())); // a profile's counts by category
        if (!category && !help.contains("\"" + e.getKey() + "\"")
            && !missing.contains(e.getKey())) {
          missing.add(e.getKey());
        }
        collectFields(e.getValue(), missing, help);
      });
    }
  }

  @Test
  void verifyChecksEveryPackOfAFolderAndReadsAByteOrderMark() throws IOException {
    Path packs = Files.createDirectories(dir.resolve("packs"));
    Files.writeString(packs.resolve("a-broken.rules"), PACK_HEAD + "rule r\n  wrods: x\n");
    Files.writeString(packs.resolve("b-bom.rules"), "\uFEFF" + Files.readString(dir.resolve("house.rules")));
    Files.writeString(packs.resolve("c-broken.rules"), PACK_HEAD + "rule q\n  catgory: hedge\n");

    Result r = run("verify", packs.toString());

    assertThat(r.out()).isEqualTo(String.join("\n",
        packs.resolve("a-broken.rules") + ":7:3: error: unknown key 'wrods'",
        "  wrods: x",
        "  ^",
        packs.resolve("c-broken.rules") + ":7:3: error: unknown key 'catgory'",
        "  catgory: hedge",
        "  ^",
        "1 pack, 1 rule, 2 examples: 2 problems", ""));
    assertThat(r.code()).isEqualTo(Main.FAILED);
  }

  @Test
  void ruleOptionsShapeTheTags() throws IOException {
    Result own = run("annotate", "--no-builtin-rules", "--rules", file("house.rules"),
        file("lines.jsonl"));
    JsonNode tags = JSON.readTree(own.out().lines().findFirst().orElseThrow()).get("tags");
    assertThat(tags).hasSize(1);
    assertThat(tags.get(0).get("rule").asText()).isEqualTo("fear");
    assertThat(tags.get(0).get("pack").asText()).isEqualTo("house");

    Result none = run("annotate", "--no-builtin-rules", "--rules", file("house.rules"),
        "--allow", "fear", file("lines.jsonl"));
    assertThat(JSON.readTree(none.out().lines().findFirst().orElseThrow()).get("tags")).isEmpty();
  }

  @Test
  void annotateReadsAnArticleWithAMalformedDateWithoutTheDate() throws IOException {
    Path in = Files.writeString(dir.resolve("dates.jsonl"),
        "{\"id\": \"d\", \"text\": \"He left on Sunday.\", \"published\": \"03-02-2009\"}\n",
        UTF_8);

    Result r = run("annotate", "--no-progress", in.toString());

    assertThat(r.err()).isEqualTo("parallax: " + in + ":1: invalid publication date"
        + " '03-02-2009': expected ISO-8601 such as 2025-10-20 or 2025-10-20T09:30:00Z;"
        + " annotated without a publication date" + System.lineSeparator());
    assertThat(r.code()).isEqualTo(Main.FAILED);
    JsonNode times = JSON.readTree(r.out()).get("facets").get("times");
    assertThat(times.get(0).get("value").asText()).isEqualTo("XXXX-WXX-7");
  }

  @Test
  void annotateReportsProgressWhenAsked() {
    Result r = run("annotate", "--progress", file("lines.jsonl"));

    assertThat(r.err()).matches("parallax: 1 article annotated \\([\\d,.]+ per second,"
        + " [\\d.]+ MB/s\\)\\R");
    assertThat(run("annotate", "--no-progress", file("lines.jsonl")).err()).isEmpty();
  }

  // ---------------------------------------------------------------- compare

  @Test
  void textReport() {
    Result r = run("compare", "--published", "2025-10-20", file("wire.txt"), file("opinion.txt"));

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("Parallax: 2 articles, ")
        .contains("wire     (no outlet), 2025-10-20 — Soldier defects across the border")
        .contains("opinion  (no outlet), 2025-10-20\n")
        .contains("Aligned claims (")
        .contains("Exclusive claims (");
  }

  @Test
  void minimumConfidenceAndAlignmentScoreAreOptions() throws IOException {
    write("smith-a.txt", "Smith has led the miners union since 2002.");
    write("smith-b.txt", "Smith has led the miners union since 2003.");
    Result all = run("compare", "--format", "json", "--min-confidence", "0",
        file("smith-a.txt"), file("smith-b.txt"));
    Result none = run("compare", "--format", "json", "--min-confidence", "1",
        "--min-alignment-score", "0.99", file("smith-a.txt"), file("smith-b.txt"));

    assertThat(all.code()).isZero();
    assertThat(none.code()).isZero();
    assertThat(JSON.readTree(none.out()).get("contradictions")).isEmpty();
    assertThat(JSON.readTree(none.out()).get("alignments")).isEmpty();
    assertThat(JSON.readTree(all.out()).get("alignments")).hasSize(1);
  }

  @Test
  void jsonReportSpansIndexTheFiles() throws IOException {
    Result r =
        run("compare", "--format", "json", "--published", "2025-10-20", file("wire.txt"),
            file("opinion.txt"), file("full.json"));

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("schema").asInt()).isEqualTo(2);

    Map<String, String> texts =
        Map.of("wire", WIRE, "opinion", OPINION,
            "agency", JSON.readTree(Files.readString(dir.resolve("full.json"))).get("text").asText());
    JsonNode articles = root.get("articles");
    assertThat(articles).hasSize(3);
    assertThat(articles.get(0).get("id").asText()).isEqualTo("wire");
    assertThat(articles.get(0).get("title").asText()).isEqualTo("Soldier defects across the border");
    assertThat(articles.get(0).get("outlet").isNull()).isTrue();
    assertThat(articles.get(0).get("published").asText()).isEqualTo("2025-10-20");
    assertThat(articles.get(1).get("id").asText()).isEqualTo("opinion");
    assertThat(articles.get(1).get("title").isNull()).isTrue();
    // the JSON article keeps its own fields; --published does not override its date
    assertThat(articles.get(2).get("id").asText()).isEqualTo("agency");
    assertThat(articles.get(2).get("outlet").asText()).isEqualTo("Agency");
    assertThat(articles.get(2).get("title").asText()).isEqualTo("Defection");
    assertThat(articles.get(2).get("published").asText()).startsWith("2025-10-19");
    assertThat(articles.get(2).get("url").asText()).isEqualTo("https://example.org/a");
    for (JsonNode a : articles) {
      assertThat(a.get("length").asInt()).isEqualTo(texts.get(a.get("id").asText()).length());
    }

    List<JsonNode> spans = new ArrayList<>();
    for (JsonNode al : root.get("alignments")) {
      assertThat(al.get("claims")).hasSize(2);
      al.get("claims").forEach(spans::add);
      assertThat(al.get("score").asDouble()).isBetween(0.0, 1.0);
      assertThat(al.get("reason").asText()).startsWith("shares ");
      for (JsonNode run : al.get("diff")) {
        assertThat(run.get("op").asText()).isIn("equal", "delete", "insert", "change");
      }
    }
    root.get("exclusives").forEach(spans::add);
    assertThat(root.get("alignments")).isNotEmpty();
    assertThat(spans).isNotEmpty();
    for (JsonNode s : spans) {
      String text = texts.get(s.get("article").asText());
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      assertThat(s.get("text").asText()).isEqualTo(text.substring(start, end));
      assertThat(s.get("line").asInt()).isEqualTo(lineOf(text, start));
    }
    assertThat(root.get("contradictions")).isEmpty();
    for (JsonNode t : root.get("tags")) {
      String text = texts.get(t.get("article").asText());
      assertThat(t.get("text").asText())
          .isEqualTo(text.substring(t.get("start").asInt(), t.get("end").asInt()));
    }
    assertThat(root.get("tags")).extracting(t -> t.get("text").asText()).contains("regime");
  }

  @Test
  void filesWithTheSameNameGetDistinctIds() throws IOException {
    Result r =
        run("compare", "--format=json", file("wire.txt"), file("other/wire.txt"));

    assertThat(r.code()).isZero();
    JsonNode articles = JSON.readTree(r.out()).get("articles");
    assertThat(articles.findValuesAsText("id")).containsExactly("wire", "wire-2");
    assertThat(articles.get(0).get("published").isNull()).isTrue();
  }

  @Test
  void byteOrderMarkIsDroppedAndTitleFound() throws IOException {
    Result r = run("compare", "--format", "json", file("bom.txt"), file("opinion.txt"));

    assertThat(r.code()).isZero();
    JsonNode bom = JSON.readTree(r.out()).get("articles").get(0);
    assertThat(bom.get("id").asText()).isEqualTo("bom");
    assertThat(bom.get("title").asText()).isEqualTo("Headline with a mark");
    assertThat(bom.get("length").asInt())
        .isEqualTo("Headline with a mark\n\nA North Korean soldier defected on Sunday.\n".length());
  }

  // ---------------------------------------------------------------- titles and ids

  static Stream<Arguments> titles() {
    String long150 = "A".repeat(150);
    String long151 = "A".repeat(151);
    return Stream.of(
        Arguments.of("Headline\n\nBody text.", "Headline"),
        Arguments.of("Short headline\nBody text.", "Short headline"),
        Arguments.of("Short headline\r\nBody text.", "Short headline"),
        Arguments.of("Headline\r\n\r\nBody text.", "Headline"),
        Arguments.of("  Spaced headline  \nBody text.", "Spaced headline"),
        Arguments.of("Is this a headline?\n\nBody text.", "Is this a headline?"),
        Arguments.of("A first paragraph that is one sentence ending with a period.\n\nBody.", null),
        Arguments.of(long150 + "\nBody text.", long150),
        Arguments.of(long151 + "\n\nBody text.", long151),
        Arguments.of(long151 + "\nBody text.", null),
        Arguments.of("Is this a headline?\nBody text.", "Is this a headline?"),
        Arguments.of("Soldier defects across the DMZ—what does it say?\nIn a rare move, a soldier"
            + " crossed.", "Soldier defects across the DMZ—what does it say?"),
        Arguments.of("A first sentence.\nA second sentence.", null),
        Arguments.of("Wow!\nBody text.", "Wow!"),
        Arguments.of("A first sentence ends with an ellipsis…\nBody text.", null),
        Arguments.of("He said \"no.\"\nBody text.", null),
        Arguments.of("Only one line", null),
        Arguments.of("Only one line\n", null),
        Arguments.of("Headline\n  \n", null),
        Arguments.of("\nBody after an empty first line", null),
        Arguments.of("   \n\nBody after a blank first line", null));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("titles")
  void titleDetection(String text, String title) {
    assertThat(Titles.detect(text)).isEqualTo(Optional.ofNullable(title));
  }

  @Test
  void titleIsMetadataOnlyTheTextStaysTheWholeFile() throws IOException {
    Result r = run("compare", "--format", "json", file("wire.txt"), file("opinion.txt"));

    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("articles").get(0).get("length").asInt()).isEqualTo(WIRE.length());
    // the title line is a claim like any other, at offset 0
    List<JsonNode> spans = new ArrayList<>(root.get("exclusives").findParents("start"));
    root.get("alignments").forEach(al -> al.get("claims").forEach(spans::add));
    assertThat(spans)
        .anySatisfy(s -> {
          assertThat(s.get("article").asText()).isEqualTo("wire");
          assertThat(s.get("start").asInt()).isZero();
        });
  }

  static Stream<Arguments> ids() {
    return Stream.of(
        Arguments.of("wire-report.txt", "wire-report"),
        Arguments.of("some/dir/opinion.analysis.txt", "opinion.analysis"),
        Arguments.of("My Article (final).txt", "My-Article-final"),
        Arguments.of("Café-Zürich.md", "Café-Zürich"),
        Arguments.of(".hidden", "hidden"),
        Arguments.of("noext", "noext"),
        Arguments.of("???.txt", "article"),
        Arguments.of("x".repeat(80) + ".txt", "x".repeat(64)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("ids")
  void idFromFileName(String file, String id) {
    assertThat(ArticleFiles.idOf(file)).isEqualTo(id);
  }

  // ---------------------------------------------------------------- annotate

  @Test
  void annotateReadsJsonLinesAndSkipsBadOnes() throws IOException {
    String in =
        "{\"id\": \"a\", \"text\": \"A soldier defected. He is safe.\"}\n"
            + "{\"text\": \n"
            + "\n"
            + "{\"text\": \"Officials confirmed it.\", \"colour\": \"red\"}\n"
            + "{\"text\": \"No id here.\"}\n";

    Result r = run(new ByteArrayInputStream(in.getBytes(UTF_8)), "annotate");

    List<String> errors = r.err().lines().toList();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).startsWith("parallax: stdin:2: malformed JSON at line 1, column ");
    assertThat(errors.get(1))
        .isEqualTo("parallax: stdin: field left out: colour (known fields: id, outlet, title,"
            + " published, url, text)");
    assertThat(r.code()).isEqualTo(Main.FAILED);

    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    String text = "A soldier defected. He is safe.";
    assertThat(first.get("sentences")).isNotEmpty();
    for (JsonNode s : first.get("sentences")) {
      assertThat(s.get("text").asText())
          .isEqualTo(text.substring(s.get("start").asInt(), s.get("end").asInt()));
    }
    assertThat(first.get("tokens").findValuesAsText("text")).contains("soldier", "defected");
    for (JsonNode t : first.get("tokens")) {
      assertThat(t.get("text").asText())
          .isEqualTo(text.substring(t.get("start").asInt(), t.get("end").asInt()));
      assertThat(t.has("term") && t.has("stem")).isTrue();
    }
    assertThat(JSON.readTree(lines.get(1)).get("id").asText()).isEqualTo("stdin-4");
    assertThat(JSON.readTree(lines.get(2)).get("id").asText()).isEqualTo("stdin-5");
  }

  @Test
  void annotateFileWithoutErrorsExits0() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("two.jsonl"),
        "{\"id\": \"x\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n", UTF_8);

    Result r = run("annotate", jsonl.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().map(l -> readId(l))).containsExactly("x", "two-2");
  }

  @Test
  void annotateMissingFile() {
    Result r = run("annotate", dir.resolve("nope.jsonl").toString());

    assertThat(r.err()).isEqualTo("parallax: " + dir.resolve("nope.jsonl") + ": no such file"
        + System.lineSeparator());
    assertThat(r.code()).isEqualTo(Main.USAGE);
  }

  // ---------------------------------------------------------------- helpers

  record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private static Result run(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] expanded = Arrays.stream(args).map(MainTest::expand).toArray(String[]::new);
    int code =
        Main.run(expanded, in, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Result(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  private static String expand(String s) {
    return s.replace("$D", dir.toString());
  }

  private static String file(String name) {
    return dir.resolve(name).toString();
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private static String readId(String line) {
    try {
      return JSON.readTree(line).get("id").asText();
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  /** The 1-based line of {@code offset}, counting \n, \r\n and a lone \r as line breaks. */
  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
