package dev.parallax.align;

import dev.parallax.text.WebAddresses;
import static java.util.Objects.requireNonNull;

import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The align stage: finds sentences of different texts that state the same fact.
 *
 * <ol>
 *   <li>Each sentence is reduced to the stems of its content words, each replaced by its synonym
 *       group's stem, and for an acronym that one of the texts defines ("Demilitarized Zone
 *       (DMZ)") the stems of its expansion too (see {@link Acronyms}). A sentence that is only a
 *       web address (a source line) states no fact and keeps no stems.
 *   <li>Pairs of texts: up to {@link #NEIGHBOURS} + 1 texts, every pair; beyond, each text with
 *       about {@link #NEIGHBOURS} others, the most alike ({@link TextNeighbours}), so that the
 *       work grows linearly with the number of texts. Sentences of compared texts align; then
 *       (since 2026-12-05) each sentence that aligned with none of them gets a second, bounded
 *       look at the texts not compared with its own: the index below proposes its best hits
 *       there, and the pairs are scored and kept as any other, but only as that sentence's best
 *       match in the other text (see {@code secondLook}). A claim that another source states is
 *       then not left alone because the two articles were not compared.
 *   <li>Candidates: while the compared texts hold at most 10,000,000 pairs of sentences, every
 *       such pair is scored. Beyond that, every sentence becomes one document of an
 *       in-memory Lucene index ({@link org.apache.lucene.store.ByteBuffersDirectory}); each
 *       sentence queries it (BM25 over its stems, its own text excluded) and takes the best
 *       {@link Options#candidates()} hits per other text, 200 at most, and only the pairs so
 *       proposed are scored: work per sentence stays bounded when many articles are compared.
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
 *       sentences in the other's text, or shares at least six stems, four of them no names (a long
 *       sentence that states, among other facts, the fact another sentence states). Sentences
 *       with the same words (syndicated copy, or an article compared with itself) always align, with score 1. One sentence may so align with
 *       several sentences of another text, as when one sentence states two facts that another
 *       text states apart.
 * </ol>
 *
 * <p>Up to {@link #NEIGHBOURS} + 1 texts, the result does not depend on the order of the texts,
 * apart from which side of a pair is called left (beyond, ties of likeness between pairs of texts
 * go to the pair given first). Nor, up to 10,000,000 pairs, do the pairs of two compared texts
 * depend on what other texts are compared with them, unless one of those defines an acronym that
 * the two use; beyond it, other texts can only change which pairs the index proposes. Beyond
 * {@link #NEIGHBOURS} + 1 texts, the other texts decide whether two texts are compared at all.
 * Immutable and thread-safe.
 */
public final class Aligner {

  /**
   * Up to this many pairs of sentences of different texts (about 4,500 sentences, say 130
   * articles of 34), every pair is scored; beyond it, only the pairs the index proposes. Scoring
   * every pair stays cheaper than querying the index up to about this size.
   */
  static final long EXHAUSTIVE_PAIRS = 10_000_000L;

  /**
   * Beyond this many other texts, each text is compared with about this many, the most alike
   * (see {@link TextNeighbours}): the aligned pairs, their word diffs and the contradiction
   * checks then grow linearly with the number of texts, not with its square. Up to 22 texts
   * (the largest event of the development set has 22 reports), every pair is compared. Story
   * facts still join claims across all texts, through the compared pairs and the second look
   * (see {@link #alignAll}).
   */
  public static final int NEIGHBOURS = 21;

  /**
   * A pair of sentences that shares at least this many content stems, {@link #MANY_PLAIN_WORDS}
   * of them written without a capital in one of the two, and reaches the least similarity,
   * aligns even when neither sentence is the other's best match. A news sentence, above all a
   * lead, often states several facts that another text states apart, in sentences that each
   * match one fact better ("Those detained are three Portuguese men ... aged between 31 and 58"
   * against "Seven suspects, among them three Portuguese men ..., were arrested on Tuesday");
   * so many shared words state a part of one fact, not one topic by chance.
   */
  static final int MANY_SHARED_WORDS = 6;

  /**
   * Of the {@link #MANY_SHARED_WORDS}, how many must be no name (a word one of the two sentences
   * writes without a capital): the names of an event's people and places are in most of its
   * sentences ("Lindsay Lohan", "Betty Ford Center"), so they tell the topic, not the fact.
   */
  static final int MANY_PLAIN_WORDS = 4;

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
  private final int neighbours;

  /** An aligner with the given options and synonym groups. */
  public Aligner(Options options, Synonyms synonyms) {
    this(options, synonyms, EXHAUSTIVE_PAIRS, NEIGHBOURS);
  }

  /**
   * For tests: scores every pair up to {@code exhaustivePairs} pairs, else asks the index; beyond
   * {@code neighbours} other texts, compares each text with its {@code neighbours} nearest.
   */
  Aligner(Options options, Synonyms synonyms, long exhaustivePairs, int neighbours) {
    this.options = requireNonNull(options, "options");
    this.synonyms = requireNonNull(synonyms, "synonyms");
    this.exhaustivePairs = exhaustivePairs;
    this.neighbours = neighbours;
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
    return alignAll(texts).pairs();
  }

  /**
   * The aligned pairs of sentences and the pairs of texts compared to find them.
   *
   * @param pairs the aligned pairs, ordered by left text, left sentence, right text, right sentence;
   *     beyond {@link #NEIGHBOURS} + 1 texts, also the pairs of the second look, between texts not
   *     compared, that hold a sentence which aligned with nothing in the compared texts
   * @param compared the pairs of texts whose sentences were compared: all of them up to {@link
   *     #NEIGHBOURS} + 1 texts, else each text with its nearest
   */
  public record Aligned(List<Pair> pairs, TextPairs compared) {
    /** Copies the list. */
    public Aligned {
      pairs = List.copyOf(pairs);
      requireNonNull(compared, "compared");
    }
  }

  /**
   * Aligns the sentences of {@code texts} and says which pairs of texts were compared. Up to
   * {@link #NEIGHBOURS} + 1 texts, every pair; beyond, each text only with the {@code NEIGHBOURS}
   * texts most like it (see {@link TextNeighbours}), so the pairs, and the work, grow linearly
   * with the number of texts. The pairs of two compared texts are the same as when they are
   * aligned alone (but for acronyms another text defines, and, beyond 10,000,000 pairs of
   * sentences, what the index proposes). Beyond {@code NEIGHBOURS} + 1 texts, a sentence that
   * aligns with nothing in the compared texts is also matched against the sentences of the other
   * texts (a second look through the index, a bounded number of hits per sentence), and keeps
   * its best match in each such text that reaches the same thresholds.
   */
  public Aligned alignAll(List<AnalyzedText> texts) {
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
      return new Aligned(List.of(), TextPairs.all(texts.size()));
    }
    SentenceCorpus corpus = new SentenceCorpus(texts, sentences, firstOf);
    TextPairs compared = TextNeighbours.of(corpus, neighbours);
    TextPairScorer scorer = new TextPairScorer(corpus, options);
    List<Pair> pairs = new ArrayList<>();
    if (corpus.crossPairs(compared) <= exhaustivePairs) {
      for (int a = 0; a < texts.size(); a++) {
        for (int b = a + 1; b < texts.size(); b++) {
          if (compared.compared(a, b)) {
            scorer.align(a, b, null, 0, 0, pairs);
          }
        }
      }
    } else {
      long[] keys = new CandidateIndex(options.candidates()).candidates(corpus, compared);
      alignKeys(corpus, scorer, keys, null, pairs);
    }
    if (!compared.complete()) {
      secondLook(corpus, compared, scorer, pairs);
    }
    pairs.sort(
        Comparator.comparingInt(Pair::leftText)
            .thenComparingInt(Pair::leftSentence)
            .thenComparingInt(Pair::rightText)
            .thenComparingInt(Pair::rightSentence));
    return new Aligned(pairs, compared);
  }

  /**
   * The second look, beyond {@link #NEIGHBOURS} + 1 texts: each sentence that aligned with
   * nothing in the compared texts asks the index for its best hits in the texts not compared
   * with its own (see {@link CandidateIndex#uncompared}); those pairs are scored as any pair of
   * their two texts, kept at the same thresholds, and only as the unmatched sentence's best
   * match in the other text (or when the sentences are identical). So a claim that another
   * source states is not left alone because the two articles were not compared, and the work
   * grows with the unmatched sentences, not with the pairs of texts.
   */
  private void secondLook(
      SentenceCorpus corpus, TextPairs compared, TextPairScorer scorer, List<Pair> pairs) {
    BitSet unmatched = new BitSet(corpus.sentences.size());
    unmatched.set(0, corpus.sentences.size());
    for (Pair p : pairs) {
      unmatched.clear(corpus.firstOf[p.leftText()] + p.leftSentence());
      unmatched.clear(corpus.firstOf[p.rightText()] + p.rightSentence());
    }
    if (unmatched.isEmpty()) {
      return;
    }
    long[] keys = new CandidateIndex(options.candidates()).uncompared(corpus, compared, unmatched);
    alignKeys(corpus, scorer, keys, unmatched, pairs);
  }

  /**
   * Scores the candidate {@code keys} (ordered so that the pairs of one pair of texts are
   * adjacent) one pair of texts at a time; {@code unmatched}: see {@link TextPairScorer}.
   */
  private static void alignKeys(SentenceCorpus corpus, TextPairScorer scorer, long[] keys,
      BitSet unmatched, List<Pair> pairs) {
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
      scorer.align(a, b, keys, from, to, unmatched, pairs);
      from = to;
    }
  }

  /**
   * Whether a sentence is nothing but a web address, as a source line under a headline is
   * ("http://www.example.com/news/local/fire.html"): it states no fact, so its words ("http",
   * "news", "local") align it with nothing.
   */
  public static boolean addressOnly(String sentence) {
    return WebAddresses.only(sentence);
  }

  @Override
  public String toString() {
    return "Aligner" + options;
  }
}
