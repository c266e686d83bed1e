package dev.parallax.facts;

import static dev.parallax.facts.QuantitySentence.blank;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.facts.QuantityLexicon.Fraction;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.Multiplier;
import dev.parallax.facts.QuantityLexicon.NumberWord;
import dev.parallax.facts.QuantityLexicon.Symbol;
import dev.parallax.facts.QuantityLexicon.Unit;
import dev.parallax.facts.QuantitySentence.Found;
import dev.parallax.facts.QuantitySentence.Hit;
import java.util.List;
import java.util.Optional;

/**
 * The passes over the quantities read from the words, which change or join what was read:
 * vulgar-fraction characters ("½", "10½"), which are no tokens; two bounds that make one range
 * ("more than 10 and less than 20"); and a vague count before a scale word ("several hundred",
 * "a couple hundred"). The first two run on one sentence, the last on a whole text.
 */
final class QuantityPasses extends SentenceReader {

  private final int sentenceStart;
  private final int sentenceEnd;

  QuantityPasses(QuantitySentence sentence) {
    super(sentence);
    this.sentenceStart = sentence.sentenceStart;
    this.sentenceEnd = sentence.sentenceEnd;
  }

  /**
   * Vulgar-fraction characters ("½", "⅔"), which are no tokens: read from the characters of the
   * sentence, alone or added to the whole number written right before them ("10½").
   */
  void vulgarFractions(List<Found> found) {
    for (int c = sentenceStart; c < sentenceEnd; c++) {
      if (text.charAt(c) < 0x80) {
        continue;
      }
      Optional<Symbol> v = lex.symbolAt(text, c, NumberWord.class);
      if (v.isEmpty()) {
        continue;
      }
      double frac = ((NumberWord) v.get().lex()).value();
      int e = c + v.get().text().length();
      int w = from;
      while (w < to && t.start(w) < e) {
        w++;
      }
      int at = -1;
      for (int x = 0; x < found.size(); x++) {
        QuantityFacet f = found.get(x).facet();
        if (f != null && f.span().start() <= c && f.span().end() > c) {
          at = -2; // inside a quantity already read
          break;
        }
        if (f != null && f.span().end() == c && f.approximation() == Approximation.EXACT
            && f.unit().isEmpty() && f.value() == Math.rint(f.value()) && f.value() >= 0) {
          at = x;
        }
      }
      if (at == -2) {
        continue;
      }
      int start = at >= 0 ? found.get(at).facet().span().start() : c;
      double value = (at >= 0 ? found.get(at).facet().value() : 0) + frac;
      int end = e;
      int endWord = w;
      Unit unit = null;
      Hit<Unit> u = w < to && blank(text.substring(e, t.start(w)))
          ? sentence.cue(w, QuantityLexicon.UNIT, Unit.class) : null;
      if (u != null) {
        unit = u.lex();
        end = u.end();
        endWord = u.endWord();
      }
      Hit<Multiplier> m = u == null && w < to && blank(text.substring(e, t.start(w)))
          ? sentence.cue(w, QuantityLexicon.MULTIPLIER, Multiplier.class) : null;
      if (m != null && !m.lex().plural() && !m.lex().suffix() && !m.lex().money()) {
        // "1½ million dollars": a fraction of the scale word after it, with the unit after that
        value *= m.lex().factor();
        end = m.end();
        endWord = m.endWord();
        Hit<Unit> mu = endWord < to && blank(text.substring(end, t.start(endWord)))
            ? sentence.cue(endWord, QuantityLexicon.UNIT, Unit.class) : null;
        if (mu != null) {
          unit = mu.lex();
          end = mu.end();
          endWord = mu.endWord();
        }
        int scaleStart = t.start(w);
        int scaleEnd = end;
        found.removeIf(g -> g.facet() != null && g.facet().span().start() >= scaleStart
            && g.facet().span().end() <= scaleEnd); // the scale word read alone
      }
      Found f = sentence.found(start, end, value, value, value, unit, Approximation.EXACT,
          at >= 0 ? found.get(at).firstWord() : w, endWord);
      if (at >= 0) {
        found.set(at, f);
      } else {
        int x = 0;
        while (x < found.size() && (found.get(x).facet() == null
            || found.get(x).facet().span().start() < c)) {
          x++;
        }
        found.add(x, f);
      }
      c = e - 1;
    }
  }

  /**
   * A count of a unit and a fraction after it ("a mile and a half", "two miles and a quarter")
   * is one amount: the fraction, read alone, joins the unit and the count or article before it
   * (1.5 miles, 2.25 miles).
   */
  void unitAndFraction(List<Found> found) {
    for (int x = 0; x < found.size(); x++) {
      Found q = found.get(x);
      QuantityFacet f = q.facet();
      int and = q.firstWord() - 1;
      if (f == null || f.unit().isPresent() || f.approximation() != Approximation.EXACT
          || !(f.value() > 0 && f.value() < 1) || and < from + 2
          || !sentence.rangeRole(and, "and")
          || sentence.cue(q.firstWord(), QuantityLexicon.FRACTION, Fraction.class) == null
              && !articleBefore(q.firstWord())) {
        continue;
      }
      Hit<Unit> u = null;
      int unitWord = -1;
      for (int w = and - 1; w >= from && w >= and - 3 && u == null; w--) {
        Hit<Unit> h = sentence.cue(w, QuantityLexicon.UNIT, Unit.class);
        if (h != null && h.endWord() == and) {
          u = h;
          unitWord = w;
        }
      }
      if (u == null || !blank(text.substring(u.end(), t.start(and)))
          || !blank(text.substring(t.end(and), f.span().start()))) {
        continue; // "a mile, and a half hour later": two phrases
      }
      int count = unitWord - 1;
      double whole;
      int start;
      int first;
      Found before = x > 0 ? found.get(x - 1) : null;
      if (before != null && before.facet() != null && before.endWord() == unitWord
          && before.facet().unit().isEmpty() && before.facet().approximation()
              == Approximation.EXACT && before.facet().value() == Math.rint(
                  before.facet().value())) {
        whole = before.facet().value(); // "two miles and a half": "two" was read alone
        start = before.facet().span().start();
        first = before.firstWord();
      } else if (before != null && before.facet() != null && before.endWord() == u.endWord()
          && before.facet().unit().isPresent()) {
        whole = before.facet().value(); // "two miles and a half": "two miles" was read
        start = before.facet().span().start();
        first = before.firstWord();
      } else if (count >= from && articleAt(count)) {
        whole = 1; // "a mile and a half"
        start = t.start(count);
        first = count;
      } else {
        continue;
      }
      double value = whole + f.value();
      Found joined = sentence.found(start, f.span().end(), value, value, value, u.lex(),
          Approximation.EXACT, first, q.endWord());
      if (whole != 1 || !articleAt(count)) {
        found.remove(x - 1);
        x--;
      }
      found.set(x, joined);
    }
  }

  /** Whether word {@code w} is an article read as one ("a", "an"). */
  private boolean articleAt(int w) {
    Hit<NumberWord> a = sentence.cue(w, QuantityLexicon.NUMBER, NumberWord.class);
    return a != null && a.lex().article();
  }

  /** Whether the word before {@code w} is an article and {@code w} starts a fraction. */
  private boolean articleBefore(int w) {
    return articleAt(w) && sentence.cue(w + 1, QuantityLexicon.FRACTION, Fraction.class) != null;
  }

  /**
   * "More than 10 and less than 20" is one range, and so is "no more than 50 and no less than
   * 20", the upper bound first; the two bounds are joined by "and" or by a word of the pack facet
   * {@code quantity-bounds-join} ("less than 7 but more than 2").
   */
  void mergeBounds(List<Found> found) {
    for (int x = 0; x + 1 < found.size(); x++) {
      Found a = found.get(x);
      Found b = found.get(x + 1);
      if (a.facet() == null || b.facet() == null || b.firstWord() != a.endWord() + 1
          || !(sentence.rangeRole(a.endWord(), "and")
              || sentence.cue(a.endWord(), QuantityLexicon.BOUNDS_JOIN, Lex.class) != null)) {
        continue;
      }
      QuantityFacet fa = a.facet();
      QuantityFacet fb = b.facet();
      QuantityFacet lo;
      QuantityFacet hi;
      if (lowerBound(fa) && upperBound(fb)) {
        lo = fa;
        hi = fb;
      } else if (upperBound(fa) && lowerBound(fb)) {
        lo = fb;
        hi = fa;
      } else {
        continue;
      }
      if (!(lo.value() < hi.value())
          || fb.unit().isPresent() && fa.unit().isPresent() && !fb.unit().equals(fa.unit())) {
        continue;
      }
      QuantityFacet m = new QuantityFacet(sentence.spans.of(fa.span().start(), fb.span().end()),
          lo.value(), lo.value(), hi.value(), fa.unit().or(fb::unit),
          fa.dimension().or(fb::dimension), fa.unit().isPresent() ? fa.toBase() : fb.toBase(),
          Approximation.RANGE);
      found.set(x, new Found(m, a.firstWord(), b.endWord()));
      found.remove(x + 1);
    }
    found.removeIf(f -> f.facet() == null);
  }

  /** Whether a quantity is a lower bound with no upper one: "more than 10", "at least 5". */
  private static boolean lowerBound(QuantityFacet f) {
    return f.approximation() == Approximation.MORE_THAN
        || f.approximation() == Approximation.AT_LEAST;
  }

  /** Whether a quantity is an upper bound: "less than 20", "at most 5", "up to 9". */
  private static boolean upperBound(QuantityFacet f) {
    return (f.approximation() == Approximation.LESS_THAN
        || f.approximation() == Approximation.AT_MOST) && Double.isInfinite(f.low())
        || f.approximation() == Approximation.AT_MOST
        || f.approximation() == Approximation.LESS_THAN && f.low() <= 0;
  }

  /**
   * "several hundred", "a few thousand", "a couple hundred": a scale word read alone as its
   * value (100) after a word of the pack facet {@code quantity-vague-count} (value {@code LOW
   * HIGH}, how many the word means, or {@code N N about TOLERANCE}) is that many of the scale: a
   * range from LOW to HIGH times it, or about N times it.
   * The cues come in text order, and so do the quantities: one pass over both.
   */
  static void vagueCounts(Spans spans, CueHits cues, List<QuantityFacet> out) {
    List<CueHit> vague = cues.of(QuantityLexicon.VAGUE_COUNT);
    if (vague.isEmpty()) {
      return;
    }
    String text = spans.text().text();
    int v = 0;
    for (int i = 0; i < out.size(); i++) {
      QuantityFacet q = out.get(i);
      while (v < vague.size() && vague.get(v).end() <= q.span().start()
          && !text.substring(vague.get(v).end(), q.span().start()).isBlank()) {
        v++;
      }
      if (v >= vague.size() || vague.get(v).end() > q.span().start()
          || q.approximation() != Approximation.EXACT || !Character.isLetter(
              text.charAt(q.span().start())) || !scaleAlone(q)) {
        continue;
      }
      CueHit c = vague.get(v);
      String[] range = c.value().split(" ");
      double lo = Double.parseDouble(range[0]);
      double hi = Double.parseDouble(range[1]);
      double scale = q.value();
      boolean near = range.length > 3 && range[2].equals("about"); // "a couple hundred": ~200
      double[] about = near ? QuantityPhrases.interval(Approximation.ABOUT,
          Double.parseDouble(range[3]), false, lo * scale, false) : null;
      out.set(i, near
          ? new QuantityFacet(spans.of(c.start(), q.span().end()), lo * scale, about[0],
              about[1], q.unit(), q.dimension(), q.toBase(), Approximation.ABOUT)
          : new QuantityFacet(spans.of(c.start(), q.span().end()), lo * scale, lo * scale,
              hi * scale, q.unit(), q.dimension(), q.toBase(), Approximation.RANGE));
    }
  }

  /** Whether a quantity is a power of ten of a hundred or more: a scale word read alone. */
  private static boolean scaleAlone(QuantityFacet q) {
    double x = q.value();
    return x >= 100 && Math.abs(Math.log10(x) - Math.rint(Math.log10(x))) < 1e-9;
  }
}
