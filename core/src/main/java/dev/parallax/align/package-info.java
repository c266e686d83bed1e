/**
 * The align stage: an in-memory Lucene index of all sentences, BM25 candidates, symmetric
 * rescoring and word diffs. Not API: the types here may change between versions; use
 * {@link dev.parallax.Parallax#compare} instead.
 */
package dev.parallax.align;
