/**
 * The contradict stage: statements of compared articles that cannot both hold. Each claim's
 * quantities, lengths of time, dates and clock times are read as fact mentions with their frames
 * ({@code MentionReader}); a list of checks, one class per kind behind {@code Check} (numeric,
 * temporal, ordinal count-in-window, one thing numbered twice, polarity, attribute, quantifier),
 * matches the mentions of every pair of articles by frame and compares them by their stated
 * precision; {@code Explainer} words what they find. Not API: the types here may change between
 * versions; use {@link dev.parallax.Parallax#compare} and the {@link dev.parallax.Contradiction}s
 * of a comparison instead.
 */
package dev.parallax.contradict;
