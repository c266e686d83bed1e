package dev.parallax.facts;

import static java.util.Objects.requireNonNull;

import dev.parallax.OrdinalNumber;
import dev.parallax.QuantityFacet;
import dev.parallax.facts.QuantitySentence.Found;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads quantities: numbers in digits and in words ("34,000", "forty", "1.5 million", "a dozen",
 * "two-thirds", "one in five", "one over three", "a twenty-first", "⅔", "1.3x10^6", "-12e-1",
 * "millions of"), with their unit and its conversion ("248 kilometers", "155 miles": both lengths,
 * comparable through {@link QuantityFacet#toBase()}), money ("$21.75", "US$ 40 billion", "€5m",
 * "15 dollars 50", "30 MUSD"), percentages, approximations as intervals ("about", "more than", "up
 * to", "nearly") and ranges ("30 to 40", "30-40", "between 30 and 40").
 *
 * <p>Every word it knows comes from the {@code quantity-*} cues of the packs it is given (see
 * {@code dev/parallax/facts/en/quantities.rules}); the readers of a sentence compose those cues
 * with the numbers written in digits, whose shape they read themselves (with the notations "e",
 * "x10^", "× 10^" and "^", and the vulgar-fraction characters that the fraction cues declare as
 * symbols): {@code QuantityPhrases} and {@code PhraseReading} read a quantity from its first
 * word, {@code NumberReader}, {@code NumberWords} and {@code DigitReader} its number,
 * {@code UnitReader} its unit; {@code NotAQuantity} leaves out years with nothing attached ("in
 * 2017"), dates, times of day, ordinals ("21st", "twenty-fifth"), phone numbers and identifiers
 * ("AR 750-10", "Boeing 747") where their shape or neighbours tell; {@code QuantityPasses}
 * completes and joins what they read, and {@code OneMoreMember} takes out "a third" that adds one
 * to a group counted before it ("killed two and wounded a third").
 *
 * <p>Work is linear in the words of a sentence: a quantity reads at most {@value #MAX_WORDS} words.
 * Immutable and thread-safe.
 */
public final class QuantityExtractor {

  /** The most words one quantity may span. */
  static final int MAX_WORDS = 24;

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
    BitSet phraseStarts = cues.wordsWithAny(QuantityPhrases.STARTS);
    for (int s = 0; s < t.sentences().size(); s++) {
      QuantitySentence sentence = new QuantitySentence(lex, t, cues, spans, s);
      // a sentence with no number and no cue a phrase can begin with reads no phrase: its readers
      // are not made (the passes below still look at its chars, for "½")
      List<Found> found = mayHoldPhrase(t, s, phraseStarts)
          ? new QuantityPhrases(sentence, phraseStarts).read() : new ArrayList<>();
      QuantityPasses passes = new QuantityPasses(sentence);
      passes.vulgarFractions(found);
      passes.unitAndFraction(found);
      passes.mergeBounds(found);
      new OneMoreMember(sentence).drop(found);
      for (Found f : found) {
        out.add(f.facet());
      }
    }
    QuantityPasses.vagueCounts(spans, cues, out);
    return List.copyOf(out);
  }

  /**
   * The ordinal numbers of a text that no quantity takes, in text order: "the third" (3),
   * "21st", "one hundred and twenty-fifth" (125); "a third" is the quantity 1/3 and no ordinal,
   * but after a count of two ("killed two and wounded a third") one more member, the place 3.
   *
   * @param spans builds the spans of the text
   * @param cues the cues found in the same text, with the quantity packs among them
   */
  public List<OrdinalNumber> ordinals(Spans spans, CueHits cues) {
    AnalyzedText t = spans.text();
    List<QuantityFacet> quantities = extract(spans, cues);
    List<OrdinalNumber> out = new ArrayList<>();
    for (int s = 0; s < t.sentences().size(); s++) {
      out.addAll(new OrdinalNumberReader(new QuantitySentence(lex, t, cues, spans, s))
          .read(quantities));
    }
    return List.copyOf(out);
  }

  /**
   * Whether a quantity phrase may start in sentence {@code s}: a word of it holds a digit (a code
   * glued to digits, "eur250", does too) or is one of {@code phraseStarts}; else {@link
   * QuantityPhrases#read} finds nothing at any of its words.
   */
  private static boolean mayHoldPhrase(AnalyzedText t, int s, BitSet phraseStarts) {
    int from = t.firstWord(s);
    int to = t.endWord(s);
    int first = phraseStarts.nextSetBit(from);
    if (first >= 0 && first < to) {
      return true;
    }
    for (int w = from; w < to; w++) {
      if (t.isNumber(w)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "QuantityExtractor[" + lex.symbols().size() + " symbols]";
  }
}
