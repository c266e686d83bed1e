package dev.parallax.text;

import java.util.List;

/**
 * One analysed text: its sentences and its words, the words held in parallel arrays (compact, and
 * cheap to scan). Word {@code i} covers {@code text.substring(start(i), end(i))}; sentence {@code s}
 * holds words {@code firstWord(s)} (inclusive) to {@code endWord(s)} (exclusive). Immutable once
 * built; callers must not change it.
 */
public final class AnalyzedText {
  private final String text;
  private final List<CharSpan> sentences;
  private final int[] starts;
  private final int[] ends;
  private final String[] terms;
  private final String[] stems;
  private final byte[] flags; // per word: STOP, NUMBER, WRITTEN, POSSESSIVE
  private final int words; // the arrays may be longer: their first words slots count
  private final int[] sentenceFrom;
  private final int[] sentenceTo;
  private final LineMap lines;
  // Computed on first use and shared with resegmented views. A race only computes it twice: the
  // list is immutable, so it is safely published through a plain field.
  private List<CharSpan> quotations;

  /** Flag of a word that is a stop word. */
  static final byte STOP = 1;
  /** Flag of a word whose term {@linkplain #holdsDigit holds a digit}. */
  static final byte NUMBER = 2;
  /** Flag of a word whose term is the word as written (most words: in lower case, no "'s"). */
  static final byte WRITTEN = 4;
  /** Flag of a word that ends in a possessive "'s" ({@link #endWithoutPossessive}). */
  static final byte POSSESSIVE = 8;

  /**
   * A text's first {@code words} words; each array holds a slot a word or more (the slots past
   * the words are not read, so an analysis need not copy its arrays to the word count). {@code
   * flags}: per word, {@link #STOP}, {@link #NUMBER}, {@link #WRITTEN} and {@link #POSSESSIVE},
   * or'ed.
   */
  AnalyzedText(
      String text,
      List<CharSpan> sentences,
      int words,
      int[] starts,
      int[] ends,
      String[] terms,
      String[] stems,
      byte[] flags,
      int[] sentenceFrom,
      int[] sentenceTo) {
    this(text, sentences, words, starts, ends, terms, stems, flags, sentenceFrom,
        sentenceTo, LineMap.of(text));
  }

  private AnalyzedText(
      String text,
      List<CharSpan> sentences,
      int words,
      int[] starts,
      int[] ends,
      String[] terms,
      String[] stems,
      byte[] flags,
      int[] sentenceFrom,
      int[] sentenceTo,
      LineMap lines) {
    this.text = text;
    this.words = words;
    this.sentences = sentences;
    this.starts = starts;
    this.ends = ends;
    this.terms = terms;
    this.stems = stems;
    this.flags = flags;
    this.sentenceFrom = sentenceFrom;
    this.sentenceTo = sentenceTo;
    this.lines = lines;
  }

  /**
   * The same words grouped into other segments (claims instead of sentences, say): a view that
   * shares this text's words; a word belongs to the segment that holds its first char.
   *
   * @param segments spans of this text, in order, not overlapping
   */
  public AnalyzedText resegment(List<CharSpan> segments) {
    int[] from = new int[segments.size()];
    int[] to = new int[segments.size()];
    int w = 0;
    for (int s = 0; s < segments.size(); s++) {
      CharSpan span = segments.get(s);
      while (w < words && starts[w] < span.start()) {
        w++;
      }
      from[s] = w;
      while (w < words && starts[w] < span.end()) {
        w++;
      }
      to[s] = w;
    }
    AnalyzedText view = new AnalyzedText(text, List.copyOf(segments), words, starts, ends, terms,
        stems, flags, from, to, lines);
    view.quotations = quotations;
    return view;
  }

  /** The analysed text. */
  public String text() {
    return text;
  }

  /** The quotations of this text ({@link Quotations#of}), computed once. */
  public List<CharSpan> quotations() {
    List<CharSpan> q = quotations;
    if (q == null) {
      q = List.copyOf(Quotations.of(text));
      quotations = q;
    }
    return q;
  }

  /**
   * Finds the quotations of this text from its chars, {@code chars} (the analysis has them at hand),
   * before the text is handed out: {@link #quotations} then gives them without a pass of its own.
   */
  void findQuotations(char[] chars) {
    quotations = List.copyOf(Quotations.of(chars));
  }

  /** The number of words that start before char {@code offset}. */
  public int wordsBefore(int offset) {
    int lo = 0;
    int hi = words;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The index of the first sentence that ends after char {@code offset}: the sentence that holds
   * it, or the next one when it falls between two; the number of sentences when none does.
   */
  public int sentenceFrom(int offset) {
    List<CharSpan> s = sentences();
    int lo = 0;
    int hi = s.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Line and column lookup for this text. */
  public LineMap lines() {
    return lines;
  }

  /** Sentence spans, in order. */
  public List<CharSpan> sentences() {
    return sentences;
  }

  /** The number of words. */
  public int wordCount() {
    return words;
  }

  /** First char of word {@code i}. */
  public int start(int i) {
    return starts[i];
  }

  /** End (exclusive) of word {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  /**
   * Whether word {@code i}, not a number, is joined by a hyphen alone to a next word that is
   * neither a stop word nor a number: part of a modifier ("near-Earth", "off-duty"), so a stop
   * word there ends no noun phrase.
   */
  public boolean hyphenedModifier(int i) {
    return i + 1 < wordCount() && text().substring(end(i), start(i + 1)).equals("-")
        && !isNumber(i) && !isStopWord(i + 1) && !isNumber(i + 1);
  }

  /**
   * Whether word {@code i} is a number that a hyphen joins to the word after it, a measure that
   * modifies a noun ("his fourth 300-yard game", "a third 40-point win").
   */
  public boolean numberModifier(int i) {
    return i + 1 < wordCount() && isNumber(i)
        && text().substring(end(i), start(i + 1)).equals("-")
        && !isStopWord(i + 1) && !isNumber(i + 1);
  }

  /**
   * Word {@code i} as written: its lower-cased form itself when the word is written in lower case
   * (most words), so that it costs no copy.
   */
  public String word(int i) {
    return (flags[i] & WRITTEN) != 0 ? terms[i] : text.substring(starts[i], ends[i]);
  }

  /** End (exclusive) of word {@code i} without a possessive "'s" ("Kingdom's" ends before "'"). */
  public int endWithoutPossessive(int i) {
    // asked for at every match and many times per word: read from the chars once, by the analysis
    return (flags[i] & POSSESSIVE) != 0 ? ends[i] - 2 : ends[i];
  }

  /**
   * Whether the word of chars {@code [start, end)} ends in a possessive "'s" ("Kingdom's"): what
   * {@link #endWithoutPossessive} answers.
   */
  static boolean endsInPossessive(char[] chars, int start, int end) {
    return end - start > 2
        && (chars[end - 1] == 's' || chars[end - 1] == 'S')
        && TextAnalyzer.isApostrophe(chars[end - 2]);
  }

  /** Word {@code i} lower-cased, without a possessive "'s". */
  public String term(int i) {
    return terms[i];
  }

  /** Word {@code i} stemmed by Lucene's Porter stemmer. */
  public String stem(int i) {
    return stems[i];
  }

  /** Whether word {@code i} is a stop word. */
  public boolean isStopWord(int i) {
    return (flags[i] & STOP) != 0;
  }

  /** Whether word {@code i} holds a digit ("248", "34,000", "2.5", "1953"). */
  public boolean isNumber(int i) {
    return (flags[i] & NUMBER) != 0; // asked for many times per word: computed once
  }

  /** Whether a word's term holds a digit: what {@link #isNumber} answers. */
  static boolean holdsDigit(String term) {
    for (int k = 0; k < term.length(); k++) {
      if (Character.isDigit(term.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** The first word of sentence {@code s}. */
  public int firstWord(int s) {
    return sentenceFrom[s];
  }

  /** One past the last word of sentence {@code s}. */
  public int endWord(int s) {
    return sentenceTo[s];
  }

  @Override
  public String toString() {
    return "AnalyzedText[" + sentences.size() + " sentences, " + words + " words]";
  }
}
