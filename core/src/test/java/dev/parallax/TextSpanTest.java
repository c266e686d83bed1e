package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpanTest {
  private final Article article =
      Article.builder().id("a").text("First line.\r\nSecond line.\rThird\nFourth").build();

  @Test
  void locatesLinesAndColumnsAcrossLineEndings() {
    assertThat(TextSpan.of(article, 0, 5)).isEqualTo(new TextSpan("a", 0, 5, "First", 1, 1));
    assertThat(TextSpan.of(article, 13, 19)).isEqualTo(new TextSpan("a", 13, 19, "Second", 2, 1));
    assertThat(TextSpan.of(article, 20, 25)).isEqualTo(new TextSpan("a", 20, 25, "line.", 2, 8));
    assertThat(TextSpan.of(article, 26, 31)).isEqualTo(new TextSpan("a", 26, 31, "Third", 3, 1));
    assertThat(TextSpan.of(article, 32, 38)).isEqualTo(new TextSpan("a", 32, 38, "Fourth", 4, 1));
  }

  @Test
  void printsTextAndPosition() {
    assertThat(TextSpan.of(article, 13, 25).toString()).isEqualTo("\"Second line.\" (a 2:1)");
  }

  @Test
  void rejectsRangesOutsideTheText() {
    assertThatThrownBy(() -> TextSpan.of(article, 30, 99))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("span [30, 99) is outside article 'a' of length 38");
  }

  @Test
  void rejectsTextThatDoesNotFit() {
    assertThatThrownBy(() -> new TextSpan("a", 0, 3, "ab", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span [0, 3) does not fit its text of length 2");
  }
}
