package dev.parallax.align;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;

/**
 * Chooses the pairs of texts to compare claim by claim when there are many. First the pairs of a
 * maximum spanning tree of the likeness, so that every text reaches every other through compared
 * pairs (and a story fact can join the claims of all); then the other pairs from the most to the
 * least alike, each while both its texts are in fewer than {@code k} pairs. So each text is
 * compared with about {@code k} others, the most alike that more alike pairs left free, and there
 * are at most {@code n - 1 + n * k / 2} pairs for {@code n} texts.
 *
 * <p>Likeness is the cosine of the texts' stem counts (how many of its sentences hold each stem),
 * each stem weighted by {@code ln(1 + n / df)} over the {@code n} texts, so that the stems every
 * text holds count least and the rare ones two reports share (a figure, a name, a quotation's
 * words) count most; texts without stems are alike to none. Ties go to the pair given first.
 * Work: one pass over the stems of each pair of texts, the tree and a sort of the pairs, which
 * is cheap next to comparing their claims.
 */
final class TextNeighbours {

  private TextNeighbours() {}

  /** The pairs to compare among the texts of {@code c}: all of them when {@code k} or fewer others. */
  static TextPairs of(SentenceCorpus c, int k) {
    int n = c.texts.size();
    if (n - 1 <= k) {
      return TextPairs.all(n);
    }
    int[] df = new int[c.stems.length];
    for (int[] own : c.textStems) {
      for (int s : own) {
        df[s]++;
      }
    }
    double[][] weight = new double[n][];
    double[] norm = new double[n];
    for (int t = 0; t < n; t++) {
      int[] own = c.textStems[t];
      weight[t] = new double[own.length];
      for (int i = 0; i < own.length; i++) {
        double w = c.textCounts[t][i] * Math.log(1 + (double) n / df[own[i]]);
        weight[t][i] = w;
        norm[t] += w * w;
      }
      norm[t] = Math.sqrt(norm[t]);
    }
    double[][] like = new double[n][n];
    double[] dense = new double[c.stems.length]; // the weights of text a, by stem
    for (int a = 0; a < n; a++) {
      int[] own = c.textStems[a];
      for (int i = 0; i < own.length; i++) {
        dense[own[i]] = weight[a][i];
      }
      for (int b = a + 1; b < n; b++) {
        double dot = 0;
        int[] other = c.textStems[b];
        for (int i = 0; i < other.length; i++) {
          dot += dense[other[i]] * weight[b][i];
        }
        double s = norm[a] == 0 || norm[b] == 0 ? 0 : dot / (norm[a] * norm[b]);
        like[a][b] = s;
        like[b][a] = s;
      }
      for (int s : own) {
        dense[s] = 0;
      }
    }
    // the most alike pairs first, each text in at most k of them
    long[] order = new long[n * (n - 1) / 2];
    int m = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        order[m++] = (long) a * n + b;
      }
    }
    Long[] boxed = new Long[m];
    for (int i = 0; i < m; i++) {
      boxed[i] = order[i];
    }
    Arrays.sort(boxed, Comparator
        .comparingDouble((Long key) -> -like[(int) (key / n)][(int) (key % n)])
        .thenComparingLong(key -> key));
    BitSet compared = new BitSet();
    int[] degree = new int[n];
    spanningTree(like, compared, degree);
    for (long key : boxed) {
      int a = (int) (key / n);
      int b = (int) (key % n);
      if (degree[a] < k && degree[b] < k && !compared.get(a * n + b)) {
        compared.set(a * n + b);
        degree[a]++;
        degree[b]++;
      }
    }
    return TextPairs.of(n, compared);
  }

  /**
   * Adds the pairs of a maximum spanning tree of the likeness (Prim's, from text 0, ties to the
   * lower index): every text then reaches every other through compared pairs, so that a story
   * fact can join the claims of all of them.
   */
  private static void spanningTree(double[][] like, BitSet compared, int[] degree) {
    int n = like.length;
    boolean[] joined = new boolean[n];
    double[] best = like[0].clone();
    int[] from = new int[n];
    joined[0] = true;
    for (int step = 1; step < n; step++) {
      int v = -1;
      for (int u = 0; u < n; u++) {
        if (!joined[u] && (v < 0 || best[u] > best[v])) {
          v = u;
        }
      }
      joined[v] = true;
      compared.set(Math.min(from[v], v) * n + Math.max(from[v], v));
      degree[from[v]]++;
      degree[v]++;
      for (int u = 0; u < n; u++) {
        if (!joined[u] && like[v][u] > best[u]) {
          best[u] = like[v][u];
          from[u] = v;
        }
      }
    }
  }
}
