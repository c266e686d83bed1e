package dev.parallax.facts;

import dev.parallax.OrdinalNumber;
import dev.parallax.QuantityFacet;
import dev.parallax.facts.QuantityLexicon.Multiplier;
import dev.parallax.facts.QuantityLexicon.NumberWord;
import dev.parallax.facts.QuantityLexicon.Plain;
import dev.parallax.facts.QuantitySentence.Hit;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ordinal numbers of one sentence: an ordinal word of the pack facet {@code
 * quantity-ordinal} ("third", "twentieth", "millionth") with the number words before it, or
 * digits with the suffix their last digits take ("1st", "22nd", "113th", "1,000th"). The number words
 * before a word below a hundred add up, and must leave its place free ("twenty-first" is 21,
 * "one hundred and twenty-fifth" 125; "one second" is no ordinal); before a scale ordinal they
 * count it ("the three trillionth visitor" is 3,000,000,000,000). An ordinal whose ordinal word
 * a quantity takes is that quantity ("a third", "two fifths", and "three trillionth" where the
 * quantity reads it as a fraction); a quantity of the number words before it alone gives way
 * ("one hundred and fifth" is 105, not 100 and 5). Work is
 * linear in the words of the sentence, with at most {@value #MAX_WORDS} words before an ordinal.
 */
final class OrdinalNumberReader {

  /** The most number words read before an ordinal word. */
  static final int MAX_WORDS = 12;

  /** Digits and an ordinal suffix, as one word ("21st") or cut apart ("21 st"). */
  private static final Pattern DIGITS = Pattern.compile(
      "(\\d{1,3}(?:,\\d{3}){1,2}|\\d{1,9})(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUFFIX = Pattern.compile("st|nd|rd|th", Pattern.CASE_INSENSITIVE);

  private final QuantitySentence sentence;
  private final AnalyzedText t;

  OrdinalNumberReader(QuantitySentence sentence) {
    this.sentence = sentence;
    this.t = sentence.t;
  }

  /** The ordinal numbers of the sentence that no quantity of {@code quantities} overlaps. */
  List<OrdinalNumber> read(List<QuantityFacet> quantities) {
    List<OrdinalNumber> out = new ArrayList<>();
    for (int w = sentence.from; w < sentence.to; w++) {
      int[] span = new int[2];
      long v = digits(w, span);
      if (v <= 0) {
        Hit<Plain> o = sentence.cue(w, QuantityLexicon.ORDINAL, Plain.class);
        if (o == null) {
          continue;
        }
        v = words(w, (long) Double.parseDouble(o.lex().value().split(" ")[0]), span);
      }
      // a quantity that takes the ordinal word makes it none ("a third" is 1/3); one that
      // takes only the number words before it gives way ("one hundred and fifth" is 105)
      if (v > 0 && !overlaps(quantities, t.start(w), span[1])) {
        out.add(new OrdinalNumber(sentence.spans.of(span[0], span[1]), v));
      }
    }
    return out;
  }

  /** "21st", "21 st": the number, its span in {@code span}; 0 where the suffix is not its own. */
  private long digits(int w, int[] span) {
    String word = t.text().substring(t.start(w), t.end(w));
    Matcher m = DIGITS.matcher(word);
    String digits;
    String suffix;
    int end = t.end(w);
    if (m.matches()) {
      digits = m.group(1);
      suffix = m.group(2);
    } else if (word.chars().allMatch(Character::isDigit) && !word.isEmpty() && word.length() <= 9
        && w + 1 < sentence.to && t.start(w + 1) == t.end(w)
        && SUFFIX.matcher(t.text().substring(t.start(w + 1), t.end(w + 1))).matches()) {
      digits = word;
      suffix = t.text().substring(t.start(w + 1), t.end(w + 1));
      end = t.end(w + 1);
    } else {
      return 0;
    }
    long n = Long.parseLong(digits.replace(",", ""));
    if (n < 1 || !suffix.equalsIgnoreCase(suffix(n))) {
      return 0; // "21th", "0th": no ordinal of English
    }
    // a letter glued after the suffix or digits glued before make a code ("A21st", "21stb")
    if (end < t.text().length() && Character.isLetterOrDigit(t.text().charAt(end))) {
      return 0;
    }
    span[0] = t.start(w);
    span[1] = end;
    return n;
  }

  /** The suffix English writes after {@code n}: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
  static String suffix(long n) {
    long tens = n % 100;
    if (tens >= 11 && tens <= 13) {
      return "th";
    }
    return switch ((int) (n % 10)) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /**
   * The ordinal whose last word is {@code w}, of position {@code o} alone, with the number words
   * before it; its span in {@code span}; 0 where those words leave it no ordinal.
   */
  private long words(int w, long o, int[] span) {
    long v = withNumbers(w, o, span);
    if (v == 0 && w - 1 >= sentence.from && sentence.rangeRole(w - 1, "and")) {
      // "won two and finished fifth": the number before "and" is another one
      span[0] = t.start(w);
      span[1] = t.end(w);
      return o;
    }
    return v;
  }

  /** {@link #words} with the number words before the ordinal, or 0 where they do not fit it. */
  private long withNumbers(int w, long o, int[] span) {
    // the number words before it: "one hundred and twenty", "a hundred", "three"
    int first = w;
    for (int x = w - 1; x >= sentence.from && x >= w - MAX_WORDS; x--) {
      String gap = sentence.gap(x, x + 1);
      if (!(gap.isBlank() || gap.equals("-"))) {
        break;
      }
      if (numberWord(x) != null || multiplier(x) != null
          || sentence.rangeRole(x, "and") && x - 1 >= sentence.from
              && (numberWord(x - 1) != null || multiplier(x - 1) != null)) {
        first = x;
      } else {
        break;
      }
    }
    // "a" counts as one only before a scale word: "a hundred trillionth"
    while (first < w) {
      NumberWord a = numberWord(first);
      if (a != null && a.article() && multiplier(first + 1) == null && first + 1 != w) {
        first++;
      } else if (a != null && a.article() && first + 1 == w) {
        first++; // "a third" is a fraction, "a second time" an ordinal: the article is no number
      } else if (sentence.rangeRole(first, "and")) {
        first++;
      } else {
        break;
      }
    }
    long total = 0;
    long current = 0;
    boolean any = false;
    for (int x = first; x < w; x++) {
      NumberWord n = numberWord(x);
      Multiplier m = multiplier(x);
      if (n != null && !n.times()) {
        current += (long) n.value();
        any = true;
      } else if (m != null) {
        long f = (long) m.factor();
        if (f == 100) {
          current = Math.max(current, 1) * 100;
        } else {
          total += Math.max(current, 1) * f;
          current = 0;
        }
        any = true;
      }
    }
    long value;
    if (!any) {
      value = o;
    } else if (o >= 100) {
      if (o == 100) {
        if (current % 100 != 0 && current >= 100) {
          return 0;
        }
        value = total + Math.max(current, 1) * 100;
      } else {
        if (total > 0 && total < Math.max(current, 1) * o) {
          return 0;
        }
        value = total + Math.max(current, 1) * o;
      }
    } else {
      // the words before must leave the ordinal's place free: "twenty-first", not "one second"
      long place = o < 10 ? 10 : 100;
      if (current % place != 0) {
        return 0;
      }
      value = total + current + o;
    }
    span[0] = t.start(first);
    span[1] = t.end(w);
    return value;
  }

  private NumberWord numberWord(int w) {
    Hit<NumberWord> h = sentence.cue(w, QuantityLexicon.NUMBER, NumberWord.class);
    return h != null && h.endWord() == w + 1 ? h.lex() : null;
  }

  /** A scale word that counts in whole numbers ("hundred", "million"): no suffix, no money. */
  private Multiplier multiplier(int w) {
    Hit<Multiplier> h = sentence.cue(w, QuantityLexicon.MULTIPLIER, Multiplier.class);
    if (h == null || h.endWord() != w + 1) {
      return null;
    }
    Multiplier m = h.lex();
    double log = Math.log10(m.factor());
    return m.suffix() || m.money() || m.plural() || m.factor() < 100
        || Math.abs(log - Math.rint(log)) > 1e-9 ? null : m;
  }

  private static boolean overlaps(List<QuantityFacet> quantities, int start, int end) {
    for (QuantityFacet q : quantities) {
      if (q.span().start() < end && start < q.span().end()) {
        return true;
      }
    }
    return false;
  }
}
