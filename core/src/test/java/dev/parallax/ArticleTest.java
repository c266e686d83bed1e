package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTest {

  @org.junit.jupiter.params.ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"id\": \"w\", \"outlet\": \"Wire\", \"published\": \"2025-10-20\", \"text\": \"A soldier defected.\"}"
        + " | Article[w, Wire, 2025-10-20, 19 chars, \"A soldier defected.\"]",
    "{\"article_id\": \"e-1\", \"date\": \"\", \"mentions\": [{\"a\": 1}], \"text\": \"Hi there.\"}"
        + " | Article[e-1, 9 chars, \"Hi there.\"]",
    "{\"text\": \"No id here.\"} | Article[article, 11 chars, \"No id here.\"]",
  })
  void readsAnArticleFromJson(String json, String expected) {
    assertThat(Article.fromJson(json).toString()).isEqualTo(expected);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"id\": \"w\"} | field 'text' is missing",
    "[1, 2] | a JSON article must be an object",
    "{\"text\": 42} | field 'text' must be a string",
    "{\"text\": \"a\", \"text\": \"b\"} | field 'text' is given twice",
    "{\"id\": \"a\", \"article_id\": \"b\", \"text\": \"c\"} | field 'id' is given twice (as 'article_id')",
    "{\"text\": \"a\"} {} | unexpected content after the article's object",
    "{\"text\": \"a\", \"published\": \"yesterday\"} | invalid publication date 'yesterday'",
  })
  void badJsonArticlesSayWhatIsWrong(String json, String message) {
    assertThatThrownBy(() -> Article.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
  }

  @Test
  void readsJsonLinesNamingTheLineOfABadArticle(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path ok = dir.resolve("corpus.jsonl");
    java.nio.file.Files.writeString(ok, "{\"id\": \"a\", \"text\": \"One.\"}\n\n"
        + "{\"text\": \"Two.\"}\n");
    assertThat(Article.readJsonLines(ok)).extracting(Article::id)
        .containsExactly("a", "corpus-3");
    java.nio.file.Path bad = dir.resolve("bad.jsonl");
    java.nio.file.Files.writeString(bad, "{\"text\": \"One.\"}\n{\"text\": \n");
    assertThatThrownBy(() -> Article.readJsonLines(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(bad + ":2: malformed JSON at line 1, column ");
  }

  @Test
  void inputSizeIsBoundedWithAMessage() {
    String big = "a".repeat(Article.MAX_TEXT_LENGTH + 1);
    assertThatThrownBy(() -> Article.builder().id("big").text(big).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article text is 5,000,001 characters (article 'big'); Parallax reads at most"
            + " 5,000,000 (Article.MAX_TEXT_LENGTH): split the document");
    assertThat(Article.builder().id("max").text("a".repeat(Article.MAX_TEXT_LENGTH)).build()
        .text()).hasSize(Article.MAX_TEXT_LENGTH);
    java.util.List<Article> many = new java.util.ArrayList<>();
    for (int i = 0; i <= Parallax.MAX_ARTICLES; i++) {
      many.add(Article.builder().id("a" + i).text("Text " + i + ".").build());
    }
    assertThatThrownBy(() -> Parallax.standard().compare(many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("compare takes at most 1,000 articles (Parallax.MAX_ARTICLES), got 1,001:"
            + " compare the articles of one event, or split the event");
  }

  @Test
  void buildsWithAllFields() {
    Article a =
        Article.builder()
            .id("wire")
            .outlet("Wire A")
            .title("Soldier defects")
            .published(LocalDate.of(2025, 10, 20))
            .url("https://example.org/a")
            .text("A soldier defected.")
            .build();
    assertThat(a.id()).isEqualTo("wire");
    assertThat(a.outlet()).contains("Wire A");
    assertThat(a.title()).contains("Soldier defects");
    assertThat(a.publishedDate()).contains(LocalDate.of(2025, 10, 20));
    assertThat(a.publishedAt()).isEmpty();
    assertThat(a.url()).contains("https://example.org/a");
    assertThat(a.label()).isEqualTo("Wire A");
    assertThat(a.toString())
        .isEqualTo("Article[wire, Wire A, 2025-10-20, 19 chars, \"Soldier defects\"]");
  }

  @Test
  void keepsTheTextExactly() {
    String text = "  Line one\r\nLine\u00A0two\u200B  ";
    assertThat(Article.builder().text(text).build().text()).isSameAs(text);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-10-20, 2025-10-20, ",
    "2025-10-20T09:30, 2025-10-20, 2025-10-20T09:30",
    "2025-10-20T23:30:00Z, 2025-10-20, 2025-10-20T23:30",
    "2025-10-21T01:30+09:00, 2025-10-21, 2025-10-21T01:30",
    "' 2025-10-20 ', 2025-10-20, ",
  })
  void parsesIsoDatesAndDateTimes(String iso, LocalDate date, LocalDateTime at) {
    Article a = Article.builder().text("x").published(iso).build();
    assertThat(a.publishedDate()).contains(date);
    assertThat(a.publishedAt()).isEqualTo(Optional.ofNullable(at));
  }

  @ParameterizedTest
  @CsvSource({"20/10/2025", "2025-13-01", "yesterday", "2025-10-20T25:00"})
  void rejectsInvalidDatesByName(String bad) {
    assertThatThrownBy(() -> Article.builder().text("x").published(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid publication date '" + bad + "': expected ISO-8601 such as 2025-10-20 or"
                + " 2025-10-20T09:30:00Z");
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> Article.builder().id("a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article text is null");
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> Article.builder().id("a").text(" \n\t\u00A0").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article text is blank (article 'a')");
  }

  @Test
  void blankMeansNothingVisible() {
    assertThat(Article.isBlank(" \t\r\n\u00A0\u2007\u200B\uFEFF")).isTrue();
    assertThat(Article.isBlank("")).isTrue();
    assertThat(Article.isBlank("\u200Bx")).isFalse();
    assertThat(Article.isBlank("\uD83D\uDE00")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"'two words'", "''", "'tab\tid'"})
  void rejectsMalformedIds(String id) {
    assertThatThrownBy(() -> Article.builder().id(id).text("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "article id must be 1 to 128 characters without white space or control characters: '"
                + id + "'");
  }

  @Test
  void derivesIdFromOutletOrText() {
    assertThat(Article.builder().outlet("The Daily Wire!").text("x").build().id())
        .isEqualTo("the-daily-wire");
    String id = Article.builder().text("Some text.").build().id();
    assertThat(id).matches("article-[0-9a-f]{8}");
    assertThat(Article.builder().text("Some text.").build().id()).isEqualTo(id);
  }

  @Test
  void toBuilderRoundTrips() {
    Article a =
        Article.builder().id("a").outlet("O").published("2025-10-20T09:30").text("T.").build();
    assertThat(a.toBuilder().build()).isEqualTo(a);
  }

  @Test
  void blankOptionalFieldsAreAbsent() {
    Article a = Article.builder().outlet(" ").title("").url(null).text("x").build();
    assertThat(a.outlet()).isEmpty();
    assertThat(a.title()).isEmpty();
    assertThat(a.url()).isEmpty();
  }
}
