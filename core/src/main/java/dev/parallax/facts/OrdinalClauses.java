package dev.parallax.facts;

import static dev.parallax.facts.PolarityExtractor.punctuationBreak;
import static dev.parallax.facts.PolarityExtractor.wordAt;

import dev.parallax.TimeFacet;
import dev.parallax.text.AnalyzedText;
import java.util.List;
import java.util.Optional;

/**
 * How the words of an ordinal statement's clause read for {@link OrdinalExtractor}: where the
 * clause breaks, which words are past-tense verbs, the time expression that follows a word, the
 * words of a name before a possessive. Stateless.
 */
final class OrdinalClauses {

  private OrdinalClauses() {}

  /**
   * Whether a past-tense word before word {@code next} is used as a verb ("the first occurred
   * last August"), not as an adjective before its noun ("the second named storm", "the first
   * reported case"): nothing follows it in its clause but a stop word, a number or a time.
   */
  static boolean verbUse(AnalyzedText t, List<TimeFacet> times, int next, int to) {
    if (next >= to || breakBefore(t, next) || t.isStopWord(next) || t.isNumber(next)) {
      return true;
    }
    for (TimeFacet tf : times) {
      if (tf.span().start() == t.start(next)) {
        return true;
      }
    }
    return false;
  }

  /** The first word of the name that ends at the possessive word {@code i}. */
  static int nameStart(AnalyzedText t, int i, int from) {
    int k = i;
    while (k - 1 >= from && isCapitalised(t, k - 1)
        && t.text().substring(t.end(k - 1), t.start(k)).equals(" ")) {
      k--;
    }
    return k;
  }

  /** Whether word {@code i} starts with a capital letter. */
  static boolean isCapitalised(AnalyzedText t, int i) {
    return Character.isUpperCase(t.text().charAt(t.start(i)));
  }

  /** The last word in {@code [from, last]} that is no stop word, at least {@code from}. */
  static int trim(AnalyzedText t, int from, int last) {
    int e = last;
    while (e > from && t.isStopWord(e)) {
      e--;
    }
    return Math.max(from, e);
  }

  /**
   * The first time expression that starts after word {@code after}, at most {@code maxWords}
   * words after it, with no clause break between; null when there is none.
   */
  static TimeFacet firstTimeAfter(AnalyzedText t, List<TimeFacet> times, int after,
      int to, int maxWords) {
    for (TimeFacet tf : times) {
      if (tf.span().start() < t.end(after)) {
        continue;
      }
      int tw = wordAt(t, tf.span().start());
      if (tw < 0 || tw >= to || tw - after > maxWords) {
        return null;
      }
      for (int q = after + 1; q <= tw; q++) {
        if (breakBefore(t, q)) {
          return null;
        }
      }
      return tf;
    }
    return null;
  }

  /** {@code tf} widened to start at "since": open-ended from its date. */
  static TimeFacet widen(Spans spans, int since, TimeFacet tf) {
    AnalyzedText t = spans.text();
    Optional<String> from = tf.from().isPresent() ? tf.from() : Optional.of(tf.value());
    return new TimeFacet(spans.of(t.start(since), tf.span().end()), tf.type(), tf.value(), from,
        tf.to());
  }

  /** Whether chars {@code [start, end)} lie inside one of {@code times}. */
  static boolean insideTime(List<TimeFacet> times, int start, int end) {
    for (TimeFacet tf : times) {
      if (tf.span().start() <= start && end <= tf.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** A word that reads as a past-tense verb: lower-case, ending in "-ed" ("occurred"). */
  static boolean pastTense(AnalyzedText t, int w) {
    String term = t.term(w);
    return term.length() > 4 && term.endsWith("ed")
        && Character.isLowerCase(t.text().charAt(t.start(w)));
  }

  /** Whether punctuation that breaks a clause stands right before word {@code w}. */
  static boolean breakBefore(AnalyzedText t, int w) {
    return w > 0 && w < t.wordCount() && punctuationBreak(t.text(), t.end(w - 1), t.start(w));
  }
}
