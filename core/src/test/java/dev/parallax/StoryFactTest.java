package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryFactTest {
  private static final Parallax PX = Parallax.standard();

  private static Article article(String id, String text) {
    return Article.builder().id(id).published("2025-10-20").text(text).build();
  }

  private final Article a = article("a", "A soldier crossed the border on Sunday, officials said."
      + " Twelve people were killed in the attack. The weather was sunny.");
  private final Article b = article("b", "A North Korean soldier crossed the border on Sunday."
      + " Fifteen people were killed in the attack.");
  private final Article c = article("c", "Twelve people were killed in the attack, police said."
      + " The soldier crossed the border on Sunday.");

  @Test
  void groupsTheClaimsOfAllSourcesIntoFactsContradictedFirst() {
    Comparison cmp = PX.compare(a, b, c);
    assertThat(cmp.facts()).extracting(StoryFact::toString).containsExactly(
        "StoryFact[3 of 3 articles, 2 contradictions: \"Twelve people were killed in the"
            + " attack.\"]",
        "StoryFact[3 of 3 articles: \"The soldier crossed the border on Sunday.\"]",
        "StoryFact[1 of 3 articles: \"The weather was sunny.\"]");
    StoryFact killed = cmp.facts().get(0);
    assertThat(killed.statedBy()).containsExactly("a", "b", "c");
    assertThat(killed.missingFrom()).isEmpty();
    assertThat(killed.claims()).extracting(Claim::text).containsExactly(
        "Twelve people were killed in the attack.", "Fifteen people were killed in the attack.",
        "Twelve people were killed in the attack, police said.");
    assertThat(killed.wordings()).isNotEmpty()
        .allSatisfy(w -> assertThat(List.of(w.left(), w.right())).contains(killed.central()));
    StoryFact weather = cmp.facts().get(2);
    assertThat(weather.exclusive()).isTrue();
    assertThat(weather.missingFrom()).containsExactly("b", "c");
  }

  @Test
  void aClaimBelongsToOneFactAndAFactHoldsOneClaimPerArticle() {
    for (Comparison cmp : List.of(PX.compare(a, b, c),
        PX.compare(SeedComparisonTest.WIRE, SeedComparisonTest.OPINION))) {
      Set<Claim> seen = new HashSet<>();
      for (StoryFact f : cmp.facts()) {
        assertThat(f.statedBy()).doesNotHaveDuplicates();
        for (Claim x : f.claims()) {
          assertThat(seen.add(x)).as("%s in two facts", x).isTrue();
        }
      }
      cmp.alignments().forEach(al -> assertThat(seen).contains(al.left(), al.right()));
      assertThat(seen).containsAll(cmp.exclusives());
      List<Claim> oneArticle = cmp.facts().stream().filter(StoryFact::exclusive)
          .map(StoryFact::central).toList();
      assertThat(oneArticle).containsAll(cmp.exclusives());
    }
  }
}
