package dev.parallax.contradict;

import dev.parallax.Claim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * @param byClaims the related pairs by their two claims (left, right)
 */
record ArticlePair(Side left, Side right, List<Related> related,
    Map<List<Claim>, Related> byClaims) {
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
  record Side(String id, String name, Optional<LocalDate> published, List<ClaimView> claims) {}

  /**
   * Two claims that may state one fact.
   *
   * @param left the claim of the left article
   * @param right the claim of the right article
   * @param score the aligner's score for the pair, 0 when they are not aligned
   * @param shared the content stems they share
   */
  record Related(ClaimView left, ClaimView right, double score, Set<String> shared) {

    /**
     * How much of their wording the two claims share: their shared content stems over the content
     * stems of the shorter claim (1 when all its words are in the other, 0 for none), so a claim
     * restated inside a longer sentence still counts as restated.
     */
    double overlap() {
      int smaller = Math.min(left.stems().size(), right.stems().size());
      return smaller == 0 ? 0 : (double) shared.size() / smaller;
    }
  }

  /** The related pairs of two articles. */
  static ArticlePair of(Side left, Side right, Map<List<Claim>, Double> aligned) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < right.claims().size(); j++) {
      for (String s : right.claims().get(j).stems()) {
        index.computeIfAbsent(s, k -> new ArrayList<>()).add(j);
      }
    }
    List<Related> related = new ArrayList<>();
    for (ClaimView l : left.claims()) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (String s : l.stems()) {
        for (int j : index.getOrDefault(s, List.of())) {
          counts.merge(j, 1, Integer::sum);
        }
      }
      for (int j = 0; j < right.claims().size(); j++) {
        ClaimView r = right.claims().get(j);
        Double score = aligned.get(List.of(l.claim(), r.claim()));
        int n = counts.getOrDefault(j, 0);
        if (score == null && n < MIN_SHARED) {
          continue;
        }
        Set<String> shared = new java.util.LinkedHashSet<>(l.stems());
        shared.retainAll(r.stems());
        related.add(new Related(l, r, score == null ? 0 : score, Set.copyOf(shared)));
      }
    }
    Map<List<Claim>, Related> by = new HashMap<>();
    for (Related x : related) {
      by.put(List.of(x.left().claim(), x.right().claim()), x);
    }
    return new ArticlePair(left, right, List.copyOf(related), Map.copyOf(by));
  }

  /** The related pair of these two claims, if they are related. */
  Optional<Related> relation(ClaimView l, ClaimView r) {
    return Optional.ofNullable(byClaims.get(List.of(l.claim(), r.claim())));
  }
}
