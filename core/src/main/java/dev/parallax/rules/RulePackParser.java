package dev.parallax.rules;

import dev.parallax.rules.RuleMatcher.AnyOf;
import dev.parallax.rules.RuleMatcher.AnyWord;
import dev.parallax.rules.RuleMatcher.Capitalized;
import dev.parallax.rules.RuleMatcher.Element;
import dev.parallax.rules.RuleMatcher.Gap;
import dev.parallax.rules.RuleMatcher.Numeric;
import dev.parallax.rules.RuleMatcher.SentenceEnd;
import dev.parallax.rules.RuleMatcher.SentenceStart;
import dev.parallax.rules.RuleMatcher.ShapeKind;
import dev.parallax.rules.RuleMatcher.Word;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the pack grammar (see {@code docs/rule-packs.md}), collecting every problem. */
final class RulePackParser {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Set<String> PACK_KEYS =
      Set.of("version", "language", "source", "license", "description");
  private static final Set<String> RULE_KEYS =
      Set.of("category", "severity", "words", "pattern", "shape", "except", "why", "neutral",
          "case", "expect");
  private static final Set<String> CUE_KEYS =
      Set.of("facet", "value", "words", "pattern", "except", "case", "note", "expect");
  private static final Pattern FACET = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Set<String> REPEATING = Set.of("words", "pattern", "shape", "except",
      "expect");
  private static final int MAX_GAP = 8;
  /** The most '...' gaps of one pattern: matching work stays at most 81 tries per word. */
  private static final int MAX_GAPS = 2;

  private final String source;
  private final String[] lines;
  private final TextAnalyzer analyzer;
  private final List<Diagnostic> problems = new ArrayList<>();

  private String packId;
  private int packLine;
  private final Map<String, String> packKeys = new LinkedHashMap<>();
  private final Map<String, Integer> packKeyLines = new HashMap<>();
  private final List<Rule> rules = new ArrayList<>();
  private final List<Cue> cues = new ArrayList<>();
  private final Map<String, Integer> ruleLines = new HashMap<>();
  private RuleDraft rule;

  private RulePackParser(String source, String text, TextAnalyzer analyzer) {
    this.source = source;
    this.lines = text.split("\r\n|\r|\n", -1);
    this.analyzer = analyzer;
  }

  static RulePack parse(String source, String text, TextAnalyzer analyzer) {
    return new RulePackParser(source, text, analyzer).parse();
  }

  private RulePack parse() {
    for (int i = 0; i < lines.length; i++) {
      line(i + 1, lines[i]);
    }
    finishRule();
    if (packId == null && problems.isEmpty()) {
      error(1, 1, "a pack starts with 'pack <id>'");
    }
    if (packId != null && packLine > 0) {
      for (String key : List.of("version", "language", "source", "license")) {
        if (!packKeys.containsKey(key)) {
          error(packLine, 1, "pack '" + packId + "' has no '" + key + "'");
        }
      }
    }
    if (packKeys.containsKey("language") && !packKeys.get("language").equals("en")) {
      int no = packKeyLines.get("language");
      error(no, valueColumn(lines[no - 1]),
          "unsupported language '" + packKeys.get("language") + "' (supported: en)");
    }
    int version = 0;
    if (packKeys.containsKey("version")) {
      String v = packKeys.get("version");
      try {
        version = Integer.parseInt(v);
      } catch (NumberFormatException e) {
        version = -1;
      }
      if (version < 1) {
        int no = packKeyLines.get("version");
        error(no, valueColumn(lines[no - 1]), "version must be a positive integer: '" + v + "'");
      }
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
          : Integer.compare(a.column(), b.column()));
      throw new RulePackException(problems);
    }
    return new RulePack(
        packId, version, packKeys.get("language"), packKeys.get("source"),
        packKeys.get("license"), Optional.ofNullable(packKeys.get("description")), source, rules,
        cues);
  }

  private void line(int no, String line) {
    String stripped = line.strip();
    if (stripped.isEmpty() || stripped.startsWith("#")) {
      return;
    }
    if (!Character.isWhitespace(line.charAt(0))) {
      header(no, line);
      return;
    }
    int keyStart = firstNonSpace(line);
    int colon = line.indexOf(':', keyStart);
    if (colon < 0) {
      error(no, keyStart + 1, "expected 'key: value'");
      return;
    }
    String key = line.substring(keyStart, colon).strip();
    String value = line.substring(colon + 1).strip();
    int valueCol = valueColumn(line);
    if (packId == null) {
      error(no, 1, "a pack starts with 'pack <id>'");
    } else if (rule == null) {
      packKey(no, keyStart + 1, key, value, valueCol);
    } else {
      ruleKey(no, keyStart + 1, key, value, valueCol);
    }
  }

  private void header(int no, String line) {
    int space = indexOfSpace(line);
    String word = space < 0 ? line.strip() : line.substring(0, space);
    String id = space < 0 ? "" : line.substring(space).strip();
    int idCol = space < 0 ? line.length() + 1 : space + 1 + firstNonSpace(line.substring(space));
    if (word.equals("pack")) {
      if (packId != null) {
        error(no, 1, "a file holds one pack; pack '" + packId + "' began on line " + packLine);
        return;
      }
      packId = validId(no, idCol, "pack", id) ? id : "?";
      packLine = no;
    } else if (word.equals("rule") || word.equals("cue")) {
      if (packId == null) {
        error(no, 1, "a pack starts with 'pack <id>'");
        packId = "?";
        packLine = -1; // no header: its keys are not checked
      }
      finishRule();
      if (!validId(no, idCol, word, id)) {
        id = "?" + no;
      } else if (ruleLines.containsKey(id)) {
        error(no, idCol, "duplicate " + word + " id '" + id + "' (first on line "
            + ruleLines.get(id) + ")");
      }
      ruleLines.putIfAbsent(id, no);
      rule = new RuleDraft(id, no, problems.size(), word.equals("cue"));
    } else if (line.indexOf(':') > 0) {
      error(no, 1, "'" + line.substring(0, line.indexOf(':')).strip()
          + "' must be indented under 'pack', 'rule' or 'cue'");
    } else {
      error(no, 1, "expected 'pack <id>', 'rule <id>' or 'cue <id>', found '" + word + "'");
    }
  }

  private boolean validId(int no, int col, String what, String id) {
    if (id.isEmpty()) {
      error(no, col, "'" + what + "' needs an id");
      return false;
    }
    if (!ID.matcher(id).matches()) {
      error(no, col, "invalid " + what + " id '" + id
          + "': use lower-case letters, digits and '-'");
      return false;
    }
    return true;
  }

  private void packKey(int no, int col, String key, String value, int valueCol) {
    if (!PACK_KEYS.contains(key)) {
      error(no, col, "unknown key '" + key + "' (a pack has " + String.join(", ",
          List.of("version", "language", "source", "license", "description")) + ")");
      return;
    }
    if (packKeys.containsKey(key)) {
      error(no, col, "'" + key + "' is already set on line " + packKeyLines.get(key));
      return;
    }
    if (value.isEmpty()) {
      error(no, valueCol, "'" + key + "' needs a value");
      return;
    }
    packKeys.put(key, value);
    packKeyLines.put(key, no);
  }

  private void ruleKey(int no, int col, String key, String value, int valueCol) {
    if (!(rule.cue ? CUE_KEYS : RULE_KEYS).contains(key)) {
      error(no, col, "unknown key '" + key + "'" + (rule.cue && RULE_KEYS.contains(key)
          ? " for a cue (a cue has facet, value, words, pattern, except, case, note, expect)"
          : !rule.cue && CUE_KEYS.contains(key) ? " for a rule (did you mean a cue?)" : ""));
      return;
    }
    if (!REPEATING.contains(key) && rule.seen.containsKey(key)) {
      error(no, col, "'" + key + "' is already set on line " + rule.seen.get(key));
      return;
    }
    rule.seen.putIfAbsent(key, no);
    if (value.isEmpty()) {
      error(no, valueCol, "'" + key + "' needs a value");
      return;
    }
    switch (key) {
      case "category" -> {
        Optional<Category> c = Category.fromPackName(value);
        if (c.isEmpty()) {
          error(no, valueCol, "unknown category '" + value + "' (known: " + Category.packNames()
              + ")");
        }
        rule.category = c.orElse(null);
      }
      case "severity" -> {
        Optional<Severity> s = Severity.fromPackName(value);
        if (s.isEmpty()) {
          error(no, valueCol, "unknown severity '" + value + "' (known: low, medium, high)");
        }
        rule.severity = s.orElse(Severity.MEDIUM);
      }
      case "words" -> {
        List<String> phrases = phrases(no, valueCol, value);
        if (!phrases.isEmpty()) {
          rule.matchers.add(new RuleMatcher.Words(phrases));
        }
      }
      case "except" -> rule.excepts.addAll(phrases(no, valueCol, value));
      case "pattern" -> pattern(no, valueCol, value);
      case "shape" -> {
        Optional<ShapeKind> kind = Arrays.stream(ShapeKind.values())
            .filter(k -> k.packName().equals(value)).findFirst();
        if (kind.isEmpty()) {
          error(no, valueCol,
              "unknown shape '" + value + "' (known: question, exclamation, scare-quote)");
        } else {
          rule.matchers.add(new RuleMatcher.Shape(kind.get()));
        }
      }
      case "facet" -> {
        if (!FACET.matcher(value).matches()) {
          error(no, valueCol, "invalid facet '" + value
              + "': use lower-case letters, digits and '-'");
        }
        rule.facet = value;
      }
      case "value" -> rule.value = value;
      case "note" -> rule.note = value;
      case "case" -> {
        if (!value.equals("sensitive") && !value.equals("insensitive")) {
          error(no, valueCol, "unknown case '" + value + "' (known: sensitive, insensitive)");
        }
        rule.caseSensitive = value.equals("sensitive");
      }
      case "why" -> rule.why = value;
      case "neutral" -> rule.neutral = value;
      case "expect" -> expect(no, valueCol, value);
      default -> throw new AssertionError(key);
    }
  }

  /** Comma-separated phrases, each checked to hold a word. */
  private List<String> phrases(int no, int valueCol, String value) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (String part : value.split(",", -1)) {
      String phrase = part.strip();
      int col = valueCol + at + firstNonSpace(part);
      at += part.length() + 1;
      if (phrase.isEmpty()) {
        error(no, col, "empty entry in a list");
        continue;
      }
      String words = phrase.startsWith("=") ? phrase.substring(1) : phrase;
      if (analyzer.analyze(words.isBlank() ? " " : words).wordCount() == 0) {
        error(no, col, "'" + phrase + "' holds no word to match");
        continue;
      }
      out.add(phrase);
    }
    return out;
  }

  private void pattern(int no, int valueCol, String value) {
    List<Element> elements = new ArrayList<>();
    String[] parts = value.split("\\s+");
    int at = 0;
    boolean ok = true;
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k];
      int col = valueCol + value.indexOf(p, at);
      at = value.indexOf(p, at) + p.length();
      Element e = element(p, k == 0, k == parts.length - 1, no, col);
      if (e == null) {
        ok = false;
      } else {
        elements.add(e);
      }
    }
    if (ok && elements.stream().allMatch(e -> e instanceof SentenceStart
        || e instanceof SentenceEnd || e instanceof Gap)) {
      error(no, valueCol, "a pattern needs at least one word element");
      ok = false;
    }
    long gaps = elements.stream().filter(e -> e instanceof Gap).count();
    if (ok && gaps > MAX_GAPS) {
      int third = value.indexOf("...");
      for (int g = 0; g < MAX_GAPS; g++) {
        third = value.indexOf("...", third + 3);
      }
      error(no, valueCol + third, "a pattern may hold at most " + MAX_GAPS + " '...' gaps (this"
          + " one has " + gaps + "): each gap tries up to " + (MAX_GAP + 1) + " lengths, so the"
          + " work of matching grows with their product");
      ok = false;
    }
    if (ok) {
      rule.matchers.add(new RuleMatcher.Pattern(value, elements));
    }
  }

  private Element element(String p, boolean first, boolean last, int no, int col) {
    switch (p) {
      case "^":
        if (!first) {
          error(no, col, "'^' may only start a pattern");
          return null;
        }
        return new SentenceStart();
      case "?":
      case "!":
        if (!last) {
          error(no, col, "'" + p + "' may only end a pattern");
          return null;
        }
        return new SentenceEnd(p.charAt(0));
      case "*":
        return new AnyWord();
      case "...":
        return new Gap(MAX_GAP);
      case "<Cap>":
        return new Capitalized();
      case "<num>":
        return new Numeric();
      default:
        break;
    }
    if (p.startsWith("<") || p.endsWith(">")) {
      error(no, col, "unknown pattern element '" + p + "' (known: *, ..., <Cap>, <num>, ^, ?, !)");
      return null;
    }
    List<Word> words = new ArrayList<>();
    int off = 0;
    for (String alt : p.split("\\|", -1)) {
      boolean exact = alt.startsWith("=");
      String w = exact ? alt.substring(1) : alt;
      if (w.isEmpty() || analyzer.analyze(w).wordCount() == 0) {
        error(no, col + off, "'" + alt + "' holds no word to match");
        return null;
      }
      if (p.indexOf('|') >= 0 && analyzer.analyze(w).wordCount() > 1) {
        error(no, col + off, "'" + alt + "' is more than one word; alternatives are single words");
        return null;
      }
      off += alt.length() + 1;
      words.add(new Word(w, exact));
    }
    return words.size() == 1 ? words.get(0) : new AnyOf(words);
  }

  private void expect(int no, int valueCol, String value) {
    StringBuilder text = new StringBuilder();
    List<Rule.Mark> marked = new ArrayList<>();
    int open = -1;
    int openCol = 0;
    for (int i = 0; i < value.length(); i++) {
      if (value.startsWith("[[", i)) {
        if (open >= 0) {
          error(no, valueCol + i, "'[[' inside '[[' (opened at column " + openCol + ")");
          return;
        }
        open = text.length();
        openCol = valueCol + i;
        i++;
      } else if (value.startsWith("]]", i)) {
        if (open < 0) {
          error(no, valueCol + i, "unbalanced ']]': no '[[' before it");
          return;
        }
        if (open == text.length()) {
          error(no, valueCol + i, "empty '[[]]'");
          return;
        }
        marked.add(new Rule.Mark(open, text.length()));
        open = -1;
        i++;
      } else {
        text.append(value.charAt(i));
      }
    }
    if (open >= 0) {
      error(no, openCol, "unbalanced '[[': no ']]' after it");
      return;
    }
    rule.examples.add(new Rule.Example(text.toString(), marked, no, valueCol, value));
  }

  private void finishRule() {
    if (rule == null) {
      return;
    }
    RuleDraft r = rule;
    rule = null;
    if (problems.size() > r.problemsBefore) {
      return; // a broken rule: what it lacks is likely a consequence, so say nothing more
    }
    int before = problems.size();
    String kind = r.cue ? "cue" : "rule";
    if (r.cue) {
      if (!r.seen.containsKey("facet")) {
        error(r.line, 1, "cue '" + r.id + "' has no 'facet'");
      }
    } else {
      if (!r.seen.containsKey("category")) {
        error(r.line, 1, "rule '" + r.id + "' has no 'category'");
      }
      if (!r.seen.containsKey("why")) {
        error(r.line, 1, "rule '" + r.id + "' has no 'why'");
      }
    }
    if (r.matchers.isEmpty() && !r.seen.containsKey("words") && !r.seen.containsKey("pattern")
        && !r.seen.containsKey("shape")) {
      error(r.line, 1, kind + " '" + r.id + "' has no 'words', 'pattern'"
          + (r.cue ? "" : " or 'shape'"));
    }
    if (!r.seen.containsKey("expect")) {
      error(r.line, 1, kind + " '" + r.id + "' has no 'expect' example");
    }
    if (problems.size() != before) {
      return;
    }
    if (r.cue && r.facet != null) {
      cues.add(new Cue(r.id, r.facet, Optional.ofNullable(r.value), r.matchers, r.excepts,
          r.caseSensitive, Optional.ofNullable(r.note), r.examples, r.line));
    } else if (!r.cue && r.category != null && r.why != null) {
      rules.add(new Rule(r.id, r.category, r.severity, r.matchers, r.excepts, r.caseSensitive,
          r.why, Optional.ofNullable(r.neutral), r.examples, r.line));
    }
  }

  private void error(int no, int col, String message) {
    problems.add(new Diagnostic(source, no, Math.max(1, col), message,
        no - 1 < lines.length ? lines[no - 1] : ""));
  }

  private static int firstNonSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The column (from 1) where a {@code key: value} line's value starts. */
  private static int valueColumn(String line) {
    int colon = line.indexOf(':');
    int i = colon + 1;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i + 1;
  }

  /** A rule being read. */
  private static final class RuleDraft {
    final String id;
    final int line;
    final int problemsBefore;
    final boolean cue;
    String facet;
    String value;
    String note;
    boolean caseSensitive;
    final Map<String, Integer> seen = new HashMap<>();
    final List<RuleMatcher> matchers = new ArrayList<>();
    final List<String> excepts = new ArrayList<>();
    final List<Rule.Example> examples = new ArrayList<>();
    Category category;
    Severity severity = Severity.MEDIUM;
    String why;
    String neutral;

    RuleDraft(String id, int line, int problemsBefore, boolean cue) {
      this.id = id;
      this.line = line;
      this.problemsBefore = problemsBefore;
      this.cue = cue;
    }
  }
}
