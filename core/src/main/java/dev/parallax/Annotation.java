package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What Parallax reads in one article: its sentences and words, the loaded and opinion language
 * its rule packs tag, and the article's language profile, all with exact offsets.
 *
 * @param article the article
 * @param sentences its sentences, in order
 * @param tokens its words, in order
 * @param claims its claims (sentences, or parts of sentences) with their facets, in order
 * @param tags loaded and opinion language, in text order
 * @param profile how much of it, per 100 words and per sentence
 */
public record Annotation(
    Article article,
    List<TextSpan> sentences,
    List<Token> tokens,
    List<Claim> claims,
    List<Tag> tags,
    LanguageProfile profile) {

  /** Copies the lists. */
  public Annotation {
    requireNonNull(article, "article");
    requireNonNull(profile, "profile");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    claims = List.copyOf(claims);
    tags = List.copyOf(tags);
  }

  /** Every facet of every claim, in text order. */
  public List<Facet> facets() {
    return claims.stream().flatMap(c -> c.facets().stream()).toList();
  }

  /** The facets of one kind, e.g. {@code annotation.facets(TimeFacet.class)}. */
  public <T extends Facet> List<T> facets(Class<T> kind) {
    return facets().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The words of sentence {@code index}. */
  public List<Token> tokens(int index) {
    TextSpan s = sentences.get(index);
    return tokens.stream().filter(t -> t.start() >= s.start() && t.start() < s.end()).toList();
  }

  /**
   * This annotation as one line of JSON, a JSON Lines record: {@code id}, {@code sentences},
   * {@code claims}, {@code tokens}, {@code facets}, {@code tags} and {@code profile} (schema:
   * docs/json.md in the project; {@code parallax annotate} writes these lines).
   */
  public String toJson() {
    return JsonReport.line(this);
  }

  /** {@code Annotation[wire: 24 sentences, 25 claims, 9 facets, 512 words, 3 tags]}. */
  @Override
  public String toString() {
    return "Annotation[" + article.id() + ": "
        + TextReport.count(sentences.size(), "sentence", "sentences") + ", "
        + TextReport.count(claims.size(), "claim", "claims") + ", "
        + TextReport.count(facets().size(), "facet", "facets") + ", "
        + TextReport.count(tokens.size(), "word", "words") + ", "
        + TextReport.count(tags.size(), "tag", "tags") + "]";
  }
}
