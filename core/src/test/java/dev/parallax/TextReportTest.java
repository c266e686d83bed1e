package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static final Parallax PX = Parallax.standard();

  @Test
  void manyArticlesGetTheirProfilesOneALineWithinTheReportWidth() {
    List<Article> articles = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      articles.add(Article.builder().id("outlet-number-" + i).published("2025-10-20")
          .text(i % 2 == 0
              ? "The brutal regime apparently lied again! Officials said 12 people died."
              : "Officials said 12 people died on Sunday.")
          .build());
    }
    Comparison c = PX.compare(articles);
    String report = c.report();
    String table = report.substring(report.indexOf("  per 100 words"));
    List<String> lines = table.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("  per 100 words       all  sentences  quoted  most used");
    assertThat(lines.get(1)).isEqualTo("  outlet-number-1     0.0         0%       0");
    assertThat(lines.get(2)).startsWith("  outlet-number-2  ").contains("50%")
        .contains("loaded-term");
    assertThat(lines.subList(0, 13))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void oneDisagreementRepeatedByManyReportsIsOneEntry() {
    List<Article> four = RepeatedReports.fourOfTwoVersions();
    String report = PX.compare(four).report();
    assertThat(report).contains("Contradictions (4, 1 disagreement)\n",
        "Also between 3 other pairs of articles: r1 – r4, r2 – r3, r2 – r4.");
    assertThat(report).doesNotContain("\n  2. numeric");
    assertThat(report.indexOf("\nContradictions (")).isLessThan(report.indexOf("\nAligned claims ("));
  }

  @Test
  void twoDenialsBetweenOnePairOfArticlesAreTwoEntries() {
    Comparison c = PX.compare(
        Article.builder().id("a").published("2025-11-06").text("Investigators had ruled out an"
            + " explosion, Salyers said. The union, which does not represent the miners, called"
            + " for a review.").build(),
        Article.builder().id("b").published("2025-11-06").text("Investigators have not ruled"
            + " out an explosion, Salyers said. The union, which represents the miners, urged a"
            + " review.").build());
    assertThat(c.contradictions()).extracting(Contradiction::kind)
        .containsExactly(Contradiction.Kind.POLARITY, Contradiction.Kind.POLARITY);
    assertThat(c.report()).contains("Contradictions (2)\n", "\n  2. polarity")
        .doesNotContain("Also between");
  }

  @Test
  void twoArticlesKeepTheirProfilesSideBySide() {
    Comparison c = PX.compare(
        Article.builder().id("a").text("The regime lied!").build(),
        Article.builder().id("b").text("The government spoke.").build());
    assertThat(c.report()).contains("  per 100 words                  a       b\n");
  }
}
