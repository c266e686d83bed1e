package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final Article a = Article.builder().id("a").outlet("Wire <A>").published("2025-10-20")
      .text("Troops took the defector into custody near the border.\nThe regime <script>alert(1)"
          + "</script> said so & more.").build();
  private final Article b = Article.builder().id("b").outlet("Paper \"B\"")
      .text("The defector was taken into custody by troops at the border.").build();
  private final Comparison c = Parallax.standard().compare(a, b);
  private final String html = c.toHtml();

  @Test
  void isOneSelfContainedPage() {
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
    assertThat(html).doesNotContain("src=\"http", "href=\"http", "<link", "@import");
    assertThat(html).contains("<title>Parallax: Wire &lt;A&gt; / Paper &quot;B&quot;</title>");
  }

  @Test
  void showsTheStoryAsACoverageMatrix() {
    assertThat(html).contains("<section><h2>Story facts (1 stated by two or more articles)</h2>");
    assertThat(html).contains("<th title=\"Wire &lt;A&gt;\">1</th>");
    assertThat(html).contains("<tr><td class=\"fact\" title=\"Troops took the defector into"
        + " custody near the border.\">Troops took the defector into custody near the border."
        + "</td><td class=\"in\" title=\"a: Troops took the defector into custody near the"
        + " border.\">●</td><td class=\"in\" title=\"b: The defector was taken into custody by"
        + " troops at the border.\">●</td></tr>");
  }

  @Test
  void putsTheStoryBeforeTheTextsOfMoreThanThreeArticles() {
    assertThat(html.indexOf("<section class=\"articles\"")).isLessThan(html.indexOf("Story facts"));
    List<Article> five = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      five.add(Article.builder().id("r" + i).outlet("Outlet " + i).published("2025-10-20")
          .text("Troops took the defector into custody near the border on Sunday.").build());
    }
    String many = Parallax.standard().compare(five).toHtml();
    assertThat(many.indexOf("Story facts")).isPositive()
        .isLessThan(many.indexOf("<section class=\"articles\""));
  }

  @Test
  void showsOneDisagreementRepeatedByManyReportsOnce() {
    List<Article> four = RepeatedReports.fourOfTwoVersions();
    Comparison many = Parallax.standard().compare(four);
    assertThat(many.contradictions()).hasSize(4);
    String page = many.toHtml();
    assertThat(page).contains("<h2>Contradictions (4, 1 disagreement)</h2>",
        "<details><summary>also between 3 other pairs of articles</summary>"
            + "<p class=\"pos\">r1 – r4, r2 – r3, r2 – r4</p></details>");
  }

  @Test
  void escapesArticleText() {
    assertThat(html).doesNotContain("<script>alert(1)</script>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "said so &amp; more.");
  }

  @Test
  void marksEveryClaimAndLinksAlignedOnes() {
    List<Claim> claims = new ArrayList<>(c.exclusives());
    c.alignments().forEach(al -> claims.addAll(al.claims()));
    for (Claim cl : claims) {
      assertThat(html).contains(HtmlReport.esc(cl.text()));
    }
    assertThat(html).contains("class=\"claim aligned\" data-claim=\"c0\" data-partners=\"c1\"");
    assertThat(html).contains("class=\"claim aligned\" data-claim=\"c1\" data-partners=\"c0\"");
    assertThat(html).contains("<del>Troops took</del>");
  }

  @Test
  void marksLoadedLanguageWithItsReason() {
    assertThat(html).containsPattern(
        "<span class=\"claim exclusive tag t-loaded-term\" data-claim=\"c\\d+\" title=\"loaded-term:"
            + " [^\"]+\">regime</span>");
  }
}
