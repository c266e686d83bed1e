package dev.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Scores and keeps the pairs of sentences of one pair of texts, from statistics of those two
 * texts only: weighs their stems (see {@link PairSimilarity}), scores each pair, and keeps a pair
 * that is alike enough and the best match of one of its two sentences, or whose sentences are
 * identical. Holds scratch arrays: one per call of {@link Aligner#align(List)}.
 */
final class TextPairScorer {
  private final SentenceCorpus c;
  private final Aligner.Options options;
  private final int[] df;
  private final double[] stemWeight;
  private final int[] common;

  TextPairScorer(SentenceCorpus c, Aligner.Options options) {
    this.c = c;
    this.options = options;
    this.df = new int[c.stems.length];
    this.stemWeight = new double[c.stems.length];
    this.common = new int[c.stems.length];
  }

  /**
   * Aligns texts {@code a < b}: all their pairs of sentences when {@code keys} is null, else the
   * pairs {@code keys[from..to)}.
   */
  void align(int a, int b, long[] keys, int from, int to, List<Aligner.Pair> out) {
    align(a, b, keys, from, to, null, out);
  }

  /**
   * The same; when {@code unmatched} is not null (the second look, between texts not compared),
   * a pair that is not of identical sentences is kept only as the best match, among the pairs
   * scored, of one of its sentences that is in {@code unmatched}.
   */
  void align(
      int a, int b, long[] keys, int from, int to, BitSet unmatched, List<Aligner.Pair> out) {
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
        stemWeight[s] = PairSimilarity.weight(df[s], na + nb, c.digit[s], options.numberWeight());
      }
    }
    double[] wa = sentenceWeights(fa, na);
    double[] wb = sentenceWeights(fb, nb);
    double[] bestA = new double[na];
    double[] bestB = new double[nb];
    IntList kept = new IntList(); // pairs that may be kept: i, j, 1 when identical else 0, count
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
      int count = SentenceCorpus.common(c.ids[i], c.ids[j], common);
      double shared = 0;
      for (int k = 0; k < count; k++) {
        shared += stemWeight[common[k]];
      }
      boolean same = c.group[i] == c.group[j];
      if (count == 0 && !same) {
        continue;
      }
      double s = same ? 1.0 : PairSimilarity.similarity(shared, wa[i - fa], wb[j - fb]);
      bestA[i - fa] = Math.max(bestA[i - fa], s);
      bestB[j - fb] = Math.max(bestB[j - fb], s);
      if (same || (s >= options.minAlignmentScore() && count >= options.minSharedWords())) {
        kept.add(i);
        kept.add(j);
        kept.add(same ? 1 : 0);
        kept.add(count >= Aligner.MANY_SHARED_WORDS ? plainShared(i, j, count) : 0);
        keptScore.add(s);
      }
    }
    for (int k = 0; k < keptScore.size(); k++) {
      int i = kept.get(4 * k);
      int j = kept.get(4 * k + 1);
      boolean same = kept.get(4 * k + 2) == 1;
      boolean many = kept.get(4 * k + 3) >= Aligner.MANY_PLAIN_WORDS;
      double s = keptScore.get(k);
      boolean best = unmatched == null
          ? s >= bestA[i - fa] || s >= bestB[j - fb] || many
          : (unmatched.get(i) && s >= bestA[i - fa]) || (unmatched.get(j) && s >= bestB[j - fb]);
      if (!same && !best) {
        continue;
      }
      SentenceTerms left = c.sentences.get(i);
      SentenceTerms right = c.sentences.get(j);
      List<String> words = left.words(c.texts.get(a), shared(c.ids[i], c.ids[j]));
      out.add(new Aligner.Pair(a, left.sentence(), b, right.sentence(), s, words));
    }
    for (int t : new int[] {a, b}) {
      for (int s : c.textStems[t]) {
        df[s] = 0;
      }
    }
  }

  /**
   * How many of the {@code count} stems in {@link #common} (those sentences {@code i} and
   * {@code j} share) one of the two writes without a capital, so not as a name.
   */
  private int plainShared(int i, int j, int count) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int s = common[k];
      if (Arrays.binarySearch(c.plain[i], s) >= 0 || Arrays.binarySearch(c.plain[j], s) >= 0) {
        n++;
      }
    }
    return n;
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
    int count = SentenceCorpus.common(x, y, common);
    List<Integer> both = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      both.add(common[k]);
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
