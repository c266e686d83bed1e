package dev.parallax.contradict;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the noun a number counts in a claim: the content words right after it, their head (after
 * a number English puts the counted noun in the plural and its modifiers before it in the
 * singular: "three strong aftershocks", "12 police officers", "12,500 bus and tram drivers") and
 * their stems, head first.
 */
final class CountedNoun {
  private final Lexicon lexicon;

  CountedNoun(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The stems of the words {@code run}, word {@code head} first. */
  static List<String> stems(ClaimWords w, int[] run, int head) {
    List<String> noun = new ArrayList<>(run.length);
    if (run.length > 0) {
      noun.add(w.stem(head));
    }
    for (int i : run) {
      if (i != head) {
        noun.add(w.stem(i));
      }
    }
    return List.copyOf(noun);
  }

  /** The counted noun of a run: its last plural ("officers" of "police officers"), or its first. */
  int head(ClaimWords w, int[] run) {
    int head = run[0];
    boolean plural = false;
    for (int i : run) {
      if (lexicon.plural(w.text(i))) {
        head = i;
        plural = true;
      } else if (plural) {
        break;
      }
    }
    return head;
  }

  /** Whether word {@code i} is joined by a hyphen to a content word after it ("near-Earth"). */
  private static boolean hyphenedToContent(ClaimWords w, int i) {
    return i + 1 < w.size() && w.between(w.end(i), w.start(i + 1)).equals("-")
        && w.isContent(i + 1);
  }

  /** Whether a word is an adverb by its form: lower case, ending in "ly" ("mostly", "heavily"). */
  static boolean adverb(ClaimWords w, int i) {
    String x = w.text(i);
    return x.length() > 4 && x.endsWith("ly") && x.equals(w.lower(i));
  }

  /**
   * The indexes of the content words right after a number that may name what it counts. After a
   * number English puts the counted noun in the plural, its modifiers before it: the words end
   * at the first plural of up to {@value QuantityAmounts#NOUN_WORDS} + 1 words ("99 alleged
   * Sicilian Mafia members"; "seven bullets hit", not "bullets hit") unless another plural
   * follows it, which it then modifies ("12 police officers"), else they are the first
   * {@value QuantityAmounts#NOUN_WORDS}. A run of adverbs alone ("15 critically") names nothing,
   * nor does a word of standing before no content word ("Five remained in hospital": pack facet
   * {@code standing-word}), which modifies one only before it ("the five remaining hostages").
   */
  int[] words(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    if (k >= w.size()) {
      return new int[0];
    }
    String gap = w.between(after, w.start(k));
    if (!gap.isBlank() && !gap.equals("-")) {
      return new int[0];
    }
    // "a 60-page report": a hyphen joins the number to what it counts, and the words after
    // name what the compound describes, not what is counted
    boolean compound = gap.equals("-");
    // an adverb before the noun's modifiers is no part of the noun ("three dozen mostly young
    // people", "two heavily armed men")
    while (!compound && k + 1 < w.size() && adverb(w, k)
        && w.gapIsSpace(w.end(k), w.start(k + 1))) {
      k++;
    }
    if (!compound && adverb(w, k)) {
      return new int[0]; // "55 wounded, 15 critically": the adverb says how, the noun is left out
    }
    if (!compound && lexicon.amountWords().standingWords().contains(w.lower(k))
        && (k + 1 >= w.size() || !w.isContent(k + 1))) {
      return new int[0]; // "Five remained in hospital": a verb, not "the five remaining hostages"
    }
    int[] out = new int[QuantityAmounts.NOUN_WORDS + 1];
    int n = 0;
    for (int i = k; i < w.size() && n <= QuantityAmounts.NOUN_WORDS; i++) {
      String before = i > k ? w.between(w.end(i - 1), w.start(i)) : "";
      if (!w.isContent(i) && !(w.isNumber(i) && !compound && before.equals("-"))
          && !(!compound && hyphenedToContent(w, i))) {
        break; // but a model's number goes on its name: "six AK-47 rifles", "two F-16 jets",
        // and a function word joined by a hyphen to the next word is part of a modifier:
        // "142 near-Earth objects", "40 off-duty officers"
      }
      if (i > k && (compound ? !before.equals("-") : !before.isBlank() && !before.equals("-"))) {
        break;
      }
      out[n++] = i;
      // "12 police officers", "two arms dealers": a plural before another plural modifies it
      if (!compound && lexicon.plural(w.text(i)) && !(i + 1 < w.size()
          && n <= QuantityAmounts.NOUN_WORDS && w.isContent(i + 1) && !w.isCapitalised(i + 1)
          && w.gapIsSpace(w.end(i), w.start(i + 1)) && lexicon.plural(w.text(i + 1)))) {
        return java.util.Arrays.copyOf(out, n);
      }
    }
    return java.util.Arrays.copyOf(out, Math.min(n, QuantityAmounts.NOUN_WORDS));
  }

  /**
   * The run with the head that two coordinated modifiers share: after a number other than one
   * English puts the counted noun in the plural, so a run of singular words that ends at "and" or
   * "or" modifies the plural after the conjunction ("12,500 bus and tram drivers" counts
   * drivers), when that plural follows within {@value QuantityAmounts#NOUN_WORDS} lower-case
   * words. Otherwise the run as it is.
   */
  int[] sharedHead(ClaimWords w, int[] run) {
    if (run.length == 0) {
      return run;
    }
    for (int i : run) {
      if (lexicon.plural(w.text(i))) {
        return run;
      }
    }
    int c = run[run.length - 1] + 1;
    if (c + 1 >= w.size() || !lexicon.listConjunctions().contains(w.lower(c))
        || !w.gapIsSpace(w.end(c - 1), w.start(c))) {
      return run;
    }
    for (int i = c + 1; i < w.size() && i <= c + QuantityAmounts.NOUN_WORDS; i++) {
      if (!w.isContent(i) || w.isNumber(i) || w.isCapitalised(i)
          || !w.gapIsSpace(w.end(i - 1), w.start(i))) {
        return run;
      }
      if (lexicon.plural(w.text(i))) {
        int[] out = java.util.Arrays.copyOf(run, run.length + i - c);
        for (int j = c + 1; j <= i; j++) {
          out[run.length + j - c - 1] = j;
        }
        return out;
      }
    }
    return run;
  }
}
