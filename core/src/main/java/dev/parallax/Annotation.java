package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What Parallax reads in one article: its sentences and its words, with exact offsets.
 *
 * @param article the article
 * @param sentences its sentences, in order
 * @param tokens its words, in order
 */
public record Annotation(Article article, List<TextSpan> sentences, List<Token> tokens) {

  /** Copies the lists. */
  public Annotation {
    requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  /** The words of sentence {@code index}. */
  public List<Token> tokens(int index) {
    TextSpan s = sentences.get(index);
    return tokens.stream().filter(t -> t.start() >= s.start() && t.start() < s.end()).toList();
  }

  /** {@code Annotation[wire: 24 sentences, 512 words]}. */
  @Override
  public String toString() {
    return "Annotation[" + article.id() + ": " + sentences.size() + " sentences, "
        + tokens.size() + " words]";
  }
}
