/**
 * The facts stage: claims and their typed facets (time expressions, quantities, ordinal
 * statements, polarity and modality, attribution, named things), read with the lexical cues of
 * the fact packs ({@code dev/parallax/facts/en/*.rules}). Not API: use
 * {@link dev.parallax.Parallax#annotate} and the facets of each {@link dev.parallax.Claim}.
 */
package dev.parallax.facts;
