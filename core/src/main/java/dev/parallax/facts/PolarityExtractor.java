package dev.parallax.facts;

import dev.parallax.PolarityFacet;
import dev.parallax.PolarityFacet.Kind;
import dev.parallax.TextSpan;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Reads polarity facets: negations ("not", "didn't", "never", "no", "without", "failed to",
 * "denied", "neither ... nor"), modals ("may", "might", "could", "would", "should", "must") and
 * hedges ("reportedly", "allegedly", "appears to", "it's possible"), from the cues of facets
 * {@code negation}, {@code modal} and {@code hedge} ({@code polarity.rules}).
 *
 * <p><b>Scope.</b> A cue bears on the words after it up to the end of its clause: the clause ends
 * before a comma, semicolon, colon, dash (an em or en dash, or a hyphen standing apart) or
 * bracket between two words, before a contrast word (the {@code clause-break} cues: "but",
 * "while", "although", ...), or at the end of the sentence, and after at most
 * {@value #MAX_SCOPE_WORDS} words. When no word follows the cue in its clause ("He did not."),
 * the scope is the cue itself. A cue inside a longer cue of the same kind counts once.
 *
 * <p>Immutable and thread-safe; work is linear in the number of cues times
 * {@value #MAX_SCOPE_WORDS}.
 */
public final class PolarityExtractor {
  /** The longest scope, in words. */
  static final int MAX_SCOPE_WORDS = 40;

  /** A polarity extractor. */
  public PolarityExtractor() {}

  /** The polarity facets of one analysed text, in text order. */
  public List<PolarityFacet> extract(Spans spans, CueHits cues) {
    AnalyzedText t = spans.text();
    List<PolarityFacet> out = new ArrayList<>();
    if (t.wordCount() == 0) {
      return out;
    }
    Starts breakWords = startsOf(cues, "clause-break");
    for (Kind kind : Kind.values()) {
      List<CueHit> hits = outermost(cues.of(kind.name().toLowerCase(java.util.Locale.ROOT)));
      for (CueHit h : hits) {
        int first = wordAt(t, h.start());
        int last = lastWordBefore(t, h.end());
        if (first < 0 || last < first) {
          continue;
        }
        int sentenceEnd = t.endWord(sentenceOf(t, first));
        int j = last;
        while (j + 1 < sentenceEnd && j - last < MAX_SCOPE_WORDS
            && !punctuationBreak(t.text(), t.end(j), t.start(j + 1))
            && !breakWords.contains(t.start(j + 1))) {
          j++;
        }
        TextSpan cue = spans.of(h.start(), h.end());
        TextSpan scope = j == last ? cue : spans.words(last + 1, j);
        out.add(new PolarityFacet(cue, kind, scope));
      }
    }
    out.sort(Comparator.comparing(PolarityFacet::span));
    return List.copyOf(out);
  }

  /** Hits that do not lie inside a longer hit of the same list, in text order. */
  static List<CueHit> outermost(List<CueHit> hits) {
    List<CueHit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt(CueHit::start)
        .thenComparing(Comparator.comparingInt(CueHit::end).reversed()));
    List<CueHit> out = new ArrayList<>();
    int maxEnd = -1;
    for (CueHit h : sorted) {
      if (h.end() <= maxEnd) {
        continue; // inside an earlier, longer hit (or the same span again)
      }
      maxEnd = h.end();
      out.add(h);
    }
    return out;
  }

  /** The first chars of the hits of {@code facet}. */
  static Starts startsOf(CueHits cues, String facet) {
    BitSet out = new BitSet();
    for (CueHit h : cues.of(facet)) {
      out.set(h.start());
    }
    return new Starts(out);
  }

  /** The chars where the hits of one facet start (a bit set: no boxing, and cheap to test). */
  static final class Starts {
    private final BitSet bits;

    private Starts(BitSet bits) {
      this.bits = bits;
    }

    /** Whether a hit starts at char {@code start}. */
    boolean contains(int start) {
      return start >= 0 && bits.get(start);
    }
  }

  /**
   * Whether the chars {@code [from, to)} between two words end a clause: they hold a comma,
   * semicolon, colon, bracket, an em or en dash, or a hyphen next to white space or another
   * hyphen ("year - the", "year--the"), but not "U.S.-led".
   */
  static boolean punctuationBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (",;:()[]{}\u2014\u2013\u2015".indexOf(c) >= 0) {
        return true;
      }
      if (c == '-') {
        boolean before = i > from && (Character.isWhitespace(text.charAt(i - 1))
            || text.charAt(i - 1) == '-');
        boolean after = i + 1 < to && (Character.isWhitespace(text.charAt(i + 1))
            || text.charAt(i + 1) == '-');
        if (before || after) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word that starts at or holds char {@code c}, or the next word after it; -1 past the end. */
  static int wordAt(AnalyzedText t, int c) {
    int lo = 0;
    int hi = t.wordCount() - 1;
    int found = -1;
    while (lo <= hi) { // the first word whose end is after c
      int mid = (lo + hi) >>> 1;
      if (t.end(mid) > c) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  /** The last word that starts before char {@code c}, or -1. */
  static int lastWordBefore(AnalyzedText t, int c) {
    int lo = 0;
    int hi = t.wordCount() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.start(mid) < c) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The sentence that holds word {@code w}. */
  static int sentenceOf(AnalyzedText t, int w) {
    int lo = 0;
    int hi = t.sentences().size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.firstWord(mid) <= w) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    while (found + 1 < t.sentences().size() && t.endWord(found) <= w) {
      found++; // skip sentences without words
    }
    return found;
  }

  @Override
  public String toString() {
    return "PolarityExtractor[negation, modal, hedge; scope to the end of the clause]";
  }
}
