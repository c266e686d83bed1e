package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time cues of one analysed text, looked up by word: for each word, the longest hit of each
 * {@code time-*} facet that starts at it, and where that hit ends. Built once per
 * {@link TimeExtractor#extract} call; not shared.
 */
final class TimeWords {
  private final AnalyzedText text;
  private final Map<Long, CueHit> hits = new HashMap<>();

  TimeWords(CueHits cues) {
    this.text = cues.text();
    for (CueHit h : cues.all()) {
      if (!h.facet().startsWith("time-")) {
        continue;
      }
      int w = wordAt(h.start());
      if (w < 0) {
        continue;
      }
      long key = key(w, h.facet());
      CueHit old = hits.get(key);
      if (old == null || h.end() > old.end()) {
        hits.put(key, h);
      }
    }
  }

  AnalyzedText text() {
    return text;
  }

  /** The hit of {@code facet} ({@code "time-month"}) starting at word {@code w}, or null. */
  CueHit hit(int w, String facet) {
    if (w < 0 || w >= text.wordCount()) {
      return null;
    }
    return hits.get(key(w, facet));
  }

  boolean has(int w, String facet) {
    return hit(w, facet) != null;
  }

  /** The value of the hit of {@code facet} at word {@code w}, or null. */
  String value(int w, String facet) {
    CueHit h = hit(w, facet);
    return h == null ? null : h.value();
  }

  /** One past the last word of the hit of {@code facet} at word {@code w} (w + 1 for one word). */
  int after(int w, String facet) {
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

  private static final List<String> FACETS = List.of(
      "time-month", "time-weekday", "time-number", "time-day", "time-rel", "time-ago",
      "time-bound", "time-unit", "time-ordinal", "time-ref", "time-degree", "time-season",
      "time-part", "time-clock", "time-zone", "time-mod", "time-set", "time-det", "time-of",
      "time-link", "time-future");

  private static long key(int w, String facet) {
    int f = FACETS.indexOf(facet);
    if (f < 0) {
      f = 63 + (facet.hashCode() & 0xffff);
    }
    return ((long) w << 20) | f;
  }
}
