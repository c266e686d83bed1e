package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Many articles: up to 22, every pair is compared; beyond, each article with about 21 others (a
 * spanning tree of the most alike pairs first, so the story stays one), and the aligned pairs
 * grow linearly; a claim that aligns with nothing in the compared articles is looked for in the
 * others. Here with copies of one report, all equally alike, and with two groups of copies.
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

  private static final String FIRE = "The Riverside textile factory in Dunmore burned down on"
      + " Tuesday night. Firefighters fought the blaze for six hours before the roof collapsed."
      + " The owner estimated damages near four million dollars. Two workers were treated for"
      + " smoke inhalation at County General Hospital. Investigators suspect faulty wiring in the"
      + " dye room. Production will move to a plant in Ashford. ";
  private static final String RAIN = "Heavy rain is forecast for the northern coast on Friday."
      + " Ferry services may be cancelled across the islands. Forecasters expect flooding in low"
      + " valleys near the estuary. Schools in Kelby will close early. Farmers were told to move"
      + " livestock to higher ground. The weather service issued an amber warning until Sunday. ";

  /**
   * 45 articles: 22 copies of a fire report (a00 to a21), 22 of a rain report (a22 to a43) and one
   * of both (a44), which joins the two groups. a01 and a30 alone say, in other words, that the
   * mayor resigned. a01, the least like its group, is compared with a00 and a21 only (the other
   * copies fill their 21 pairs with each other and a44), a30 with the 21 others of its group: the
   * two are never compared, yet the claim is no exclusive, and the two wordings are one story
   * fact.
   */
  @Test
  void aClaimOfTwoArticlesNeverComparedIsNoExclusive() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      String text = i == 44 ? FIRE + RAIN : i < 22 ? FIRE : RAIN;
      if (i == 1) {
        text += "Mayor Ellen Park resigned on Monday.";
      } else if (i == 30) {
        text += "On Monday the mayor, Ellen Park, resigned from office.";
      }
      articles.add(Article.builder().id(String.format("a%02d", i)).published("2025-10-20")
          .text(text).build());
    }
    Comparison c = PX.compare(articles);

    List<ClaimAlignment> between = c.alignments().stream()
        .filter(a -> Set.of(a.left().article(), a.right().article()).equals(Set.of("a01", "a30")))
        .toList();
    assertThat(between).hasSize(1); // the second look's: the two share no other claim
    assertThat(between.get(0).left().text()).isEqualTo("Mayor Ellen Park resigned on Monday.");
    assertThat(between.get(0).right().text())
        .isEqualTo("On Monday the mayor, Ellen Park, resigned from office.");
    assertThat(c.alignments(articles.get(1))).hasSize(2 * 6 + 1); // a00, a21, and a30's claim
    assertThat(c.exclusives()).isEmpty();
    List<StoryFact> mayor = c.facts().stream()
        .filter(f -> f.claims().stream().anyMatch(x -> x.text().contains("Ellen Park")))
        .toList();
    assertThat(mayor).hasSize(1);
    assertThat(mayor.get(0).claims()).extracting(Claim::article).containsExactly("a01", "a30");
    assertThat(c.facts()).hasSize(13);
  }
}
