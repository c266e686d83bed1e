package dev.parallax.contradict;

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
   * The best of {@code candidates}, or empty.
   *
   * @param candidates the candidates that may be meant
   * @param agrees whether a candidate agrees with the mention being matched
   */
  static <T> Optional<BestMatch<T>> of(List<Candidate<T>> candidates, Predicate<T> agrees) {
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
          && agrees.test(candidates.get(i).holder())) {
        return Optional.empty();
      }
    }
    return Optional.of(new BestMatch<>(best.holder(), best.rank(), candidates.size() - 1));
  }
}
