package dev.parallax.contradict;

import dev.parallax.QuantityFacet;

/**
 * What a quantifier quantifies, as word indexes {@code [from, to)} of its claim: for a quantifier
 * of amount up to {@value QuantifierReader#HEAD_WORDS} content words right after it (of three,
 * the plural noun that ends them and its nearest modifier: "dozens of large stone statues"),
 * past determiners, a possessive ("a handful of the hospital's 14 clinics") and a number of the
 * whole ("most of the 260"), the group after a noun of members ("a handful of members of the
 * sect": the sect, as "sect members" is; pack facet {@code member-noun}), or the verb of a relative clause after "those who" ("most of those who
 * died"); for words said after a copula the subject before it ("such attacks are rare"); for a
 * frequency or degree word the verb it qualifies. {@link QuantifierReader} reads the rest of a
 * mention (its frame, places and acts) around these words.
 */
final class QuantifiedWords {
  /** How many stop words may stand between a quantifier and the words it quantifies. */
  static final int GAP_WORDS = QuantifierReader.MAX_GAP_WORDS;
  /** How many content words in a row a quantifier of amount quantifies at most. */
  static final int HEAD_WORDS = QuantifierReader.HEAD_WORDS;
  /** How many content words the subject of a copula holds at most. */
  static final int SUBJECT_WORDS = 4;

  private final Lexicon lexicon;

  QuantifiedWords(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The words a share quantifies after "of" at word {@code k}, past determiners ("38% of the
   * county's voters"), as word indexes {@code [from, to)}; null when no "of" follows.
   */
  int[] ofHead(ClaimWords w, int k) {
    if (k >= w.size() || !w.lower(k).equals("of")) {
      return null;
    }
    QuantifierScale most = lexicon.quantifierScale().get("most");
    return amountHead(w, k, k + 1, most);
  }

  int[] amountHead(ClaimWords w, int from, int to, QuantifierScale s) {
    if (s.afterCopula()) {
      int k = from - 1;
      while (k >= 0 && k >= from - 3 && !lexicon.copulas().contains(w.lower(k))
          && (w.isStopWord(k) || w.lower(k).endsWith("ly"))
          && w.gapIsSpace(w.end(k), w.start(k + 1))) {
        k--; // "are very rare", "is increasingly common"
      }
      if (k < 0 || !lexicon.copulas().contains(w.lower(k))
          || !w.gapIsSpace(w.end(k), w.start(k + 1))) {
        return null;
      }
      if (to < w.size() && w.isContent(to) && w.gapIsSpace(w.end(to - 1), w.start(to))) {
        return null; // "is rare earth": an attribute, not a statement of how many
      }
      return subject(w, k);
    }
    int k = to;
    int skipped = 0;
    while (k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      if (w.isNumber(k) || numberWord(w, k)) {
        if (s.rank() != QuantifierCheck.WHOLE && skipped == 0) {
          return null; // "several hundred", "some 300": part of a number; not "most of the 260"
        }
        k++;
      } else if (skipped > 0 && skipped < GAP_WORDS && possessor(w, k)) {
        // "a handful of the hospital's 14 clinics": the possessor determines the noun after it
        skipped++;
        k++;
      } else if (skipped < GAP_WORDS && (!w.isContent(k)
          && lexicon.quantifierDeterminers().contains(w.lower(k))
          || lexicon.sequenceParts().contains(w.lower(k)) && k + 1 < w.size()
              && (w.isNumber(k + 1) || numberWord(w, k + 1)))) {
        // "all of their past eight matches": a part of a sequence before the number
        skipped++; // "most of the passengers"; "many of them were hurt" names no noun
        k++;
      } else {
        break;
      }
    }
    if (skipped > 0 && k + 1 < w.size() && lexicon.anaphoricNouns().contains(w.lower(k - 1))
        && lexicon.amountWords().personRelatives().contains(w.lower(k))) {
      // "most of those who died", "a few of those who had been hurt": what befell them names them
      int v = k + 1;
      while (v < k + GAP_WORDS && v < w.size() - 1 && !w.isContent(v) && !w.isNumber(v)) {
        v++;
      }
      return v < w.size() && headWord(w, v) ? new int[] {v, v + 1} : null;
    }
    int other = k;
    if (k + 1 < w.size() && lexicon.anaphoricNouns().contains(w.lower(k))
        && w.gapIsSpace(w.end(k), w.start(k + 1)) && headWord(w, k + 1)) {
      k++; // "none of the other passengers", "several other shoppers": "other" stays with the
           // noun it marks as the rest
    }
    if (k >= w.size() || !w.gapIsSpace(w.end(k - 1), w.start(k)) || !headWord(w, k)) {
      return null;
    }
    int[] group = memberGroup(w, k);
    if (group != null && other == k) {
      return group; // "a handful of members of the sect": the sect, as "sect members" is
    }
    int end = k + 1;
    int words = 1;
    boolean plural = false; // a plural before the last word read
    while (end < w.size() && headWord(w, end)) {
      boolean joined = w.between(w.end(end - 1), w.start(end)).equals("-");
      if (!joined && (words > HEAD_WORDS || !w.gapIsSpace(w.end(end - 1), w.start(end))
          || verbForm(w, end))) {
        break;
      }
      words += joined ? 0 : 1; // "top-flight stadiums": a hyphenated compound is one word
      plural |= lexicon.plural(w.text(end - 1));
      end++;
    }
    if (words > HEAD_WORDS) {
      if (plural || !lexicon.plural(w.text(end - 1)) || other != k
          || !w.gapIsSpace(w.end(k), w.start(k + 1))) {
        end--; // the first words up to the limit
      } else {
        // "dozens of large stone statues": after a quantifier English puts the noun in the
        // plural, its modifiers before it; the noun and its nearest modifier are quantified
        other = k + 1;
      }
    }
    return new int[] {other, end};
  }

  /**
   * The group noun after a noun of members at word {@code k}, "of" and a determiner ("members of
   * the sect", pack facet {@code member-noun}), as {@code [from, to)}: the members of a group are
   * the group, as "sect members" and "the crew" are; null otherwise.
   */
  private int[] memberGroup(ClaimWords w, int k) {
    int g = k + 3;
    if (g >= w.size() || !lexicon.phrases().memberNouns().contains(w.lower(k))
        || !w.lower(k + 1).equals("of") || !lexicon.quantifierDeterminers().contains(
            w.lower(k + 2)) || !headWord(w, g)) {
      return null;
    }
    for (int i = k; i < g; i++) {
      if (!w.gapIsSpace(w.end(i), w.start(i + 1))) {
        return null;
      }
    }
    return new int[] {g, g + 1};
  }

  /**
   * Where the evidence of quantified words {@code head} ends: after the verb that ends a noun of
   * one word ("most of the county's voters backed"), as a reader sees the group with what befell
   * it, else after the noun.
   */
  int shownEnd(ClaimWords w, int[] head) {
    int v = head[1];
    return head[1] - head[0] < HEAD_WORDS && v < w.size() && w.isContent(v) && headWord(w, v)
        && w.gapIsSpace(w.end(v - 1), w.start(v)) && verbForm(w, v) ? v + 1 : v;
  }

  /**
   * Whether word {@code i}, after a noun, is a verb and not more of the noun: a past form in -ed
   * ("most of the departments reverted", "the injured suffered"; not after an adverb in -ly, as
   * in "newly elected members") or one of the pack's finite verbs and modals ({@code
   * head-ending-verb}: "went", "could"). A compound noun never continues with a verb.
   */
  boolean verbForm(ClaimWords w, int i) {
    String s = w.lower(i);
    return lexicon.amountWords().verbForms().contains(s) || s.length() > 4 && s.endsWith("ed")
        && !w.isCapitalised(i) && !w.lower(i - 1).endsWith("ly");
  }

  /**
   * The subject before the copula at word {@code k}: up to {@value #SUBJECT_WORDS} content words
   * back to punctuation, a reporting word, a word that starts another clause or one that tells
   * nothing apart, stop words between them ("attacks on aid convoys are rare").
   */
  private int[] subject(ClaimWords w, int k) {
    int start = k;
    int content = 0;
    for (int j = k - 1; j >= 0 && content < SUBJECT_WORDS
        && w.gapIsSpace(w.end(j), w.start(j + 1)); j--) {
      if (lexicon.clauseBoundaries().contains(w.lower(j))
          || lexicon.reporting().contains(w.rawStem(j))) {
        break; // "residents said that such floods are rare": the subject is "such floods"
      }
      if (headWord(w, j)) {
        content++;
        start = j;
      } else if (w.isContent(j) || w.isNumber(j)) {
        break;
      }
    }
    return content == 0 ? null : new int[] {start, k};
  }

  /** Up to {@value #HEAD_WORDS} content words in a row that end the words before {@code k}. */
  private int[] before(ClaimWords w, int k) {
    int j = k - 1;
    int skipped = 0;
    while (j >= 0 && !w.isContent(j) && !w.isNumber(j) && skipped < GAP_WORDS
        && w.gapIsSpace(w.end(j), w.start(j + 1))) {
      j--;
      skipped++;
    }
    if (j < 0 || !headWord(w, j) || !w.gapIsSpace(w.end(j), w.start(j + 1))) {
      return null;
    }
    int start = j;
    while (start > 0 && j - start + 1 < HEAD_WORDS && headWord(w, start - 1)
        && w.gapIsSpace(w.end(start - 1), w.start(start))) {
      start--;
    }
    return new int[] {start, j + 1};
  }

  /**
   * The verb a frequency or degree word qualifies: the first content word after it, past stop
   * words ("has never been charged"), or the content word before it when none follows ("it
   * happens often").
   */
  int[] verbHead(ClaimWords w, int from, int to) {
    int k = to;
    int skipped = 0;
    while (k < w.size() && !w.isContent(k) && !w.isNumber(k) && skipped < GAP_WORDS
        && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      k++;
      skipped++;
    }
    if (k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k)) && headWord(w, k)) {
      return new int[] {k, k + 1};
    }
    if (to < w.size() && w.gapIsSpace(w.end(to - 1), w.start(to))) {
      return null; // words follow, but none it could qualify
    }
    int[] b = before(w, from);
    return b == null ? null : new int[] {b[1] - 1, b[1]};
  }

  /** Whether word {@code i} may be quantified: a content word that tells one thing from another. */
  boolean headWord(ClaimWords w, int i) {
    return w.isContent(i) && w.text(i).length() > 1
        && !lexicon.frameNoise().contains(w.rawStem(i))
        && !lexicon.quantifierScale().containsKey(w.lower(i));
  }

  /** Whether word {@code i} is a noun in the possessive before more words ("the city's"). */
  static boolean possessor(ClaimWords w, int i) {
    return i + 1 < w.size() && w.isContent(i) && PersonName.possessive(w, i);
  }

  /** Whether word {@code i} is a number written in words ("all nine of its centres"). */
  static boolean numberWord(ClaimWords w, int i) {
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (q.span().start() <= w.start(i) && w.end(i) <= q.span().end() && q.unit().isEmpty()
          && q.dimension().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
