package dev.parallax.examples.cli;

import static java.util.Objects.requireNonNull;

import dev.parallax.Article;
import java.util.Optional;

/**
 * The fields of one article as read from a file or a JSONL line, before it gets its final id and
 * default date.
 *
 * @param source where it came from, for messages: a file name, or {@code name:line}
 * @param id the id the input gives, if any
 * @param outlet the outlet, if given
 * @param title the title, if given or detected
 * @param published the publication date or date-time (ISO-8601), if given
 * @param url the address, if given
 * @param text the article text, exactly as read
 */
record ArticleInput(
    String source,
    Optional<String> id,
    Optional<String> outlet,
    Optional<String> title,
    Optional<String> published,
    Optional<String> url,
    String text) {

  ArticleInput {
    requireNonNull(source, "source");
    requireNonNull(id, "id");
    requireNonNull(outlet, "outlet");
    requireNonNull(title, "title");
    requireNonNull(published, "published");
    requireNonNull(url, "url");
    requireNonNull(text, "text");
  }

  /**
   * Builds the article.
   *
   * @param theId the id to use
   * @param defaultPublished the date for an input that gives none, or null
   * @throws CliException naming the source, when the text is blank or a field is invalid
   */
  Article toArticle(String theId, String defaultPublished) throws CliException {
    if (Article.isBlank(text)) {
      throw CliException.about(source, "the article text is blank");
    }
    try {
      return Article.builder()
          .id(theId)
          .outlet(outlet.orElse(null))
          .title(title.orElse(null))
          .published(published.orElse(defaultPublished))
          .url(url.orElse(null))
          .text(text)
          .build();
    } catch (IllegalArgumentException e) {
      throw CliException.about(source, e.getMessage());
    }
  }

  /** Validates the value of {@code --published} once, before any input is read. */
  static void checkPublished(String date) throws CliException {
    try {
      Article.builder().published(date);
    } catch (IllegalArgumentException e) {
      throw new CliException("--published: " + e.getMessage());
    }
  }
}
