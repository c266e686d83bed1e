package dev.parallax.text;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
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
 * stemmer gives, whether remembered or not.
 *
 * <p>One instance belongs to one chain, and Lucene keeps one chain per thread: not thread-safe.
 */
final class StemMemo {
  /** The most words remembered; past them, new words are stemmed every time. */
  static final int MAX_WORDS = 50_000;

  private final CharArrayMap<String> stems = new CharArrayMap<>(1024, false);
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
        stem = null;
        wordLength = -1;
        return true;
      }
      stem = stems.get(term.buffer(), 0, term.length());
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
          stems.put(Arrays.copyOf(word, wordLength), stem);
        }
      }
      return true;
    }

    /** The stem of the current word (its term, as the stemmer left it). */
    String stem() {
      return stem;
    }

    /** The memo this filter fills. */
    StemMemo memo() {
      return StemMemo.this;
    }
  }
}
