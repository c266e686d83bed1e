package dev.parallax;

/**
 * A typed fact read in a claim, with the exact words it comes from: a time expression, a
 * quantity, an ordinal statement, polarity or modality, attribution, or a named thing. Contradictions
 * are found between facets of aligned claims.
 */
public sealed interface Facet
    permits TimeFacet, QuantityFacet, OrdinalFacet, PolarityFacet, AttributionFacet, NameFacet {

  /** The words the facet is read from. */
  TextSpan span();
}
