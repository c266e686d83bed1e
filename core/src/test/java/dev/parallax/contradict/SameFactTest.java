package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Synonyms;
import dev.parallax.rules.RulePack;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameFactTest {

  @Test
  void theBundledWeightsHoldBothModels() {
    SameFact bundled = SameFact.bundled();
    assertThat(bundled.models()).containsOnlyKeys("numeric", "temporal");
    for (Map<String, Double> w : bundled.models().values()) {
      assertThat(w).containsKeys("bias", "core", "what", "overlap", "aligned", "rivals");
    }
  }

  @Test
  void logOddsAddTheWeightsOfTheFeatures() {
    SameFact m = SameFact.parse("# a comment\nx.bias -1\nx.core 2 # trailing\n\nx.what 0.5\n",
        "test.weights");
    assertThat(m.logit("x", Map.of("core", 1.0, "what", 2.0, "unknown", 9.0))).isEqualTo(2.0);
    assertThat(SameFact.probability(0)).isEqualTo(0.5);
    assertThatThrownBy(() -> m.logit("y", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no weights for model 'y'");
  }

  @Test
  void badLinesAreNamedWithTheirLine() {
    assertThatThrownBy(() -> SameFact.parse("x.bias 1\nx.core\n", "w.weights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("w.weights:2: expected 'model.feature weight', got 'x.core'");
    assertThatThrownBy(() -> SameFact.parse("x.core high\n", "w.weights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("w.weights:1: 'high' is not a number");
    assertThatThrownBy(() -> SameFact.parse("core 1\n", "w.weights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("w.weights:1: expected 'model.feature weight', got 'core 1'");
  }

  @Test
  void theWholeOfAPartitiveIsMarked() {
    Map<String, Double> whole = numericFeature("whole", List.of(
        Article.builder().id("a").text("Thomas missed 10 of the Saints' 16 games this season"
            + " with an ankle injury.").build(),
        Article.builder().id("b").text("An ankle injury limited Thomas to six games this"
            + " season.").build()));
    assertThat(whole).containsEntry("16 games | six games", 1.0);
  }

  @Test
  void aCountItsOwnReportRepeatsIsNoRival() {
    // each report gives the injured twice, vaguely in its headline and exactly in its text: the
    // repeat that agrees with the count of its own report is one fact, no rival of it
    Map<String, Double> rivals = rivalsOf(
        "Flood kills three, injures dozens in river town\n\nA flash flood swept through the"
            + " river town of Elm Falls on Sunday, killing three people and injuring 42, the"
            + " county sheriff said.",
        "Three dead, dozens hurt as flood hits Elm Falls\n\nThree people died when a flash"
            + " flood hit Elm Falls on Sunday. About 70 people were injured, the county sheriff"
            + " said.");
    // the counts of the dead are other facts and stay rivals of the headline's "dozens hurt",
    // which names no fate of its own
    assertThat(rivals)
        .containsEntry("42 | About 70 people", 0.0)
        .containsEntry("dozens | About 70 people", 0.0)
        .containsEntry("42 | dozens hurt", 2.0)
        .containsEntry("three people | Three people", 1.0);
  }

  @Test
  void aVagueRepeatOfTheMatchedCountLeavesTheMatchSure() {
    // the second report gives its injured twice, "dozens hurt" in its headline and an exact count
    // in its text: one statement, whose exact count is what the first report's 36 is set against;
    // the headline agrees with 36 nearly as strongly, but it repeats the text's count
    String left = "Storm kills two in harbour town\n\nPORT ELLIS, June 3 (Coast Wire) - A storm"
        + " tore through the harbour town of Port Ellis on Tuesday night, killing two people,"
        + " injuring 36 and flattening boat sheds, officials said Wednesday.\n";
    String right = "Gale kills two in Port Ellis; dozens hurt\n\nPORT ELLIS (Bay News) - Two"
        + " people were killed when a storm struck the harbour town of Port Ellis on Tuesday"
        + " night, officials said on Wednesday.\n\n%s\n";
    String[][] table = {
        // the text's count, the findings between the two reports (left | right evidence)
        {"More than 60 people were hurt.", "36 | More than 60 people"},
        {"About 40 people were hurt.", ""}, // the exact counts agree: nothing to report
        {"Dozens of people were hurt.", ""}, // no exact count: the vague one agrees
    };
    for (String[] row : table) {
      String b = String.format(java.util.Locale.ROOT, right, row[0]);
      List<dev.parallax.Contradiction> there = CheckCases.found(
          dev.parallax.Contradiction.Kind.NUMERIC, left, b);
      List<dev.parallax.Contradiction> back = CheckCases.found(
          dev.parallax.Contradiction.Kind.NUMERIC, b, left);
      assertThat(String.join(", ", there.stream().map(c -> c.leftEvidence().text() + " | "
          + c.rightEvidence().text()).toList())).as(row[0]).isEqualTo(row[1]);
      assertThat(String.join(", ", back.stream().map(c -> c.rightEvidence().text() + " | "
          + c.leftEvidence().text()).toList())).as("mirrored: " + row[0]).isEqualTo(row[1]);
      there.forEach(c -> assertThat(c.confidence()).as(row[0]).isGreaterThanOrEqualTo(0.5));
    }
  }

  /** The {@code rivals} feature of each numeric pair of two articles, by their evidence. */
  private static Map<String, Double> rivalsOf(String left, String right) {
    return numericFeature("rivals", List.of(
        Article.builder().id("a").published("2025-06-02").text(left).build(),
        Article.builder().id("b").published("2025-06-02").text(right).build()));
  }

  /** Feature {@code feature} of each numeric candidate pair of the articles, by their evidence. */
  private static Map<String, Double> numericFeature(String feature, List<Article> articles) {
    Parallax px = Parallax.standard();
    TextAnalyzer analyzer = TextAnalyzer.english();
    Contradictor cx = new Contradictor(analyzer, Synonyms.english(analyzer),
        RulePack.fromClasspath("/dev/parallax/contradict/en/contradict.rules"),
        SameFact.bundled());
    List<List<Claim>> claims = new ArrayList<>();
    for (Article a : articles) {
      claims.add(px.annotate(a).claims());
    }
    Map<String, Double> out = new java.util.TreeMap<>();
    for (ArticlePair pair : cx.pairs(articles, claims, px.compare(articles).alignments())) {
      for (Check check : cx.checks()) {
        if (check instanceof NumericCheck n) {
          n.pairs(pair).forEach(p -> out.put(p.left().amount().evidence().text() + " | "
              + p.right().amount().evidence().text(), p.features().get(feature)));
        }
      }
    }
    return out;
  }

  @Test
  void everyFeatureTheChecksReadHasAWeightAndEveryWeightAFeature() {
    Parallax px = Parallax.standard();
    TextAnalyzer analyzer = TextAnalyzer.english();
    SameFact bundled = SameFact.bundled();
    Contradictor cx = new Contradictor(analyzer, Synonyms.english(analyzer),
        RulePack.fromClasspath("/dev/parallax/contradict/en/contradict.rules"), bundled);
    List<Article> articles = List.of(
        Article.builder().id("a").published("2025-10-20")
            .text("Police said 12 people were injured in the riots on Sunday.").build(),
        Article.builder().id("b").published("2025-10-20")
            .text("Police said 18 people were injured in the riots on Monday.").build());
    List<List<Claim>> claims = new ArrayList<>();
    for (Article a : articles) {
      claims.add(px.annotate(a).claims());
    }
    Comparison comparison = px.compare(articles);
    Map<String, Set<String>> read = Map.of("numeric", new HashSet<>(), "temporal",
        new HashSet<>());
    for (ArticlePair pair : cx.pairs(articles, claims, comparison.alignments())) {
      for (Check check : cx.checks()) {
        if (check instanceof NumericCheck n) {
          n.pairs(pair).forEach(p -> read.get("numeric").addAll(p.features().keySet()));
        } else if (check instanceof TemporalCheck t) {
          t.pairs(pair).forEach(p -> read.get("temporal").addAll(p.features().keySet()));
        }
      }
    }
    for (String model : read.keySet()) {
      Set<String> weighted = new HashSet<>(bundled.models().get(model).keySet());
      weighted.remove("bias");
      assertThat(read.get(model)).as(model).isNotEmpty().isEqualTo(weighted);
    }
  }
}
