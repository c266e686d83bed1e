package dev.parallax;

import static java.util.Objects.requireNonNull;

/**
 * A statement one article makes. For now a claim is one sentence; a sentence that states several
 * checkable things will become several claims.
 *
 * @param span where the claim stands in its article
 * @param sentence the index of its sentence in the article, from 0
 */
public record Claim(TextSpan span, int sentence) {
  /** Checks arguments. */
  public Claim {
    requireNonNull(span, "span");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index is negative: " + sentence);
    }
  }

  /** The id of the article that makes the claim. */
  public String article() {
    return span.article();
  }

  /** The claim's text. */
  public String text() {
    return span.text();
  }

  /** {@code "text" (article line:col)}. */
  @Override
  public String toString() {
    return span.toString();
  }
}
