package dev.parallax.text;

import static java.util.Objects.requireNonNull;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The text stage: splits a text into sentences ({@link SentenceSplitter}) and words, and gives
 * every word its lower-cased and stemmed form through one Lucene analysis chain, read top to
 * bottom:
 *
 * <ol>
 *   <li>{@link StandardTokenizer} (Unicode word boundaries, UAX #29; keeps "34,000", "2.5" and
 *       "U.S" whole),
 *   <li>{@link EnglishPossessiveFilter} ("Korea's" → "Korea"),
 *   <li>{@link LowerCaseFilter},
 *   <li>{@link org.apache.lucene.analysis.en.PorterStemFilter} ("defectors" → "defector",
 *       "brutalities" → "brutal"), the stems of words seen before remembered ({@link StemMemo}).
 * </ol>
 *
 * <p>The whole text is analysed in one pass; words are then assigned to the sentence that holds
 * their first char. Stop words are flagged (Lucene's English list and the function words of
 * {@code function-words-en.txt}), not removed, so that diffs
 * see every word. Immutable and thread-safe: the Lucene analyzer reuses its chain per thread.
 */
public final class TextAnalyzer {

  private final SentenceSplitter splitter;
  private final Analyzer analyzer;
  private final CharArraySet stopWords;

  private TextAnalyzer(SentenceSplitter splitter, CharArraySet stopWords) {
    this.splitter = requireNonNull(splitter, "splitter");
    this.stopWords = stopWords;
    this.analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            return new TokenStreamComponents(source, StemMemo.stem(result));
          }
        };
  }

  /**
   * English: the English sentence rules; stop words are Lucene's English list plus the function
   * words of {@code function-words-en.txt}.
   *
   * @throws UncheckedIOException when the bundled word list is missing
   */
  public static TextAnalyzer english() {
    return new TextAnalyzer(SentenceSplitter.english(), EnglishStopWords.SET);
  }

  /** Lazy holder of the English stop words, loaded once. */
  private static final class EnglishStopWords {
    static final CharArraySet SET = load();

    private static CharArraySet load() {
      String name = "function-words-en.txt";
      CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
      try (InputStream in = TextAnalyzer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new UncheckedIOException(
              new FileNotFoundException("bundled word list " + name + " is missing"));
        }
        WordlistLoader.getWordSet(new InputStreamReader(in, StandardCharsets.UTF_8), "#", set);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled word list " + name, e);
      }
      return CharArraySet.unmodifiableSet(set);
    }
  }

  /** The sentences of a text, as {@link #analyze} splits it, without reading its words. */
  public List<CharSpan> sentences(String text) {
    return splitter.split(requireNonNull(text, "text"));
  }

  /**
   * Analyses one text.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public AnalyzedText analyze(String text) {
    requireNonNull(text, "text");
    char[] chars = text.toCharArray(); // read by the splitter's passes and for the quotations
    List<CharSpan> sentences = splitter.split(text, chars);
    int cap = Math.max(16, text.length() / 5);
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    String[] stems = new String[cap];
    String[] terms = new String[cap];
    byte[] flags = new byte[cap]; // AnalyzedText.STOP, NUMBER, WRITTEN, POSSESSIVE
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      StemMemo.Remember stemmed = (StemMemo.Remember) ts; // the chain's last filter
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
          stems = Arrays.copyOf(stems, n * 2);
          terms = Arrays.copyOf(terms, n * 2);
          flags = Arrays.copyOf(flags, n * 2);
        }
        int start = offset.startOffset();
        int end = offset.endOffset();
        String stem = stemmed.stem();
        StemMemo.Known k = stemmed.known();
        String term = lowerWord(text, chars, start, end, stem, k == null ? null : k.term);
        starts[n] = start;
        ends[n] = end;
        stems[n] = stem;
        terms[n] = term;
        boolean stop;
        boolean number;
        if (k != null && term == k.term) { // the remembered term: its answers are known
          stop = k.isStopWord(stopWords);
          number = k.isNumber();
        } else {
          stop = stopWords.contains(term);
          number = AnalyzedText.holdsDigit(term);
        }
        flags[n] = (byte) ((stop ? AnalyzedText.STOP : 0) | (number ? AnalyzedText.NUMBER : 0)
            | (written(chars, start, end, term) ? AnalyzedText.WRITTEN : 0)
            | (AnalyzedText.endsInPossessive(chars, start, end) ? AnalyzedText.POSSESSIVE : 0));
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a string", e); // a StringReader never fails
    }
    // Assign tokens to sentences: a token belongs to the sentence holding its first char.
    int[] from = new int[sentences.size()];
    int[] to = new int[sentences.size()];
    int t = 0;
    for (int s = 0; s < sentences.size(); s++) {
      CharSpan span = sentences.get(s);
      while (t < n && starts[t] < span.start()) {
        t++;
      }
      from[s] = t;
      while (t < n && starts[t] < span.end()) {
        t++;
      }
      to[s] = t;
    }
    AnalyzedText analyzed = new AnalyzedText(
        text,
        List.copyOf(sentences),
        n,
        starts, // may be longer than n, as may every word array: not copied
        ends,
        terms,
        stems,
        flags,
        from,
        to);
    analyzed.findQuotations(chars);
    return analyzed;
  }

  /**
   * The word as written, lower-cased, without a possessive "'s" (as the stem chain sees it). An
   * ASCII word is lower-cased char by char, and is {@code known} (the term the stem memo keeps for
   * it, when it keeps one) or {@code stem} itself when it equals either (most words), so that it
   * costs no copy; a word in lower case already is copied from the text once, with no array of
   * chars between.
   */
  private static String lowerWord(
      String text, char[] chars, int start, int end, String stem, String known) {
    int len = end - start;
    for (int i = start; i < end; i++) {
      if (chars[i] >= 0x80) {
        return lowerWord(text, start, end);
      }
    }
    if (len > 2 && lowerAscii(chars[end - 1]) == 's' && chars[end - 2] == '\'') {
      len -= 2;
    }
    if (known != null && lowerEquals(chars, start, len, known)) {
      return known;
    }
    if (lowerEquals(chars, start, len, stem)) {
      return stem;
    }
    int upper = start;
    while (upper < start + len && lowerAscii(chars[upper]) == chars[upper]) {
      upper++;
    }
    if (upper == start + len) {
      return text.substring(start, start + len); // in lower case already: no char array
    }
    char[] out = new char[len];
    for (int k = 0; k < len; k++) {
      out[k] = lowerAscii(chars[start + k]);
    }
    return new String(out);
  }

  /**
   * Whether {@code term} is chars {@code [start, end)} as written (what {@link AnalyzedText#word}
   * then gives without a copy): read from the chars once here, not compared at every call.
   */
  private static boolean written(char[] chars, int start, int end, String term) {
    int len = end - start;
    if (term.length() != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (chars[start + k] != term.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the ASCII chars {@code [start, start + len)} of {@code chars}, lower-cased, are {@code s}. */
  private static boolean lowerEquals(char[] chars, int start, int len, String s) {
    if (len != s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (lowerAscii(chars[start + k]) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** {@link #lowerWord(String, char[], int, int, String, String)} for any word: the JDK's lower-casing. */
  private static String lowerWord(String text, int start, int end) {
    String w = text.substring(start, end).toLowerCase(Locale.ROOT);
    int len = w.length();
    if (len > 2 && (w.charAt(len - 1) == 's') && isApostrophe(w.charAt(len - 2))) {
      return w.substring(0, len - 2);
    }
    return w;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\uFF07';
  }

  @Override
  public String toString() {
    return "TextAnalyzer[StandardTokenizer > EnglishPossessive > LowerCase > PorterStem]";
  }
}
