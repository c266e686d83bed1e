package dev.parallax.facts;

import dev.parallax.TextSpan;
import dev.parallax.text.AnalyzedText;

/** Builds {@link TextSpan}s of one analysed article text. Immutable. */
public final class Spans {
  private final String articleId;
  private final AnalyzedText text;

  /** Spans of {@code text}, which belongs to the article {@code articleId}. */
  public Spans(String articleId, AnalyzedText text) {
    this.articleId = articleId;
    this.text = text;
  }

  /** The analysed text. */
  public AnalyzedText text() {
    return text;
  }

  /** The span {@code [start, end)} of the text. */
  public TextSpan of(int start, int end) {
    int line = text.lines().line(start);
    return new TextSpan(articleId, start, end, text.text().substring(start, end), line,
        text.lines().column(start, line));
  }

  /** The span from the first char of word {@code from} to the end of word {@code to}. */
  public TextSpan words(int from, int to) {
    return of(text.start(from), text.end(to));
  }

  @Override
  public String toString() {
    return "Spans[" + articleId + "]";
  }
}
