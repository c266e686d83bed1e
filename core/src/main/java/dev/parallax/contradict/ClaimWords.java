package dev.parallax.contradict;

import dev.parallax.text.WebAddresses;
import dev.parallax.Claim;
import dev.parallax.TextSpan;
import dev.parallax.align.Synonyms;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one claim with offsets into its article: their stems (folded by the synonym
 * groups), whether each is a content word, and spans built from article offsets.
 */
final class ClaimWords {
  private final Claim claim;
  private final AnalyzedText t;
  private final int base;
  // every pair of compared articles reads the same claim again: its words are read once
  private final String[] words;
  private final String[] lower;
  private final String[] stems;
  private final boolean[] content;
  private final Set<String> rawStems;
  private final boolean webAddress;
  private final Claim.Stance stance;
  private final java.util.List<dev.parallax.PolarityFacet> negations;

  /**
   * The words of {@code claim}. A prefix of {@code joinedPrefixes} joined by a hyphen to the
   * word after it ("re-elected") makes one word with it, as English writes it either way
   * ("reelected"): the word takes the prefix on its stem, and the prefix alone is no content
   * word.
   */
  ClaimWords(Claim claim, TextAnalyzer analyzer, Synonyms synonyms, Set<String> joinedPrefixes) {
    this.claim = claim;
    this.t = analyzer.analyze(claim.text());
    this.base = claim.span().start();
    int n = t.wordCount();
    this.words = new String[n];
    this.lower = new String[n];
    this.stems = new String[n];
    this.content = new boolean[n];
    Set<String> raw = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      words[i] = t.word(i);
      lower[i] = words[i].toLowerCase(Locale.ROOT);
      stems[i] = synonyms.canonical(t.stem(i));
      content[i] = !t.isStopWord(i) && !t.isNumber(i)
          && words[i].codePoints().anyMatch(Character::isLetter);
      raw.add(t.stem(i));
    }
    for (int i = 1; i < n; i++) {
      if (joinedPrefixes.contains(lower[i - 1]) && content[i]
          && t.text().substring(t.end(i - 1), t.start(i)).equals("-")) {
        stems[i] = synonyms.canonical(lower[i - 1] + t.stem(i));
        content[i - 1] = false;
      }
    }
    this.rawStems = java.util.Collections.unmodifiableSet(raw);
    this.webAddress = WebAddresses.contains(claim.text());
    this.stance = claim.stance();
    this.negations = claim.facets(dev.parallax.PolarityFacet.class).stream()
        .filter(f -> f.kind() == dev.parallax.PolarityFacet.Kind.NEGATION).toList();
  }

  /** A copy whose words of {@code stems} (by lower-case form) take the stems given there. */
  private ClaimWords(ClaimWords w, java.util.Map<String, String> stems) {
    this.claim = w.claim;
    this.t = w.t;
    this.base = w.base;
    this.words = w.words;
    this.lower = w.lower;
    this.stems = w.stems.clone();
    for (int i = 0; i < this.stems.length; i++) {
      this.stems[i] = stems.getOrDefault(lower[i], this.stems[i]);
    }
    this.content = w.content;
    this.rawStems = w.rawStems;
    this.webAddress = w.webAddress;
    this.stance = w.stance;
    this.negations = w.negations;
  }

  /**
   * These words with the stems of some forms replaced ("fell" read as "fall"), or these words
   * themselves when none of them is such a form.
   *
   * @param stems the stem to give each lower-case form
   */
  ClaimWords restemmed(java.util.Map<String, String> stems) {
    for (String l : lower) {
      if (stems.containsKey(l)) {
        return new ClaimWords(this, stems);
      }
    }
    return this;
  }

  /** Whether the claim holds a web address. */
  boolean webAddress() {
    return webAddress;
  }

  /** The claim's stance, read once. */
  Claim.Stance stance() {
    return stance;
  }

  /** The claim's negations, read once. */
  java.util.List<dev.parallax.PolarityFacet> negations() {
    return negations;
  }

  Claim claim() {
    return claim;
  }

  int size() {
    return t.wordCount();
  }

  int start(int i) {
    return base + t.start(i);
  }

  int end(int i) {
    return base + t.end(i);
  }

  /** The word as written. */
  String text(int i) {
    return words[i];
  }

  /** The word in lower case. */
  String lower(int i) {
    return lower[i];
  }

  /** The stem, folded by the synonym groups. */
  String stem(int i) {
    return stems[i];
  }

  /** The stem as the analyzer gives it, without synonym folding. */
  String rawStem(int i) {
    return t.stem(i);
  }

  boolean isNumber(int i) {
    return t.isNumber(i);
  }

  boolean isStopWord(int i) {
    return t.isStopWord(i);
  }

  /** A word that carries meaning: not a stop word, not a number, has a letter. */
  boolean isContent(int i) {
    return content[i];
  }

  /** Whether any word's stem, without synonym folding, is one of {@code stems}. */
  boolean hasRawStem(Set<String> stems) {
    for (String s : stems) {
      if (rawStems.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word starts with a capital letter. */
  boolean isCapitalised(int i) {
    String w = words[i];
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /**
   * Whether word {@code i} lies in one of the claim's time expressions ("Friday", "March",
   * "last year"): capitalised or not, it names no one and counts nothing.
   */
  boolean inTime(int i) {
    for (dev.parallax.TimeFacet t : claim.facets(dev.parallax.TimeFacet.class)) {
      if (t.span().start() <= start(i) && start(i) < t.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shortest stretch of the claim that holds each of {@code stems} its content words write
   * at least once, from its first word to its last: where the claim says what another one says
   * ("a planned detonation, according to police, which said the explosion was being treated as
   * suspicious" holds "explosion was being treated as suspicious" of the stems of "not treating
   * the explosion as suspicious", though "detonation" is "explosion" too), a capitalised word
   * counting only for a stem the claim writes nowhere in lower case; null when it writes none.
   */
  TextSpan cover(Set<String> stems) {
    List<Integer> at = new ArrayList<>();
    Set<String> plain = new java.util.HashSet<>(); // stems written in lower case somewhere
    for (int i = 0; i < size(); i++) {
      if (isContent(i) && stems.contains(stem(i))) {
        at.add(i);
        if (!isCapitalised(i)) {
          plain.add(stem(i));
        }
      }
    }
    // a word of a name ("the Communications Workers of America") is not the word itself when
    // the claim also writes it in lower case ("represents the mine's 340 workers")
    at.removeIf(i -> isCapitalised(i) && i > 0 && plain.contains(stem(i)));
    if (at.isEmpty()) {
      return null;
    }
    int need = (int) at.stream().map(this::stem).distinct().count();
    Map<String, Integer> held = new HashMap<>();
    int bestFirst = at.get(0);
    int bestLast = at.get(at.size() - 1);
    for (int lo = 0, hi = 0; hi < at.size(); hi++) {
      held.merge(stem(at.get(hi)), 1, Integer::sum);
      while (held.size() == need) {
        if (at.get(hi) - at.get(lo) < bestLast - bestFirst) {
          bestFirst = at.get(lo);
          bestLast = at.get(hi);
        }
        String s = stem(at.get(lo++));
        if (held.merge(s, -1, Integer::sum) == 0) {
          held.remove(s);
        }
      }
    }
    return span(start(bestFirst), end(bestLast));
  }

  /** The first word that starts at or after article offset {@code c}, or {@link #size()}. */
  int firstWordFrom(int c) {
    for (int i = 0; i < t.wordCount(); i++) {
      if (start(i) >= c) {
        return i;
      }
    }
    return t.wordCount();
  }

  /** The last word that ends at or before article offset {@code c}, or -1. */
  int lastWordBefore(int c) {
    for (int i = t.wordCount() - 1; i >= 0; i--) {
      if (end(i) <= c) {
        return i;
      }
    }
    return -1;
  }

  /** The article text between offsets {@code from} and {@code to}. */
  String between(int from, int to) {
    String s = claim.text();
    int a = Math.max(0, Math.min(s.length(), from - base));
    int b = Math.max(a, Math.min(s.length(), to - base));
    return s.substring(a, b);
  }

  /** Whether the article text between offsets {@code from} and {@code to} is white space only. */
  boolean gapIsSpace(int from, int to) {
    return between(from, to).isBlank() && to >= from;
  }

  /** The stems of all content words. */
  Set<String> contentStems() {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < t.wordCount(); i++) {
      if (isContent(i)) {
        out.add(stem(i));
      }
    }
    return out;
  }

  /** Whether a word of {@code stems} lies within {@code span}. */
  boolean anyStemIn(Set<String> stems, TextSpan span) {
    for (int i = 0; i < t.wordCount(); i++) {
      if (stems.contains(t.stem(i)) && Spans.within(start(i), end(i), span)) {
        return true;
      }
    }
    return false;
  }

  /** The span of article offsets {@code [from, to)}, which lie inside the claim. */
  TextSpan span(int from, int to) {
    TextSpan c = claim.span();
    String s = claim.text();
    int line = c.line();
    int column = c.column();
    for (int i = 0; i < from - base; i++) {
      char ch = s.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new TextSpan(c.article(), from, to, s.substring(from - base, to - base), line, column);
  }
}
