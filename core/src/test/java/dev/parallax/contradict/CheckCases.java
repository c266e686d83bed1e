package dev.parallax.contradict;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.Comparison;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the check tests share: a small article with an outlet named after its id, and the
 * contradictions of one kind that the checks find between articles as the standard pipeline reads
 * and aligns them, at every confidence (the reporting threshold is the library's business, not a
 * check's).
 */
final class CheckCases {
  private static final Contradictor CONTRADICTOR = Contradictor.english(TextAnalyzer.english());
  private static final Parallax PX = Parallax.standard();

  private CheckCases() {}

  /** An article {@code id} of outlet "ID outlet", published 2025-10-20. */
  static Article article(String id, String text) {
    return Article.builder().id(id).outlet(id.toUpperCase(Locale.ROOT) + " outlet")
        .published("2025-10-20").text(text).build();
  }

  /** The contradictions of {@code kind} between articles "a" and "b" of these texts. */
  static List<Contradiction> found(Kind kind, String left, String right) {
    return found(kind, article("a", left), article("b", right));
  }

  /**
   * The evidences of the findings of one kind between two one-claim articles, "left | right"
   * joined by ", ", both ways round (the reverse order read back as left and right).
   */
  static void assertEvidences(Kind kind, String left, String right, String expected) {
    org.assertj.core.api.Assertions.assertThat(String.join(", ", found(kind, left, right)
        .stream().map(c -> c.leftEvidence().text() + " | " + c.rightEvidence().text())
        .toList())).isEqualTo(expected);
    org.assertj.core.api.Assertions.assertThat(String.join(", ", found(kind, right, left)
        .stream().map(c -> c.rightEvidence().text() + " | " + c.leftEvidence().text())
        .toList())).as("mirrored").isEqualTo(expected);
  }

  /**
   * The one finding of {@code found}, asserted to be left's denial {@code denied} against
   * right's assertion {@code asserted}.
   */
  static Contradiction onlyDenial(List<Contradiction> found, String denied, String asserted) {
    org.assertj.core.api.Assertions.assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    org.assertj.core.api.Assertions.assertThat(List.of(c.leftEvidence().text(),
        c.rightEvidence().text(), c.leftValue(), c.rightValue(), c.left().article()))
        .containsExactly(denied, asserted, "denied", "asserted", "a");
    return c;
  }

  /** The contradictions of {@code kind} the checks find between the articles. */
  static List<Contradiction> found(Kind kind, Article... articles) {
    Comparison c = PX.compare(articles);
    List<List<Claim>> claims = new ArrayList<>();
    for (Article a : articles) {
      claims.add(PX.annotate(a).claims());
    }
    return CONTRADICTOR.find(List.of(articles), claims, c.alignments()).stream()
        .filter(x -> x.kind() == kind).toList();
  }

  /**
   * Asserts that the standard pipeline, at its default confidence, finds one POLARITY between
   * articles of {@code left} and {@code right}: two states that exclude each other, with exactly
   * these evidence spans, values and explanation, a confidence between 0.5 and 0.9, mirrored when
   * the articles are swapped, and nothing between an article and itself or a copy of it.
   */
  static void assertStatesExclude(String leftEvidence, String rightEvidence, String left,
      String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = reported(a, b);
    org.assertj.core.api.Assertions.assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    org.assertj.core.api.Assertions.assertThat(List.of(c.leftEvidence().text(),
        c.rightEvidence().text(), c.leftValue(), c.rightValue(), c.explanation()))
        .containsExactly(leftEvidence, rightEvidence, leftEvidence, rightEvidence,
            "A outlet says \"" + leftEvidence + "\"; B outlet says \"" + rightEvidence
                + "\": the two states exclude each other.");
    org.assertj.core.api.Assertions.assertThat(c.confidence()).isBetween(0.5, 0.9);
    List<Contradiction> reversed = reported(b, a);
    org.assertj.core.api.Assertions.assertThat(reversed).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(reversed.get(0).leftEvidence())
        .isEqualTo(c.rightEvidence());
    org.assertj.core.api.Assertions.assertThat(reversed.get(0).rightEvidence())
        .isEqualTo(c.leftEvidence());
    org.assertj.core.api.Assertions.assertThat(reported(a, a)).isEmpty();
    org.assertj.core.api.Assertions.assertThat(reported(b, article("c", right))).isEmpty();
  }

  /** The POLARITY findings the standard pipeline reports, at its default confidence. */
  static List<Contradiction> reported(Article a, Article b) {
    return PX.compare(a, b).contradictions().stream().filter(x -> x.kind() == Kind.POLARITY)
        .toList();
  }

  /**
   * The findings of the check of class {@code kind} alone between articles "a" and "b" of these
   * texts, as the standard pipeline reads and aligns them, before other checks' surer findings
   * on the same words could stand instead.
   */
  static List<Finding> byCheck(Class<? extends Check> kind, String left, String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    Comparison c = PX.compare(a, b);
    ArticlePair pair = CONTRADICTOR.pairs(List.of(a, b),
        List.of(PX.annotate(a).claims(), PX.annotate(b).claims()), c.alignments()).get(0);
    List<Finding> out = new ArrayList<>();
    CONTRADICTOR.check(kind).inspect(pair, out);
    return out;
  }

  /** Each amount the checks read in the one-claim article {@code text}: "evidence measure noun". */
  static List<String> amounts(String text) {
    Article a = Article.builder().id("a").text(text).build();
    Article b = Article.builder().id("b").text("Nothing else.").build();
    ArticlePair pair = CONTRADICTOR.pairs(List.of(a, b),
        List.of(PX.annotate(a).claims(), PX.annotate(b).claims()), List.of()).get(0);
    return pair.left().claims().stream().flatMap(c -> c.amounts().stream())
        .map(x -> x.evidence().text() + " " + x.measure() + " " + x.noun()).toList();
  }
}
