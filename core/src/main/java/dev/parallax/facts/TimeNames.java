package dev.parallax.facts;

import dev.parallax.text.AnalyzedText;
import java.util.HashSet;
import java.util.Set;

/**
 * The month and weekday words that an article writes as names, not as times. A month or weekday
 * right before a capitalised noun that heads the name of a firm, a street or place, or a
 * newspaper (pack facet {@code time-noun}, value {@code name}: "March Systems", "April Lane", "the
 * Friday Bridge depot", "the Sunday Herald") begins that name; one right after a title is a
 * surname ("Ms. Monday", "Dr. May"). A word the article uses as a surname, after a title or
 * opening a sentence before a verb of saying (pack facet {@code time-marker}, value {@code
 * saying}: "Monday said"), is a surname in the whole article wherever it stands right after a
 * capitalised word that is no time word ("Opposition leader Carla Monday ... Ms. Monday said"),
 * or opens a sentence before a verb of saying. After a preposition, or with a day or a year of its
 * own, it stays a time ("said on Monday", "Monday's vote", "May 5"). Made for one article.
 */
final class TimeNames {
  private final TimeWords tw;
  private final AnalyzedText t;
  /** The month and weekday words (lower-cased terms) the article uses as surnames. */
  private final Set<String> surnames = new HashSet<>();

  TimeNames(TimeWords tw) {
    this.tw = tw;
    this.t = tw.text();
    for (int s = 0; s < t.sentences().size(); s++) {
      int from = t.firstWord(s);
      int to = t.endWord(s);
      for (int w = from; w < to; w++) {
        if (calendarWord(w) && (titled(from, w) || speaker(from, to, w))) {
          surnames.add(t.term(w));
        }
      }
    }
  }

  /**
   * Whether the month or weekday word at {@code w}, in the sentence of words {@code [from, to)},
   * is part of a name.
   */
  boolean name(int from, int to, int w) {
    if (!calendarWord(w) || t.endWithoutPossessive(w) != t.end(w)) {
      return false; // "Monday's vote"
    }
    if (w + 1 < to && tw.blankAfter(w) && capital(w + 1)
        && "name".equals(tw.value(w + 1, TimeWords.NOUN))) {
      return true; // "March Systems", "April Lane", "the Sunday Herald"
    }
    if (titled(from, w)) {
      return true; // "Ms. Monday", "Dr. May"
    }
    return surnames.contains(t.term(w)) && (speaker(from, to, w)
        || w - 1 >= from && capital(w - 1) && !tw.any(w - 1) && tw.blankAfter(w - 1)
            && t.endWithoutPossessive(w - 1) == t.end(w - 1)); // "Carla Monday"
  }

  /** Whether word {@code w} is a month or weekday written in full with a capital. */
  private boolean calendarWord(int w) {
    return (tw.has(w, TimeWords.MONTH) || tw.has(w, TimeWords.WEEKDAY)) && t.word(w).length() > 3
        && capital(w);
  }

  /** Whether word {@code w} follows a title (pack facet {@code time-title}: "Ms.", "Dr."). */
  private boolean titled(int from, int w) {
    return w - 1 >= from && tw.has(w - 1, TimeWords.TITLE);
  }

  /** Whether word {@code w} opens its sentence right before a verb of saying ("Monday said"). */
  private boolean speaker(int from, int to, int w) {
    return w == from && w + 1 < to && tw.blankAfter(w)
        && "saying".equals(tw.value(w + 1, TimeWords.MARKER));
  }

  /** Whether word {@code i} is written as a name is: a capital, then lower case. */
  private boolean capital(int i) {
    String x = t.word(i);
    return !x.isEmpty() && Character.isUpperCase(x.charAt(0))
        && x.chars().anyMatch(Character::isLowerCase);
  }
}
