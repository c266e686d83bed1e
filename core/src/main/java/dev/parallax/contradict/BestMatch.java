package dev.parallax.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses the mention of the other article that a mention is matched to: the candidate whose
 * frame ranks highest, unless another candidate nearly as strong (within {@value #TIE}) agrees
 * with the mention, in which case the frames cannot tell which one the other article means and
 * nothing is chosen.
 *
 * @param <T> what a candidate holds
 * @param chosen the candidate chosen
 * @param rank its rank
 * @param rivals how many other candidates there were
 */
record BestMatch<T>(T chosen, double rank, int rivals) {
  /** Candidates whose ranks differ by less than this are equally good. */
  static final double TIE = 0.5;

  /**
   * A candidate with its rank.
   *
   * @param <T> what it holds
   * @param holder the candidate
   * @param rank how well its frame matches, higher is better
   */
  record Candidate<T>(T holder, double rank) {}

  /**
   * The candidate of the highest rank, or null when there is none or two share it: the words
   * cannot tell which one the other article means.
   */
  static <T> T unique(List<Candidate<T>> candidates) {
    T best = null;
    double bestRank = Double.NEGATIVE_INFINITY;
    boolean tie = false;
    for (Candidate<T> c : candidates) {
      if (c.rank() > bestRank + 1e-9) {
        best = c.holder();
        bestRank = c.rank();
        tie = false;
      } else if (Math.abs(c.rank() - bestRank) <= 1e-9) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /**
   * How strongly two related claims restate each other, a part of a candidate's rank: the
   * aligner's score and a tenth for each content word they share, up to eight.
   */
  static double claimRank(ArticlePair.Related rel) {
    return rel.score() + 0.1 * Math.min(rel.sharedCount(), 8);
  }

  /**
   * The best of {@code candidates}, or empty.
   *
   * @param candidates the candidates that may be meant
   * @param agrees whether a candidate agrees with the mention being matched
   */
  static <T> Optional<BestMatch<T>> of(List<Candidate<T>> candidates, Predicate<T> agrees) {
    return of(candidates, agrees, (x, y) -> false);
  }

  /**
   * The best of {@code candidates}, or empty, as {@link #of(List, Predicate)}, except that a
   * candidate that repeats the best one in its own article is no other reading of the mention:
   * a report that gives one count twice, vaguely and exactly ("dozens hurt" in its headline,
   * "more than 50 people were hurt" in its text), states one value, the exact one, which an
   * agreeing vague repeat does not make unsure.
   *
   * @param candidates the candidates that may be meant
   * @param agrees whether a candidate agrees with the mention being matched
   * @param repeats whether a candidate (the first) repeats the best one (the second)
   */
  static <T> Optional<BestMatch<T>> of(List<Candidate<T>> candidates, Predicate<T> agrees,
      java.util.function.BiPredicate<T, T> repeats) {
    int b = -1;
    for (int i = 0; i < candidates.size(); i++) {
      if (b < 0 || candidates.get(i).rank() > candidates.get(b).rank()) {
        b = i;
      }
    }
    if (b < 0) {
      return Optional.empty();
    }
    Candidate<T> best = candidates.get(b);
    for (int i = 0; i < candidates.size(); i++) {
      if (i != b && candidates.get(i).rank() >= best.rank() - TIE
          && agrees.test(candidates.get(i).holder())
          && !repeats.test(candidates.get(i).holder(), best.holder())) {
        return Optional.empty();
      }
    }
    return Optional.of(new BestMatch<>(best.holder(), best.rank(), candidates.size() - 1));
  }

  /**
   * Two mentions of two articles, each the other's best match.
   *
   * @param <T> what a mention holds
   * @param left the mention of the left article
   * @param right the mention of the right article
   * @param there how {@code right} was chosen for {@code left}
   * @param back how {@code left} was chosen for {@code right}
   */
  record Mutual<T>(T left, T right, BestMatch<T> there, BestMatch<T> back) {}

  /** How a check chooses the match of a mention among the other article's mentions. */
  @FunctionalInterface
  interface Chooser<T> {
    /**
     * The best match of {@code mention} among {@code others}, or empty.
     *
     * @param mention the mention to match
     * @param others the mentions of the other article
     * @param mentionIsLeft whether {@code mention} belongs to the left article
     */
    Optional<BestMatch<T>> best(T mention, List<T> others, boolean mentionIsLeft);
  }

  /** Every pair of a left and a right mention that are each other's best match. */
  static <T> List<Mutual<T>> mutual(List<T> left, List<T> right, Chooser<T> chooser) {
    List<Mutual<T>> out = new ArrayList<>();
    for (T a : left) {
      Optional<BestMatch<T>> there = chooser.best(a, right, true);
      if (there.isEmpty()) {
        continue;
      }
      Optional<BestMatch<T>> back = chooser.best(there.get().chosen(), left, false);
      if (back.isPresent() && back.get().chosen() == a) {
        out.add(new Mutual<>(a, there.get().chosen(), there.get(), back.get()));
      }
    }
    return out;
  }

  /**
   * The scored pairs whose two mentions are each other's best match: a mention's candidates are
   * the pairs it is in, ranked by their log-odds of stating one fact.
   *
   * @param <T> what a mention holds
   * @param left the mentions of the left article
   * @param right the mentions of the right article
   * @param pairs the candidate pairs, with their log-odds
   * @param agrees whether two mentions (the first being matched) agree
   * @param repeats whether two mentions of one article repeat one fact
   */
  static <T> List<SameFact.Pair<T>> mutual(List<T> left, List<T> right,
      List<SameFact.Pair<T>> pairs, java.util.function.BiPredicate<T, T> agrees,
      java.util.function.BiPredicate<T, T> repeats) {
    java.util.Map<T, List<SameFact.Pair<T>>> byLeft = new java.util.IdentityHashMap<>();
    java.util.Map<T, List<SameFact.Pair<T>>> byRight = new java.util.IdentityHashMap<>();
    for (SameFact.Pair<T> p : pairs) {
      byLeft.computeIfAbsent(p.left(), k -> new ArrayList<>()).add(p);
      byRight.computeIfAbsent(p.right(), k -> new ArrayList<>()).add(p);
    }
    List<SameFact.Pair<T>> out = new ArrayList<>();
    for (Mutual<T> m : mutual(left, right, (h, others, isLeft) -> {
      List<Candidate<T>> found = new ArrayList<>();
      for (SameFact.Pair<T> p : (isLeft ? byLeft : byRight).getOrDefault(h, List.of())) {
        found.add(new Candidate<>(isLeft ? p.right() : p.left(), p.logit()));
      }
      return of(found, o -> agrees.test(h, o), repeats);
    })) {
      for (SameFact.Pair<T> p : byLeft.get(m.left())) {
        if (p.right() == m.right()) {
          out.add(p);
        }
      }
    }
    return out;
  }
}
