package dev.parallax.text;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The stems of the words one analysis chain has already seen, so that a word seen before is not
 * stemmed again and its stem is one shared {@code String} (whose hash is computed once): news
 * repeats its words, and a few thousand words make most of any text. It wraps Lucene's {@link
 * PorterStemFilter} between two filters: {@link Recall} before it marks a word it knows as a
 * keyword (which the stemmer leaves alone), and {@link Remember} after it gives each word's stem
 * and remembers the new ones, up to {@link #MAX_WORDS} words. The stem of a word is the one the
 * stemmer gives, whether remembered or not. A remembered stem and term are canonical strings
 * ({@link String#intern}), as are the words of compiled packs ({@code matching.Step}), so that the
 * hash lookups of a scan find their keys by identity rather than comparing chars. A remembered
 * word is one {@link Known}: its stem, its term (the word as the stemmer got it) as one shared
 * {@code String}, and what {@link TextAnalyzer} asks of that term (a stop word? a number?), worked
 * out once.
 *
 * <p>One instance belongs to one chain, and Lucene keeps one chain per thread: not thread-safe.
 */
final class StemMemo {
  /** The most words remembered; past them, new words are stemmed every time. */
  static final int MAX_WORDS = 50_000;

  private final KnownWords stems = new KnownWords();
  private Known known; // the current word when remembered, else null until stemmed
  private String stem; // the current word's stem when remembered, else null until stemmed
  private char[] word = new char[32]; // the current word before stemming, when not remembered
  private int wordLength; // -1: a keyword, not to remember

  /** {@code words} stemmed by Porter's stemmer: the last filter of a chain. */
  static Remember stem(TokenStream words) {
    StemMemo memo = new StemMemo();
    return memo.new Remember(new PorterStemFilter(memo.new Recall(words)));
  }

  /** The number of words remembered. */
  int size() {
    return stems.size();
  }

  /** Before the stemmer: a word whose stem is known is marked as a keyword, not to be stemmed. */
  private final class Recall extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    Recall(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (keyword.isKeyword()) { // left alone by the stemmer anyway: not remembered
        known = null;
        stem = null;
        wordLength = -1;
        return true;
      }
      known = stems.get(term.buffer(), term.length());
      stem = known == null ? null : known.stem;
      if (stem != null) {
        keyword.setKeyword(true);
      } else {
        wordLength = term.length();
        if (word.length < wordLength) {
          word = new char[Math.max(wordLength, word.length * 2)];
        }
        System.arraycopy(term.buffer(), 0, word, 0, wordLength);
      }
      return true;
    }
  }

  /** After the stemmer: each word's stem as a string, remembered for the next time. */
  final class Remember extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    private Remember(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (stem == null) {
        stem = term.toString();
        if (wordLength >= 0 && stems.size() < MAX_WORDS) {
          char[] key = Arrays.copyOf(word, wordLength);
          // canonical strings: the compiled packs' words are the same instances (a lookup that
          // finds one compares by identity), and a term that is its stem is one string
          stem = stem.intern();
          known = new Known(stem, new String(key).intern());
          stems.put(key, known);
        }
      }
      return true;
    }

    /** The stem of the current word (its term, as the stemmer left it). */
    String stem() {
      return stem;
    }

    /** The current word as remembered, or null when it is not (a keyword, or the memo is full). */
    Known known() {
      return known;
    }

    /** The memo this filter fills. */
    StemMemo memo() {
      return StemMemo.this;
    }
  }

  /**
   * A word the memo remembers: its stem, and its term, the word as the stemmer got it (lower-cased,
   * without a possessive), one string for every occurrence, so that its hash is computed once.
   * Whether the term is a stop word or holds a digit is worked out on first use. Confined to the
   * thread of its chain, as the memo is.
   */
  static final class Known {
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    final String stem;
    final String term;
    private byte stop = UNKNOWN;
    private byte number = UNKNOWN;

    Known(String stem, String term) {
      this.stem = stem;
      this.term = term;
    }

    /** Whether the term is in {@code stopWords} (always the same set for one memo). */
    boolean isStopWord(CharArraySet stopWords) {
      if (stop == UNKNOWN) {
        stop = stopWords.contains(term) ? YES : NO;
      }
      return stop == YES;
    }

    /** Whether the term holds a digit. */
    boolean isNumber() {
      if (number == UNKNOWN) {
        number = AnalyzedText.holdsDigit(term) ? YES : NO;
      }
      return number == YES;
    }
  }
}
