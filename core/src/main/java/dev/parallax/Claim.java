package dev.parallax;

import static java.util.Objects.requireNonNull;

import dev.parallax.text.Questions;
import java.util.List;
import java.util.Optional;

/**
 * A statement one article makes: a sentence, or a part of one when the sentence states several
 * checkable things ("this year—the first occurred last August" is two claims), with the facets
 * read in it: time expressions, quantities, ordinal statements, polarity, attribution, names.
 *
 * @param span where the claim stands in its article
 * @param sentence the index of its sentence in the article, from 0
 * @param facets the facts read in it, in text order
 */
public record Claim(TextSpan span, int sentence, List<Facet> facets) {

  /** Whether a claim is stated, denied or weakened. */
  public enum Stance {
    /** Stated as fact. */
    ASSERTED,
    /** Denied by a negation ("never", "not", "denied"). */
    DENIED,
    /** Weakened by a modal or a hedge ("may", "reportedly", "it's possible"). */
    HEDGED,
    /**
     * Asked rather than stated: a direct question ("Should the Yankees go higher than $25
     * million a season?"), which asserts none of its facts.
     */
    QUESTIONED
  }

  /** Checks and copies the arguments. */
  public Claim {
    requireNonNull(span, "span");
    facets = List.copyOf(facets);
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

  /** Its facets of one kind, e.g. {@code claim.facets(TimeFacet.class)}. */
  public <T extends Facet> List<T> facets(Class<T> kind) {
    List<T> out = null; // most claims have none of a kind: no list then
    for (Facet f : facets) {
      if (kind.isInstance(f)) {
        if (out == null) {
          out = new java.util.ArrayList<>();
        }
        out.add(kind.cast(f));
      }
    }
    return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
  }

  /**
   * Questioned when the claim ends with a question mark (closing quotes and brackets aside),
   * denied when a negation bears on it, hedged when a modal or hedge does, else asserted.
   */
  public Stance stance() {
    String text = span.text();
    if (Questions.asks(text, 0, text.length())) {
      return Stance.QUESTIONED;
    }
    List<PolarityFacet> p = facets(PolarityFacet.class);
    if (p.stream().anyMatch(f -> f.kind() == PolarityFacet.Kind.NEGATION)) {
      return Stance.DENIED;
    }
    return p.isEmpty() ? Stance.ASSERTED : Stance.HEDGED;
  }

  /** Who says it, when the claim's facets tell. */
  public Optional<AttributionFacet> attribution() {
    return facets(AttributionFacet.class).stream().findFirst();
  }

  /** {@code "text" (article line:col)}, and the number of facets when there are some. */
  @Override
  public String toString() {
    return span + (facets.isEmpty() ? ""
        : " +" + facets.size() + (facets.size() == 1 ? " facet" : " facets"));
  }
}
