package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public cleaning stage and the public sentence splitter, with exact offsets. */
class CleanTextTest {
  private static final Parallax PX = Parallax.builder().rulePacks(List.of()).build();

  @Test
  void cleansMarkupAndMapsSentencesBack() {
    String html = "<p>Police said 12 people were hurt.</p><p>More &amp; more came.</p>";
    CleanText clean = CleanText.of(html);
    assertThat(clean.changed()).isTrue();
    Article a = Article.builder().id("a1").text(clean.text()).build();
    List<TextSpan> sentences = PX.sentences(a);
    assertThat(sentences).extracting(TextSpan::text)
        .containsExactly("Police said 12 people were hurt.", "More & more came.");
    CleanText.Range first = clean.toOriginal(sentences.get(0).start(), sentences.get(0).end());
    assertThat(html.substring(first.start(), first.end()))
        .isEqualTo("Police said 12 people were hurt.");
    CleanText.Range second = clean.toOriginal(sentences.get(1).start(), sentences.get(1).end());
    assertThat(html.substring(second.start(), second.end())).isEqualTo("More &amp; more came.");
    assertThat(clean.toOriginal(clean.text().length())).isEqualTo(html.length());
  }

  @Test
  void plainTextComesBackAsItWas() {
    CleanText clean = CleanText.of("Nothing to clean here.");
    assertThat(clean.changed()).isFalse();
    assertThat(clean.text()).isEqualTo("Nothing to clean here.");
    assertThat(clean.toOriginal(3, 10)).isEqualTo(new CleanText.Range(3, 10));
    assertThat(clean).hasToString("CleanText[22 chars, unchanged]");
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> CleanText.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("original");
    assertThatThrownBy(() -> CleanText.of("a<b>c</b>").toOriginal(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a stretch of text: [2, 1)");
  }

  @Test
  void sentencesAreThoseOfAnnotate() {
    Article a = Article.builder().id("w").text("It rained. Mr. Smith left at 3 p.m. on Monday. "
        + "\"Why?\" he asked.\nThe end").build();
    assertThat(PX.sentences(a)).isEqualTo(PX.annotate(a).sentences());
  }
}
