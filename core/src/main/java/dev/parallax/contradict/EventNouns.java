package dev.parallax.contradict;

import dev.parallax.align.Synonyms;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The nouns of what an ordinal statement counts ("known defection", "straight day of protests"):
 * the stems, folded by synonyms, of its words before the first stop word, and the last of them as
 * its head.
 */
final class EventNouns {
  private final TextAnalyzer analyzer;
  private final Synonyms synonyms;
  private final Set<String> prepositions;

  /**
   * @param prepositions lower-case prepositions that end an event's nouns as a stop word does
   *     (pack facet {@code event-preposition}: "the third fire aboard a ship")
   */
  EventNouns(TextAnalyzer analyzer, Synonyms synonyms, Set<String> prepositions) {
    this.analyzer = analyzer;
    this.synonyms = synonyms;
    this.prepositions = Set.copyOf(prepositions);
  }

  /**
   * Whether word {@code i} ends the event's nouns: a stop word, a number or a preposition, unless
   * a hyphen joins it to the next word ("near-Earth asteroid", "off-duty officer", "300-yard
   * game").
   */
  private boolean ends(AnalyzedText t, int i) {
    if (t.hyphenedModifier(i) || t.numberModifier(i)) {
      return false;
    }
    return t.isStopWord(i) || t.isNumber(i)
        || prepositions.contains(t.word(i).toLowerCase(java.util.Locale.ROOT));
  }

  /** The stems of the event's words before its first stop word ("straight day", "day"). */
  Set<String> words(String event) {
    AnalyzedText t = analyzer.analyze(event);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < t.wordCount(); i++) {
      if (ends(t, i)) {
        break;
      }
      out.add(synonyms.canonical(t.stem(i)));
    }
    return out;
  }

  /**
   * The stems of the event's content words after its first stop word: what it is counted over or
   * of ("victory over Thompson": "thompson"; "wildfire in the region" and the possessor of "the
   * region's second wildfire": "region"); empty when none.
   */
  Set<String> scope(String event) {
    AnalyzedText t = analyzer.analyze(event);
    Set<String> out = new LinkedHashSet<>();
    boolean after = false;
    for (int i = 0; i < t.wordCount(); i++) {
      if (ends(t, i)) {
        after = true;
      } else if (after) {
        out.add(synonyms.canonical(t.stem(i)));
      }
    }
    return out;
  }

  /**
   * The event's head noun as written, lower case: the last word before its first stop word, or
   * null.
   */
  String headWord(String event) {
    AnalyzedText t = analyzer.analyze(event);
    String head = null;
    for (int i = 0; i < t.wordCount(); i++) {
      if (ends(t, i)) {
        break;
      }
      head = t.word(i).toLowerCase(java.util.Locale.ROOT);
    }
    return head;
  }

  /**
   * Whether the head noun {@code narrow} is a closed compound that names a kind of {@code broad}:
   * English writes the kind in its last part ("wildfire" and "bushfire" are fires, an
   * "airstrike" is a strike), so every event of the first is one of the second.
   */
  static boolean kindOf(String narrow, String broad) {
    return narrow != null && broad != null && broad.length() >= 3
        && narrow.length() >= broad.length() + 3 && narrow.endsWith(broad)
        && Character.isLetter(narrow.charAt(narrow.length() - broad.length() - 1));
  }

  /**
   * Whether the event's nouns open with a measure joined by a hyphen ("300-yard game", "five-set
   * match"): a kind of the noun that is counted, not a place in the noun's own sequence.
   */
  boolean measured(String event) {
    AnalyzedText t = analyzer.analyze(event);
    return t.wordCount() > 1 && t.numberModifier(0);
  }

  /** The stem of the event's head noun: the last word before its first stop word, or null. */
  String head(String event) {
    String head = null;
    for (String w : words(event)) {
      head = w;
    }
    return head;
  }
}
