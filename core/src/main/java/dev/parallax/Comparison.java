package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The result of comparing articles: which claims they share and how each words them, what only
 * one of them says, where they contradict each other, and how loaded their language is. Immutable; every span indexes its article's text exactly.
 *
 * <pre>{@code
 * Comparison c = Parallax.standard().compare(wire, opinion);
 * System.out.println(c);              // Comparison[2 articles, 9 aligned pairs, 31 exclusive claims, 1 contradiction, 12 tags]
 * c.alignments().get(0).diff();       // word-level diff of the first aligned pair
 * c.exclusives(wire);                 // what only the wire report says
 * System.out.println(c.report());     // the long, readable form
 * String json = c.toJson();           // stable schema, see docs/json.md
 * }</pre>
 *
 * @param articles the articles, in the order they were given
 * @param alignments pairs of claims that state the same fact, ordered by their left claim: of
 *     every pair of articles up to 22 articles, beyond that of each article and the (about 21)
 *     articles most like it, so that their number grows linearly with the articles
 * @param exclusives claims that align with no claim of another article, in article order
 * @param contradictions claims of different articles that cannot both be true, typed and explained
 * @param tags loaded and opinion language of all articles, in article order, then text order
 * @param profiles each article's language profile, in article order
 */
public record Comparison(
    List<Article> articles,
    List<ClaimAlignment> alignments,
    List<Claim> exclusives,
    List<Contradiction> contradictions,
    List<Tag> tags,
    List<LanguageProfile> profiles) {

  /** Copies the lists. */
  public Comparison {
    articles = List.copyOf(articles);
    alignments = List.copyOf(alignments);
    exclusives = List.copyOf(exclusives);
    contradictions = List.copyOf(contradictions);
    tags = List.copyOf(tags);
    profiles = List.copyOf(profiles);
  }

  /** The tags of {@code article}. */
  public List<Tag> tags(Article article) {
    requireNonNull(article, "article");
    return tags.stream().filter(t -> t.span().article().equals(article.id())).toList();
  }

  /** The language profile of {@code article}. */
  public LanguageProfile profile(Article article) {
    requireNonNull(article, "article");
    return profiles.stream().filter(p -> p.article().equals(article.id())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no article '" + article.id() + "' in this comparison"));
  }

  /** The article with this id, if it takes part. */
  public Optional<Article> findArticle(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The article with this id.
   *
   * @throws IllegalArgumentException naming the id and the ids there are, when it takes no part
   */
  public Article expectArticle(String id) {
    return findArticle(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no article '" + id + "' in this comparison; its articles are "
                        + articles.stream().map(Article::id).toList()));
  }

  /** The alignments one of whose claims belongs to {@code article}. */
  public List<ClaimAlignment> alignments(Article article) {
    requireNonNull(article, "article");
    return alignments.stream().filter(a -> a.involves(article.id())).toList();
  }

  /**
   * The story's facts across all its sources: the claims grouped into facts, each stated at most
   * once per article, with the articles that state it, those that leave it out, and the
   * contradictions inside it; contradicted facts first, then the most widely stated. Every claim
   * that aligns or is exclusive belongs to exactly one fact; exclusives are the one-article
   * facts. Computed from the alignments on each call (sorting them, then near-linear).
   */
  public List<StoryFact> facts() {
    return StoryFacts.of(this);
  }

  /** What only {@code article} says. */
  public List<Claim> exclusives(Article article) {
    requireNonNull(article, "article");
    return exclusives.stream().filter(c -> c.article().equals(article.id())).toList();
  }

  /** The long, readable form: the articles, the aligned pairs with their diffs, the exclusives. */
  public String report() {
    return TextReport.render(this);
  }

  /**
   * This comparison as one self-contained HTML page: the articles side by side with claims and
   * loaded language marked, the aligned pairs with their diffs, the exclusives and the profiles.
   */
  public String toHtml() {
    return HtmlReport.render(this);
  }

  /** This comparison as pretty-printed JSON (schema: docs/json.md in the project). */
  public String toJson() {
    return JsonReport.toJson(this);
  }

  /** The same JSON as {@link #toJson()} on one line: a JSON Lines record. */
  public String toJsonLine() {
    return JsonReport.line(this);
  }

  /** {@code Comparison[2 articles, 9 aligned pairs, 31 exclusive claims, 1 contradiction, 12 tags]}. */
  @Override
  public String toString() {
    return "Comparison["
        + TextReport.count(articles.size(), "article", "articles") + ", "
        + TextReport.count(alignments.size(), "aligned pair", "aligned pairs") + ", "
        + TextReport.count(exclusives.size(), "exclusive claim", "exclusive claims") + ", "
        + TextReport.count(contradictions.size(), "contradiction", "contradictions") + ", "
        + TextReport.count(tags.size(), "tag", "tags") + "]";
  }
}
