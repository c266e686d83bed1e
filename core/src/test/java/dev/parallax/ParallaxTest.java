package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParallaxTest {
  private static final Parallax PX = Parallax.standard();

  private final Article a =
      Article.builder().id("a").text("Troops took the defector into custody near the border.")
          .build();
  private final Article b =
      Article.builder().id("b").text("The defector was taken into custody by troops at the border.")
          .build();

  @Test
  void standardIsOneSharedInstance() {
    assertThat(Parallax.standard()).isSameAs(PX);
    assertThat(PX.toString())
        .isEqualTo(
            "Parallax[en, minAlignmentScore=0.16, minSharedWords=2, candidates=5, numberWeight=2.0,"
                + " minConfidence=0.5, packs=[loaded-language-en, opinion-en, attribution-en]]");
  }

  @Test
  void alignsTwoWordingsOfOneFact() {
    Comparison c = PX.compare(a, b);
    assertThat(c.toString())
        .isEqualTo("Comparison[2 articles, 1 aligned pair, 0 exclusive claims, 0 contradictions, 0 tags]");
    ClaimAlignment al = c.alignments().get(0);
    assertThat(al.left().span()).isEqualTo(TextSpan.of(a, 0, a.text().length()));
    assertThat(al.right().span()).isEqualTo(TextSpan.of(b, 0, b.text().length()));
    // weight order (all equally rare here), then alphabetical; "took" and "taken" differ in stem
    assertThat(al.sharedTerms()).containsExactly("border", "custody", "defector", "troops");
    assertThat(al.reason()).isEqualTo("shares 4 words: border, custody, defector, troops");
    assertThat(al.diff().toString())
        .isEqualTo(
            "[-Troops took-] the defector {+was taken+} into custody [-near-]{+by troops at+} the"
                + " border");
  }

  @Test
  void aSourceLineOfAWebAddressStatesNoFact() {
    Article x = Article.builder().id("x").text("http://www.example.com/news/local/fire-at-mill.html\n"
        + "A fire destroyed the old mill on Sunday.").build();
    Article y = Article.builder().id("y").text("http://www.example.com/news/local/mill-burns.html\n"
        + "The old mill was destroyed by a fire on Sunday.").build();
    Comparison c = PX.compare(x, y);
    assertThat(c.alignments()).extracting(al -> al.left().text() + " | " + al.right().text())
        .containsExactly("A fire destroyed the old mill on Sunday. | The old mill was destroyed by"
            + " a fire on Sunday.");
    assertThat(c.exclusives()).isEmpty();
    Article z = y.toBuilder().id("z").text("http://www.example.com/news/local/fire-at-mill.html\n"
        + "The old mill was destroyed by a fire on Sunday.").build();
    assertThat(PX.compare(x, z).alignments()).extracting(al -> al.left().text())
        .containsExactly("A fire destroyed the old mill on Sunday.");
  }

  @Test
  void annotatesSentencesAndWords() {
    Annotation an = PX.annotate(Article.builder().id("x").text("Korea's soldiers fled. He ran.")
        .build());
    assertThat(an.sentences()).extracting(TextSpan::text)
        .containsExactly("Korea's soldiers fled.", "He ran.");
    assertThat(an.tokens(0)).containsExactly(
        new Token(0, 7, "Korea's", "korea", "korea"),
        new Token(8, 16, "soldiers", "soldiers", "soldier"),
        new Token(17, 21, "fled", "fled", "fled"));
    assertThat(an.toString()).isEqualTo("Annotation[x: 2 sentences, 2 claims, 2 facets, 5 words, 0 tags]");
  }

  @Test
  void needsTwoArticles() {
    assertThatThrownBy(() -> PX.compare(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("compare needs at least two articles, got 1; use annotate(article) to read one");
  }

  @Test
  void rejectsTwoArticlesWithOneId() {
    Article other = b.toBuilder().id("a").build();
    assertThatThrownBy(() -> PX.compare(a, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two different articles share the id 'a'; give each its own id");
  }

  @Test
  void rejectsNullArticles() {
    assertThatThrownBy(() -> PX.compare(a, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PX.annotate(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void builderChecksRanges() {
    assertThatThrownBy(() -> Parallax.builder().minAlignmentScore(1.5))
        .hasMessage("minAlignmentScore must be within [0, 1]: 1.5");
    assertThatThrownBy(() -> Parallax.builder().minSharedWords(0))
        .hasMessage("minSharedWords must be at least 1: 0");
    assertThatThrownBy(() -> Parallax.builder().candidates(0))
        .hasMessage("candidates must be within [1, 1000]: 0");
    assertThatThrownBy(() -> Parallax.builder().numberWeight(0.5))
        .hasMessage("numberWeight must be within [1, 10]: 0.5");
  }

  @Test
  void aStricterInstanceAlignsLess() {
    Parallax strict = Parallax.builder().minAlignmentScore(0.99).build();
    assertThat(strict.compare(a, b).alignments()).isEmpty();
    assertThat(strict.compare(a, b).exclusives()).hasSize(2);
  }

  @Test
  void comparisonLooksUpArticles() {
    Comparison c = PX.compare(List.of(a, b));
    assertThat(c.findArticle("b")).contains(b);
    assertThat(c.findArticle("z")).isEmpty();
    assertThatThrownBy(() -> c.expectArticle("z"))
        .hasMessage("no article 'z' in this comparison; its articles are [a, b]");
    assertThat(c.alignments(a)).hasSize(1);
    assertThat(c.exclusives(a)).isEmpty();
  }

  @Test
  void reportShowsPairsDiffsAndExclusives() {
    Article c2 = Article.builder().id("c").text("Troops took the defector into custody near the"
        + " border. It rained all day.").build();
    String report = PX.compare(b, c2).report();
    assertThat(report).startsWith("Parallax: 2 articles, 1 aligned pair, 1 exclusive claim, 0 contradictions\n");
    assertThat(report).contains("only in c (1)\n    1:56  It rained all day.\n");
    assertThat(report).contains("diff: ");
  }
}
