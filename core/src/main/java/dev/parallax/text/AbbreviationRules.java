package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isBullet;
import static dev.parallax.text.SentenceChars.isCloser;
import static dev.parallax.text.SentenceChars.isLineTerminator;
import static dev.parallax.text.SentenceChars.isOpener;
import static dev.parallax.text.SentenceChars.isSpace;

/**
 * Decides whether sentence-final punctuation after a word ends a sentence, from that word and the
 * next one. After a single period: a list label opening its sentence ("1.", "Q.") and a single letter
 * (an initial, a variable) end nothing, but the pronoun "I" ends one before a common sentence starter
 * and a capital letter before a pronoun or an article ("Plan B. They");
 * an abbreviation that never ends a sentence ("Mr.") ends nothing; one that precedes numbers ("No.")
 * or may end a sentence ("Inc.", and any dotted acronym such as "U.S.") ends one only before a common
 * sentence starter; a clock time ("a.m.") ends one unless a day, month or time zone follows, or fewer
 * than {@value #TIME_PHRASE_WORDS} words precede it in its sentence; any other word ends one unless a
 * lowercase word follows on the same line. After "?" or "!": a name that holds the mark ("Yahoo!")
 * ends a sentence only before a common sentence starter, anything else before a capital or a digit.
 * The word lists are those of {@link SentenceLexicon}; stateless apart from the text it reads.
 */
final class AbbreviationRules {

  private static final int MAX_TOKEN = 64;

  /** Fewer words than this before a clock time ("At 5 a.m.") make no sentence of their own. */
  private static final int TIME_PHRASE_WORDS = 3;

  private final String s;
  private final char[] chars; // the chars of s
  private final JunkRanges junk;
  private final SentenceLexicon lex;

  AbbreviationRules(String text, JunkRanges junk, SentenceLexicon lex) {
    this.s = text;
    this.chars = junk.chars();
    this.junk = junk;
    this.lex = lex;
  }

  /**
   * The decision after a single period at {@code t} that is followed by white space; the current
   * sentence's content starts at {@code sentenceStart} (negative: it has none yet).
   */
  boolean afterPeriod(int t, NextWord nx, int sentenceStart) {
    // a sentence run on without a space ("Monday.Mr. Brown") starts its word where it starts
    int tokenStart = Math.max(tokenStart(t), Math.min(sentenceStart, t));
    String w = s.substring(tokenStart, closersStart(tokenStart, t));
    int wordStart = tokenStart;
    if (w.isEmpty()) {
      return nx.upperish() || nx.type == NextWord.Type.DIGIT || nx.type == NextWord.Type.SYMBOL;
    }
    if (atSentenceStart(wordStart, sentenceStart) && ListMarkers.isListLabel(w)) {
      return false; // "1. This is a list item", "Q. What is his name?"
    }
    if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
      if (w.equals("I")) {
        return startsSentence(nx); // "you and I. Did you"
      }
      if (Character.isUpperCase(w.charAt(0)) && nx.type == NextWord.Type.UPPER
          && lex.isStarterAfterLetter(nx.word())) {
        return true; // a letter that names something: "Plan B. They", "vitamin C. It"
      }
      return false; // initials ("Alfred E. Sloan") and variables ("contain v. If")
    }
    SentenceLexicon.Kind kind = lex.kindOf(w);
    if (kind == SentenceLexicon.Kind.NONE && isDottedAcronym(w)) {
      kind = SentenceLexicon.Kind.MAY_END;
    }
    switch (kind) {
      case NONFINAL:
        return false;
      case NUMERIC:
        // "No. 5" keeps its number on its line: before a capitalised word on the next line the
        // period ends a sentence ("''No.''\nLuck broke the record")
        return startsSentence(nx) || nx.newLine && nx.type == NextWord.Type.UPPER;
      case TIME:
        if (wordsFromSentenceStart(tokenStart, sentenceStart) < TIME_PHRASE_WORDS) {
          return false; // "At 5 a.m. Mr. Smith went": a clock time opening its sentence
        }
        return nx.type == NextWord.Type.OTHER_LETTER
            || nx.type == NextWord.Type.UPPER && !lex.isTimeFollower(nx.word());
      case MAY_END:
        return startsSentence(nx);
      default:
        // a period after a word, then a line break: the line ended a sentence ("in the
        // city.\nfeatures"), whatever the case of the next line
        return nx.type != NextWord.Type.LOWER || nx.newLine;
    }
  }

  /** The decision after "?" or "!" (or a run of them) at {@code t}. */
  boolean afterQuestionOrExclamation(int t, NextWord nx) {
    int tokenStart = tokenStart(t);
    String word = s.substring(tokenStart, closersStart(tokenStart, t));
    if (lex.kindOf(word + "!") == SentenceLexicon.Kind.MAY_END
        || lex.kindOf(word + "?") == SentenceLexicon.Kind.MAY_END) {
      return startsSentence(nx);
    }
    return nx.upperish() || nx.type == NextWord.Type.DIGIT;
  }

  /** Whether the next word is a capitalised word that commonly starts a sentence. */
  private boolean startsSentence(NextWord nx) {
    return nx.type == NextWord.Type.UPPER && lex.isStarter(nx.word());
  }

  /**
   * How many words stand between the start of the current sentence and {@code p}, counted up to
   * {@link #TIME_PHRASE_WORDS}: a sentence needs a subject and a verb, so a clock time after two
   * words or fewer ("At 5 a.m.") only opens one.
   */
  private int wordsFromSentenceStart(int p, int sentenceStart) {
    if (sentenceStart < 0 || sentenceStart >= p) {
      return 0;
    }
    // counted backwards, and no further than the threshold needs: bounded work per clock time
    int words = 0;
    boolean in = false;
    for (int k = p - 1; k >= sentenceStart && words < TIME_PHRASE_WORDS; k--) {
      boolean space = isSpace(chars[k]) || isLineTerminator(chars[k]);
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  private int tokenStart(int t) {
    int k = t;
    while (k > 0 && t - k < MAX_TOKEN && !isSpace(chars[k - 1]) && !isLineTerminator(chars[k - 1])) {
      k--;
    }
    while (k < t && (isOpener(chars[k]) || isBullet(chars[k]))) {
      k++;
    }
    return k;
  }

  /** Where the closing quotes and brackets at the end of the token {@code [from, to)} start. */
  private int closersStart(int from, int to) {
    int e = to;
    while (e > from && isCloser(chars[e - 1])) {
      e--;
    }
    return e;
  }

  /** Whether only white space, junk, bullets and openers lie between the sentence start and {@code p}. */
  private boolean atSentenceStart(int p, int sentenceStart) {
    if (sentenceStart < 0) {
      return true;
    }
    for (int k = sentenceStart; k < p; k++) {
      char c = chars[k];
      if (!junk.isGap(k) && !isBullet(c) && !isOpener(c)) {
        return false;
      }
    }
    return true;
  }

  /** "U.S", "Ph.D", "J.C", "f.e": letters in groups of one to three, separated by periods. */
  private static boolean isDottedAcronym(String w) {
    int groups = 0;
    int len = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetter(c)) {
        if (++len > 3) {
          return false;
        }
      } else if (c == '.' && len > 0) {
        groups++;
        len = 0;
      } else {
        return false;
      }
    }
    return groups >= 1 && len > 0;
  }
}
