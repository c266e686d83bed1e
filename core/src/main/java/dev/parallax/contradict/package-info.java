/**
 * The contradict stage: typed checks over the claims of compared articles (numeric, temporal,
 * ordinal count-in-window, polarity) that find statements which cannot both hold. Not API: the
 * types here may change between versions; use {@link dev.parallax.Parallax#compare} and the
 * {@link dev.parallax.Contradiction}s of a comparison instead.
 */
package dev.parallax.contradict;
