/**
 * The text stage: sentences and words with exact offsets, on Lucene analysis. Not API: the types
 * here may change between versions; use {@link dev.parallax.Parallax#annotate} instead.
 */
package dev.parallax.text;
