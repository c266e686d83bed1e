package dev.parallax.facts;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.Not;
import dev.parallax.facts.QuantityLexicon.Range;
import dev.parallax.facts.QuantityLexicon.Unit;
import dev.parallax.text.AnalyzedText;
import java.util.Optional;

/**
 * One sentence as the quantity readers see it: its words, the characters between them, and the
 * quantity cues that start on them, each cue read into what it means ({@link Hit}). It also
 * builds what the readers find ({@link Found}): a quantity with the words it takes, or words to
 * skip that hold no quantity. Every reader of a sentence shares one; it lives for one sentence
 * and holds nothing that changes.
 */
final class QuantitySentence {

  final QuantityLexicon lex;
  final AnalyzedText t;
  final String text;
  final CueHits cues;
  final Spans spans;
  /** The sentence's first word. */
  final int from;
  /** The word after the sentence's last. */
  final int to;
  final int sentenceStart;
  final int sentenceEnd;

  QuantitySentence(QuantityLexicon lex, AnalyzedText t, CueHits cues, Spans spans, int s) {
    this.lex = lex;
    this.t = t;
    this.text = t.text();
    this.cues = cues;
    this.spans = spans;
    this.from = t.firstWord(s);
    this.to = t.endWord(s);
    this.sentenceStart = t.sentences().get(s).start();
    this.sentenceEnd = Math.min(text.length(), t.sentences().get(s).end());
  }

  /** A cue hit read: what it means and the word after it. */
  record Hit<T extends Lex>(T lex, int endWord, int end) {}

  /** A quantity found, with its words; or, with no quantity, the word to go on from. */
  record Found(QuantityFacet facet, int firstWord, int endWord) {}

  /**
   * The longest cue of {@code facet} starting at word {@code w} whose value is a {@code kind},
   * read, or null.
   */
  <T extends Lex> Hit<T> cue(int w, String facet, Class<T> kind) {
    if (w < from || w >= to) {
      return null;
    }
    int i = cues.firstAtWord(w);
    if (i < 0) {
      return null; // most words: no cue starts there (this runs many times a word)
    }
    // the hits that start at the word, in text order: those of the facet, as they come
    int start = t.start(w);
    int best = -1;
    int number = cues.facetNumber(facet); // compared by number, not by name
    for (int n = cues.size(); i < n && cues.start(i) == start; i++) {
      if (cues.facetNumber(i) == number
          && (best < 0 || cues.end(i) > cues.end(best))
          && kind.isInstance(lex.of(facet, cues.value(i)))) {
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    int end = cues.end(best);
    int k = w;
    while (k < to && t.start(k) < end) {
      k++;
    }
    return new Hit<>(kind.cast(lex.of(facet, cues.value(best))), k, end);
  }

  /** Whether word {@code w} begins a range word of the role {@code role} ("and", "to"). */
  boolean rangeRole(int w, String role) {
    Hit<Range> r = cue(w, QuantityLexicon.RANGE, Range.class);
    return r != null && r.lex().role().equals(role);
  }

  /** Whether word {@code w} begins a not-a-quantity cue for the reason {@code why}. */
  boolean notCue(int w, String why) {
    Hit<Not> n = cue(w, QuantityLexicon.NOT, Not.class);
    return n != null && n.lex().why().equals(why);
  }

  /** The characters between words {@code a} and {@code b}. */
  String gap(int a, int b) {
    return text.substring(t.end(a), t.start(b));
  }

  /** Whether {@code s} is empty or white space. */
  static boolean blank(String s) {
    return s.isBlank();
  }

  /** Whether a clause ends after the character {@code e}, before word {@code w}. */
  boolean clauseEnds(int w, int e) {
    if (w >= to) {
      return true;
    }
    String g = text.substring(e, t.start(w));
    for (int x = 0; x < g.length(); x++) {
      if (".,;:!?)]".indexOf(g.charAt(x)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether an amount may end before word {@code w}: a clause end, "and", "more". */
  boolean amountEnds(int w, int e) {
    return clauseEnds(w, e) || rangeRole(w, "and")
        || cue(w, QuantityLexicon.TAIL, Lex.class) != null;
  }

  /** No quantity: the words before {@code endWord} are read and hold none. */
  Found skipTo(int endWord) {
    return new Found(null, -1, endWord);
  }

  /** A quantity from {@code start} to {@code end} in the text, its low and high in order. */
  Found found(int start, int end, double value, double low, double high, Unit unit,
      Approximation kind, int firstWord, int endWord) {
    if (!(low <= high)) {
      double x = low;
      low = Math.min(x, high);
      high = Math.max(x, high);
    }
    QuantityFacet f = new QuantityFacet(spans.of(start, end), value, low, high,
        Optional.ofNullable(unit).map(Unit::unit), Optional.ofNullable(unit).map(Unit::dimension),
        unit == null ? 1 : unit.factor(), kind);
    return new Found(f, firstWord, endWord);
  }
}
