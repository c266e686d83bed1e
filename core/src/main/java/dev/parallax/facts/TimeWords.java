package dev.parallax.facts;

import dev.parallax.text.AnalyzedText;
import java.util.Arrays;

/**
 * The time cues of one analysed text, looked up by word: for each word, the longest hit of each
 * {@code time-*} facet that starts at it, and where that hit ends. Built once per
 * {@link TimeExtractor#extract} call; not shared.
 */
final class TimeWords {
  static final int MONTH = 0;
  static final int WEEKDAY = 1;
  static final int NUMBER = 2;
  static final int DAY = 3;
  static final int REL = 4;
  static final int AGO = 5;
  static final int BOUND = 6;
  static final int UNIT = 7;
  static final int ORDINAL = 8;
  static final int REF = 9;
  static final int DEGREE = 10;
  static final int SEASON = 11;
  static final int PART = 12;
  static final int CLOCK = 13;
  static final int ZONE = 14;
  static final int MOD = 15;
  static final int SET = 16;
  static final int DET = 17;
  static final int OF = 18;
  static final int LINK = 19;
  static final int FUTURE = 20;
  static final int SAME = 21;
  static final int COUNTDOWN = 22;
  static final int MONTH_NAME = 23;
  static final int MONTH_CONTEXT = 24;
  static final int LIMITER = 25;
  static final int PAST = 26;
  static final int BE = 27;
  static final int SPAN_VERB = 28;
  static final int RANGE = 29;
  static final int PERIOD = 30;
  static final int ANCHOR = 31;
  static final int BASE = 32;
  static final int HALF = 33;
  static final int FISCAL = 34;
  static final int WHOLE = 35;
  static final int LEAN = 36;
  static final int FRACTION = 37;
  static final int FRACTION_OF = 38;
  static final int LENGTH_ADJECTIVE = 39;
  static final int GAME = 40;
  static final int TEMPERATURE = 41;
  static final int HOLIDAY = 42;
  static final int HOLIDAY_NOUN = 43;
  static final int HOLIDAY_DETERMINER = 44;
  static final int TITLE = 45;
  static final int SCHEDULED_PLURAL = 46;
  static final int SCHEDULED_BE = 47;
  static final int SEQUEL = 48;
  static final int ALTERNATIVE = 49;
  static final int LENGTH_WORD = 50;
  static final int SCHEDULED_PARTICIPLE = 51;
  static final int PERIOD_END = 52;
  static final int LENGTH_JOIN = 53;
  static final int COORDINATOR = 54;
  static final int MONTH_BEFORE_NOUN = 55;
  static final int HEADLINE_MODAL = 56;
  static final int PAIR = 57;
  static final int PERSON_PREPOSITION = 58;
  static final int COMPARISON = 59;
  static final int NOUN = 60;
  static final int NEW = 61;
  static final int HABITUAL = 62;
  static final int MARKER = 63;
  private static final String[] FACETS = {
    "time-month", "time-weekday", "time-number", "time-day", "time-rel", "time-ago", "time-bound", "time-unit", "time-ordinal", "time-ref", "time-degree", "time-season", "time-part", "time-clock", "time-zone", "time-mod", "time-set", "time-det", "time-of", "time-link", "time-future", "time-same", "time-countdown", "time-month-name", "time-month-context", "time-limiter", "time-past", "time-be", "time-span-verb", "time-range", "time-period", "time-anchor", "time-base", "time-half", "time-fiscal", "time-whole", "time-lean", "time-fraction", "time-fraction-of", "time-length-adjective", "time-game", "time-temperature", "time-holiday", "time-holiday-noun", "time-holiday-determiner", "time-title", "time-scheduled-plural", "time-scheduled-be", "time-sequel", "time-alternative", "time-length-word", "time-scheduled-participle", "time-period-end", "time-length-join", "time-coordinator", "time-month-before-noun", "time-headline-modal", "time-pair", "time-person-preposition", "time-comparison", "time-noun", "time-new", "time-habitual", "time-marker"
  };

  /** The facets that only join or bound an expression: they do not begin one. */
  private static final long NOT_BEGINNING = bits(LINK, OF, FUTURE, BOUND, AGO, COUNTDOWN, RANGE,
      PERIOD, ANCHOR, BASE, FISCAL, WHOLE, LEAN, FRACTION, GAME, TEMPERATURE, HOLIDAY_NOUN,
      HOLIDAY_DETERMINER, TITLE, SCHEDULED_PLURAL, SCHEDULED_BE, ALTERNATIVE,
      SCHEDULED_PARTICIPLE, PERIOD_END, LENGTH_JOIN, COORDINATOR, MONTH_BEFORE_NOUN,
      HEADLINE_MODAL, PAIR, PERSON_PREPOSITION, COMPARISON, NOUN, NEW, HABITUAL, MARKER);

  /**
   * The facets of plain words that only join phrases or clauses ("or", "and", "but") or only
   * tell the readers about the words around a time ("results", "new", "typically", "had",
   * "which"): a word with no other cue is no time word ("although later recovered", "who later
   * became").
   */
  private static final long JOINING = bits(LENGTH_JOIN, COORDINATOR, NOUN, NEW, HABITUAL, MARKER);

  private final AnalyzedText text;
  /** Per word, a bit per facet that has a hit starting there (0 for most words). */
  private final long[] present;
  /** Per word, the index in {@link #hits} of its first slot; one slot a facet present. */
  private final int[] firstSlot;
  private final CueHits cues;
  /**
   * The longest hit (its index in {@link #cues}) of each facet present at each word: word by
   * word, facets in index order.
   */
  private final int[] hits;

  TimeWords(CueHits cues) {
    this.cues = cues;
    this.text = cues.text();
    int words = text.wordCount();
    this.present = new long[words];
    // facet by facet, through each facet's own hits: the other facets' hits are never read
    int[][] hitsOf = new int[FACETS.length][]; // by facet, the indices of its hits
    for (int f = 0; f < FACETS.length; f++) {
      long bit = 1L << f;
      hitsOf[f] = cues.indices(FACETS[f]);
      for (int h : hitsOf[f]) {
        int w = cues.word(h);
        if (w >= 0) {
          present[w] |= bit;
        }
      }
    }
    this.firstSlot = new int[words + 1];
    for (int w = 0; w < words; w++) {
      firstSlot[w + 1] = firstSlot[w] + Long.bitCount(present[w]);
    }
    this.hits = new int[firstSlot[words]];
    Arrays.fill(hits, -1);
    for (int f = 0; f < FACETS.length; f++) {
      // a facet's hits come in text order, as in all the hits: the first longest one is kept
      for (int h : hitsOf[f]) {
        int w = cues.word(h);
        if (w >= 0) {
          int slot = slot(w, f);
          if (hits[slot] < 0 || cues.end(h) > cues.end(hits[slot])) {
            hits[slot] = h;
          }
        }
      }
    }
  }

  private static long bits(int... facets) {
    long out = 0;
    for (int f : facets) {
      out |= 1L << f;
    }
    return out;
  }

  /** The slot of {@code facet} at word {@code w}, which has it. */
  private int slot(int w, int facet) {
    return firstSlot[w] + Long.bitCount(present[w] & ((1L << facet) - 1));
  }

  AnalyzedText text() {
    return text;
  }

  /**
   * Whether a hit of {@code facet} of at most four words ends right before word {@code w} and
   * starts at or after word {@code from} ("in May", "planned for May", "dates back centuries").
   */
  boolean endsAt(int facet, int w, int from) {
    for (int k = w - 1; k >= from && k >= w - 4; k--) {
      if (has(k, facet) && after(k, facet) == w) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code w} has a time cue other than a word that only joins ("or", "but"). */
  boolean any(int w) {
    return w >= 0 && w < present.length && (present[w] & ~JOINING) != 0;
  }

  /**
   * Whether word {@code w} has a cue that can begin an expression (not only a preposition, "of",
   * a future word, an interval bound or "ago").
   */
  boolean begins(int w) {
    return any(w) && (present[w] & ~NOT_BEGINNING) != 0;
  }

  /**
   * Whether a word of {@code [from, to)} may begin an expression: it has a cue that {@linkplain
   * #begins begins} one, or it is a number (where {@link TimeSentence#read} tries the grammar).
   */
  boolean anyBegins(int from, int to) {
    for (int w = from; w < to; w++) {
      if (begins(w) || text.isNumber(w)) {
        return true;
      }
    }
    return false;
  }

  /** The hit of {@code facet} starting at word {@code w} (its index in the cues), or -1. */
  private int hit(int w, int facet) {
    if (w < 0 || w >= present.length || (present[w] & (1L << facet)) == 0) {
      return -1;
    }
    return hits[slot(w, facet)];
  }

  boolean has(int w, int facet) {
    return w >= 0 && w < present.length && (present[w] & (1L << facet)) != 0;
  }

  /** The value of the hit of {@code facet} at word {@code w}, or null. */
  String value(int w, int facet) {
    int h = hit(w, facet);
    return h < 0 ? null : cues.value(h);
  }

  /** One past the last word of the hit of {@code facet} at word {@code w} (w + 1 for one word). */
  int after(int w, int facet) {
    int h = hit(w, facet);
    if (h < 0) {
      return w;
    }
    int end = cues.end(h);
    int e = w;
    while (e < text.wordCount() && text.start(e) < end) {
      e++;
    }
    return e;
  }

  /** The text between word {@code a} and word {@code a + 1}. */
  String gapAfter(int a) {
    if (a + 1 >= text.wordCount()) {
      return "";
    }
    return text.text().substring(text.end(a), text.start(a + 1));
  }

  /**
   * Whether only white space lies between word {@code a} and word {@code a + 1} (nothing does
   * after the last word): {@code gapAfter(a).isBlank()}, read in place, without a copy.
   */
  boolean blankAfter(int a) {
    if (a + 1 >= text.wordCount()) {
      return true;
    }
    String s = text.text();
    for (int i = text.end(a), end = text.start(a + 1); i < end; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} lies between word {@code a} and word {@code a + 1}, read in place. */
  boolean gapHas(int a, char c) {
    if (a + 1 >= text.wordCount()) {
      return false;
    }
    String s = text.text();
    for (int i = text.end(a), end = text.start(a + 1); i < end; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether only white space, and at most one of the chars {@code allowed}, lie between a and a+1. */
  boolean joined(int a, String allowed) {
    if (a + 1 >= text.wordCount()) {
      return true;
    }
    String s = text.text();
    int marks = 0;
    for (int i = text.end(a), end = text.start(a + 1); i < end; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (allowed.indexOf(c) < 0 || ++marks > 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether exactly {@code mark} lies between word a and a+1 (no space). */
  boolean tight(int a, String mark) {
    if (a + 1 >= text.wordCount()) {
      return mark.isEmpty();
    }
    int from = text.end(a);
    return text.start(a + 1) - from == mark.length() && text.text().startsWith(mark, from);
  }
}
