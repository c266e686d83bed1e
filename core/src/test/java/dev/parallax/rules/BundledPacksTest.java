package dev.parallax.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every bundled pack keeps its word, and together they cover every category. */
class BundledPacksTest {

  @Test
  void bundledPacksAreThere() {
    assertThat(RulePack.english()).extracting(RulePack::id)
        .containsExactly("loaded-language-en", "opinion-en", "attribution-en");
    assertThat(RulePack.english()).isSameAs(RulePack.english());
  }

  @Test
  void everyBundledPackVerifies() {
    for (RulePack pack : RulePack.english()) {
      List<Diagnostic> failures = pack.verify();
      assertThat(failures)
          .as("%s:%n%s", pack, failures.stream().map(Diagnostic::toString)
              .collect(Collectors.joining("\n\n")))
          .isEmpty();
    }
  }

  @Test
  void everyRuleHasAReasonAndExamplesThatMustAndMustNotFire() {
    for (RulePack pack : RulePack.english()) {
      assertThat(pack.license()).isEqualTo("Apache-2.0");
      for (Rule rule : pack.rules()) {
        assertThat(rule.why()).as(pack.id() + "/" + rule.id()).isNotBlank();
        assertThat(rule.examples()).as(pack.id() + "/" + rule.id() + " positive example")
            .anyMatch(e -> !e.marked().isEmpty());
        assertThat(rule.examples()).as(pack.id() + "/" + rule.id() + " negative example")
            .anyMatch(e -> e.marked().isEmpty());
      }
    }
  }

  @Test
  void togetherThePacksCoverEveryCategory() {
    Set<Category> covered = EnumSet.noneOf(Category.class);
    RulePack.english().forEach(p -> p.rules().forEach(r -> covered.add(r.category())));
    assertThat(covered).containsExactlyInAnyOrder(Category.values());
  }
}
