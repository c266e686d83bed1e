package dev.parallax.facts;

import dev.parallax.text.AnalyzedText;

/**
 * What every reader of one sentence's time expressions works with: the words of the sentence
 * with their time cues, its text, its bounds, the article's calendar and what the text has named
 * so far; and the shape of a word that no cue tells (a plural, a plain lower-case word, a word
 * after a determiner). The readers of dates, relative times, clock times, numbers and tense
 * extend it.
 */
abstract class TimeClauseReader {
  final TimeClause clause;
  final TimeWords tw;
  final AnalyzedText t;
  final TimeCalendar cal;
  /** The sentence's first word. */
  final int from;
  /** One past the sentence's last word. */
  final int to;
  final TimeAnchors anchors;

  TimeClauseReader(TimeClause clause) {
    this.clause = clause;
    this.tw = clause.words();
    this.t = tw.text();
    this.cal = clause.calendar();
    this.from = clause.from();
    this.to = clause.to();
    this.anchors = clause.anchors();
  }

  /**
   * The year the text is about: that of the month or quarter last named ("a loss in the fourth
   * quarter of 2005 and for the entire year"), else of publication.
   */
  String yearAbout() {
    String period = anchors.period();
    return period != null ? period.substring(0, 4) : cal.unitOffset("year", 0);
  }

  /** Whether word {@code w} follows a determiner or a relative word ("the fall", "last fall"). */
  boolean context(int w) {
    return w - 1 >= from && (tw.has(w - 1, TimeWords.DET) || tw.has(w - 1, TimeWords.REL));
  }

  /**
   * Whether word {@code w} is a plain lower-case word of letters, neither a stop word nor a
   * relative or reference word: a noun or an adjective that a number can count ("2000 people").
   */
  boolean isPlainWord(int w) {
    String s = t.word(w);
    if (s.isEmpty() || !Character.isLowerCase(s.charAt(0)) || t.isNumber(w)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return !t.isStopWord(w) && !tw.has(w, TimeWords.REL) && !tw.has(w, TimeWords.REF);
  }

  /**
   * Whether word {@code i} is written as a name is: a capital, then lower case ("Vancouver"; not
   * "EST" or "AM", which stand before dates).
   */
  boolean isCapital(int i) {
    String x = t.word(i);
    return !x.isEmpty() && Character.isUpperCase(x.charAt(0))
        && x.chars().anyMatch(Character::isLowerCase);
  }

  /** Whether word {@code w} ends in a plural "s" ("days", not "business"). */
  boolean plural(int w) {
    String term = t.term(w);
    return term.endsWith("s") && !term.endsWith("ss");
  }
}
