package dev.parallax.matching;

import dev.parallax.rules.RuleMatcher;
import dev.parallax.rules.RuleMatcher.AnyOf;
import dev.parallax.rules.RuleMatcher.AnyWord;
import dev.parallax.rules.RuleMatcher.Capitalized;
import dev.parallax.rules.RuleMatcher.Element;
import dev.parallax.rules.RuleMatcher.Gap;
import dev.parallax.rules.RuleMatcher.Numeric;
import dev.parallax.rules.RuleMatcher.SentenceEnd;
import dev.parallax.rules.RuleMatcher.SentenceStart;
import dev.parallax.rules.RuleMatcher.Word;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One step of a compiled phrase or pattern of a {@link PackMatcher}: a word (one of some stems,
 * terms or words as written), any word, a gap of up to {@code max} words, a capitalised word, a
 * number, the start of a sentence, or its end with the mark {@code mark}. Compiled once from a
 * pack's text with the analyzer that reads the texts matched; immutable.
 *
 * <p>A word step's few stems and terms are also held in arrays with their hashes: a text's word
 * is tested against them by identity, then by hash, and its chars compared only when the hashes
 * agree (this runs at most words of every match tried), where a small set compared the chars of
 * every word it held.
 */
final class Step {
  private static final int SCANNED = 8; // at most this many words are tested one by one

  private final Kind kind;
  private final Set<String> stems;
  private final Set<String> terms;
  private final Set<String> surfaces;
  private final int max;
  private final char mark;
  private final String[] stemWords; // the stems when there are few, else null
  private final int[] stemHashes;
  private final Set<String> stemSet; // the stems when there are many, else null
  private final String[] termWords; // the terms when there are few, else null
  private final int[] termHashes;
  private final Set<String> termSet; // the terms when there are many, else null

  /**
   * A step of kind {@code kind}.
   *
   * @param kind what the step accepts
   * @param stems stems a word may have (WORD)
   * @param terms lower-cased terms a word may have (WORD)
   * @param surfaces words as written a word may be (WORD, case-sensitive rules)
   * @param max the most words skipped (GAP)
   * @param mark the final mark (END)
   */
  Step(Kind kind, Set<String> stems, Set<String> terms, Set<String> surfaces, int max,
      char mark) {
    this.kind = kind;
    this.stems = stems;
    this.terms = terms;
    this.surfaces = surfaces;
    this.max = max;
    this.mark = mark;
    this.stemWords = stems.size() <= SCANNED ? stems.toArray(String[]::new) : null;
    this.stemHashes = hashes(stemWords);
    this.stemSet = stemWords == null ? lookup(stems) : null;
    this.termWords = terms.size() <= SCANNED ? terms.toArray(String[]::new) : null;
    this.termHashes = hashes(termWords);
    this.termSet = termWords == null ? lookup(terms) : null;
  }

  /**
   * {@code words} in a {@link HashSet}, never changed: its lookup masks the hash where an
   * immutable set divides it.
   */
  private static Set<String> lookup(Set<String> words) {
    return new HashSet<>(words);
  }

  private static int[] hashes(String[] words) {
    if (words == null) {
      return null;
    }
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].hashCode();
    }
    return out;
  }

  Kind kind() {
    return kind;
  }

  Set<String> stems() {
    return stems;
  }

  Set<String> terms() {
    return terms;
  }

  Set<String> surfaces() {
    return surfaces;
  }

  int max() {
    return max;
  }

  char mark() {
    return mark;
  }

  /** What a step accepts. */
  enum Kind { WORD, ANY, GAP, CAP, NUM, START, END }

  // The words are canonical strings (String.intern), as the analysis gives remembered words
  // (text.StemMemo): a lookup of a text's word finds them by identity.

  static Step stem(String s) {
    return new Step(Kind.WORD, Set.of(s.intern()), Set.of(), Set.of(), 0, '\0');
  }

  static Step term(String t) {
    return new Step(Kind.WORD, Set.of(), Set.of(t.intern()), Set.of(), 0, '\0');
  }

  static Step surface(String w) {
    return new Step(Kind.WORD, Set.of(), Set.of(), Set.of(w.intern()), 0, '\0');
  }

  /**
   * The steps of a phrase: one a word, matched on its stem, on its term when the phrase starts
   * with "=", or on the word as written when {@code caseSensitive}.
   */
  static Step[] phrase(String phrase, TextAnalyzer analyzer, boolean caseSensitive) {
    boolean exact = phrase.startsWith("=");
    AnalyzedText a = analyzer.analyze(exact ? phrase.substring(1) : phrase);
    Step[] steps = new Step[a.wordCount()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = caseSensitive ? Step.surface(a.word(i))
          : exact ? Step.term(a.term(i)) : Step.stem(a.stem(i));
    }
    return steps;
  }

  /** The steps of a pattern, its words matched as in {@link #phrase}. */
  static Step[] pattern(RuleMatcher.Pattern p, TextAnalyzer analyzer, boolean caseSensitive) {
    List<Step> steps = new ArrayList<>();
    for (Element e : p.elements()) {
      if (e instanceof Word w) {
        for (Step s : phrase((w.exact() ? "=" : "") + w.text(), analyzer, caseSensitive)) {
          steps.add(s);
        }
      } else if (e instanceof AnyOf any) {
        Set<String> stems = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        Set<String> surfaces = new LinkedHashSet<>();
        for (Word w : any.words()) {
          AnalyzedText a = analyzer.analyze(w.text());
          if (caseSensitive) {
            surfaces.add(a.word(0).intern());
          } else if (w.exact()) {
            terms.add(a.term(0).intern());
          } else {
            stems.add(a.stem(0).intern());
          }
        }
        steps.add(new Step(Kind.WORD, Set.copyOf(stems), Set.copyOf(terms),
            Set.copyOf(surfaces), 0, '\0'));
      } else if (e instanceof AnyWord) {
        steps.add(new Step(Kind.ANY, Set.of(), Set.of(), Set.of(), 0, '\0'));
      } else if (e instanceof Gap g) {
        steps.add(new Step(Kind.GAP, Set.of(), Set.of(), Set.of(), g.max(), '\0'));
      } else if (e instanceof Capitalized) {
        steps.add(new Step(Kind.CAP, Set.of(), Set.of(), Set.of(), 0, '\0'));
      } else if (e instanceof Numeric) {
        steps.add(new Step(Kind.NUM, Set.of(), Set.of(), Set.of(), 0, '\0'));
      } else if (e instanceof SentenceStart) {
        steps.add(new Step(Kind.START, Set.of(), Set.of(), Set.of(), 0, '\0'));
      } else if (e instanceof SentenceEnd end) {
        steps.add(new Step(Kind.END, Set.of(), Set.of(), Set.of(), 0, end.mark()));
      }
    }
    return steps.toArray(Step[]::new);
  }

  /** Whether this step accepts word {@code w} of {@code t} (a START, END or GAP step: never). */
  boolean accepts(AnalyzedText t, int w) {
    return switch (kind) {
      case WORD -> holds(stemWords, stemHashes, stemSet, t.stem(w))
          || holds(termWords, termHashes, termSet, t.term(w))
          || (!surfaces.isEmpty() && surfaceAt(t, surfaces, w));
      case ANY -> true;
      case CAP -> Character.isUpperCase(t.text().codePointAt(t.start(w)));
      case NUM -> t.isNumber(w);
      default -> false;
    };
  }

  /**
   * Whether {@code word} is in {@code set}, tested one by one against {@code words} (with their
   * {@code hashes}) when the set is small: by identity (the words of packs and of texts are mostly
   * canonical strings), then by hash before the chars.
   */
  private static boolean holds(String[] words, int[] hashes, Set<String> set, String word) {
    if (words == null) {
      return set.contains(word);
    }
    if (words.length == 0) {
      return false;
    }
    int h = word.hashCode();
    for (int i = 0; i < words.length; i++) {
      String s = words[i];
      if (s == word || hashes[i] == h && s.equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code w} as written (without a possessive) is one of {@code surfaces}. */
  private static boolean surfaceAt(AnalyzedText t, Set<String> surfaces, int w) {
    int start = t.start(w);
    int len = t.endWithoutPossessive(w) - start;
    for (String s : surfaces) {
      if (s.length() == len && t.text().regionMatches(start, s, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code steps} accept the words of {@code t} from word {@code w} on, one a step. */
  static boolean phraseAt(AnalyzedText t, Step[] steps, int w) {
    for (int k = 0; k < steps.length; k++) {
      if (!steps[k].accepts(t, w + k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Step[" + kind + " " + stems + " " + terms + " " + surfaces + " " + max + " " + mark
        + "]";
  }
}
