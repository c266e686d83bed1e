package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Parallax;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number that leaves its noun out counts what the count before it counts, when that count is
 * of whole things: a decimal that a noun names ("an 8.2-magnitude quake") lends it to nothing.
 */
class LentNounTest {
  private static final Parallax PX = Parallax.standard();

  /** Each amount of the one-claim article {@code text} as {@code "evidence measure noun"}. */
  private static List<String> amounts(String text) {
    Article a = Article.builder().id("a").text(text).build();
    Article b = Article.builder().id("b").text("Nothing else.").build();
    Contradictor cx = Contradictor.english(dev.parallax.text.TextAnalyzer.english());
    ArticlePair pair = cx.pairs(List.of(a, b),
        List.of(PX.annotate(a).claims(), PX.annotate(b).claims()), List.of()).get(0);
    return pair.left().claims().stream().flatMap(c -> c.amounts().stream())
        .map(x -> x.evidence().text() + " " + x.measure() + " " + x.noun()).toList();
  }

  @Test
  void aCountOfWholeThingsLendsItsNoun() {
    assertThat(amounts("The quake killed 12 people and injured 20 in the region."))
        .containsExactly("12 people count [peopl]", "20 count [peopl]");
  }

  @Test
  void aDecimalThatANounNamesLendsNothing() {
    assertThat(amounts("In 2015, an 8.2-magnitude quake struck, and seven were felt in the region."))
        .containsExactly("8.2-magnitude count [magnitud]", "seven number []");
  }

  @Test
  void aVerbThatPeopleUndergoCountsPeople() {
    assertThat(amounts("In 2015, an 8.2-magnitude quake killed seven in the region."))
        .containsExactly("8.2-magnitude count [magnitud]", "seven count [peopl]");
    assertThat(amounts("The storm destroyed 40 houses and killed seven."))
        .containsExactly("40 houses count [hous]", "seven count [peopl]");
  }
}
