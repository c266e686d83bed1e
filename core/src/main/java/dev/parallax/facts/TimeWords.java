package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
  private static final String[] FACETS = {
    "time-month", "time-weekday", "time-number", "time-day", "time-rel", "time-ago", "time-bound", "time-unit", "time-ordinal", "time-ref", "time-degree", "time-season", "time-part", "time-clock", "time-zone", "time-mod", "time-set", "time-det", "time-of", "time-link", "time-future", "time-same", "time-countdown", "time-month-name", "time-month-context", "time-limiter", "time-past", "time-be", "time-span-verb", "time-range", "time-period", "time-anchor", "time-base", "time-half", "time-fiscal", "time-whole", "time-lean", "time-fraction", "time-fraction-of", "time-length-adjective"
  };

  private final AnalyzedText text;
  /**
   * Per word, the longest hit of each facet that starts there, one slot a facet present (most
   * words with a time cue have one or two); null for words without time cues.
   */
  private final CueHit[][] hits;
  /** Per word, the facet of each slot of {@link #hits}. */
  private final byte[][] facets;

  TimeWords(CueHits cues) {
    this.text = cues.text();
    this.hits = new CueHit[text.wordCount()][];
    this.facets = new byte[text.wordCount()][];
    for (CueHit h : cues.all()) {
      int f = facet(h.facet());
      if (f < 0) {
        continue;
      }
      int w = wordAt(h.start());
      if (w < 0) {
        continue;
      }
      int slot = slot(w, f);
      if (slot < 0) {
        int n = hits[w] == null ? 0 : hits[w].length;
        hits[w] = n == 0 ? new CueHit[1] : Arrays.copyOf(hits[w], n + 1);
        facets[w] = n == 0 ? new byte[1] : Arrays.copyOf(facets[w], n + 1);
        hits[w][n] = h;
        facets[w][n] = (byte) f;
      } else if (h.end() > hits[w][slot].end()) {
        hits[w][slot] = h;
      }
    }
  }

  /** The slot of {@code facet} at word {@code w}, or -1. */
  private int slot(int w, int facet) {
    byte[] fs = facets[w];
    if (fs != null) {
      for (int i = 0; i < fs.length; i++) {
        if (fs[i] == facet) {
          return i;
        }
      }
    }
    return -1;
  }

  private static final Map<String, Integer> FACET_INDEX = index();

  private static Map<String, Integer> index() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < FACETS.length; i++) {
      m.put(FACETS[i], i);
    }
    return Map.copyOf(m);
  }

  private static int facet(String name) {
    return name.startsWith("time-") ? FACET_INDEX.getOrDefault(name, -1) : -1;
  }

  AnalyzedText text() {
    return text;
  }

  /** Whether word {@code w} has any time cue. */
  boolean any(int w) {
    return w >= 0 && w < hits.length && hits[w] != null;
  }

  /**
   * Whether word {@code w} has a cue that can begin an expression (not only a preposition, "of",
   * a future word, an interval bound or "ago").
   */
  boolean begins(int w) {
    if (!any(w)) {
      return false;
    }
    for (byte b : facets[w]) {
      int f = b;
      if (f != LINK && f != OF && f != FUTURE && f != BOUND
          && f != AGO && f != COUNTDOWN && f != RANGE && f != PERIOD && f != ANCHOR && f != BASE && f != FISCAL && f != WHOLE
          && f != LEAN && f != FRACTION) {
        return true;
      }
    }
    return false;
  }

  /** The hit of {@code facet} starting at word {@code w}, or null. */
  CueHit hit(int w, int facet) {
    if (w < 0 || w >= hits.length || hits[w] == null) {
      return null;
    }
    int slot = slot(w, facet);
    return slot < 0 ? null : hits[w][slot];
  }

  boolean has(int w, int facet) {
    return hit(w, facet) != null;
  }

  /** The value of the hit of {@code facet} at word {@code w}, or null. */
  String value(int w, int facet) {
    CueHit h = hit(w, facet);
    return h == null ? null : h.value();
  }

  /** One past the last word of the hit of {@code facet} at word {@code w} (w + 1 for one word). */
  int after(int w, int facet) {
    CueHit h = hit(w, facet);
    if (h == null) {
      return w;
    }
    int e = w;
    while (e < text.wordCount() && text.start(e) < h.end()) {
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

  /** Whether only white space, and at most one of the chars {@code allowed}, lie between a and a+1. */
  boolean joined(int a, String allowed) {
    String g = gapAfter(a);
    int marks = 0;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
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
    return gapAfter(a).equals(mark);
  }

  private int wordAt(int start) {
    int lo = 0;
    int hi = text.wordCount() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = text.start(mid);
      if (s == start) {
        return mid;
      } else if (s < start) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }
}
