/**
 * The align stage: scoring of sentence pairs from the statistics of their two texts (an in-memory
 * Lucene index proposes the candidates when there are too many pairs to score them all), and word
 * diffs. Not API: the types here may change between versions; use
 * {@link dev.parallax.Parallax#compare} instead.
 */
package dev.parallax.align;
