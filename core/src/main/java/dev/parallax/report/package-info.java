/**
 * Renders results as text and JSON. Not API beyond what {@link dev.parallax.Comparison#report()}
 * and {@link dev.parallax.Comparison#toJson()} expose; the JSON schema itself is stable and
 * documented in {@code docs/json.md}.
 */
package dev.parallax.report;
