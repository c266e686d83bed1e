package dev.parallax.contradict;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where a count holds, read from the words right after what it counts: a place phrase ("170,000
 * people in the province", "230,000 people across Asia", pack facet {@code scope-preposition},
 * role {@code place}) or an adverb of place alone ("worldwide", facet {@code scope-adverb}); and,
 * after "of" (role {@code of}), the whole a share is a share of ("70 percent of the
 * communications network") or, by a name, whose the counted things are ("12 members of Hamas",
 * "members of the Daya family"). Two counts of two places or owners, or two shares of two
 * wholes, are two facts.
 * Immutable and thread-safe.
 */
final class CountScopes {
  /** The role of a preposition that opens a place. */
  static final String PLACE = "place";
  /** The role of "of", which opens what {@link Of} says. */
  static final String OF = "of";

  /** What "of" right after an amount opens. */
  enum Of {
    /** Nothing that says where the amount holds: "$137 million of diamonds", "two tons of rice". */
    NOTHING,
    /** The whole a share is a share of: "70 percent of the network". */
    WHOLE,
    /** By a name, whose the counted things are: "12 members of Hamas". */
    OWNER
  }

  private final Lexicon lexicon;

  CountScopes(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The stems of the phrase right after offset {@code after} that says where the count holds
   * ("in the province on Sumatra", "across Asia"; after "of", what {@code of} says), up to
   * {@value QuantityAmounts#NOUN_WORDS} content words before punctuation, a verb-like word, a
   * time or a second such phrase, or an adverb of place alone; empty when none follows, or when
   * the phrase is a time ("in the second quarter", "in March").
   */
  Set<String> after(ClaimWords w, int after, Of of) {
    int k = w.firstWordFrom(after);
    if (k >= w.size() || !w.between(after, w.start(k)).isBlank()) {
      return Set.of();
    }
    if (lexicon.scopeAdverbs().contains(w.lower(k))) {
      return Set.of(w.stem(k)); // "12,000 people worldwide": everywhere, against one place
    }
    String role = lexicon.scopeWords().get(w.lower(k));
    if (role == null) {
      return Set.of();
    }
    if (role.equals(OF) && of == Of.NOTHING) {
      return Set.of();
    }
    // after a count, "of" opens whose the counted things are only by a name ("12 members of
    // Hamas", "seven members of the Daya family"); other words describe them, in words two
    // reports choose apart ("2.3 million bottles of its blood pressure medicine")
    boolean owner = role.equals(OF) && of == Of.OWNER;
    int first = k + 1;
    while (first < w.size() && w.isStopWord(first)) {
      first++; // "in the second quarter": the phrase's first word of meaning
    }
    if (first < w.size() && w.inTime(first)) {
      return Set.of(); // "shrank 0.9% in the second quarter": a time, not a place
    }
    Set<String> out = new LinkedHashSet<>();
    int words = 0;
    for (int i = k + 1; i < w.size() && words < QuantityAmounts.NOUN_WORDS; i++) {
      if (!w.between(w.end(i - 1), w.start(i)).isBlank() || w.inTime(i)
          || !out.isEmpty() && lexicon.scopeWords().containsKey(w.lower(i))) {
        // "40 homes in Springfield on Sunday": the place ends where a time begins; "12 people in
        // Gaza in the raid": where a second such phrase begins
        break;
      }
      if (w.isContent(i)) {
        words++;
        if (!owner || w.isCapitalised(i)) {
          out.add(w.stem(i));
        }
      } else if (!w.isStopWord(i) && !w.isNumber(i)) {
        break;
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Where a sum of money holds, as {@link #after} reads it with {@link Of#NOTHING}; none when
   * a word of the pack facet {@code sum-form-preposition} ("in") and a bare lower-case noun
   * follow the sum ("260,000 euros in cash", "620,000 euros in
   * banknotes", "$2 million in damages"): they name the form the money takes, not a place, which
   * news writes with a determiner or a name ("in the province", "in Aceh").
   */
  Set<String> afterSum(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    if (k + 1 < w.size() && lexicon.sumForms().contains(w.lower(k)) && w.isContent(k + 1) && !w.isCapitalised(k + 1) && !w.isNumber(k + 1)
        && w.gapIsSpace(w.end(k), w.start(k + 1))) {
      return Set.of();
    }
    return after(w, after, Of.NOTHING);
  }
}
