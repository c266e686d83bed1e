package dev.parallax;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One news article: its text and what is known about where and when it appeared. Immutable and
 * validated: the text must hold at least one visible character (white space, no-break spaces and
 * zero-width characters alone are blank), the id must be a short token without white space.
 *
 * <pre>{@code
 * Article a = Article.builder()
 *     .id("wire").outlet("Wire A").published(LocalDate.of(2025, 10, 20))
 *     .text("A North Korean soldier defected on Sunday.")
 *     .build();
 * }</pre>
 *
 * <p>The publication date anchors relative time expressions ("Sunday", "this year"). A date-time
 * may be given instead ({@link Builder#published(LocalDateTime)}, or an ISO-8601 string with or
 * without an offset); its local date in the publisher's own zone is the anchor.
 *
 * <p>Offsets of every span Parallax reports index {@link #text()} exactly (UTF-16 chars, as
 * {@link String#substring} does): the text is kept as given, never cleaned or normalised.
 *
 * @param id a short identifier, unique within one comparison (default: derived from the outlet or
 *     the text)
 * @param outlet who published it, or empty
 * @param title the headline, or empty
 * @param publishedAt publication date-time, when a time was given
 * @param publishedDate publication date, when known
 * @param url where it was published, or empty
 * @param text the article text, as published
 */
public record Article(
    String id,
    Optional<String> outlet,
    Optional<String> title,
    Optional<LocalDate> publishedDate,
    Optional<LocalDateTime> publishedAt,
    Optional<String> url,
    String text) {

  private static final int MAX_ID_LENGTH = 128;

  /**
   * The longest article text Parallax reads, in UTF-16 chars (about 5 MB of English): reading
   * stays within a default heap, and a longer text is refused with a message rather than risking
   * an {@code OutOfMemoryError}. Split a longer document into articles.
   */
  public static final int MAX_TEXT_LENGTH = 5_000_000;

  /** Validates every field; see {@link Builder} for the rules. */
  public Article {
    requireNonNull(id, "id");
    requireNonNull(outlet, "outlet");
    requireNonNull(title, "title");
    requireNonNull(publishedDate, "publishedDate");
    requireNonNull(publishedAt, "publishedAt");
    requireNonNull(url, "url");
    if (text == null) {
      throw new IllegalArgumentException("article text is null");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "article text is %,d characters%s; Parallax reads at most %,d"
              + " (Article.MAX_TEXT_LENGTH): split the document", text.length(),
          id.isEmpty() ? "" : " (article '" + id + "')", MAX_TEXT_LENGTH));
    }
    if (isBlank(text)) {
      throw new IllegalArgumentException(
          "article text is blank" + (id.isEmpty() ? "" : " (article '" + id + "')"));
    }
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH || id.codePoints().anyMatch(Article::badIdChar)) {
      throw new IllegalArgumentException(
          "article id must be 1 to " + MAX_ID_LENGTH
              + " characters without white space or control characters: '" + id + "'");
    }
    if (publishedAt.isPresent()
        && publishedDate.isPresent()
        && !publishedAt.get().toLocalDate().equals(publishedDate.get())) {
      throw new IllegalArgumentException(
          "published date " + publishedDate.get() + " differs from the date of " + publishedAt.get());
    }
    if (publishedAt.isPresent() && publishedDate.isEmpty()) {
      publishedDate = Optional.of(publishedAt.get().toLocalDate());
    }
  }

  /**
   * Whether {@code text} has nothing to read: only white space, no-break spaces and invisible
   * format characters such as the zero-width space. Such a text is rejected as an article text.
   */
  public static boolean isBlank(CharSequence text) {
    return text.codePoints().allMatch(Article::invisible);
  }

  /** White space, no-break space, and format chars such as the zero-width space. */
  private static boolean invisible(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT;
  }

  private static boolean badIdChar(int cp) {
    return Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp);
  }

  /**
   * Reads an article from JSON: an object with the string fields {@code id}, {@code outlet},
   * {@code title}, {@code published}, {@code url} and {@code text} (required), also under the
   * names corpora use ({@code article_id}, {@code date}; an empty date is none). Fields of the
   * corpus's own are skipped. Without an id the article is {@code article}.
   *
   * <pre>{@code
   * Article a = Article.fromJson("{\"id\": \"wire\", \"text\": \"A soldier defected.\"}");
   * }</pre>
   *
   * @throws IllegalArgumentException saying what is wrong: malformed JSON (with its line and
   *     column), a missing text, a field that is not a string or given twice, an invalid value
   */
  public static Article fromJson(String json) {
    requireNonNull(json, "json");
    return ArticleJson.parse(json, "article");
  }

  /**
   * Reads a JSON Lines file of articles, one JSON article a line (see {@link #fromJson}); blank
   * lines are skipped, an article without an id gets {@code <file name>-<line>}.
   *
   * @throws IllegalArgumentException naming the file and line of the first bad article
   * @throws IOException when the file cannot be read
   */
  public static List<Article> readJsonLines(Path file) throws IOException {
    requireNonNull(file, "file");
    String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    List<Article> out = new ArrayList<>();
    int line = 0;
    for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      try {
        out.add(ArticleJson.parse(s, base + "-" + line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  /** Starts an article; {@link Builder#text} is the one required field. */
  public static Builder builder() {
    return new Builder();
  }

  /** A new builder holding this article's fields, to change one or two. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).text(text);
    outlet.ifPresent(b::outlet);
    title.ifPresent(b::title);
    url.ifPresent(b::url);
    if (publishedAt.isPresent()) {
      b.published(publishedAt.get());
    } else {
      publishedDate.ifPresent(b::published);
    }
    return b;
  }

  /** A short name for reports: the outlet, or else the id. */
  public String label() {
    return outlet.orElse(id);
  }

  /** Summary for JShell and logs: id, outlet, date, length and the first words. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Article[").append(id);
    outlet.ifPresent(o -> sb.append(", ").append(o));
    publishedDate.ifPresent(d -> sb.append(", ").append(d));
    sb.append(", ").append(String.format(Locale.ROOT, "%,d", text.length())).append(" chars, \"");
    String head = title.orElse(text).strip().replaceAll("\\s+", " ");
    sb.append(head.length() > 48 ? head.substring(0, 47) + "…" : head).append("\"]");
    return sb.toString();
  }

  /**
   * Builds an {@link Article}. Setters may be called in any order; {@code null} clears an
   * optional field. {@link #build()} validates and reports the first problem by name.
   */
  public static final class Builder {
    private String id;
    private String outlet;
    private String title;
    private LocalDate publishedDate;
    private LocalDateTime publishedAt;
    private String url;
    private String text;

    private Builder() {}

    /** A short identifier without white space; default: a slug of the outlet, or a text hash. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Who published the article. */
    public Builder outlet(String outlet) {
      this.outlet = blankToNull(outlet);
      return this;
    }

    /** The headline, when it is not part of the text. */
    public Builder title(String title) {
      this.title = blankToNull(title);
      return this;
    }

    /** The publication date. */
    public Builder published(LocalDate date) {
      this.publishedDate = date;
      this.publishedAt = null;
      return this;
    }

    /** The publication date-time, in the publisher's local time. */
    public Builder published(LocalDateTime dateTime) {
      this.publishedAt = dateTime;
      this.publishedDate = dateTime == null ? null : dateTime.toLocalDate();
      return this;
    }

    /** The publication date-time; its local date-time (at its own offset) is kept. */
    public Builder published(OffsetDateTime dateTime) {
      return published(dateTime == null ? null : dateTime.toLocalDateTime());
    }

    /**
     * The publication date or date-time as ISO-8601 text: {@code 2025-10-20},
     * {@code 2025-10-20T09:30}, {@code 2025-10-20T09:30:00Z} or {@code 2025-10-20T09:30+09:00}.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public Builder published(String iso) {
      if (iso == null || iso.isBlank()) {
        return published((LocalDate) null);
      }
      String s = iso.strip();
      try {
        if (s.length() <= 10) {
          return published(LocalDate.parse(s));
        }
        try {
          return published(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
          return published(LocalDateTime.parse(s));
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "invalid publication date '" + iso + "': expected ISO-8601 such as 2025-10-20 or"
                + " 2025-10-20T09:30:00Z",
            e);
      }
    }

    /** Where the article was published. */
    public Builder url(String url) {
      this.url = blankToNull(url);
      return this;
    }

    /** The article text, exactly as published (it is never altered). */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException when the text is null or blank, or the id is malformed
     */
    public Article build() {
      if (text == null) {
        throw new IllegalArgumentException("article text is null");
      }
      String theId = id != null ? id : defaultId();
      return new Article(
          theId,
          Optional.ofNullable(outlet),
          Optional.ofNullable(title),
          Optional.ofNullable(publishedDate),
          Optional.ofNullable(publishedAt),
          Optional.ofNullable(url),
          text);
    }

    private String defaultId() {
      if (outlet != null) {
        String slug = outlet.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (!slug.isEmpty()) {
          return slug.length() > 64 ? slug.substring(0, 64) : slug;
        }
      }
      return "article-"
          + Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 8);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
