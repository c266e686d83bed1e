package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * Two claims of different articles that state the same fact, with how sure Parallax is and why.
 * {@code left} belongs to the article that comes first in the comparison.
 *
 * @param left the claim of the earlier article
 * @param right the claim of the later article
 * @param score similarity from 0 to 1 (idf-weighted share of the content words both use)
 * @param sharedTerms the content words both use, as the left claim writes them, most telling first
 * @param diff the word-level diff from left to right
 */
public record ClaimAlignment(
    Claim left, Claim right, double score, List<String> sharedTerms, WordDiff diff) {

  /** Checks and copies the arguments. */
  public ClaimAlignment {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    requireNonNull(diff, "diff");
    sharedTerms = List.copyOf(sharedTerms);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1]: " + score);
    }
  }

  /** Both claims, left first. */
  public List<Claim> claims() {
    return List.of(left, right);
  }

  /** Whether one of the claims belongs to the article with this id. */
  public boolean involves(String articleId) {
    return left.article().equals(articleId) || right.article().equals(articleId);
  }

  /** Why the claims were aligned: the words they share, or that they have the same words. */
  public String reason() {
    if (diff.isEqual()) {
      return "same words";
    }
    return "shares " + sharedTerms.size() + (sharedTerms.size() == 1 ? " word: " : " words: ")
        + String.join(", ", sharedTerms);
  }

  /** {@code ClaimAlignment[0.52 "left..." (a 1:1) ~ "right..." (b 3:4)]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ClaimAlignment[%.2f %s ~ %s]", score, left, right);
  }
}
