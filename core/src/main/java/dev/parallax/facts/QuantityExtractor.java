package dev.parallax.facts;

import static java.util.Objects.requireNonNull;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.facts.QuantityLexicon.Approx;
import dev.parallax.facts.QuantityLexicon.Fraction;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.Multiplier;
import dev.parallax.facts.QuantityLexicon.Not;
import dev.parallax.facts.QuantityLexicon.NumberWord;
import dev.parallax.facts.QuantityLexicon.Range;
import dev.parallax.facts.QuantityLexicon.Symbol;
import dev.parallax.facts.QuantityLexicon.Unit;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantities: numbers in digits and in words ("34,000", "forty", "1.5 million", "a dozen",
 * "two-thirds", "one in five", "one over three", "a twenty-first", "⅔", "1.3x10^6", "-12e-1",
 * "millions of"), with their unit and its conversion ("248 kilometers", "155 miles": both lengths,
 * comparable through {@link QuantityFacet#toBase()}), money ("$21.75", "US$ 40 billion", "€5m",
 * "15 dollars 50", "30 MUSD"), percentages, approximations as intervals ("about", "more than", "up
 * to", "nearly") and ranges ("30 to 40", "30-40", "between 30 and 40").
 *
 * <p>Every word it knows comes from the {@code quantity-*} cues of the packs it is given (see
 * {@code dev/parallax/facts/en/quantities.rules}); this class composes those cues with the numbers
 * written in digits, whose shape it reads itself (with the notations "e", "x10^", "× 10^" and "^",
 * and the vulgar-fraction characters that the fraction cues declare as symbols). Years with nothing
 * attached ("in 2017"), dates, times of day, ordinals ("21st", "twenty-fifth"), phone numbers and
 * identifiers ("AR 750-10", "Boeing 747") are left out where their shape or neighbours tell.
 *
 * <p>Work is linear in the words of a sentence: a quantity reads at most {@value #MAX_WORDS} words.
 * Immutable and thread-safe.
 */
public final class QuantityExtractor {

  /** The most words one quantity may span. */
  static final int MAX_WORDS = 24;

  // patterns of the number notations, compiled once (they run for every number read)
  private static final Pattern ONE_TO_THREE_DIGITS = Pattern.compile("\\d{1,3}");
  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
  private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
  /** Common fractions a whole number may run into when the space is lost ("41/2" for 4 1/2). */
  private static final java.util.Set<String> PROPER_FRACTIONS =
      java.util.Set.of("1/2", "1/3", "2/3", "1/4", "3/4");
  /** A three-letter code and digits in one word ("eur250", "USD1,200"). */
  private static final Pattern CODE_DIGITS =
      Pattern.compile("([A-Za-z]{3})(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");
  private static final Pattern SIGN = Pattern.compile("[+\\-\u2212]");
  private static final Pattern CARET = Pattern.compile("\\^[+\\-\u2212]*");
  private static final Pattern TIMES = Pattern.compile("\\s*[x\u00d7]\\s*");
  private static final Pattern TIMES_TEN = Pattern.compile("(\\d+(?:\\.\\d+)?)[x\u00d7]10");

  private final QuantityLexicon lex;

  /** An extractor that reads the quantity cues of {@code packs}. */
  public QuantityExtractor(List<RulePack> packs) {
    this.lex = new QuantityLexicon(requireNonNull(packs, "packs"));
  }

  /** The extractor of the bundled English fact packs ({@link FactCues#englishPacks()}). */
  public static QuantityExtractor english() {
    return new QuantityExtractor(FactCues.englishPacks());
  }

  /**
   * The quantities of a text, in text order.
   *
   * @param spans builds the spans of the text
   * @param cues the cues found in the same text, with the quantity packs among them
   */
  public List<QuantityFacet> extract(Spans spans, CueHits cues) {
    AnalyzedText t = spans.text();
    List<QuantityFacet> out = new ArrayList<>();
    for (int s = 0; s < t.sentences().size(); s++) {
      new QuantityReader(lex, t, cues, spans, s).read(out);
    }
    vagueCounts(spans, cues, out);
    return List.copyOf(out);
  }

  /**
   * "several hundred", "a few thousand", "a couple hundred": a scale word read alone as its
   * value (100) after a word of the pack facet {@code quantity-vague-count} (value {@code LOW
   * HIGH}, how many the word means, or {@code N N about TOLERANCE}) is that many of the scale: a
   * range from LOW to HIGH times it, or about N times it.
   * The cues come in text order, and so do the quantities: one pass over both.
   */
  private static void vagueCounts(Spans spans, CueHits cues, List<QuantityFacet> out) {
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
      double[] about = near ? interval(Approximation.ABOUT, Double.parseDouble(range[3]), false,
          lo * scale, false) : null;
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

  @Override
  public String toString() {
    return "QuantityExtractor[" + lex.symbols().size() + " symbols]";
  }

  /** The interval that a value and its approximation allow. */
  static double[] interval(Approximation kind, double tolerance, boolean nearly, double v,
      boolean unbounded) {
    double d = Math.abs(v) * tolerance;
    double floor = v >= 0 && !unbounded ? 0 : Double.NEGATIVE_INFINITY;
    return switch (kind) {
      case EXACT, RANGE -> new double[] {v, v};
      case ABOUT -> new double[] {v - d, v + d};
      case MORE_THAN, AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
      case AT_MOST -> new double[] {Math.min(floor, v), v};
      case LESS_THAN -> nearly ? new double[] {v - d, v} : new double[] {Math.min(floor, v), v};
    };
  }

  /** Reads the quantities of one sentence; state lives for one call. */
  private static final class QuantityReader {
    private static final int NONE = 0;
    private static final int DIGITS = 1;
    private static final int UNIT_WORD = 2;
    private static final int TEEN = 3;
    private static final int TENS = 4;
    private static final int SCALE = 5;
    private static final int AND = 6;
    private static final int ARTICLE = 7;
    private static final int FRACTION = 8;
    private static final int POINT = 9;

    private final QuantityLexicon lex;
    private final AnalyzedText t;
    private final String text;
    private final CueHits cues;
    private final Spans spans;
    private final int from;
    private final int to;
    private final int sentenceStart;
    private final int sentenceEnd;

    QuantityReader(QuantityLexicon lex, AnalyzedText t, CueHits cues, Spans spans, int s) {
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
    private record Hit<T extends Lex>(T lex, int endWord, int end) {}

    /** A number read from words. */
    private static final class Num {
      double value;
      int first;
      int last;
      boolean digitsOnly = true;
      boolean multiplied;
      NumberText.Digits digits;
      Unit suffixUnit;
      boolean vague;
      double vagueLow;
      double vagueHigh;
      boolean times;
      boolean pronounWord;
      int words;
    }

    /** A quantity found, with its words. */
    private record Found(QuantityFacet facet, int firstWord, int endWord) {}

    /** A currency code with a multiplier letter glued before it ("MUSD"). */
    private record Glued(Unit unit, double factor) {}

    void read(List<QuantityFacet> out) {
      List<Found> found = new ArrayList<>();
      int i = from;
      while (i < to) {
        Found f = readAt(i);
        if (f == null) {
          i++;
        } else {
          found.add(f);
          i = Math.max(i + 1, f.endWord());
        }
      }
      vulgarFractions(found);
      mergeBounds(found);
      for (Found f : found) {
        out.add(f.facet());
      }
    }

    // ---------------------------------------------------------------- cues

    private <T extends Lex> Hit<T> cue(int w, String facet, Class<T> kind) {
      if (w < from || w >= to) {
        return null;
      }
      List<CueHit> at = cues.at(t.start(w), facet);
      if (at.isEmpty()) {
        return null; // most words: and no iterator to allocate (this runs many times a word)
      }
      CueHit best = null;
      for (CueHit h : at) {
        if ((best == null || h.end() > best.end())
            && kind.isInstance(lex.of(facet, h.value()))) {
          best = h;
        }
      }
      if (best == null) {
        return null;
      }
      int k = w;
      while (k < to && t.start(k) < best.end()) {
        k++;
      }
      return new Hit<>(kind.cast(lex.of(facet, best.value())), k, best.end());
    }

    private boolean rangeRole(int w, String role) {
      Hit<Range> r = cue(w, QuantityLexicon.RANGE, Range.class);
      return r != null && r.lex().role().equals(role);
    }

    private boolean notCue(int w, String why) {
      Hit<Not> n = cue(w, QuantityLexicon.NOT, Not.class);
      return n != null && n.lex().why().equals(why);
    }

    private boolean startsNumber(int w) {
      if (w < from || w >= to) {
        return false;
      }
      if (t.isNumber(w)) {
        return true;
      }
      Hit<NumberWord> n = cue(w, QuantityLexicon.NUMBER, NumberWord.class);
      return n != null && !n.lex().article()
          || cue(w, QuantityLexicon.MULTIPLIER, Multiplier.class) != null
              && !cue(w, QuantityLexicon.MULTIPLIER, Multiplier.class).lex().suffix()
          || cue(w, QuantityLexicon.FRACTION, Fraction.class) != null && !t.isNumber(w)
              && cue(w, QuantityLexicon.FRACTION, Fraction.class).lex().alone()
              && !compoundAdjective(w)
          || n != null && n.lex().article() && w + 1 < to
              && (cue(w + 1, QuantityLexicon.MULTIPLIER, Multiplier.class) != null
                  || cue(w + 1, QuantityLexicon.FRACTION, Fraction.class) != null
                      && !compoundAdjective(w + 1)
                  || compoundOrdinalAt(w + 1));
    }

    /**
     * Whether the word at {@code w} begins a compound with a hyphen and a word ("a third-party
     * candidate", "a half-brother"): an adjective or a noun, not a fraction.
     */
    private boolean compoundAdjective(int w) {
      return w + 1 < to && gap(w, w + 1).equals("-") && !t.isNumber(w + 1)
          && Character.isLetter(text.charAt(t.start(w + 1)));
    }

    private String gap(int a, int b) {
      return text.substring(t.end(a), t.start(b));
    }

    private static boolean blank(String s) {
      return s.isBlank();
    }

    /**
     * Vulgar-fraction characters ("½", "⅔"), which are no tokens: read from the characters of the
     * sentence, alone or added to the whole number written right before them ("10½").
     */
    private void vulgarFractions(List<Found> found) {
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
            ? cue(w, QuantityLexicon.UNIT, Unit.class) : null;
        if (u != null) {
          unit = u.lex();
          end = u.end();
          endWord = u.endWord();
        }
        Found f = found(start, end, value, value, value, unit, Approximation.EXACT,
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
     * Whether the plain number {@code n} and the one at word {@code second} after a dash are a
     * tally or a score ("97-1", "3-1", "5-4"): two whole numbers of up to three digits, the larger
     * first, with no unit, sign or approximation, no third number chained on ("2017-05-01") and
     * no name or code before ("AR 750-10").
     */
    private boolean tally(int i, Num n, Unit unit, Approx approx, double sign, int second) {
      if (unit != null || approx != null || sign < 0 || n.digits == null
          || !n.digits.plainInteger() || n.last + 1 != second || second >= to
          || !ONE_TO_THREE_DIGITS.matcher(t.word(n.last)).matches()
          || !ONE_TO_THREE_DIGITS.matcher(t.word(second)).matches()
          || n.first > from && identifierBefore(n.first)) {
        return false;
      }
      int e2 = t.end(second);
      if (e2 < text.length() && (text.charAt(e2) == '-' || text.charAt(e2) == '/'
          || text.charAt(e2) == '.' && e2 + 1 < text.length()
          && Character.isDigit(text.charAt(e2 + 1)))) {
        return false;
      }
      return Double.parseDouble(t.word(second)) < n.value;
    }

    /**
     * "eur250", "USD1,200": a currency code that may stand before its amount, written without
     * the space, as one word; null for any other word.
     */
    private Found codeGluedToDigits(int i) {
      String word = t.word(i);
      if (word.length() < 4 || !Character.isLetter(word.charAt(0))
          || !Character.isDigit(word.charAt(3))) {
        return null; // most words: no regular expression to run
      }
      Matcher m = CODE_DIGITS.matcher(word);
      if (!m.matches()) {
        return null;
      }
      for (Lex l : lex.word(m.group(1).toUpperCase(java.util.Locale.ROOT))) {
        if (l instanceof Unit u && u.money() && u.before()) {
          NumberText.Digits d = NumberText.parse(m.group(2));
          if (d == null || !d.suffix().isEmpty()) {
            return null;
          }
          return found(t.start(i), t.end(i), d.value(), d.value(), d.value(), u,
              Approximation.EXACT, i, i + 1);
        }
      }
      return null;
    }

    /** "MUSD", "kEUR": a multiplier letter glued before a currency code, or null. */
    private Glued gluedCode(int w) {
      if (w < from || w >= to) {
        return null;
      }
      String s = t.word(w);
      for (int cut = 1; cut <= 2 && cut + 3 <= s.length(); cut++) {
        String code = s.substring(cut);
        if (code.length() != 3 || !code.chars().allMatch(Character::isUpperCase)) {
          continue;
        }
        Multiplier m = null;
        for (Lex l : lex.word(s.substring(0, cut))) {
          if (l instanceof Multiplier mm && !mm.plural() && m == null) {
            m = mm;
          }
        }
        for (Lex l : lex.word(code)) {
          if (m != null && l instanceof Unit u && u.money()) {
            return new Glued(u, m.factor());
          }
        }
      }
      return null;
    }

    /** "twenty-fifth", "twenty-first": a tens word and an ordinal joined by a hyphen. */
    private boolean compoundOrdinalAt(int w) {
      if (w < from || w + 1 >= to || !gap(w, w + 1).equals("-")) {
        return false;
      }
      Hit<NumberWord> tens = cue(w, QuantityLexicon.NUMBER, NumberWord.class);
      if (tens == null || tens.endWord() != w + 1 || tens.lex().article()) {
        return false;
      }
      double v = tens.lex().value();
      return v >= 20 && v < 100 && v % 10 == 0 && ordinalPart(w + 1) != null;
    }

    /** The denominator of an ordinal that may end a hyphenated one ("fifth", "first"), or null. */
    private Hit<Lex> ordinalPart(int w) {
      Hit<Fraction> f = cue(w, QuantityLexicon.FRACTION, Fraction.class);
      if (f != null && f.lex().denominator() < 10 && !f.lex().alone()) {
        return new Hit<>(new QuantityLexicon.Plain(QuantityLexicon.ORDINAL_PART,
            Double.toString(f.lex().denominator())), f.endWord(), f.end());
      }
      return cue(w, QuantityLexicon.ORDINAL_PART, Lex.class);
    }

    /** Whether a clause ends after the character {@code e}, before word {@code w}. */
    private boolean clauseEnds(int w, int e) {
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
    private boolean amountEnds(int w, int e) {
      return clauseEnds(w, e) || rangeRole(w, "and")
          || cue(w, QuantityLexicon.TAIL, Lex.class) != null;
    }

    // ---------------------------------------------------------------- one quantity

    private Found readAt(int i) {
      Found coded = codeGluedToDigits(i);
      if (coded != null) {
        return coded;
      }
      if (!t.isNumber(i) && !cues.anyAt(t.start(i)) && !(i + 1 < to && t.isNumber(i + 1))) {
        // Most words: no cue starts here (no approximation, range, unit, sign or number word),
        // no digits, and no number next for a glued currency code. Nothing below could start.
        return null;
      }
      int j = i;
      int spanStart = t.start(i);
      int consumedEnd = -1;
      Approx approx = null;
      Hit<Approx> a = cue(j, QuantityLexicon.APPROX, Approx.class);
      if (a != null) {
        approx = a.lex();
        j = a.endWord();
        consumedEnd = a.end();
      }
      boolean between = false;
      if (rangeRole(j, "between") && j + 1 < to) {
        between = true;
        consumedEnd = t.end(j);
        j++;
      }
      Unit unit = null;
      Hit<Unit> pu = cue(j, QuantityLexicon.UNIT, Unit.class);
      if (pu != null && pu.lex().before() && pu.endWord() < to && t.isNumber(pu.endWord())
          && blank(text.substring(pu.end(), t.start(pu.endWord())))) {
        unit = pu.lex();
        consumedEnd = pu.end();
        j = pu.endWord();
      }
      double codeFactor = 1;
      if (unit == null && j + 1 < to && t.isNumber(j + 1) && blank(gap(j, j + 1))) {
        Glued g = gluedCode(j); // "MAUD 60"
        if (g != null) {
          unit = g.unit();
          codeFactor = g.factor();
          consumedEnd = t.end(j);
          j++;
        }
      }
      double sign = 1;
      Hit<Lex> sg = cue(j, QuantityLexicon.SIGN, Lex.class);
      if (sg != null && startsNumber(sg.endWord())) {
        sign = -1;
        consumedEnd = sg.end();
        j = sg.endWord();
      }
      if (j >= to || !startsNumber(j)) {
        return null;
      }
      if (j > i && consumedEnd >= 0 && !blank(text.substring(consumedEnd, t.start(j)))
          && !symbolsOnly(consumedEnd, t.start(j))) {
        return null; // "about, 40" : not one phrase
      }
      // signs before the number, read from the characters: "-4", "$5", "US$ 40", ">10"
      int ns = t.start(j);
      int floor = j > i ? Math.max(consumedEnd, t.end(j - 1)) : (j > from ? t.end(j - 1)
          : sentenceStart);
      int tokenFloor = j == i && j > from ? t.start(j - 1) : floor;
      int p = ns;
      boolean symbol = false;
      // a minus set apart ("- 20 degrees"): read only for temperatures and degrees, below; before
      // other numbers it is a bullet or a dash
      int spacedMinus = -1;
      if (j == i && t.isNumber(j) && (j == from || !t.isNumber(j - 1))) {
        int m = p;
        while (m > floor && Character.isWhitespace(text.charAt(m - 1))) {
          m--;
        }
        if (m < p && m - 1 >= floor
            && (text.charAt(m - 1) == '-' || text.charAt(m - 1) == '\u2212')
            && (m - 1 == sentenceStart || Character.isWhitespace(text.charAt(m - 2)))) {
          spacedMinus = m - 1;
        }
      }
      if (p - 1 >= floor && (text.charAt(p - 1) == '-' || text.charAt(p - 1) == '\u2212')
          && (p - 2 < 0 || !Character.isLetterOrDigit(text.charAt(p - 2)))
          && t.isNumber(j)) {
        if (p - 2 >= 0 && p - 1 > floor && Character.isWhitespace(text.charAt(p - 2))
            || p - 1 == sentenceStart || p - 1 == floor) {
          sign = -sign;
          p--;
          spanStart = Math.min(spanStart, p);
        }
      }
      int chain = chainEnd(j);
      if (chain > j + 1 && !hyphenedFraction(j) || p - 1 >= 0 && p - 1 >= floor && text.charAt(p - 1) == '+'
          && t.isNumber(j)) {
        return skipTo(chain + 1); // "+1-222-2222", "2017-05-01", "192.168.1.2": no amounts
      }
      int q = p;
      while (q > floor && Character.isWhitespace(text.charAt(q - 1))) {
        q--;
      }
      Optional<Symbol> cur = unit == null ? lex.symbolEndingAt(text, q, Unit.class)
          : Optional.empty();
      if (cur.isPresent() && ((Unit) cur.get().lex()).money()) {
        int at = q - cur.get().text().length();
        boolean fits = at >= floor || (at == tokenFloor && j == i);
        if (fits && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
          unit = (Unit) cur.get().lex();
          symbol = true;
          spanStart = Math.min(spanStart, at);
          if (at < t.start(i)) {
            spanStart = at;
          }
          q = at;
          while (q > floor && Character.isWhitespace(text.charAt(q - 1))) {
            q--;
          }
        }
      }
      if (approx == null) {
        Optional<Symbol> as = lex.symbolEndingAt(text, q, Approx.class);
        if (as.isPresent() && q - as.get().text().length() >= floor) {
          approx = (Approx) as.get().lex();
          spanStart = Math.min(spanStart, q - as.get().text().length());
          symbol = true;
        }
      }
      if (j == i) {
        spanStart = Math.min(spanStart, t.start(j));
      }
      boolean money = unit != null && unit.money();
      Num n = number(j, money);
      if (n == null) {
        return null;
      }
      if (n.pronounWord && j - 1 >= from && notCue(j - 1, "determiner")) {
        return null; // "the one", "the second half"
      }
      int k = n.last + 1;
      int end = t.end(n.last);
      if (n.suffixUnit != null) {
        if (unit == null || !unit.money() || !n.suffixUnit.money()) {
          unit = unit == null ? n.suffixUnit : unit;
        }
      }
      if (n.times && unit == null) {
        unit = timesUnit();
      }
      // a unit after the number: a word ("kilometers"), a symbol ("%", "°C"), or "of dollars"
      if (n.suffixUnit == null) {
        int[] ue = new int[2];
        Unit after = unitAfter(n.last, k, ue, n.vague);
        if (after != null && (unit == null || !unit.money() || !after.money())) {
          unit = unit != null && unit.money() ? unit : after;
          end = ue[0];
          k = ue[1];
        } else if (after != null && after.dimension().equals(unit.dimension())) {
          end = ue[0]; // "$5 million dollars": the unit is said twice
          k = ue[1];
        }
      }
      if (unit == null && k < to && !n.vague && blank(text.substring(end, t.start(k)))) {
        Glued g = gluedCode(k); // "30 MUSD"
        if (g != null) {
          unit = g.unit();
          codeFactor = g.factor();
          end = t.end(k);
          k++;
        }
      }
      if (unit != null && unit.money() && !symbol && codeFactor == 1 && !n.multiplied && !n.vague
          && k < to && blank(text.substring(end, t.start(k)))) {
        Hit<Multiplier> m = cue(k, QuantityLexicon.MULTIPLIER, Multiplier.class);
        if (m != null && !m.lex().plural() && m.lex().factor() >= 1000) {
          codeFactor = m.lex().factor(); // "75 USD million"
          end = m.end();
          k = m.endWord();
        }
      }
      if (spacedMinus >= 0 && sign > 0 && unit != null
          && (unit.dimension().startsWith("temperature") || unit.dimension().equals("degree"))) {
        sign = -1;
        spanStart = spacedMinus;
      }
      double value = sign * n.value * codeFactor;
      Unit lastPart = unit;
      // compound measures: "5 feet 4 inches", "3 dollars 50 cents", "12 ft 2 in"
      if (unit != null && k < to && !n.vague) {
        int c = k;
        if (rangeRole(c, "and")) {
          c++;
        }
        if (c < to && startsNumber(c) && blank(text.substring(end, t.start(k)).replace(",", ""))
            && (c == k || blank(gap(k, c)))) {
          Num n2 = number(c, false);
          if (n2 != null && n2.suffixUnit == null) {
            int[] ue = new int[2];
            Unit u2 = unitAfter(n2.last, n2.last + 1, ue, false);
            Hit<Unit> part = u2 == null && n2.last + 1 < to
                && blank(text.substring(t.end(n2.last), t.start(n2.last + 1)))
                ? cue(n2.last + 1, QuantityLexicon.UNIT_PART, Unit.class) : null;
            if (part != null) {
              u2 = part.lex();
              ue[0] = part.end();
              ue[1] = part.endWord();
            }
            double ratio = u2 == null ? 0 : Math.log10(unit.factor() / u2.factor());
            if (u2 != null && u2.dimension().equals(unit.dimension())
                && u2.factor() < unit.factor()
                && (unit.money() || Math.abs(ratio - Math.rint(ratio)) > 1e-9)) {
              value += sign * n2.value * u2.factor() / unit.factor();
              end = ue[0];
              k = ue[1];
              lastPart = u2;
            }
          }
        }
      }
      // the smaller unit left unsaid: "15 dollars 50", "one dollar and one", "five mao five"
      if (lastPart != null && lastPart.money() && lastPart.subunit() > 0 && !n.vague
          && !n.multiplied && codeFactor == 1 && k < to
          && blank(text.substring(end, t.start(k)))) {
        int c = rangeRole(k, "and") ? k + 1 : k;
        if (c < to && (c == k || blank(gap(k, c))) && startsNumber(c)) {
          Num n2 = number(c, false);
          double limit = Math.rint(lastPart.factor() / lastPart.subunit());
          int[] ue = new int[2];
          if (n2 != null && !n2.vague && !n2.multiplied && n2.suffixUnit == null
              && n2.value >= 1 && n2.value < limit && n2.value == Math.rint(n2.value)
              && (n2.digits == null || n2.digits.plainInteger() && n2.words == 1
                  && n2.digits.digits().length() <= 2)
              && amountEnds(n2.last + 1, t.end(n2.last))
              && unitAfter(n2.last, n2.last + 1, ue, false) == null) {
            value += sign * n2.value * lastPart.subunit() / unit.factor();
            end = t.end(n2.last);
            k = n2.last + 1;
          }
        }
      }
      if (approx == null || approx.kind() == Approximation.ABOUT) {
        Hit<Approx> after = cue(k, QuantityLexicon.APPROX_AFTER, Approx.class);
        if (after != null && blank(text.substring(end, t.start(k)).replace(",", ""))) {
          approx = after.lex();
          end = after.end();
          k = after.endWord();
        }
      }
      // ratios: "one in five"
      if (approx == null && unit == null && !n.vague && k < to
          && cue(k, QuantityLexicon.RATIO, Lex.class) != null) {
        Hit<Lex> r = cue(k, QuantityLexicon.RATIO, Lex.class);
        Num d = r.endWord() < to && startsNumber(r.endWord()) ? number(r.endWord(), false) : null;
        boolean divide = r.lex() instanceof QuantityLexicon.Plain pl
            && pl.value().equals("divide");
        if (divide) {
          // "one over three": bare whole numbers, and the clause ends after the second
          if (d != null && !d.vague && d.suffixUnit == null && d.value != 0
              && n.value == Math.rint(n.value) && d.value == Math.rint(d.value)
              && blank(text.substring(end, t.start(k)))
              && blank(text.substring(r.end(), t.start(r.endWord())))
              && clauseEnds(d.last + 1, t.end(d.last))) {
            double ratio = value / d.value;
            return found(spanStart, t.end(d.last), ratio, ratio, ratio, null,
                Approximation.EXACT, i, d.last + 1);
          }
        } else if (d != null && !yearShaped(d) && n.value >= 1 && d.value > n.value
            && n.value == Math.rint(n.value) && d.value == Math.rint(d.value)
            && d.suffixUnit == null) {
          Unit ratio = new Unit("ratio", "ratio", 1, false);
          return found(spanStart, t.end(d.last), n.value / d.value, n.value / d.value,
              n.value / d.value, ratio, Approximation.EXACT, i, d.last + 1);
        }
      }
      // ranges: "30 to 40", "30-40", "between 30 and 40"
      if (!n.vague && (approx == null || approx.kind() == Approximation.ABOUT || between)) {
        int second = -1;
        boolean dash = false;
        if (between && rangeRole(k, "and")) {
          second = k + 1;
        } else if (rangeRole(k, "join") && !(i - 1 >= from && rangeRole(i - 1, "from"))) {
          second = k + 1;
        } else if (k < to) {
          String g = text.substring(end, t.start(k)).strip();
          Optional<Symbol> js = lex.symbolAt(g, 0, Range.class);
          if (!g.isEmpty() && js.isPresent() && js.get().text().equals(g)
              && t.isNumber(k) && n.digits != null) {
            second = k;
            dash = true;
          }
        }
        if (second >= 0 && second < to) {
          Found r = range(i, spanStart, n, sign, unit, symbol, second, dash, money);
          if (r != null) {
            return r;
          }
          if (dash && tally(i, n, unit, approx, sign, second)) {
            // "voted 97-1", "won 3-1": a tally or a score is two counts, the larger first
            return found(spanStart, t.end(n.last), n.value, n.value, n.value, null,
                Approximation.EXACT, i, second);
          }
          if (dash) {
            return skipTo(second + 1); // "2017-05-01", "750-10": a date or a code
          }
        }
      }
      if (approx == null && !symbol && unit == null && !n.multiplied && sign > 0) {
        if (yearShaped(n)) {
          return null;
        }
        if (identifier(j) || dateOrTime(j, n, k)) {
          return skipTo(k);
        }
      } else if (unit == null && dateOrTime(j, n, k)) {
        return skipTo(k);
      }
      if (n.vague) {
        Approximation kind = Approximation.RANGE;
        return found(spanStart, end, n.vagueLow, n.vagueLow, n.vagueHigh, unit, kind, i, k);
      }
      Approximation kind = approx == null ? Approximation.EXACT : approx.kind();
      double[] lh = interval(kind, approx == null ? 0 : approx.tolerance(),
          approx != null && approx.nearly(), value,
          unit != null && unit.dimension().startsWith("temperature"));
      return found(spanStart, end, value, lh[0], lh[1], unit, kind, i, k);
    }

    /**
     * Whether words {@code j} to {@code j + 2} write a whole number, a hyphen and a common
     * fraction, as US print does ("a 2-1/2 year sentence").
     */
    private boolean hyphenedFraction(int j) {
      return j + 2 < to && t.isNumber(j) && t.isNumber(j + 1) && t.isNumber(j + 2)
          && ALL_DIGITS.matcher(t.word(j)).matches() && "-".equals(gap(j, j + 1))
          && slashAfter(j + 1) && !slashAfter(j + 2)
          && PROPER_FRACTIONS.contains(t.word(j + 1) + "/" + t.word(j + 2))
          && (j + 3 >= t.wordCount() || t.start(j + 3) > t.end(j + 2) + 1
              || text.charAt(t.end(j + 2)) != '-' || !t.isNumber(j + 3));
    }

    /** Whether the next character after {@code end} that is not a space is a letter. */
    private boolean letterAfter(int end) {
      int i = end;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      return i < text.length() && Character.isLetter(text.charAt(i)) && i > end;
    }

    /** The last word of a chain of numbers joined by '-', '/', '.' or ':' without spaces. */
    private int chainEnd(int j) {
      int k = j;
      while (k + 1 < to && k - j < MAX_WORDS && t.isNumber(k) && t.isNumber(k + 1)
          && t.start(k + 1) == t.end(k) + 1 && "-/.:".indexOf(text.charAt(t.end(k))) >= 0) {
        k++;
      }
      return k;
    }

    private boolean symbolsOnly(int a, int b) {
      String g = text.substring(a, b).strip();
      for (Symbol s : lex.symbols()) {
        if (!(s.lex() instanceof NumberWord) && g.endsWith(s.text())) {
          return true;
        }
      }
      return g.equals("-") || g.equals("\u2212");
    }

    private Found skipTo(int endWord) {
      return new Found(null, -1, endWord);
    }

    private Found found(int start, int end, double value, double low, double high, Unit unit,
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

    private Unit timesUnit() {
      for (Lex l : lex.word("times")) {
        if (l instanceof Unit u) {
          return u;
        }
      }
      return null;
    }

    /** The unit after a number ending at word {@code last}; ue gets [end char, next word]. */
    private Unit unitAfter(int last, int k, int[] ue, boolean vague) {
      int numEnd = t.end(last);
      int sp = numEnd;
      while (sp < text.length() && sp - numEnd < 2 && Character.isWhitespace(text.charAt(sp))) {
        sp++;
      }
      Optional<Symbol> sym = lex.symbolAt(text, sp, Unit.class);
      Unit best = null;
      if (sym.isPresent()) {
        int se = sp + sym.get().text().length();
        if (se >= text.length() || !Character.isLetterOrDigit(text.charAt(se))
            || !Character.isLetter(sym.get().text().charAt(sym.get().text().length() - 1))) {
          best = (Unit) sym.get().lex();
          ue[0] = se;
          int w = k;
          while (w < to && t.start(w) < se) {
            w++;
          }
          ue[1] = w;
        }
      }
      int w = k;
      if (vague && w < to && cue(w, QuantityLexicon.OF, Lex.class) != null) {
        w++;
      }
      if (w < to) {
        String g = text.substring(numEnd, t.start(w));
        boolean joined = g.isEmpty() || blank(g) || g.equals("-") || g.equals("\u2010")
            || vague && blank(g.replace("of", ""));
        if (vague && w != k) {
          joined = blank(text.substring(t.end(k), t.start(w)));
        }
        Hit<Unit> u = joined ? cue(w, QuantityLexicon.UNIT, Unit.class) : null;
        if (u != null && (vague ? u.lex().money() : true) && (best == null || u.end() > ue[0])) {
          best = u.lex();
          ue[0] = u.end();
          ue[1] = u.endWord();
        }
      }
      return best;
    }

    private Found range(int i, int spanStart, Num n, double sign, Unit unit, boolean symbol,
        int second, boolean dash, boolean money) {
      int j2 = second;
      double sign2 = 1;
      Unit unit2 = null;
      Hit<Lex> sg = cue(j2, QuantityLexicon.SIGN, Lex.class);
      if (sg != null) {
        sign2 = -1;
        j2 = sg.endWord();
      }
      if (j2 >= to || !startsNumber(j2)) {
        return null;
      }
      int q = t.start(j2);
      while (q > t.end(j2 - 1) && Character.isWhitespace(text.charAt(q - 1))) {
        q--;
      }
      Optional<Symbol> cs = lex.symbolEndingAt(text, q, Unit.class);
      if (cs.isPresent() && ((Unit) cs.get().lex()).money()
          && q - cs.get().text().length() >= t.end(j2 - 1)) {
        unit2 = (Unit) cs.get().lex();
      }
      Num n2 = number(j2, money || unit2 != null);
      if (n2 == null || n2.vague) {
        return null;
      }
      if (dash) {
        // "2017-05-01", "1-222-2222": more than two numbers joined by dashes
        int e2 = t.end(n2.last);
        if (e2 < text.length() && (text.charAt(e2) == '-' || text.charAt(e2) == '/')
            && n2.last + 1 < to && t.isNumber(n2.last + 1) && t.start(n2.last + 1) == e2 + 1) {
          return null;
        }
        if (n.first > from && identifierBefore(n.first)) {
          return null;
        }
      }
      int end = t.end(n2.last);
      int k = n2.last + 1;
      if (n2.suffixUnit != null) {
        unit2 = n2.suffixUnit;
      } else {
        int[] ue = new int[2];
        Unit after = unitAfter(n2.last, k, ue, false);
        if (after != null) {
          unit2 = unit2 == null || !after.money() ? after : unit2;
          end = ue[0];
          k = ue[1];
        }
      }
      double lo = sign * n.value;
      double hi = sign2 * n2.value;
      if (unit != null && unit2 != null && !unit.dimension().equals(unit2.dimension())) {
        return null;
      }
      Unit u = unit != null ? unit : unit2;
      if (unit == null && unit2 != null && unit2.factor() != u.factor()) {
        return null;
      }
      if (!n.multiplied && n2.multiplied && n2.digits == null == (n.digits == null)) {
        double mult = n2.value / Math.max(1e-300, rawValue(n2));
        if (mult > 1 && lo * mult <= hi) {
          lo *= mult;
        }
      }
      if (!(lo < hi)) {
        return null;
      }
      if (yearShaped(n) && yearShaped(n2) && u == null) {
        return skipTo(k);
      }
      return found(spanStart, end, lo, lo, hi, u, Approximation.RANGE, i, k);
    }

    private double rawValue(Num n) {
      return n.digits != null ? n.digits.value() : n.value;
    }

    private boolean yearShaped(Num n) {
      return n.words == 1 && n.digits != null && n.digits.plainInteger()
          && n.digits.digits().length() == 4 && n.value >= 1000 && n.value < 2200;
    }

    /** "Boeing 747", "AR 750-10", "SCP-173", "COVID-19": a name or code before the number. */
    private boolean identifier(int j) {
      return j > from && identifierBefore(j);
    }

    private boolean identifierBefore(int j) {
      int p = j - 1;
      String g = gap(p, j);
      String w = t.word(p);
      if (!w.chars().allMatch(Character::isLetter)) {
        return false;
      }
      if (cueOfAnyQuantityFacet(p)) {
        return false;
      }
      if (g.equals("-")) {
        return true;
      }
      if (!(blank(g) || g.strip().equals("#") || g.strip().equals("No."))) {
        return false;
      }
      boolean caps = w.length() >= 1 && w.chars().allMatch(Character::isUpperCase);
      boolean title = Character.isUpperCase(w.charAt(0));
      return caps && w.length() >= 2 || title && p > from;
    }

    private boolean cueOfAnyQuantityFacet(int w) {
      return !cues.at(t.start(w), QuantityLexicon.APPROX).isEmpty()
          || cue(w, QuantityLexicon.UNIT, Unit.class) != null
          || cue(w, QuantityLexicon.RANGE, Range.class) != null
          || cue(w, QuantityLexicon.NUMBER, NumberWord.class) != null
          || cue(w, QuantityLexicon.SIGN, Lex.class) != null
          || cue(w, QuantityLexicon.NOT, Not.class) != null
          || cue(w, QuantityLexicon.RATIO, Lex.class) != null
          || cue(w, QuantityLexicon.OF, Lex.class) != null;
    }

    /** "10 a.m.", "2:00", "May 19", "1 June": a time or a date. */
    private boolean dateOrTime(int j, Num n, int k) {
      int e = t.end(n.last);
      if (e + 1 < text.length() && text.charAt(e) == ':' && Character.isDigit(text.charAt(e + 1))) {
        return true;
      }
      int s = t.start(j);
      if (s >= 2 && text.charAt(s - 1) == ':' && Character.isDigit(text.charAt(s - 2))) {
        return true;
      }
      if (k < to && notCue(k, "after time")) {
        return true;
      }
      if (n.digits != null && n.words == 1 && (k < to && notCue(k, "near date")
          || j - 1 >= from && notCue(j - 1, "near date"))) {
        return true;
      }
      return false;
    }

    /** "More than 10 and less than 20" is one range. */
    private void mergeBounds(List<Found> found) {
      for (int x = 0; x + 1 < found.size(); x++) {
        Found a = found.get(x);
        Found b = found.get(x + 1);
        if (a.facet() == null || b.facet() == null) {
          continue;
        }
        QuantityFacet fa = a.facet();
        QuantityFacet fb = b.facet();
        boolean lower = fa.approximation() == Approximation.MORE_THAN
            || fa.approximation() == Approximation.AT_LEAST;
        boolean upper = (fb.approximation() == Approximation.LESS_THAN
            || fb.approximation() == Approximation.AT_MOST) && Double.isInfinite(fb.low())
            || fb.approximation() == Approximation.AT_MOST
            || fb.approximation() == Approximation.LESS_THAN && fb.low() <= 0;
        if (!lower || !upper || b.firstWord() != a.endWord() + 1 || !rangeRole(a.endWord(), "and")
            || !(fa.value() < fb.value())
            || fb.unit().isPresent() && fa.unit().isPresent() && !fb.unit().equals(fa.unit())) {
          continue;
        }
        QuantityFacet m = new QuantityFacet(spans.of(fa.span().start(), fb.span().end()),
            fa.value(), fa.value(), fb.value(), fa.unit().or(fb::unit),
            fa.dimension().or(fb::dimension), fa.unit().isPresent() ? fa.toBase() : fb.toBase(),
            Approximation.RANGE);
        found.set(x, new Found(m, a.firstWord(), b.endWord()));
        found.remove(x + 1);
      }
      found.removeIf(f -> f.facet() == null);
    }

    // ---------------------------------------------------------------- numbers

    /** Reads a number starting at word {@code j}, or null. */
    private Num number(int j, boolean money) {
      Num n = new Num();
      n.first = j;
      Hit<Multiplier> vm = cue(j, QuantityLexicon.MULTIPLIER, Multiplier.class);
      if (vm != null && vm.lex().plural()) {
        n.vague = true;
        n.vagueLow = 2 * vm.lex().factor();
        n.vagueHigh = vm.lex().pluralStep() * vm.lex().factor();
        n.last = vm.endWord() - 1;
        int k = vm.endWord();
        while (k + 1 < to && cue(k, QuantityLexicon.OF, Lex.class) != null) {
          Hit<Multiplier> m2 = cue(k + 1, QuantityLexicon.MULTIPLIER, Multiplier.class);
          if (m2 == null || m2.lex().money()) {
            break;
          }
          n.vagueLow *= m2.lex().factor();
          n.vagueHigh *= m2.lex().factor();
          n.last = m2.endWord() - 1;
          k = m2.endWord();
        }
        n.value = n.vagueLow;
        n.words = 1;
        n.digitsOnly = false;
        return n;
      }
      double total = 0;
      double cur = 0;
      boolean any = false;
      int prev = NONE;
      double beforeAnd = Double.NaN;
      double scaleBeforeAnd = 0;
      double lastScale = 0;
      double tens = 0;
      boolean articleOnly = false;
      boolean attached = false;
      int k = j;
      n.last = -1;
      while (k < to && k - j < MAX_WORDS) {
        if (any && !joinable(k - 1, k)) {
          break;
        }
        if (t.isNumber(k)) {
          if (any && prev != AND && !(prev == SCALE && smallerScaleAfter(k, lastScale))) {
            break;
          }
          NumberText.Digits d = any ? NumberText.parse(t.word(k)) : notation(k);
          if (d == null) {
            return null;
          }
          double v = d.value();
          int last = k;
          if (!any && d.suffix().startsWith("^")) {
            last = k + Integer.parseInt(d.suffix().substring(1)); // the exponent's word
            d = new NumberText.Digits(v, "", d.digits(), false);
          }
          if (d.suffix().isEmpty() && ONE_TO_THREE_DIGITS.matcher(d.digits()).matches() && !any) {
            // "1 414 021 100", "12 500": thousands grouped by spaces; one group after a space
            // only where no capitalised word comes before ("May 12 500 people": a date, a count)
            int g = k;
            boolean narrow = false;
            StringBuilder sb = new StringBuilder(d.digits());
            while (g + 1 < to && THREE_DIGITS.matcher(t.word(g + 1)).matches()
                && groupSpace(gap(g, g + 1))) {
              narrow |= gap(g, g + 1).charAt(0) != ' ';
              sb.append(t.word(g + 1));
              g++;
            }
            boolean oneGroup = g - k == 1 && (narrow
                || (k == 0 || !Character.isUpperCase(t.word(k - 1).codePointAt(0)))
                && (g + 1 >= to || !t.isNumber(g + 1)));
            if (g - k >= 2 || oneGroup) {
              v = Double.parseDouble(sb.toString());
              last = g;
              d = new NumberText.Digits(v, "", sb.toString(), true);
            } else if (g == k) {
              // "20, 000": thousands whose comma is followed by a space (text rebuilt from
              // tokens); not after a capitalised word ("May 20, 300 people" is a date and a count)
              while (g + 1 < to && THREE_DIGITS.matcher(t.word(g + 1)).matches()
                  && gap(g, g + 1).equals(", ")
                  && (k == 0 || !Character.isUpperCase(t.word(k - 1).codePointAt(0)))) {
                sb.append(t.word(g + 1));
                g++;
              }
              if (g > k) {
                v = Double.parseDouble(sb.toString());
                last = g;
                d = new NumberText.Digits(v, "", sb.toString(), true);
              }
            }
          }
          if (last == k && d.plainInteger()) {
            // "1/2", "-4/5"; "10 1/2"
            if (slashAfter(k)) {
              if (slashAfter(k + 1)) {
                return null; // "05/01/2017": a date
              }
              double den = Double.parseDouble(t.word(k + 1));
              if (den == 0) {
                return null;
              }
              String num = d.digits();
              int tail = num.isEmpty() ? 0 : num.charAt(num.length() - 1) - '0';
              if (num.length() >= 2 && num.matches("[1-9][0-9]*")
                  && PROPER_FRACTIONS.contains(tail + "/" + (int) den)
                  && letterAfter(t.end(k + 1))) {
                // "41/2 months", "23/4 miles": a whole number and a common fraction whose space
                // was lost, not 41 halves (a proper fraction: 1/2, 1/3, 2/3, 1/4, 3/4)
                v = Double.parseDouble(num.substring(0, num.length() - 1)) + tail / den;
              } else {
                v = v / den;
              }
              last = k + 1;
              d = new NumberText.Digits(v, "", d.digits(), false);
            } else if (!any && k + 2 < to && (blank(gap(k, k + 1)) || hyphenedFraction(k))
                && ALL_DIGITS.matcher(t.word(k + 1)).matches() && slashAfter(k + 1) && !slashAfter(k + 2)
                && Double.parseDouble(t.word(k + 1)) < Double.parseDouble(t.word(k + 2))) {
              v += Double.parseDouble(t.word(k + 1)) / Double.parseDouble(t.word(k + 2));
              last = k + 2;
            }
          }
          if (!any) {
            n.digits = d;
          }
          cur += v;
          any = true;
          prev = DIGITS;
          n.last = last;
          n.words += last - k + 1;
          k = last + 1;
          if (!d.suffix().isEmpty()) {
            Lex s = suffix(d.suffix(), money);
            if (s instanceof Multiplier m) {
              double[] tc = scale(total, cur, m.factor(), prev, lastScale);
              total = tc[0];
              cur = tc[1];
              n.multiplied = true;
              prev = SCALE;
              lastScale = m.factor();
              attached = true;
            } else if (s instanceof Unit u) {
              n.suffixUnit = u;
              break;
            } else {
              return null; // "21st", "1980s", "24703L": no amount
            }
          }
          continue;
        }
        n.digitsOnly = false;
        Hit<NumberWord> nw = cue(k, QuantityLexicon.NUMBER, NumberWord.class);
        if (nw != null) {
          NumberWord w = nw.lex();
          if (w.article()) {
            if (any && prev != AND) {
              break;
            }
            int n2 = nw.endWord();
            Hit<Multiplier> m = cue(n2, QuantityLexicon.MULTIPLIER, Multiplier.class);
            if (n2 < to && (m != null && !m.lex().plural()
                || cue(n2, QuantityLexicon.FRACTION, Fraction.class) != null
                || compoundOrdinalAt(n2))) {
              articleOnly = !any;
              cur += 1;
              any = true;
              prev = ARTICLE;
              k = n2;
              continue;
            }
            break;
          }
          double v = w.value();
          if (any && !(prev == SCALE || prev == AND || prev == TENS && v >= 1 && v < 10
              || (prev == ARTICLE || prev == UNIT_WORD || prev == TEEN) && compoundOrdinalAt(k))) {
            break;
          }
          tens = v >= 20 && v < 100 ? v : 0;
          if (w.times()) {
            n.times = true;
          }
          n.pronounWord = !any && w.pronoun();
          cur += v;
          any = true;
          prev = v >= 20 ? TENS : v >= 10 ? TEEN : UNIT_WORD;
          n.last = nw.endWord() - 1;
          n.words++;
          k = nw.endWord();
          if (w.times()) {
            break;
          }
          continue;
        }
        Hit<Multiplier> mh = cue(k, QuantityLexicon.MULTIPLIER, Multiplier.class);
        if (mh != null && (!mh.lex().money() || money) && !(prev == SCALE
            && mh.lex().factor() <= lastScale) && (any || !mh.lex().plural())) {
          Multiplier m = mh.lex();
          double[] tc = scale(total, cur, m.factor(), prev, lastScale);
          total = tc[0];
          cur = tc[1];
          any = true;
          n.multiplied = true;
          n.pronounWord = false;
          prev = SCALE;
          lastScale = m.factor();
          n.last = mh.endWord() - 1;
          n.words++;
          k = mh.endWord();
          continue;
        }
        Hit<Fraction> fh = cue(k, QuantityLexicon.FRACTION, Fraction.class);
        if (prev == TENS && tens > 0 && k > j && compoundOrdinalAt(k - 1)) {
          // "a twenty-first", "three thirty-seconds": the tens word and the ordinal are one
          // denominator; with nothing before them, or singular after more than one, an ordinal
          Hit<Lex> op = ordinalPart(k);
          double den = tens + Double.parseDouble(((QuantityLexicon.Plain) op.lex()).value());
          double whole = total + cur - tens;
          double num = Double.isNaN(beforeAnd) ? whole : whole - beforeAnd;
          boolean plural = t.word(op.endWord() - 1).endsWith("s");
          if (num <= 0 || num != 1 && !plural) {
            return null;
          }
          if (articleOnly && op.endWord() < to
              && cue(op.endWord(), QuantityLexicon.OF, Lex.class) == null
              && blank(text.substring(op.end(), t.start(op.endWord())))
              && Character.isLetter(text.charAt(t.start(op.endWord())))) {
            return null; // "a twenty-first century": an ordinal
          }
          total = (Double.isNaN(beforeAnd) ? 0 : beforeAnd) + num / den;
          cur = 0;
          prev = FRACTION;
          n.pronounWord = false;
          n.last = op.endWord() - 1;
          n.words++;
          k = op.endWord();
          continue;
        }
        if (fh != null && prev != FRACTION && prev != POINT) {
          Fraction f = fh.lex();
          if (!any) {
            if (!f.alone()) {
              return null;
            }
            cur = 1 / f.denominator();
            any = true;
            n.pronounWord = f.pronoun();
            prev = FRACTION;
            n.last = fh.endWord() - 1;
            n.words++;
            k = fh.endWord();
            // "half a dozen"
            Hit<NumberWord> art = cue(k, QuantityLexicon.NUMBER, NumberWord.class);
            if (art != null && art.lex().article() && cue(art.endWord(),
                QuantityLexicon.MULTIPLIER, Multiplier.class) != null) {
              k = art.endWord();
            }
            continue;
          }
          if (articleOnly && !f.alone() && fh.endWord() < to
              && cue(fh.endWord(), QuantityLexicon.OF, Lex.class) == null
              && blank(text.substring(fh.end(), t.start(fh.endWord())))
              && Character.isLetter(text.charAt(t.start(fh.endWord())))
              && cue(fh.endWord(), QuantityLexicon.MULTIPLIER, Multiplier.class) == null) {
            return null; // "a third term": an ordinal
          }
          double whole = total + cur;
          double value;
          Hit<Multiplier> nextScale = cue(fh.endWord(), QuantityLexicon.MULTIPLIER,
              Multiplier.class);
          if (!Double.isNaN(beforeAnd) && nextScale != null && !nextScale.lex().plural()
              && nextScale.lex().factor() < scaleBeforeAnd) {
            // "one billion and three quarters million": the fraction is of the next scale
            total = beforeAnd;
            cur = (whole - beforeAnd) / f.denominator();
            prev = FRACTION;
            n.pronounWord = false;
            n.last = fh.endWord() - 1;
            n.words++;
            k = fh.endWord();
            continue;
          }
          if (!Double.isNaN(beforeAnd)) {
            double num = whole - beforeAnd;
            value = scaleBeforeAnd >= 1e6 ? beforeAnd + num / f.denominator() * scaleBeforeAnd
                : beforeAnd + num / f.denominator();
          } else {
            value = whole / f.denominator();
          }
          total = value;
          cur = 0;
          prev = FRACTION;
          n.pronounWord = false;
          n.last = fh.endWord() - 1;
          n.words++;
          k = fh.endWord();
          continue;
        }
        Hit<Lex> ph = cue(k, QuantityLexicon.POINT, Lex.class);
        if (ph != null && any && prev != FRACTION && prev != POINT) {
          StringBuilder ds = new StringBuilder();
          int q = ph.endWord();
          int lastQ = -1;
          while (q < to && q - k < 12) {
            Hit<NumberWord> dw = cue(q, QuantityLexicon.NUMBER, NumberWord.class);
            if (dw == null || dw.lex().article() || dw.lex().value() >= 100) {
              break;
            }
            int v = (int) dw.lex().value();
            Hit<NumberWord> next = cue(dw.endWord(), QuantityLexicon.NUMBER, NumberWord.class);
            if (v >= 20 && next != null && !next.lex().article() && next.lex().value() < 10
                && next.lex().value() >= 1) {
              ds.append(v + (int) next.lex().value());
              lastQ = next.endWord() - 1;
              q = next.endWord();
            } else {
              ds.append(v);
              lastQ = dw.endWord() - 1;
              q = dw.endWord();
            }
          }
          if (ds.length() == 0) {
            break;
          }
          cur += Double.parseDouble("0." + ds);
          prev = POINT;
          n.last = lastQ;
          n.words += 2;
          k = q;
          continue;
        }
        if (any && prev != AND && !attached && rangeRole(k, "and") && k + 1 < to) {
          boolean ok = prev == SCALE && (t.isNumber(k + 1) || startsNumber(k + 1)
              && cue(k + 1, QuantityLexicon.NUMBER, NumberWord.class) != null);
          if (!ok) {
            int q = k + 1;
            while (q < to && q - k < 8 && (cue(q, QuantityLexicon.NUMBER, NumberWord.class) != null
                || t.isNumber(q) || q > k + 1 && rangeRole(q, "and"))) {
              q++; // "twenty and three and three fifths"
            }
            ok = q > k + 1 && cue(q, QuantityLexicon.FRACTION, Fraction.class) != null;
          }
          if (!ok) {
            break;
          }
          beforeAnd = total + cur;
          scaleBeforeAnd = prev == SCALE ? lastScale : 0;
          prev = AND;
          k++;
          continue;
        }
        if (prev == FRACTION && cue(k, QuantityLexicon.OF, Lex.class) != null) {
          // "three quarters of a billion", "a quarter of a million": a fraction of one scale
          Hit<Lex> of = cue(k, QuantityLexicon.OF, Lex.class);
          Hit<NumberWord> art = cue(of.endWord(), QuantityLexicon.NUMBER, NumberWord.class);
          Hit<Multiplier> m = art == null || !art.lex().article() ? null
              : cue(art.endWord(), QuantityLexicon.MULTIPLIER, Multiplier.class);
          if (m != null && !m.lex().plural() && !m.lex().money() && m.lex().factor() >= 1000) {
            total = (total + cur) * m.lex().factor();
            cur = 0;
            prev = SCALE;
            lastScale = m.lex().factor();
            n.multiplied = true;
            n.last = m.endWord() - 1;
            n.words += 3;
            k = m.endWord();
            continue;
          }
        }
        break;
      }
      if (!any || n.last < 0) {
        return null;
      }
      n.value = total + cur;
      return n;
    }

    /**
     * The number in digits at word {@code k}, with the notations that the tokenizer cuts apart:
     * "12e-1" and "1.3x10^6" (scientific), "1.1^23" (a power). A number read over more words
     * than one has the suffix "^N", N the words after {@code k} that it takes.
     */
    private NumberText.Digits notation(int k) {
      String w = t.word(k);
      NumberText.Digits d = NumberText.parse(w);
      String g = k + 1 < to ? gap(k, k + 1) : " ";
      String next = k + 1 < to ? t.word(k + 1) : "";
      boolean expWord = ONE_TO_THREE_DIGITS.matcher(next).matches();
      if (d != null && expWord && (d.suffix().equals("e") || d.suffix().equals("E"))
          && SIGN.matcher(g).matches()) {
        int e = Integer.parseInt(next) * (g.equals("+") ? 1 : -1);
        return new NumberText.Digits(d.value() * Math.pow(10, e), "^1", d.digits() + "e", false);
      }
      java.util.regex.Matcher x = TIMES_TEN.matcher(w);
      if (expWord && x.matches() && CARET.matcher(g).matches()) {
        Double m = Double.valueOf(x.group(1));
        return new NumberText.Digits(m * Math.pow(10, signed(g, next)), "^1", x.group(1) + "x10",
            false);
      }
      if (d != null && d.suffix().isEmpty() && expWord && CARET.matcher(g).matches()) {
        return new NumberText.Digits(Math.pow(d.value(), signed(g, next)), "^1",
            d.digits() + "^", false);
      }
      if (d != null && d.suffix().isEmpty() && k + 2 < to && TIMES.matcher(g).matches()
          && next.equals("10") && CARET.matcher(gap(k + 1, k + 2)).matches()
          && ONE_TO_THREE_DIGITS.matcher(t.word(k + 2)).matches()) {
        return new NumberText.Digits(d.value() * Math.pow(10, signed(gap(k + 1, k + 2),
            t.word(k + 2))), "^2", d.digits() + "x10", false); // "2 × 10^6"
      }
      return d;
    }

    /** An exponent after '^' and its signs: "^-1" is -1, "^--23" is 23. */
    private static int signed(String caret, String digits) {
      long minus = caret.chars().filter(c -> c == '-' || c == '\u2212').count();
      return Integer.parseInt(digits) * (minus % 2 == 0 ? 1 : -1);
    }

    private boolean slashAfter(int k) {
      int e = t.end(k);
      return k + 1 < to && e < text.length() && text.charAt(e) == '/' && t.start(k + 1) == e + 1
          && ALL_DIGITS.matcher(t.word(k + 1)).matches();
    }

    /**
     * Whether the digits at word {@code k} count a smaller scale word right after them, as in
     * "6 thousand 2 hundred and 15": a whole number, then a multiplier below {@code lastScale}.
     */
    private boolean smallerScaleAfter(int k, double lastScale) {
      NumberText.Digits d = NumberText.parse(t.word(k));
      if (d == null || !d.plainInteger() || !d.suffix().isEmpty() || k + 1 >= to
          || !blank(gap(k, k + 1))) {
        return false;
      }
      Hit<Multiplier> m = cue(k + 1, QuantityLexicon.MULTIPLIER, Multiplier.class);
      return m != null && !m.lex().plural() && !m.lex().money() && m.lex().factor() < lastScale;
    }

    /**
     * Whether {@code gap} may part two groups of thousands: one space, no-break space, narrow
     * no-break space or thin space ("12 500", "12\u202F500").
     */
    private static boolean groupSpace(String gap) {
      return gap.length() == 1 && (gap.charAt(0) == ' ' || gap.charAt(0) == '\u00A0'
          || gap.charAt(0) == '\u202F' || gap.charAt(0) == '\u2009');
    }

    /** Whether word {@code k} may continue a number that ends at word {@code last}. */
    private boolean joinable(int last, int k) {
      if (last < 0) {
        return true;
      }
      String g = text.substring(t.end(last), t.start(k));
      return g.isEmpty() || blank(g) || g.strip().equals("-") || g.strip().equals("\u2010");
    }

    private static double[] scale(double total, double cur, double f, int prev,
        double lastScale) {
      if (prev == FRACTION && cur == 0 && total > 0 && total < f) {
        return new double[] {total * f, 0};
      }
      if (prev == SCALE && f >= 1000 && f > lastScale) {
        return new double[] {(total + cur) * f, 0}; // "three lakh crore", "hundred thousand"
      }
      if (f < 1000) {
        return new double[] {total, (cur == 0 ? 1 : cur) * f};
      }
      return new double[] {total + (cur == 0 ? 1 : cur) * f, 0};
    }

    /** What letters attached to digits mean: a multiplier, a unit, or nothing known. */
    private Lex suffix(String letters, boolean money) {
      List<Lex> ls = lex.word(letters);
      for (Lex l : ls) {
        if (l instanceof Multiplier m && (!m.money() || money) && !m.plural()) {
          return l;
        }
      }
      for (Lex l : ls) {
        if (l instanceof Unit) {
          return l;
        }
      }
      return null;
    }
  }
}
