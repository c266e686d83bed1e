package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One fact of a story across all its sources: the claims that state it (at most one per
 * article), the most central wording, how each other source words it, which articles leave it out,
 * and the contradictions between its claims. A fact stated by one article alone is that article's
 * exclusive claim.
 *
 * <pre>{@code
 * for (StoryFact f : comparison.facts()) {
 *   System.out.println(f);   // StoryFact[3 of 4 articles, 1 contradiction: "The soldier crossed..."]
 *   f.missingFrom();         // ids of the articles that do not state it
 * }
 * }</pre>
 *
 * @param central the claim that words the fact most centrally: the one most similar to the others
 * @param claims the claims that state it, in article order, at most one per article
 * @param statedBy the ids of their articles, in article order
 * @param missingFrom the ids of the articles that do not state it, in article order
 * @param wordings how the other claims word it against {@code central}: the alignments between
 *     {@code central} and each claim aligned with it directly
 * @param contradictions the contradictions between two of its claims
 */
public record StoryFact(
    Claim central,
    List<Claim> claims,
    List<String> statedBy,
    List<String> missingFrom,
    List<ClaimAlignment> wordings,
    List<Contradiction> contradictions) {

  /** Checks and copies the arguments. */
  public StoryFact {
    requireNonNull(central, "central");
    claims = List.copyOf(claims);
    statedBy = List.copyOf(statedBy);
    missingFrom = List.copyOf(missingFrom);
    wordings = List.copyOf(wordings);
    contradictions = List.copyOf(contradictions);
    if (!claims.contains(central)) {
      throw new IllegalArgumentException("the central claim is not one of the fact's claims");
    }
  }

  /** The claim of article {@code articleId} that states it, if that article states it. */
  public java.util.Optional<Claim> claimOf(String articleId) {
    requireNonNull(articleId, "articleId");
    return claims.stream().filter(c -> c.article().equals(articleId)).findFirst();
  }

  /** Whether {@code claim} takes part in one of the fact's contradictions. */
  public boolean contradicted(Claim claim) {
    return contradictions.stream()
        .anyMatch(x -> x.left().equals(claim) || x.right().equals(claim));
  }

  /** Whether only one article states it. */
  public boolean exclusive() {
    return claims.size() == 1;
  }

  /** {@code StoryFact[3 of 4 articles, 1 contradiction: "The soldier crossed the border."]}. */
  @Override
  public String toString() {
    String text = central.text().replaceAll("\\s+", " ").strip();
    if (text.length() > 60) {
      text = text.substring(0, 59) + "…";
    }
    int all = statedBy.size() + missingFrom.size();
    return "StoryFact[" + statedBy.size() + " of " + all + (all == 1 ? " article" : " articles")
        + (contradictions.isEmpty() ? ""
            : ", " + TextReport.count(contradictions.size(), "contradiction", "contradictions"))
        + ": \"" + text + "\"]";
  }
}
