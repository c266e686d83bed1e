package dev.parallax.facts;

import dev.parallax.TimeFacet.Type;
import dev.parallax.facts.TimeExpr.Kind;

/**
 * Reads the quarters and halves of the year in one sentence: "the first quarter of 2009", "the
 * fourth quarter of last year", "the third quarter", "Q3 2025", "H1 2026". A quarter without a
 * year is placed by the tense of its clause, or in the year of the quarter the report named; a
 * quarter or half of a game is none. Made for one sentence; not shared.
 */
final class TimeQuarters extends TimeClauseReader {
  private final TimeNumbers numbers;
  private final TimeTense tense;
  private final TimeRelatives relatives;

  TimeQuarters(TimeClause clause, TimeNumbers numbers, TimeTense tense, TimeRelatives relatives) {
    super(clause);
    this.numbers = numbers;
    this.tense = tense;
    this.relatives = relatives;
  }

  /**
   * "the first quarter of 2009", "the fourth quarter of last year", "the third quarter", and in
   * the notation of business news "Q3 2025", "Q2", "H1 2026", "3Q", "2H".
   */
  TimeExpr quarter(int w) {
    String word = t.word(w);
    boolean coded = word.length() == 2 && (word.charAt(0) == 'Q' && word.charAt(1) >= '1'
        && word.charAt(1) <= '4' || word.charAt(0) == 'H' && word.charAt(1) >= '1'
        && word.charAt(1) <= '2');
    // the number first, as analysts write it: "a 3Q loss", "2H sales"
    boolean reversed = !coded && word.length() == 2 && (word.charAt(1) == 'Q'
        && word.charAt(0) >= '1' && word.charAt(0) <= '4' || word.charAt(1) == 'H'
        && word.charAt(0) >= '1' && word.charAt(0) <= '2');
    if (reversed) {
      word = word.charAt(1) + word.substring(0, 1);
      coded = true;
    }
    String ov = coded ? word.substring(1) : tw.value(w, TimeWords.ORDINAL);
    if (ov == null) {
      return null;
    }
    int a = coded ? w : tw.after(w, TimeWords.ORDINAL);
    if (!coded && (a >= to || plural(a))) {
      return null;
    }
    boolean half = coded ? word.charAt(0) == 'H' : tw.has(a, TimeWords.HALF);
    if (!coded && !half && !"quarter".equals(tw.value(a, TimeWords.UNIT))) {
      return null;
    }
    int q = Integer.parseInt(ov);
    if (half && q > 2 || q > 4) {
      return null;
    }
    String code = half ? "-H" : "-Q";
    int e = a + 1;
    if (e + 2 < to && tw.has(e, TimeWords.OF) && tw.has(e + 1, TimeWords.DET)
        && "year".equals(tw.value(e + 2, TimeWords.UNIT)) && !plural(e + 2)) {
      // "the first half of the year": of the year the text is about (as "the year" is)
      return new TimeExpr(w, e + 3, Type.DATE, yearAbout() + code + q, Kind.QUARTER, null,
          -1);
    }
    if (e + 1 < to && tw.has(e, TimeWords.OF)) {
      int y = numbers.yearNumber(e + 1);
      if (y > 0) {
        return new TimeExpr(w, e + 2, Type.DATE, TimeCalendar.year(y) + code + q, Kind.QUARTER,
            null, -1);
      }
      TimeExpr r = relatives.rel(e + 1);
      if (r != null && r.kind() == Kind.REL && r.value().matches("\\d{4}|X{4}")) {
        return new TimeExpr(w, r.end(), Type.DATE, r.value() + code + q, Kind.QUARTER, null, -1);
      }
    }
    if (e < to) {
      int y = numbers.yearNumber(e);
      if (y > 0) {
        return new TimeExpr(w, e + 1, Type.DATE, TimeCalendar.year(y) + code + q, Kind.QUARTER,
            null, -1);
      }
    }
    String reported = anchors.period();
    // after a report has named its quarter or half, a half is one of the year ("profit fell in
    // the first quarter ... should improve in the second half")
    boolean report = reported != null && reported.matches("\\d{4}-[QH]\\d");
    if (half && !money() && !compares() && !report || play() || ofOther(e)) {
      return null; // "the first half", "trailed in the fourth quarter": a game's, not a year's
    }
    int dir = tense.reported(w, e) ? -1 : tense.tense(w); // "fourth-quarter results": begun
    if (dir == 0 && money()) {
      // "posted a net loss of $87 million for the first quarter": money told of a quarter with
      // no word of a plan is a result, of the last such quarter ended, not of the nearest one
      dir = -1;
    }
    String own = half ? cal.half(q, dir) : cal.quarter(q, dir);
    if (reported != null && reported.length() == 7 && reported.charAt(5) == 'Q'
        && (dir <= 0 || (reported.substring(0, 4) + code + q).compareTo(own) >= 0)) {
      // "the fourth quarter of 2009 ... in the third quarter": the year of the quarter the
      // report named, not the one nearest publication; a quarter the clause looks ahead to
      // ("expects growth in the second quarter") is not one already past
      return new TimeExpr(w, e, Type.DATE, reported.substring(0, 4) + code + q, Kind.QUARTER,
          null, -1);
    }
    return new TimeExpr(w, e, Type.DATE, own, Kind.QUARTER, null, -1);
  }

  /**
   * "in the quarter", "for the quarter" (after a preposition of pack facet {@code time-link}, not
   * "of" or "and") with no number, in a sentence that tells of money and
   * not of play: the quarter the report named last, else, when publication is known, the last
   * quarter ended before it (the current one when the clause looks ahead: "expects sales in the
   * quarter to rise"). The word at {@code w} is "quarter"; the grammar takes in the "the".
   */
  TimeExpr bare(int w) {
    if (!"quarter".equals(tw.value(w, TimeWords.UNIT)) || plural(w)
        || !Character.isLowerCase(t.word(w).charAt(0)) || w - 2 < from
        || !tw.has(w - 1, TimeWords.DET) || !"preposition".equals(tw.value(w - 2, TimeWords.LINK))
        || tw.has(w - 2, TimeWords.OF) || tw.has(w - 2, TimeWords.RANGE)) {
      return null;
    }
    if (w + 1 < to && tw.blankAfter(w) && (tw.has(w + 1, TimeWords.OF)
        || tw.has(w + 1, TimeWords.PERIOD_END) || isPlainWord(w + 1) || t.isNumber(w + 1))) {
      return null; // "the quarter of the city", "the quarter ended Sept. 30", "the quarter point"
    }
    if (!money() || play()) {
      return null;
    }
    String reported = anchors.period();
    if (reported != null && reported.length() == 7 && reported.charAt(5) == 'Q') {
      return new TimeExpr(w, w + 1, Type.DATE, reported, Kind.QUARTER, null, -1);
    }
    if (!cal.known()) {
      return null;
    }
    int y = cal.dct().getYear();
    int q = (cal.dct().getMonthValue() - 1) / 3 + 1;
    if (tense.tense(w) <= 0) {
      q--; // "earned $3 billion in the quarter": the last one ended
      if (q == 0) {
        q = 4;
        y--;
      }
    }
    return new TimeExpr(w, w + 1, Type.DATE, TimeCalendar.year(y) + "-Q" + q, Kind.QUARTER, null,
        -1);
  }

  /**
   * Whether the sentence tells of money and not of play ("sales rose in the first half"): a half
   * numbered without a year is then of the year, which a game's half never tells of.
   */
  private boolean money() {
    int[] here = gameAndMoney(from, to);
    return here[1] > 0 && here[0] == 0;
  }

  /**
   * Whether a quarter numbered without a year is a part of play (pack facet {@code time-game}):
   * its sentence tells of a game and not of money ("trailed by ten in the fourth quarter"), or
   * tells of neither in a text that tells of play more than twice as often as of money ("our
   * defense made some plays in the fourth quarter" in a game report). "Revenue rose in the fourth
   * quarter" stays a quarter of the year.
   */
  private boolean play() {
    int[] here = gameAndMoney(from, to);
    if (here[0] > 0 || here[1] > 0) {
      return here[1] == 0;
    }
    int[] all = gameAndMoney(0, t.wordCount());
    return all[0] > 2 * all[1];
  }

  /**
   * Whether "of" at word {@code e} makes the quarter one of something other than a year: no
   * "year" and no word of a fiscal year in the three words after it ("the first quarter of the
   * season", "of the game"; not "of its fiscal year", "of the new year").
   */
  private boolean ofOther(int e) {
    if (e + 1 >= to || !tw.has(e, TimeWords.OF)) {
      return false;
    }
    for (int i = e + 1; i < to && i <= e + 3; i++) {
      if ("year".equals(tw.value(i, TimeWords.UNIT)) || tw.has(i, TimeWords.FISCAL)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the sentence sets one amount against another (pack facet {@code time-comparison}:
   * "up from", or "the same" before a period noun: "up 8 percent from the same period last
   * year"), as a report of a half of the year does.
   */
  private boolean compares() {
    for (int k = from; k < to; k++) {
      if (tw.has(k, TimeWords.COMPARISON)
          || tw.has(k, TimeWords.SAME) && k + 1 < to && tw.has(k + 1, TimeWords.PERIOD)) {
        return true; // "up from", "against the same period last year"
      }
    }
    return false;
  }

  /** How many words of {@code [a, b)} are words of play and how many words of money. */
  private int[] gameAndMoney(int a, int b) {
    int[] n = new int[2];
    for (int i = a; i < b; i++) {
      String v = tw.value(i, TimeWords.GAME);
      if (v != null) {
        n[v.equals("game") ? 0 : 1]++;
      }
    }
    return n;
  }
}
