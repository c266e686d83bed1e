package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Many articles: up to 22, every pair is compared; beyond, each article with about 21 others (a
 * spanning tree of the most alike pairs first, so the story stays one), and the aligned pairs
 * grow linearly. Here with copies of one report, all equally alike.
 */
class ManyArticlesTest {
  private static final Parallax PX = Parallax.standard();

  private static List<Article> copies(int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Article.builder().id(String.format("a%02d", i)).published("2025-10-20")
          .text("The Riverside textile factory in Dunmore burned down on Tuesday.").build());
    }
    return out;
  }

  @ParameterizedTest(name = "{0} copies: {1} aligned pairs, a00 in {2}, a23 in {3}")
  @CsvSource({
    // articles, aligned pairs, pairs of the first, pairs of the last
    "2,   1,   1,  0",
    "22,  231, 21, 0",
    // 23 pairs of a tree from a00, then a01 to a21 take each other (21 pairs each), a22 and a23
    // find all full but each other
    "24,  234, 23, 2",
    // 29 + 210, and a22 to a29 take each other: 28
    "30,  267, 29, 8",
  })
  void copiesAlignWithinTheComparedPairsAndStayOneFact(int n, int aligned, int first, int last) {
    List<Article> articles = copies(n);
    Comparison c = PX.compare(articles);

    assertThat(c.alignments()).hasSize(aligned);
    assertThat(c.alignments(articles.get(0))).hasSize(first);
    assertThat(n > 23 ? c.alignments(articles.get(23)).size() : 0).isEqualTo(last);
    assertThat(c.exclusives()).isEmpty();
    assertThat(c.facts()).hasSize(1);
    assertThat(c.facts().get(0).claims()).hasSize(n);
  }
}
