package dev.parallax.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.matching.PackMatcher;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulePackTest {
  private static final String HEAD =
      "pack t\n  version: 1\n  language: en\n  source: tests\n  license: Apache-2.0\n";

  private static RulePack pack(String rules) {
    return RulePack.parse("t.rules", HEAD + rules);
  }

  private static String error(String text) {
    try {
      RulePack.parse("t.rules", text);
    } catch (RulePackException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + text);
  }

  @Test
  void parsesAPackAndPrintsRulesBack() {
    RulePack p = pack("""
        rule attack-verbs
          category: loaded-term
          severity: high
          words: slam, lash out
          except: slam the door
          why: Frames criticism as a physical attack.
          neutral: criticized
          expect: The senator [[slammed]] the proposal.
          expect: She slammed the door and left.
        """);
    assertThat(p.toString()).isEqualTo("RulePack[t v1, 1 rule, en]");
    assertThat(p.expectRule("attack-verbs").toString()).isEqualTo("""
        rule attack-verbs
          category: loaded-term
          severity: high
          words: slam, lash out
          except: slam the door
          why: Frames criticism as a physical attack.
          neutral: criticized
          expect: The senator [[slammed]] the proposal.
          expect: She slammed the door and left.
        """);
    assertThat(p.verify()).isEmpty();
  }

  @Test
  void aPatternWithMoreThanTwoGapsIsRefusedAtItsThirdGap() {
    assertThat(error(HEAD + "rule r\n  category: hedge\n  pattern: a ... b ... c ... d\n"
        + "  why: x\n  expect: [[a b c d]]\n"))
        .startsWith("t.rules:8:26: error: a pattern may hold at most 2 '...' gaps (this one has"
            + " 3): each gap tries up to 9 lengths, so the work of matching grows with their"
            + " product\n  pattern: a ... b ... c ... d\n                         ^");
  }

  @Test
  void aPackOfAHundredThousandWordsLoadsAndTags() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      words.append(i == 0 ? "" : ", ").append("=zq").append(letters(i));
    }
    RulePack big = pack("rule many\n  category: hedge\n  words: " + words
        + "\n  why: x\n  expect: It was [[zqbise]] and zq.\n");
    assertThat(big.verify()).isEmpty();
    assertThat(big.expectRule("many").toString()).contains("=zqbise");
  }

  /** A word of letters only for {@code n}, in base 26 ("a" for 0). */
  private static String letters(int n) {
    StringBuilder b = new StringBuilder();
    do {
      b.insert(0, (char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }

  @Test
  void aByteOrderMarkIsNoPartOfThePack() {
    assertThat(RulePack.parse("t.rules", "\uFEFF" + HEAD).toString())
        .isEqualTo("RulePack[t v1, 0 rules, en]");
  }

  @Test
  void loadAllReportsTheProblemsOfEveryPackOfAFolder(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("a.rules"), HEAD + "rule r\n  wrods: x\n");
    java.nio.file.Files.writeString(dir.resolve("b.rules"), HEAD);
    java.nio.file.Files.writeString(dir.resolve("c.rules"), HEAD + "rule q\n  catgory: x\n");
    assertThatThrownBy(() -> RulePack.loadAll(dir))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.diagnostics())
            .extracting(d -> d.toString().lines().findFirst().orElseThrow())
            .containsExactly(dir.resolve("a.rules") + ":7:3: error: unknown key 'wrods'",
                dir.resolve("c.rules") + ":7:3: error: unknown key 'catgory'"));
  }

  @Test
  void unknownKeyIsReportedWithPosition() {
    assertThat(error(HEAD + "rule r\n  wrods: x\n"))
        .startsWith("t.rules:7:3: error: unknown key 'wrods'\n  wrods: x\n  ^");
  }

  @Test
  void duplicateRuleIdsAreRejected() {
    String rule = "rule r\n  category: hedge\n  words: arguably\n  why: w\n  expect: [[Arguably]] so.\n";
    assertThat(error(HEAD + rule + rule))
        .isEqualTo("t.rules:11:6: error: duplicate rule id 'r' (first on line 6)\nrule r\n     ^");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no closing      | [[Arguably so. | t.rules:10:11: error: unbalanced '[[': no ']]' after it",
        "no opening      | Arguably]] so. | t.rules:10:19: error: unbalanced ']]': no '[[' before it",
        "nested          | [[a [[b]] c]]  | t.rules:10:15: error: '[[' inside '[[' (opened at column 11)",
        "empty           | a [[]] b       | t.rules:10:15: error: empty '[[]]'",
      })
  void expectWithUnbalancedBracketsIsRejected(String name, String example, String message) {
    String text = HEAD + "rule r\n  category: hedge\n  words: arguably\n  why: w\n  expect: "
        + example.strip() + "\n";
    assertThat(error(text)).startsWith(message.strip() + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown category | category: loaded | category: hedge | t.rules:7:13: error: unknown"
            + " category 'loaded' (known: loaded-term, epithet, intensifier, hyperbole,"
            + " emotional-appeal, rhetorical-question, call-to-action, exclamation, prescriptive,"
            + " hedge, unattributed, speculation, sarcasm)",
        "unknown severity | severity: huge | severity: low | t.rules:7:13: error: unknown"
            + " severity 'huge' (known: low, medium, high)",
        "bad pattern      | pattern: so ? called | pattern: so-called * | t.rules:7:15: error: '?'"
            + " may only end a pattern",
        "bad element      | pattern: <Noun> | pattern: * | t.rules:7:12: error: unknown pattern"
            + " element '<Noun>' (known: *, ..., <Cap>, <num>, ^, ?, !)",
        "unknown shape    | shape: command | shape: question | t.rules:7:10: error: unknown shape"
            + " 'command' (known: question, exclamation, scare-quote)",
      })
  void badValuesAreNamedWithTheirColumn(String name, String bad, String fine, String message) {
    String rest = "  words: arguably\n  why: w\n  expect: [[Arguably]] so.\n";
    String text = HEAD + "rule r\n  " + bad.strip() + "\n  category: hedge\n" + rest;
    if (bad.strip().startsWith("category")) {
      text = HEAD + "rule r\n  " + bad.strip() + "\n" + rest;
    }
    assertThat(error(text)).startsWith(message.strip() + "\n");
  }

  @Test
  void aRuleNeedsWhyAMatcherAndAnExample() {
    assertThat(error(HEAD + "rule r\n  category: hedge\n"))
        .isEqualTo(String.join("\n",
            "t.rules:6:1: error: rule 'r' has no 'why'", "rule r", "^",
            "t.rules:6:1: error: rule 'r' has no 'words', 'pattern' or 'shape'", "rule r", "^",
            "t.rules:6:1: error: rule 'r' has no 'expect' example", "rule r", "^"));
  }

  @Test
  void aPackNeedsItsHeader() {
    assertThat(error("rule r\n")).startsWith("t.rules:1:1: error: a pack starts with 'pack <id>'");
    assertThat(error("pack t\n  version: 1\n"))
        .startsWith("t.rules:1:1: error: pack 't' has no 'language'");
    assertThat(error(HEAD.replace("version: 1", "version: two")))
        .startsWith("t.rules:2:12: error: version must be a positive integer: 'two'");
    assertThat(error(HEAD.replace("language: en", "language: de")))
        .startsWith("t.rules:3:13: error: unsupported language 'de' (supported: en)");
    assertThat(error(HEAD + "  colour: red\n"))
        .startsWith("t.rules:6:3: error: unknown key 'colour' (a pack has version, language,"
            + " source, license, description)");
  }

  @Test
  void verifyReportsExamplesThatDoNotHold() {
    RulePack p = pack("""
        rule r
          category: loaded-term
          words: regime
          except: tax regime
          why: w
          expect: The [[regime]] said so.
          expect: The [[government]] said so.
          expect: A regime of exercise.
          expect: The tax regime changed.
        """);
    assertThat(p.verify()).extracting(Diagnostic::toString).containsExactly(
        "t.rules:12:17: error: rule 'r' should tag 'government' here but does not\n"
            + "  expect: The [[government]] said so.\n                ^",
        "t.rules:13:13: error: rule 'r' tags 'regime', which is not marked\n"
            + "  expect: A regime of exercise.\n            ^");
  }

  @Test
  void patternsShapesAndExactForms() {
    RulePack p = pack("""
        rule so-called
          category: sarcasm
          pattern: so-called *
          why: w
          expect: The [[so-called experts]] agreed.
          expect: They called it so.
        rule how-long
          category: rhetorical-question
          pattern: ^ how long will ... ?
          why: w
          expect: [[How long will Washington allow this?]]
          expect: He asked how long it will take?
          expect: How long will it last.
        rule exclaim
          category: exclamation
          shape: exclamation
          why: w
          expect: It works. [[This is a huge deal!]]
          expect: Is it? Yes.
        rule must
          category: prescriptive
          pattern: america|washington|we =must|=should
          why: w
          expect: [[America must]] act and [[we should]] help.
          expect: We musted nothing.
        rule scare
          category: sarcasm
          shape: scare-quote
          why: w
          expect: The regime's [[“experts”]] disagree.
          expect: He said: “no”. “Yes” was the answer. “We will fight,” he said.
          expect: They said it was “a long and careful review of the whole plan”.
        rule scare-except
          category: sarcasm
          shape: scare-quote
          except: =said
          why: w
          expect: The [[“experts”]] disagree.
          expect: She said she was “hopeful” about it.
          expect: It was “a disaster,” the mayor said.
          expect: The [[“reform”]] passed. Nobody said more.
        rule longest
          category: hyperbole
          words: huge, huge deal, deal
          why: w
          expect: A [[huge deal]], a [[huge]] win, a [[deal]].
        rule numbers
          category: hyperbole
          pattern: <num> percent|times
          why: w
          expect: It rose [[300 percent]] in [[10 times]] the time.
        """);
    assertThat(p.verify()).isEmpty();
  }

  @Test
  void stemsMeetOtherFormsAndPhrasesCrossLineBreaks() {
    RulePack p = pack("""
        rule hermit
          category: epithet
          words: hermit kingdom, brutality
          why: w
          expect: the [[hermit kingdoms]] of old and their [[brutalities]]
          expect: the [[Hermit Kingdom]]'s leader and the [[Hermit Kingdom]]’s army
        """);
    assertThat(p.verify()).isEmpty();
    TextAnalyzer en = TextAnalyzer.english();
    String text = "Defectors describe life inside what they call the secretive hermit\r\n"
        + "kingdom, where brutality reigns.";
    assertThat(PackMatcher.of(List.of(p.entries()), en).match(en.analyze(text)))
        .extracting(m -> text.substring(m.start(), m.end()))
        .containsExactly("hermit\r\nkingdom", "brutality");
  }

  @Test
  void cuesCarryAFacetAndAValueAndMatchLikeRules() {
    RulePack p = pack("""
        cue month-8
          facet: month
          value: 8
          case: sensitive
          words: August, Aug
          note: Lower-case "august" is an adjective.
          expect: since [[August]] 2024 and [[Aug]] 5
          expect: an august institution
        cue kilometre
          facet: unit
          value: length km 1
          words: kilometer, kilometre, km
          expect: 248 [[kilometers]] or 4 [[km]]
          expect: a kilo of rice
        """);
    assertThat(p.toString()).isEqualTo("RulePack[t v1, 0 rules, 2 cues, en]");
    assertThat(p.findCue("month-8").orElseThrow().toString()).isEqualTo("""
        cue month-8
          facet: month
          value: 8
          case: sensitive
          words: August, Aug
          note: Lower-case "august" is an adjective.
          expect: since [[August]] 2024 and [[Aug]] 5
          expect: an august institution
        """);
    assertThat(p.verify()).isEmpty();
    assertThat(p.entries()).extracting(PackEntry::id).containsExactly("month-8", "kilometre");
  }

  @Test
  void cuesAndRulesTakeTheirOwnKeys() {
    assertThat(error(HEAD + "cue c\n  category: hedge\n"))
        .startsWith("t.rules:7:3: error: unknown key 'category' for a cue (a cue has facet, value,"
            + " words, pattern, except, case, note, expect)");
    assertThat(error(HEAD + "rule r\n  facet: month\n"))
        .startsWith("t.rules:7:3: error: unknown key 'facet' for a rule (did you mean a cue?)");
    assertThat(error(HEAD + "cue c\n  words: x\n  expect: [[x]]\n"))
        .startsWith("t.rules:6:1: error: cue 'c' has no 'facet'");
    assertThat(error(HEAD + "cue c\n  facet: Month\n  words: x\n  expect: [[x]]\n"))
        .startsWith("t.rules:7:10: error: invalid facet 'Month': use lower-case letters, digits"
            + " and '-'");
  }
}
