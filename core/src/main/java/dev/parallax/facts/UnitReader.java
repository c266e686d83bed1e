package dev.parallax.facts;

import static dev.parallax.facts.QuantitySentence.blank;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.facts.NumberReader.Num;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.Multiplier;
import dev.parallax.facts.QuantityLexicon.Symbol;
import dev.parallax.facts.QuantityLexicon.Unit;
import dev.parallax.facts.QuantitySentence.Found;
import dev.parallax.facts.QuantitySentence.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the units around a number: a unit word or symbol after it ("248 kilometers", "5 %",
 * "°C", "millions of dollars"), a currency code with its amount in one word ("eur250") or with a
 * multiplier letter glued before it ("30 MUSD", "kEUR"), "times" after a multiplying number
 * word, and the second part of a compound measure ("5 feet 4 inches", "3 dollars 50 cents",
 * "15 dollars 50", where the smaller unit is left unsaid). The units and their conversions are
 * the {@code quantity-unit} cues and symbols of the packs.
 */
final class UnitReader extends SentenceReader {

  /**
   * A three-letter code and digits in one word, with the letters of a multiplier after them
   * ("eur250", "USD1,200", "GBP45m", "usd3.5bn").
   */
  private static final Pattern CODE_DIGITS = Pattern.compile(
      "([A-Za-z]{2,3})(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)([A-Za-z]{0,3})");

  /** A currency code with a multiplier letter glued before it ("MUSD"). */
  record Glued(Unit unit, double factor) {}

  /**
   * The second part of a measure read after its first: the amount it adds in the first part's
   * unit, the character and the word after it, and its unit.
   */
  record Tail(double value, int end, int next, Unit part) {}

  private final NumberReader numbers;

  UnitReader(QuantitySentence sentence, NumberReader numbers) {
    super(sentence);
    this.numbers = numbers;
  }

  /**
   * "eur250", "USD1,200", "Rs500": a currency code or abbreviation that may stand before its
   * amount, written without the space, as one word; null for any other word.
   */
  Found codeGluedToDigits(int i) {
    int at = t.start(i);
    String text = t.text();
    if (t.end(i) - at < 3 || !Character.isLetter(text.charAt(at))
        || !Character.isDigit(text.charAt(at + 2))
        && (t.end(i) - at < 4 || !Character.isDigit(text.charAt(at + 3)))) {
      return null; // most words: no copy of the word and no regular expression to run
    }
    String word = t.word(i);
    Matcher m = CODE_DIGITS.matcher(word);
    if (!m.matches()) {
      return null;
    }
    String code = m.group(1);
    List<Lex> lexes = new ArrayList<>(lex.word(code.toUpperCase(Locale.ROOT)));
    lexes.addAll(lex.word(code)); // "Rs500": an abbreviation written as it is
    for (Lex l : lexes) {
      if (l instanceof Unit u && u.money() && u.before()) {
        NumberText.Digits d = NumberText.parse(m.group(2));
        double factor = m.group(3).isEmpty() ? 1 : gluedFactor(m.group(3));
        if (d == null || !d.suffix().isEmpty() || factor == 0) {
          return null;
        }
        int end = i + 1;
        Hit<Multiplier> scale = m.group(3).isEmpty()
            ? sentence.cue(end, QuantityLexicon.MULTIPLIER, Multiplier.class) : null;
        if (scale != null && !scale.lex().plural() && !scale.lex().suffix()) {
          factor = scale.lex().factor(); // "CAD1.2 million"
          end = scale.endWord();
        }
        double v = d.value() * factor;
        return sentence.found(t.start(i), t.end(end - 1), v, v, v, u, Approximation.EXACT, i,
            end);
      }
    }
    return null;
  }

  /** The factor of multiplier letters after an amount of money ("m", "bn", "MM"), or 0. */
  private double gluedFactor(String letters) {
    for (Lex l : lex.word(letters)) {
      if (l instanceof Multiplier mult && mult.suffix() && !mult.plural()) {
        return mult.factor();
      }
    }
    return 0;
  }

  /** "MUSD", "kEUR": a multiplier letter glued before a currency code, or null. */
  Glued gluedCode(int w) {
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

  Unit timesUnit() {
    for (Lex l : lex.word("times")) {
      if (l instanceof Unit u) {
        return u;
      }
    }
    return null;
  }

  /** The unit after a number ending at word {@code last}; ue gets [end char, next word]. */
  Unit unitAfter(int last, int k, int[] ue, boolean vague) {
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
    if (vague && w < to && sentence.cue(w, QuantityLexicon.OF, Lex.class) != null) {
      w++;
    }
    if (w < to) {
      String g = text.substring(numEnd, t.start(w));
      boolean joined = g.isEmpty() || blank(g) || g.equals("-") || g.equals("\u2010")
          || vague && blank(g.replace("of", ""));
      if (vague && w != k) {
        joined = blank(text.substring(t.end(k), t.start(w)));
      }
      Hit<Unit> u = joined ? sentence.cue(w, QuantityLexicon.UNIT, Unit.class) : null;
      if (u != null && (vague ? u.lex().money() : true) && (best == null || u.end() > ue[0])) {
        best = u.lex();
        ue[0] = u.end();
        ue[1] = u.endWord();
      }
    }
    return best;
  }

  /**
   * "5 feet 4 inches", "3 dollars 50 cents", "12 ft 2 in": a smaller unit of the same dimension
   * after an amount in {@code unit} that ends at character {@code end}, before word {@code k};
   * or null.
   */
  Tail compound(Unit unit, double sign, int k, int end) {
    int c = k;
    if (sentence.rangeRole(c, "and")) {
      c++;
    }
    if (c < to && numbers.startsNumber(c)
        && blank(text.substring(end, t.start(k)).replace(",", ""))
        && (c == k || blank(sentence.gap(k, c)))) {
      Num n2 = numbers.number(c, false);
      if (n2 != null && n2.suffixUnit == null) {
        int[] ue = new int[2];
        Unit u2 = unitAfter(n2.last, n2.last + 1, ue, false);
        Hit<Unit> part = u2 == null && n2.last + 1 < to
            && blank(text.substring(t.end(n2.last), t.start(n2.last + 1)))
            ? sentence.cue(n2.last + 1, QuantityLexicon.UNIT_PART, Unit.class) : null;
        if (part != null) {
          u2 = part.lex();
          ue[0] = part.end();
          ue[1] = part.endWord();
        }
        double ratio = u2 == null ? 0 : Math.log10(unit.factor() / u2.factor());
        if (u2 != null && u2.dimension().equals(unit.dimension())
            && u2.factor() < unit.factor()
            && (unit.money() || Math.abs(ratio - Math.rint(ratio)) > 1e-9)) {
          return new Tail(sign * n2.value * u2.factor() / unit.factor(), ue[0], ue[1], u2);
        }
      }
    }
    return null;
  }

  /**
   * "15 dollars 50", "one dollar and one", "five mao five": the smaller unit of money left
   * unsaid after an amount whose last unit is {@code lastPart}; or null.
   */
  Tail unsaidSubunit(Unit lastPart, Unit unit, double sign, int k, int end) {
    int c = sentence.rangeRole(k, "and") ? k + 1 : k;
    if (c < to && (c == k || blank(sentence.gap(k, c))) && numbers.startsNumber(c)) {
      Num n2 = numbers.number(c, false);
      double limit = Math.rint(lastPart.factor() / lastPart.subunit());
      int[] ue = new int[2];
      if (n2 != null && !n2.vague && !n2.multiplied && n2.suffixUnit == null
          && n2.value >= 1 && n2.value < limit && n2.value == Math.rint(n2.value)
          && (n2.digits == null || n2.digits.plainInteger() && n2.words == 1
              && n2.digits.digits().length() <= 2)
          && sentence.amountEnds(n2.last + 1, t.end(n2.last))
          && unitAfter(n2.last, n2.last + 1, ue, false) == null) {
        return new Tail(sign * n2.value * lastPart.subunit() / unit.factor(), t.end(n2.last),
            n2.last + 1, lastPart);
      }
    }
    return null;
  }
}
