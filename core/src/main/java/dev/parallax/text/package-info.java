/**
 * The text stage: sentences and words with exact offsets, on Lucene analysis. Not API: the types
 * here may change between versions; use {@link dev.parallax.Parallax#annotate} instead.
 *
 * <p>{@link dev.parallax.text.TextCleaner} is the optional first stage for markup input (HTML, text
 * with inline markup, lines wrapped or broken by PDF extraction): it rewrites such text into plain
 * text with a map back to the original offsets. The pipeline does not use it; annotate and compare
 * read an article's text unchanged, and a caller with markup input cleans it first.
 */
package dev.parallax.text;
