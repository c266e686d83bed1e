package dev.parallax.align;

import static java.util.Objects.requireNonNull;

import dev.parallax.text.AnalyzedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The align stage: finds sentences of different texts that state the same fact.
 *
 * <ol>
 *   <li>Each sentence is reduced to the stems of its content words, each replaced by its synonym
 *       group's stem, and for an acronym that one of the texts defines ("Demilitarized Zone
 *       (DMZ)") the stems of its expansion too (see {@link Acronyms}).
 *   <li>Candidates: while the texts hold at most 10,000,000 pairs of sentences of different
 *       texts, every such pair is scored. Beyond that, every sentence becomes one document of an
 *       in-memory Lucene index ({@link ByteBuffersDirectory}); each sentence queries it (BM25 over
 *       its stems, its own text excluded) and takes the best {@link Options#candidates()} hits per
 *       other text, 200 at most, and only the pairs so proposed are scored: work per sentence
 *       stays bounded when many articles are compared.
 *   <li>Each pair is scored symmetrically from the weight of the stems both sentences have
 *       ({@code S}) and of each sentence's own stems ({@code A}, {@code B}): the geometric mean of
 *       the overlap {@code S / min(A, B)}, which lets a short sentence match part of a long one,
 *       and the cosine {@code S / √(A·B)}, which keeps two long sentences that share little
 *       apart. The score of (a, b) equals the score of (b, a).
 *   <li>A stem weighs idf² (numbers more, since they anchor facts), the idf taken over the
 *       sentences of the two texts of the pair only, so that a third text, related or not, never
 *       changes the score of a pair. When the two texts hold fewer than 60 sentences, the idf is
 *       counted over 60, the missing sentences holding none of the stems, as if the texts were of
 *       ordinary length: without that floor, a word that two one-sentence texts share would be in
 *       every sentence there is, and weigh almost nothing next to the one word where they differ.
 *   <li>A pair is kept when its score reaches {@link Options#minAlignmentScore()}, it shares at least
 *       {@link Options#minSharedWords()} stems, and it is the best match of one of its two
 *       sentences in the other's text. Sentences with the same words (syndicated copy, or an
 *       article compared with itself) always align, with score 1. One sentence may so align with
 *       several sentences of another text, as when one sentence states two facts that another
 *       text states apart.
 * </ol>
 *
 * <p>The result does not depend on the order of the texts, apart from which side of a pair is
 * called left. Nor, up to 10,000,000 pairs, do the pairs of two texts depend on what other texts
 * are compared with them, unless one of those defines an acronym that the two use; beyond it,
 * other texts can only change which pairs the index proposes. Immutable and thread-safe.
 */
public final class Aligner {

  private static final String TEXT = "text";
  private static final String STEMS = "stems";
  private static final String ID = "id";
  private static final int MAX_QUERY_TERMS = 512;
  /**
   * The most candidates one sentence takes from the index, however many texts there are: work
   * per sentence stays bounded, so comparing many articles grows about linearly. With more than
   * 40 texts (at 5 candidates a text) a sentence is matched against its 200 nearest only.
   */
  private static final int MAX_HITS = 200;
  /**
   * The fewest sentences the idf of a pair of texts is counted over: about two news articles of
   * ordinary length. Shorter pairs count the missing sentences as ones that hold none of their
   * stems.
   */
  static final int MIN_SENTENCES = 60;
  /**
   * Up to this many pairs of sentences of different texts (about 4,500 sentences, say 130
   * articles of 34), every pair is scored; beyond it, only the pairs the index proposes. Scoring
   * every pair stays cheaper than querying the index up to about this size.
   */
  static final long EXHAUSTIVE_PAIRS = 10_000_000L;

  /**
   * Tuning of the aligner.
   *
   * @param minAlignmentScore least similarity (0 to 1) of an aligned pair
   * @param minSharedWords least number of content stems an aligned pair shares
   * @param candidates hits taken from the index per sentence and other text (1 to 1000), when there
   *     are too many pairs of sentences to score them all
   * @param numberWeight factor (1 to 10) on the weight of words that hold digits
   */
  public record Options(
      double minAlignmentScore, int minSharedWords, int candidates, double numberWeight) {
    /** Checks ranges; a message names the option and the bad value. */
    public Options {
      if (!(minAlignmentScore >= 0 && minAlignmentScore <= 1)) {
        throw new IllegalArgumentException(
            "minAlignmentScore must be within [0, 1]: " + minAlignmentScore);
      }
      if (minSharedWords < 1) {
        throw new IllegalArgumentException("minSharedWords must be at least 1: " + minSharedWords);
      }
      if (candidates < 1 || candidates > 1000) {
        throw new IllegalArgumentException("candidates must be within [1, 1000]: " + candidates);
      }
      if (!(numberWeight >= 1 && numberWeight <= 10)) {
        throw new IllegalArgumentException("numberWeight must be within [1, 10]: " + numberWeight);
      }
    }

    /** The defaults, measured on the seed articles and news clusters. */
    public static Options defaults() {
      return new Options(0.16, 2, 5, 2.0);
    }
  }

  /**
   * One aligned pair of sentences, {@code leftText < rightText}.
   *
   * @param leftText index of the left text
   * @param leftSentence sentence index in the left text
   * @param rightText index of the right text
   * @param rightSentence sentence index in the right text
   * @param score similarity, 0 to 1
   * @param sharedWords the content words both share, as the left sentence writes them (lower-cased),
   *     heaviest first
   */
  public record Pair(
      int leftText,
      int leftSentence,
      int rightText,
      int rightSentence,
      double score,
      List<String> sharedWords) {
    /** Copies the list. */
    public Pair {
      sharedWords = List.copyOf(sharedWords);
    }
  }

  private final Options options;
  private final Synonyms synonyms;

  private final long exhaustivePairs;

  /** An aligner with the given options and synonym groups. */
  public Aligner(Options options, Synonyms synonyms) {
    this(options, synonyms, EXHAUSTIVE_PAIRS);
  }

  /** For tests: scores every pair up to {@code exhaustivePairs} pairs, else asks the index. */
  Aligner(Options options, Synonyms synonyms, long exhaustivePairs) {
    this.options = requireNonNull(options, "options");
    this.synonyms = requireNonNull(synonyms, "synonyms");
    this.exhaustivePairs = exhaustivePairs;
  }

  /** The options in force. */
  public Options options() {
    return options;
  }

  /**
   * Aligns the sentences of {@code texts}; pairs are ordered by left text, left sentence, right
   * text, right sentence.
   */
  public List<Pair> align(List<AnalyzedText> texts) {
    Map<String, List<String>> acronyms = Acronyms.of(texts);
    List<SentenceTerms> sentences = new ArrayList<>();
    int[] firstOf = new int[texts.size() + 1];
    for (int d = 0; d < texts.size(); d++) {
      firstOf[d] = sentences.size();
      AnalyzedText t = texts.get(d);
      for (int s = 0; s < t.sentences().size(); s++) {
        sentences.add(SentenceTerms.of(d, s, t, acronyms, synonyms));
      }
    }
    firstOf[texts.size()] = sentences.size();
    if (texts.size() < 2 || sentences.isEmpty()) {
      return List.of();
    }
    Corpus corpus = new Corpus(texts, sentences, firstOf);
    TextPairScorer scorer = new TextPairScorer(corpus);
    List<Pair> pairs = new ArrayList<>();
    if (corpus.crossPairs() <= exhaustivePairs) {
      for (int a = 0; a < texts.size(); a++) {
        for (int b = a + 1; b < texts.size(); b++) {
          scorer.align(a, b, null, 0, 0, pairs);
        }
      }
    } else {
      long[] keys = candidates(corpus);
      int from = 0;
      while (from < keys.length) {
        int a = corpus.textOf(corpus.smaller(keys[from]));
        int b = corpus.textOf(corpus.larger(keys[from]));
        int to = from + 1;
        while (to < keys.length
            && corpus.textOf(corpus.smaller(keys[to])) == a
            && corpus.textOf(corpus.larger(keys[to])) == b) {
          to++;
        }
        scorer.align(a, b, keys, from, to, pairs);
        from = to;
      }
    }
    pairs.sort(
        Comparator.comparingInt(Pair::leftText)
            .thenComparingInt(Pair::leftSentence)
            .thenComparingInt(Pair::rightText)
            .thenComparingInt(Pair::rightSentence));
    return pairs;
  }

  /**
   * The candidate pairs the index proposes, and all pairs of identical sentences, each once as
   * {@code larger * n + smaller} (sentence indices, {@code n} sentences): ordered by the text of the
   * smaller, then numerically, so that the pairs of one pair of texts are adjacent.
   */
  private long[] candidates(Corpus corpus) {
    List<SentenceTerms> sentences = corpus.sentences;
    long n = sentences.size();
    LongList keys = new LongList();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      index(dir, sentences);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        StoredFields stored = reader.storedFields();
        int[] sentenceOfDoc = new int[reader.maxDoc()]; // read the stored ids once, not per hit
        for (int d = 0; d < sentenceOfDoc.length; d++) {
          sentenceOfDoc[d] = stored.document(d).getField(ID).numericValue().intValue();
        }
        Map<String, Integer> docFreq = new HashMap<>();
        for (SentenceTerms st : sentences) {
          for (String stem : st.stems()) {
            if (!docFreq.containsKey(stem)) {
              docFreq.put(stem, reader.docFreq(new Term(STEMS, stem)));
            }
          }
        }
        int hits = Math.min(options.candidates() * (corpus.texts.size() - 1), MAX_HITS);
        for (int i = 0; i < sentences.size(); i++) {
          SentenceTerms st = sentences.get(i);
          if (st.stems().isEmpty()) {
            continue;
          }
          BooleanQuery.Builder q = new BooleanQuery.Builder();
          st.stems().stream()
              .sorted(Comparator.comparing((String s) -> docFreq.get(s)).thenComparing(s -> s))
              .limit(MAX_QUERY_TERMS)
              .forEach(s -> q.add(new TermQuery(new Term(STEMS, s)), Occur.SHOULD));
          q.add(new TermQuery(new Term(TEXT, Integer.toString(st.text()))), Occur.MUST_NOT);
          for (ScoreDoc hit : searcher.search(q.build(), hits).scoreDocs) {
            int j = sentenceOfDoc[hit.doc];
            keys.add(i < j ? j * n + i : i * n + j);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
    Map<Integer, List<Integer>> byGroup = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      byGroup.computeIfAbsent(corpus.group[i], k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> same : byGroup.values()) {
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          int i = same.get(x); // i < j: added in order
          int j = same.get(y);
          if (corpus.textOf(i) != corpus.textOf(j)) {
            keys.add(j * n + i);
          }
        }
      }
    }
    long[] sorted = keys.toSortedDistinct();
    // stable counting sort by the text of the smaller sentence: then by that of the larger
    int textCount = corpus.texts.size();
    int[] start = new int[textCount + 1];
    for (long k : sorted) {
      start[corpus.textOf(corpus.smaller(k)) + 1]++;
    }
    for (int t = 0; t < textCount; t++) {
      start[t + 1] += start[t];
    }
    long[] out = new long[sorted.length];
    for (long k : sorted) {
      out[start[corpus.textOf(corpus.smaller(k))]++] = k;
    }
    return out;
  }

  private static void index(ByteBuffersDirectory dir, List<SentenceTerms> sentences)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    config.setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < sentences.size(); i++) {
        SentenceTerms st = sentences.get(i);
        Document doc = new Document();
        doc.add(new StringField(TEXT, Integer.toString(st.text()), Field.Store.NO));
        doc.add(new StoredField(ID, i));
        doc.add(new TextField(STEMS, String.join(" ", st.stems()), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
  }

  /**
   * The weight of a stem in the scoring of a pair of texts that hold {@code sentences} sentences
   * together, {@code df} of them holding the stem: its idf squared, the idf counted over at least
   * {@link #MIN_SENTENCES} sentences; times {@code numberWeight} when the stem holds a digit.
   */
  static double weight(int df, int sentences, boolean digit, double numberWeight) {
    int n = Math.max(sentences, MIN_SENTENCES);
    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    double w = idf * idf;
    return digit ? w * numberWeight : w;
  }

  /**
   * All sentences of a comparison, their stems numbered: per sentence its distinct stem ids sorted,
   * per text its distinct stem ids sorted with the number of its sentences that hold each, and per
   * sentence a group shared by the sentences with the same words.
   */
  private static final class Corpus {
    final List<AnalyzedText> texts;
    final List<SentenceTerms> sentences;
    final int[] firstOf;
    final int[] textOfSentence;
    final String[] stems;
    final boolean[] digit;
    final int[][] ids;
    final int[] group;
    final int[][] textStems;
    final int[][] textCounts;
    final boolean[] stemless;

    Corpus(List<AnalyzedText> texts, List<SentenceTerms> sentences, int[] firstOf) {
      this.texts = texts;
      this.sentences = sentences;
      this.firstOf = firstOf;
      int n = sentences.size();
      textOfSentence = new int[n];
      ids = new int[n][];
      group = new int[n];
      Map<String, Integer> idOf = new HashMap<>();
      List<String> names = new ArrayList<>();
      Map<String, Integer> groupOf = new HashMap<>();
      for (int i = 0; i < n; i++) {
        SentenceTerms st = sentences.get(i);
        textOfSentence[i] = st.text();
        int[] own = new int[st.stems().size()];
        int k = 0;
        for (String s : st.stems()) {
          Integer id = idOf.get(s);
          if (id == null) {
            id = names.size();
            idOf.put(s, id);
            names.add(s);
          }
          own[k++] = id;
        }
        Arrays.sort(own);
        ids[i] = own;
        group[i] = groupOf.computeIfAbsent(st.key(texts.get(st.text())), x -> groupOf.size());
      }
      stems = names.toArray(new String[0]);
      digit = new boolean[stems.length];
      for (int s = 0; s < stems.length; s++) {
        digit[s] = SentenceTerms.hasDigit(stems[s]);
      }
      stemless = new boolean[texts.size()];
      for (int i = 0; i < n; i++) {
        stemless[textOfSentence[i]] |= ids[i].length == 0;
      }
      textStems = new int[texts.size()][];
      textCounts = new int[texts.size()][];
      int[] count = new int[stems.length];
      for (int t = 0; t < texts.size(); t++) {
        IntList seen = new IntList();
        for (int i = firstOf[t]; i < firstOf[t + 1]; i++) {
          for (int s : ids[i]) {
            if (count[s]++ == 0) {
              seen.add(s);
            }
          }
        }
        int[] own = seen.toSorted();
        int[] counts = new int[own.length];
        for (int k = 0; k < own.length; k++) {
          counts[k] = count[own[k]];
          count[own[k]] = 0;
        }
        textStems[t] = own;
        textCounts[t] = counts;
      }
    }

    /**
     * Whether texts {@code a} and {@code b} may hold an aligned pair: they share a stem, or each
     * holds a sentence without stems (which aligns with an identical one).
     */
    boolean mayAlign(int a, int b) {
      if (stemless[a] && stemless[b]) {
        return true;
      }
      int[] x = textStems[a];
      int[] y = textStems[b];
      for (int u = 0, v = 0; u < x.length && v < y.length; ) {
        if (x[u] < y[v]) {
          u++;
        } else if (x[u] > y[v]) {
          v++;
        } else {
          return true;
        }
      }
      return false;
    }

    int textOf(int sentence) {
      return textOfSentence[sentence];
    }

    int size(int text) {
      return firstOf[text + 1] - firstOf[text];
    }

    int smaller(long key) {
      return (int) (key % sentences.size());
    }

    int larger(long key) {
      return (int) (key / sentences.size());
    }

    /** The number of pairs of sentences of different texts. */
    long crossPairs() {
      long all = 0;
      long before = 0;
      for (int t = 0; t < texts.size(); t++) {
        all += before * size(t);
        before += size(t);
      }
      return all;
    }
  }

  /**
   * Scores and keeps the pairs of sentences of one pair of texts, from statistics of those two
   * texts only. Holds scratch arrays: one per call of {@link #align(List)}.
   */
  private final class TextPairScorer {
    private final Corpus c;
    private final int[] df;
    private final double[] stemWeight;

    TextPairScorer(Corpus c) {
      this.c = c;
      this.df = new int[c.stems.length];
      this.stemWeight = new double[c.stems.length];
    }

    /**
     * Aligns texts {@code a < b}: all their pairs of sentences when {@code keys} is null, else the
     * pairs {@code keys[from..to)}.
     */
    void align(int a, int b, long[] keys, int from, int to, List<Pair> out) {
      if (keys == null && !c.mayAlign(a, b)) {
        return;
      }
      int fa = c.firstOf[a];
      int fb = c.firstOf[b];
      int na = c.size(a);
      int nb = c.size(b);
      for (int t : new int[] {a, b}) {
        int[] own = c.textStems[t];
        for (int k = 0; k < own.length; k++) {
          df[own[k]] += c.textCounts[t][k];
        }
      }
      for (int t : new int[] {a, b}) {
        for (int s : c.textStems[t]) {
          stemWeight[s] = weight(df[s], na + nb, c.digit[s], options.numberWeight());
        }
      }
      double[] wa = sentenceWeights(fa, na);
      double[] wb = sentenceWeights(fb, nb);
      double[] bestA = new double[na];
      double[] bestB = new double[nb];
      IntList kept = new IntList(); // pairs that may be kept: i, j, 1 when identical else 0
      List<Double> keptScore = new ArrayList<>();
      int pairs = keys == null ? na * nb : to - from;
      for (int p = 0; p < pairs; p++) {
        int i;
        int j;
        if (keys == null) {
          i = fa + p / nb;
          j = fb + p % nb;
        } else {
          i = c.smaller(keys[from + p]);
          j = c.larger(keys[from + p]);
        }
        int[] x = c.ids[i];
        int[] y = c.ids[j];
        double shared = 0;
        int count = 0;
        for (int u = 0, v = 0; u < x.length && v < y.length; ) {
          if (x[u] < y[v]) {
            u++;
          } else if (x[u] > y[v]) {
            v++;
          } else {
            shared += stemWeight[x[u]];
            count++;
            u++;
            v++;
          }
        }
        boolean same = c.group[i] == c.group[j];
        if (count == 0 && !same) {
          continue;
        }
        double s = same ? 1.0 : similarity(shared, wa[i - fa], wb[j - fb]);
        bestA[i - fa] = Math.max(bestA[i - fa], s);
        bestB[j - fb] = Math.max(bestB[j - fb], s);
        if (same || (s >= options.minAlignmentScore() && count >= options.minSharedWords())) {
          kept.add(i);
          kept.add(j);
          kept.add(same ? 1 : 0);
          keptScore.add(s);
        }
      }
      for (int k = 0; k < keptScore.size(); k++) {
        int i = kept.get(3 * k);
        int j = kept.get(3 * k + 1);
        boolean same = kept.get(3 * k + 2) == 1;
        double s = keptScore.get(k);
        if (!same && s < bestA[i - fa] && s < bestB[j - fb]) {
          continue;
        }
        SentenceTerms left = c.sentences.get(i);
        SentenceTerms right = c.sentences.get(j);
        List<String> words = left.words(c.texts.get(a), shared(c.ids[i], c.ids[j]));
        out.add(new Pair(a, left.sentence(), b, right.sentence(), s, words));
      }
      for (int t : new int[] {a, b}) {
        for (int s : c.textStems[t]) {
          df[s] = 0;
        }
      }
    }

    private double[] sentenceWeights(int first, int count) {
      double[] w = new double[count];
      for (int i = 0; i < count; i++) {
        for (int s : c.ids[first + i]) {
          w[i] += stemWeight[s];
        }
      }
      return w;
    }

    /** The stems both sentences hold, heaviest first. */
    private List<String> shared(int[] x, int[] y) {
      List<Integer> both = new ArrayList<>();
      for (int u = 0, v = 0; u < x.length && v < y.length; ) {
        if (x[u] < y[v]) {
          u++;
        } else if (x[u] > y[v]) {
          v++;
        } else {
          both.add(x[u]);
          u++;
          v++;
        }
      }
      both.sort(
          Comparator.comparingDouble((Integer s) -> -stemWeight[s])
              .thenComparing(s -> c.stems[s]));
      List<String> out = new ArrayList<>(both.size());
      for (int s : both) {
        out.add(c.stems[s]);
      }
      return out;
    }
  }

  /**
   * The geometric mean of the overlap {@code shared / min(a, b)} and the cosine
   * {@code shared / √(a·b)}, at most 1.
   */
  private static double similarity(double shared, double a, double b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    double overlap = shared / Math.min(a, b);
    double cosine = shared / Math.sqrt(a * b);
    return Math.min(1.0, Math.sqrt(overlap * cosine));
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] items = new int[16];
    private int size;

    void add(int x) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = x;
    }

    int get(int k) {
      return items[k];
    }

    int[] toSorted() {
      int[] out = Arrays.copyOf(items, size);
      Arrays.sort(out);
      return out;
    }
  }

  /** A growable list of longs. */
  private static final class LongList {
    private long[] items = new long[64];
    private int size;

    void add(long x) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = x;
    }

    long[] toSortedDistinct() {
      long[] out = Arrays.copyOf(items, size);
      Arrays.sort(out);
      int k = 0;
      for (int i = 0; i < out.length; i++) {
        if (k == 0 || out[i] != out[k - 1]) {
          out[k++] = out[i];
        }
      }
      return Arrays.copyOf(out, k);
    }
  }

  @Override
  public String toString() {
    return "Aligner" + options;
  }

  /**
   * The distinct content stems of one sentence, in order of first occurrence, each replaced by
   * its synonym group's stem; {@code byWord} holds, per word of the sentence, the stems it adds.
   */
  private record SentenceTerms(int text, int sentence, Set<String> stems, List<List<String>> byWord) {

    static SentenceTerms of(
        int text,
        int sentence,
        AnalyzedText t,
        Map<String, List<String>> acronyms,
        Synonyms synonyms) {
      Set<String> stems = new LinkedHashSet<>();
      List<List<String>> byWord = new ArrayList<>();
      for (int w = t.firstWord(sentence); w < t.endWord(sentence); w++) {
        List<String> own = new ArrayList<>(1);
        if (!t.isStopWord(w)) {
          own.add(synonyms.canonical(t.stem(w)));
          for (String e : acronyms.getOrDefault(t.stem(w), List.of())) {
            own.add(synonyms.canonical(e));
          }
        }
        stems.addAll(own);
        byWord.add(own);
      }
      return new SentenceTerms(text, sentence, stems, byWord);
    }

    /** The sentence's words, lower-cased, or its text as written when it has no words. */
    String key(AnalyzedText t) {
      int from = t.firstWord(sentence);
      int to = t.endWord(sentence);
      if (from == to) {
        return "\u0000" + t.sentences().get(sentence).of(t.text());
      }
      StringBuilder sb = new StringBuilder();
      for (int w = from; w < to; w++) {
        sb.append(t.term(w)).append(' ');
      }
      return sb.toString();
    }

    /** The words of this sentence that stand for {@code shared}, lower-cased, in that order. */
    List<String> words(AnalyzedText t, List<String> shared) {
      List<String> out = new ArrayList<>(shared.size());
      for (String stem : shared) {
        String word = stem;
        for (int i = 0; i < byWord.size(); i++) {
          if (byWord.get(i).contains(stem)) {
            word = t.term(t.firstWord(sentence) + i);
            break;
          }
        }
        if (!out.contains(word)) {
          out.add(word);
        }
      }
      return out;
    }

    private static boolean hasDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isDigit(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return "SentenceTerms[" + text + ":" + sentence + " " + Arrays.toString(stems.toArray()) + "]";
    }
  }
}
