/**
 * Parallax: compares news articles about one event and shows how the sources differ.
 *
 * <p>The entry points and results live here, with the renderers behind {@code report()},
 * {@code toJson()} and {@code toHtml()} (package-private); everything in the stage packages
 * ({@code dev.parallax.text}, {@code dev.parallax.facts}, {@code dev.parallax.align},
 * {@code dev.parallax.contradict}, {@code dev.parallax.language}) is implementation, not API,
 * and may change between versions.
 *
 * <pre>{@code
 * Article wire = Article.builder().id("wire").outlet("Wire A")
 *     .published(LocalDate.of(2025, 10, 20)).text(wireText).build();
 * Article opinion = Article.builder().id("opinion").outlet("Opinion B")
 *     .published("2025-10-20").text(opinionText).build();
 *
 * Comparison c = Parallax.standard().compare(wire, opinion);
 * System.out.println(c);                       // one-line summary
 * for (ClaimAlignment al : c.alignments()) {   // claims both make, and how each words them
 *   System.out.println(al.left().text() + "\n  ~ " + al.right().text() + "\n  " + al.diff());
 * }
 * c.exclusives(wire);                          // what only the wire report says
 * String json = c.toJson();                    // documented, stable schema
 * }</pre>
 *
 * <p>The most useful types:
 *
 * <ul>
 *   <li>{@link dev.parallax.Parallax} — the immutable, thread-safe engine: {@code compare},
 *       {@code annotate};
 *   <li>{@link dev.parallax.Article} — an article and what is known about it;
 *   <li>{@link dev.parallax.Comparison} — aligned pairs ({@link dev.parallax.ClaimAlignment}, each
 *       with a {@link dev.parallax.WordDiff}) and exclusive {@link dev.parallax.Claim}s;
 *   <li>{@link dev.parallax.TextSpan} — every finding points at exact offsets of the original text.
 * </ul>
 */
package dev.parallax;
