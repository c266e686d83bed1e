/**
 * Parallax: compares news articles about one event. The API is {@code dev.parallax} (entry
 * points and results) and {@code dev.parallax.rules} (rule packs); every other package is the
 * engine's and stays inside the module.
 */
module dev.parallax {
  requires com.fasterxml.jackson.core;
  requires com.google.common;
  requires io.github.javadiffutils;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.core;

  exports dev.parallax;
  exports dev.parallax.rules;
}
