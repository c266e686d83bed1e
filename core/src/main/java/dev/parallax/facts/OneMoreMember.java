package dev.parallax.facts;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.facts.QuantityLexicon.Fraction;
import dev.parallax.facts.QuantityLexicon.Lex;
import dev.parallax.facts.QuantityLexicon.NumberWord;
import dev.parallax.facts.QuantityLexicon.Plain;
import dev.parallax.facts.QuantitySentence.Found;
import dev.parallax.facts.QuantitySentence.Hit;
import java.util.List;
import java.util.Locale;

/**
 * Tells "a third" that names one more member of a group from "a third" the fraction, among the
 * quantities read from one sentence. English counts a group and then adds one to it with "a" and
 * the ordinal of the next place: "killed two workers and wounded a third", "three men were held
 * and police seek a fourth", "her second marriage failed, as did a third". There the ordinal
 * follows, earlier in its sentence, a count of one less ("two", "3") or the ordinal of one less
 * ("second"), and it is no fraction: the group it joins is counted by the number before it, and
 * "a third" says which member, as "another" would, so it gives no quantity (and the ordinal
 * reader lists "third" as the place 3).
 *
 * <p>It stays a fraction where the words around it make one: "of" after it ("a third of the
 * budget"), a bound before it ("nearly a third", read into the quantity), a word right before
 * the article of the pack facet {@code quantity-member} {@code share} ("cut by a third", "put it
 * at a third") or of {@code quantity-change} ("support fell a third"); and where the count
 * before it is of a length of time or a number of times ({@code quantity-member} {@code time}:
 * "in two years the town lost a third"), of a unit ("2 km"), or is no count ("two-thirds", a
 * date, a clock time).
 */
final class OneMoreMember extends SentenceReader {

  /** The {@code quantity-member} value of the words before "a third" that make it a share. */
  static final String SHARE = "share";
  /** The {@code quantity-member} value of the words after a count that make it no group. */
  static final String TIME = "time";

  OneMoreMember(QuantitySentence sentence) {
    super(sentence);
  }

  /** Takes out of {@code found} each "a third" that names one more member of a group. */
  void drop(List<Found> found) {
    for (int x = found.size() - 1; x >= 0; x--) {
      if (found.get(x).facet() != null && oneMore(found, x)) {
        found.remove(x);
      }
    }
  }

  /** Whether quantity {@code x} of {@code found} is "a third" after a count of one less. */
  private boolean oneMore(List<Found> found, int x) {
    Found f = found.get(x);
    int article = f.firstWord();
    int w = article + 1;
    QuantityFacet q = f.facet();
    if (f.endWord() != w + 1 || q.approximation() != Approximation.EXACT
        || q.unit().isPresent() || t.word(w).toLowerCase(Locale.ROOT).endsWith("s")) {
      return false; // "a third", not "a third of a mile" or "two thirds"
    }
    Hit<NumberWord> a = sentence.cue(article, QuantityLexicon.NUMBER, NumberWord.class);
    Hit<Fraction> fraction = sentence.cue(w, QuantityLexicon.FRACTION, Fraction.class);
    Hit<Plain> ordinal = sentence.cue(w, QuantityLexicon.ORDINAL, Plain.class);
    if (a == null || !a.lex().article() || fraction == null || fraction.endWord() != w + 1
        || ordinal == null || ordinal.endWord() != w + 1) {
      return false; // "a quarter", "a half": fractions only
    }
    int place = (int) Double.parseDouble(ordinal.lex().value());
    if (place < 3 || Math.abs(q.value() - 1.0 / place) > 1e-9
        || sentence.cue(w + 1, QuantityLexicon.OF, Lex.class) != null || shareBefore(article)) {
      return false;
    }
    for (int y = 0; y < x; y++) {
      if (countOf(found.get(y), place - 1)) {
        return true;
      }
    }
    for (int k = from; k < article; k++) {
      if (ordinalOf(k, place - 1)) {
        return true;
      }
    }
    return false;
  }

  /** "by a third", "at a third", "fell a third": a word before the article makes a share. */
  private boolean shareBefore(int article) {
    int b = article - 1;
    return b >= from && (member(b, SHARE)
        || sentence.cue(b, QuantityLexicon.CHANGE, Lex.class) != null);
  }

  /** Whether {@code c} is an exact count of {@code n} things: "two workers", "3 men". */
  private boolean countOf(Found c, int n) {
    QuantityFacet q = c.facet();
    return q != null && q.approximation() == Approximation.EXACT && q.unit().isEmpty()
        && q.value() == n && !member(c.endWord(), TIME);
  }

  /** Whether word {@code k} is the ordinal of place {@code n}: "her second marriage". */
  private boolean ordinalOf(int k, int n) {
    Hit<Plain> o = sentence.cue(k, QuantityLexicon.ORDINAL, Plain.class);
    return o != null && o.endWord() == k + 1 && Double.parseDouble(o.lex().value()) == n
        && !(k > from && sentence.gap(k - 1, k).equals("-")); // not "twenty-second"
  }

  /** Whether word {@code k} begins a {@code quantity-member} cue of the value {@code role}. */
  private boolean member(int k, String role) {
    Hit<Plain> m = sentence.cue(k, QuantityLexicon.MEMBER, Plain.class);
    return m != null && m.lex().value().equals(role);
  }
}
