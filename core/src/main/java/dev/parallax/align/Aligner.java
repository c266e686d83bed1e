package dev.parallax.align;

import static java.util.Objects.requireNonNull;

import dev.parallax.text.AnalyzedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 *   <li>Every sentence of every text becomes one document of an in-memory Lucene index
 *       ({@link ByteBuffersDirectory}); its field holds the stems of its content words, and for an
 *       acronym that one of the texts defines ("Demilitarized Zone (DMZ)") the stems of its
 *       expansion too (see {@link Acronyms}).
 *   <li>Each sentence queries the index (BM25 over its stems, its own text excluded) and takes the
 *       best {@link Options#candidates()} hits per other text as candidates, 200 at most: no pair
 *       of sentences is scored unless the index proposes it.
 *   <li>Each candidate pair is rescored symmetrically from the weight of the stems both sentences
 *       have ({@code S}) and of each sentence's own stems ({@code A}, {@code B}), a stem weighing
 *       idf² (numbers more, since they anchor facts): the geometric mean of the overlap
 *       {@code S / min(A, B)}, which lets a short sentence match part of a long one, and the
 *       cosine {@code S / √(A·B)}, which keeps two long sentences that share little apart. The
 *       score of (a, b) equals the score of (b, a).
 *   <li>A pair is kept when its score reaches {@link Options#minAlignmentScore()}, it shares at least
 *       {@link Options#minSharedWords()} stems, and it is the best match of one of its two
 *       sentences in the other's text. Sentences with the same words (syndicated copy, or an
 *       article compared with itself) always align, with score 1. One sentence may so align with several sentences of
 *       another text, as when one sentence states two facts that another text states apart.
 * </ol>
 *
 * <p>The result does not depend on the order of the texts, apart from which side of a pair is
 * called left. Immutable and thread-safe.
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
   * Tuning of the aligner.
   *
   * @param minAlignmentScore least similarity (0 to 1) of an aligned pair
   * @param minSharedWords least number of content stems an aligned pair shares
   * @param candidates hits taken from the index per sentence and other text (1 to 1000)
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

  /** An aligner with the given options and synonym groups. */
  public Aligner(Options options, Synonyms synonyms) {
    this.options = requireNonNull(options, "options");
    this.synonyms = requireNonNull(synonyms, "synonyms");
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
    for (int d = 0; d < texts.size(); d++) {
      AnalyzedText t = texts.get(d);
      for (int s = 0; s < t.sentences().size(); s++) {
        sentences.add(SentenceTerms.of(d, s, t, acronyms, synonyms));
      }
    }
    if (texts.size() < 2 || sentences.isEmpty()) {
      return List.of();
    }
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      index(dir, sentences);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return align(reader, sentences, texts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
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

  private List<Pair> align(
      DirectoryReader reader, List<SentenceTerms> sentences, List<AnalyzedText> texts)
      throws IOException {
    int textCount = texts.size();
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity());
    StoredFields stored = reader.storedFields();
    int[] sentenceOfDoc = new int[reader.maxDoc()]; // read the stored ids once, not per hit
    for (int d = 0; d < sentenceOfDoc.length; d++) {
      sentenceOfDoc[d] = stored.document(d).getField(ID).numericValue().intValue();
    }
    long n = sentences.size();
    int docCount = reader.numDocs();
    Map<String, Double> idf = new HashMap<>();
    for (SentenceTerms st : sentences) {
      for (String stem : st.stems()) {
        idf.computeIfAbsent(
            stem,
            k -> {
              try {
                int df = reader.docFreq(new Term(STEMS, k));
                return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
    }
    double[] weight = new double[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      weight[i] = sentences.get(i).weight(idf, options.numberWeight());
    }

    int hits = Math.min(options.candidates() * (textCount - 1), MAX_HITS);
    Map<Long, Double> scores = new LinkedHashMap<>();
    Set<Long> identical = identicalPairs(sentences, texts);  // keys i * n + j, i < j
    for (long key : identical) {
      scores.put(key, 1.0);
    }
    for (int i = 0; i < sentences.size(); i++) {
      SentenceTerms st = sentences.get(i);
      if (st.stems().isEmpty()) {
        continue;
      }
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      st.stems().stream()
          .sorted(Comparator.comparing((String s) -> -idf.get(s)).thenComparing(s -> s))
          .limit(MAX_QUERY_TERMS)
          .forEach(s -> q.add(new TermQuery(new Term(STEMS, s)), Occur.SHOULD));
      q.add(new TermQuery(new Term(TEXT, Integer.toString(st.text()))), Occur.MUST_NOT);
      for (ScoreDoc hit : searcher.search(q.build(), hits).scoreDocs) {
        int j = sentenceOfDoc[hit.doc];
        long key = i < j ? i * n + j : j * n + i;
        if (!scores.containsKey(key)) {
          scores.put(key, similarity(st, sentences.get(j), idf, weight[i], weight[j]));
        }
      }
    }

    // best score of each sentence within each other text
    double[][] best = new double[sentences.size()][textCount];
    for (Map.Entry<Long, Double> e : scores.entrySet()) {
      int i = (int) (e.getKey() / n);
      int j = (int) (e.getKey() % n);
      double s = e.getValue();
      int ti = sentences.get(i).text();
      int tj = sentences.get(j).text();
      best[i][tj] = Math.max(best[i][tj], s);
      best[j][ti] = Math.max(best[j][ti], s);
    }

    List<Pair> pairs = new ArrayList<>();
    for (Map.Entry<Long, Double> e : scores.entrySet()) {
      int i = (int) (e.getKey() / n);
      int j = (int) (e.getKey() % n);
      double s = e.getValue();
      SentenceTerms a = sentences.get(i);
      SentenceTerms b = sentences.get(j);
      boolean same = identical.contains(e.getKey());
      if (!same
          && (s < options.minAlignmentScore() || (s < best[i][b.text()] && s < best[j][a.text()]))) {
        continue;
      }
      List<String> shared = shared(a, b, idf, options.numberWeight());
      if (!same && shared.size() < options.minSharedWords()) {
        continue;
      }
      if (a.text() > b.text()) {
        SentenceTerms x = a;
        a = b;
        b = x;
      }
      List<String> words = a.words(texts.get(a.text()), shared);
      pairs.add(new Pair(a.text(), a.sentence(), b.text(), b.sentence(), s, words));
    }
    pairs.sort(
        Comparator.comparingInt(Pair::leftText)
            .thenComparingInt(Pair::leftSentence)
            .thenComparingInt(Pair::rightText)
            .thenComparingInt(Pair::rightSentence));
    return pairs;
  }

  /**
   * Pairs of sentences of different texts with the same words (compared lower-cased; sentences
   * without words compared as written): they state the same thing whatever their length.
   */
  private static Set<Long> identicalPairs(List<SentenceTerms> sentences, List<AnalyzedText> texts) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      SentenceTerms st = sentences.get(i);
      byKey.computeIfAbsent(st.key(texts.get(st.text())), k -> new ArrayList<>()).add(i);
    }
    Set<Long> pairs = new LinkedHashSet<>();
    for (List<Integer> group : byKey.values()) {
      for (int x = 0; x < group.size(); x++) {
        for (int y = x + 1; y < group.size(); y++) {
          int i = group.get(x);
          int j = group.get(y);
          if (sentences.get(i).text() != sentences.get(j).text()) {
            pairs.add(i * (long) sentences.size() + j);
          }
        }
      }
    }
    return pairs;
  }

  private double similarity(
      SentenceTerms a, SentenceTerms b, Map<String, Double> idf, double wa, double wb) {
    if (wa == 0 || wb == 0) {
      return 0;
    }
    double shared = 0;
    for (String s : a.stems()) {
      if (b.stems().contains(s)) {
        shared += SentenceTerms.weight(s, idf, options.numberWeight());
      }
    }
    double overlap = shared / Math.min(wa, wb);
    double cosine = shared / Math.sqrt(wa * wb);
    return Math.min(1.0, Math.sqrt(overlap * cosine));
  }

  private static List<String> shared(
      SentenceTerms a, SentenceTerms b, Map<String, Double> idf, double numberWeight) {
    List<String> shared = new ArrayList<>();
    for (String s : a.stems()) {
      if (b.stems().contains(s)) {
        shared.add(s);
      }
    }
    shared.sort(
        Comparator.comparingDouble((String s) -> -SentenceTerms.weight(s, idf, numberWeight))
            .thenComparing(s -> s));
    return shared;
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

    double weight(Map<String, Double> idf, double numberWeight) {
      double w = 0;
      for (String s : stems) {
        w += weight(s, idf, numberWeight);
      }
      return w;
    }

    static double weight(String stem, Map<String, Double> idf, double numberWeight) {
      double w = idf.get(stem) * idf.get(stem);
      return hasDigit(stem) ? w * numberWeight : w;
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
