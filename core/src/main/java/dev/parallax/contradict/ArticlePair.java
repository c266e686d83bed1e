package dev.parallax.contradict;

import dev.parallax.Claim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two compared articles as the checks read them: the claims of each, the pairs of their claims
 * that the aligner matched, and every pair of claims that shares enough words to be about one
 * fact.
 *
 * @param left the first article (earlier in the comparison)
 * @param right the second article
 * @param related pairs of claims, one of each article, that may state one fact: aligned ones and
 *     those sharing at least {@value #MIN_SHARED} content stems, in text order of the left claim
 * @param byClaims the related pairs by their two claims (left, then right), by identity
 */
record ArticlePair(Side left, Side right, List<Related> related,
    Map<ClaimView, Map<ClaimView, Related>> byClaims) {
  /** The least number of content stems two claims share to be related without alignment. */
  static final int MIN_SHARED = 2;

  /**
   * One compared article.
   *
   * @param id the article's id
   * @param name how explanations name it: its outlet, or its id when the outlet is missing or
   *     shared with another compared article
   * @param published its publication date, if known
   * @param claims its claims, in text order
   */
  record Side(String id, String name, Optional<LocalDate> published, List<ClaimView> claims,
      Map<String, int[]> stemIndex, Map<ClaimKey, Integer> indexOf, Memo memo) {

    /** A side, with the index of its claims by content stem and by position. */
    static Side of(String id, String name, Optional<LocalDate> published,
        List<ClaimView> claims) {
      Map<String, List<Integer>> lists = new HashMap<>();
      Map<ClaimKey, Integer> indexOf = new HashMap<>();
      for (int j = 0; j < claims.size(); j++) {
        for (String s : claims.get(j).stems()) {
          lists.computeIfAbsent(s, k -> new ArrayList<>()).add(j);
        }
        indexOf.putIfAbsent(ClaimKey.of(claims.get(j).claim()), j);
      }
      Map<String, int[]> index = new HashMap<>();
      lists.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      return new Side(id, name, published, claims, Map.copyOf(index), Map.copyOf(indexOf),
          new Memo());
    }

    /**
     * What {@code compute} reads in this article, computed on the first call for {@code owner}
     * and {@code what} and kept: an article takes part in many pairs, and what a check reads in
     * one article alone need not be read again for each of them.
     */
    <T> T memo(Object owner, String what, java.util.function.Function<Side, T> compute) {
      return memo.get(new MemoKey(owner, what), () -> compute.apply(this));
    }
  }

  /** What the checks read in one article, by who read it and what; equal only to itself. */
  static final class Memo {
    private final Map<MemoKey, Object> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(MemoKey key, java.util.function.Supplier<T> compute) {
      Object v = values.get(key);
      if (v == null) {
        v = compute.get();
        values.put(key, v);
      }
      return (T) v;
    }
  }

  /** The key of a memo: the reader (a check, or a word list: by identity) and what it read. */
  record MemoKey(Object owner, String what) {
    @Override
    public boolean equals(Object o) {
      return o instanceof MemoKey k && k.owner == owner && k.what.equals(what);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(owner) + what.hashCode();
    }
  }

  /**
   * A claim by where it stands: its article and its span. Cheap to hash, unlike a claim with its
   * text and facets, and equal for equal claims.
   */
  record ClaimKey(String article, int start, int end) {
    static ClaimKey of(Claim c) {
      return new ClaimKey(c.article(), c.span().start(), c.span().end());
    }
  }

  /**
   * Two claims that may state one fact.
   *
   * @param left the claim of the left article
   * @param right the claim of the right article
   * @param score the aligner's score for the pair, 0 when they are not aligned
   * @param sharedCount the number of content stems they share
   */
  record Related(ClaimView left, ClaimView right, double score, int sharedCount) {

    /** The content stems the two claims share. */
    Set<String> shared() {
      Set<String> shared = new java.util.HashSet<>(left.stems());
      shared.retainAll(right.stems());
      return shared;
    }

    /**
     * How much of their wording the two claims share: their shared content stems over the content
     * stems of the shorter claim (1 when all its words are in the other, 0 for none), so a claim
     * restated inside a longer sentence still counts as restated.
     */
    double overlap() {
      int smaller = Math.min(left.stems().size(), right.stems().size());
      return smaller == 0 ? 0 : (double) sharedCount / smaller;
    }
  }

  /**
   * The related pairs of two articles.
   *
   * @param aligned for each claim, the claims aligned with it and the score, both ways round
   */
  static ArticlePair of(Side left, Side right, Map<ClaimKey, Map<ClaimKey, Double>> aligned) {
    List<Related> related = new ArrayList<>();
    int[] counts = new int[right.claims().size()];
    List<Integer> touched = new ArrayList<>();
    java.util.TreeMap<Integer, Double> candidates = new java.util.TreeMap<>();
    for (ClaimView l : left.claims()) {
      for (String s : l.stems()) {
        for (int j : right.stemIndex().getOrDefault(s, NONE)) {
          if (counts[j]++ == 0) {
            touched.add(j);
          }
        }
      }
      candidates.clear();
      for (int j : touched) {
        if (counts[j] >= MIN_SHARED) {
          candidates.put(j, 0.0);
        }
      }
      aligned.getOrDefault(ClaimKey.of(l.claim()), Map.of()).forEach((k, score) -> {
        Integer j = right.indexOf().get(k);
        if (j != null) {
          candidates.put(j, score);
        }
      });
      for (Map.Entry<Integer, Double> c : candidates.entrySet()) {
        int j = c.getKey();
        related.add(new Related(l, right.claims().get(j), c.getValue(), counts[j]));
      }
      for (int j : touched) {
        counts[j] = 0;
      }
      touched.clear();
    }
    Map<ClaimView, Map<ClaimView, Related>> by = new IdentityHashMap<>();
    for (Related x : related) {
      by.computeIfAbsent(x.left(), k -> new IdentityHashMap<>()).put(x.right(), x);
    }
    return new ArticlePair(left, right, List.copyOf(related), by);
  }

  private static final int[] NONE = {};

  /** The related pair of these two claims, if they are related. */
  Optional<Related> relation(ClaimView l, ClaimView r) {
    Map<ClaimView, Related> of = byClaims.get(l);
    return of == null ? Optional.empty() : Optional.ofNullable(of.get(r));
  }
}
