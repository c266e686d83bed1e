package dev.parallax.contradict;

import java.util.List;

/**
 * One kind of contradiction check. The contradictor runs its checks, in order, over every pair
 * of compared articles; each check reads what it needs of the pair (fact mentions, aligned
 * claims, related claims) and adds what it finds. A check says nothing about wording: the
 * {@link Explainer} writes the sentences.
 */
interface Check {

  /**
   * Adds the contradictions this check finds between the two articles of {@code pair}.
   *
   * @param pair two articles, with their claims, mentions and the claims they relate
   * @param out where findings go; findings may name the pair's articles in either order
   */
  void inspect(ArticlePair pair, List<Finding> out);
}
