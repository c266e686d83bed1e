/**
 * The language stage: tags loaded and opinion language with rule packs, tells the reporter's
 * voice from direct quotations. Not API: use {@link dev.parallax.Parallax#annotate} and
 * {@link dev.parallax.Comparison#tags(dev.parallax.Article)}.
 */
package dev.parallax.language;
