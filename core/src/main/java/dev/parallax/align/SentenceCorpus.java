package dev.parallax.align;

import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All sentences of a comparison, their stems numbered: per sentence its distinct stem ids sorted,
 * per text its distinct stem ids sorted with the number of its sentences that hold each, and per
 * sentence a group shared by the sentences with the same words, and per sentence the ids of
 * its stems that a word without a capital adds (see {@link SentenceTerms#plain()}).
 */
final class SentenceCorpus {
  final List<AnalyzedText> texts;
  final List<SentenceTerms> sentences;
  final int[] firstOf;
  final int[] textOfSentence;
  final String[] stems;
  final boolean[] digit;
  final int[][] ids;
  final int[][] plain;
  final int[] group;
  final int[][] textStems;
  final int[][] textCounts;
  final boolean[] stemless;

  SentenceCorpus(List<AnalyzedText> texts, List<SentenceTerms> sentences, int[] firstOf) {
    this.texts = texts;
    this.sentences = sentences;
    this.firstOf = firstOf;
    int n = sentences.size();
    textOfSentence = new int[n];
    ids = new int[n][];
    plain = new int[n][];
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
      int[] lower = new int[st.plain().size()];
      k = 0;
      for (String s : st.plain()) {
        lower[k++] = idOf.get(s);
      }
      Arrays.sort(lower);
      plain[i] = lower;
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
    return common(x, y, new int[Math.min(x.length, y.length)]) > 0;
  }

  /**
   * Writes the ids that both ascending arrays {@code x} and {@code y} hold into {@code out},
   * ascending, and returns how many there are; {@code out} has room for the shorter array.
   */
  static int common(int[] x, int[] y, int[] out) {
    int n = 0;
    for (int u = 0, v = 0; u < x.length && v < y.length; ) {
      if (x[u] < y[v]) {
        u++;
      } else if (x[u] > y[v]) {
        v++;
      } else {
        out[n++] = x[u];
        u++;
        v++;
      }
    }
    return n;
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

  /** The number of pairs of sentences of compared texts. */
  long crossPairs(TextPairs compared) {
    if (!compared.complete()) {
      long all = 0;
      for (int a = 0; a < texts.size(); a++) {
        for (int b = a + 1; b < texts.size(); b++) {
          if (compared.compared(a, b)) {
            all += (long) size(a) * size(b);
          }
        }
      }
      return all;
    }
    long all = 0;
    long before = 0;
    for (int t = 0; t < texts.size(); t++) {
      all += before * size(t);
      before += size(t);
    }
    return all;
  }
}
